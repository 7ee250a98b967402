using Vigil.Capture.Decoding;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Devices;

namespace Vigil.Detection.Models;

/// <summary>
/// Behaviours, besides the services it uses, that a subnet counts among its established devices, so
/// that a device new to the subnet showing one can be judged by how many of its neighbours show it
/// too: opening a path into another zone ("zone/ics" for an IT device reaching into the ICS zone),
/// trying an ICS protocol on a host outside the estate, and contacting an external endpoint that no
/// device of the estate had contacted.
/// </summary>
public static class SubnetBehaviours
{
    public const string ZonePrefix = "zone/";
    public const string IcsExternal = "ics-external";
    public const string UnseenExternal = "unseen-external";

    /// <summary>The behaviours a flow the device started shows (none for flows it answered or only half saw).</summary>
    public static IEnumerable<string> Of(FlowView view, StepContext context)
    {
        // A broadcast or multicast group is nobody's peer: a DHCP offer or a BACnet Who-Is reaches no other zone or host.
        if (!view.Acting || !view.Flow.IsFirst || NetAddress.TryParse(view.Peer, out var peer) && peer.IsMulticastOrBroadcast)
        {
            yield break;
        }
        if (view.PeerZone != ZoneRoles.External)
        {
            if (view.PeerZone != context.Estate.Zone)
            {
                yield return ZonePrefix + view.PeerZone;
            }
            yield break;
        }
        if (PortClasses.IsIcs(view.Service))
        {
            yield return IcsExternal;
        }
        if (!view.PeerKnown && ExternalTlsRarity.Reach(context, view.Peer) == 0)
        {
            yield return UnseenExternal;
        }
    }

    /// <summary>
    /// Whether a device's behaviour should count for its subnet. An endpoint is "unseen" by the estate
    /// only once the estate has had time to see the common ones: in a device's first hour (the capture's
    /// first hour, for the devices present from its start) everything it contacts is unseen.
    /// </summary>
    public static bool Counts(string behaviour, StepContext context, long timeNs) =>
        behaviour != UnseenExternal || context.IsPastWarmup(timeNs);
}
