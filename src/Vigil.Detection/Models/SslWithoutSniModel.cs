using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Evidence;

namespace Vigil.Detection.Models;

/// <summary>
/// "Anomalous SSL without SNI to New External": a TLS ClientHello that names no server, sent to an
/// external endpoint this device never contacted and that few or no devices of the estate contacted.
/// Surprisal adds the estate rarity of the endpoint (<see cref="ExternalTlsRarity"/>) to how rare a
/// first SNI-less connection to a new endpoint is for the device and its subnet (<see cref="NoveltyRate"/>).
/// </summary>
public static class SslWithoutSniModel
{
    public const string Kind = "sni-less-new-external";

    public static Alert? Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        if (!view.Acting || view.PeerKnown || view.PeerZone != ZoneRoles.External
            || flow.App?.Tls is not { ClientHello: true, Sni: null } tls || !ExternalTlsRarity.IsRare(context, view.Peer))
        {
            return null;
        }
        var t = view.TimeNs;
        if (ExternalTlsNovelty.Judge(state, context, view.Peer, t, Kind, ModelNames.AnomalousSslWithoutSni) is not { } judged)
        {
            return null;
        }
        return ModelAlert.Create(context, ModelNames.AnomalousSslWithoutSni, t, judged.Score,
            $"{context.Device} sent a TLS ClientHello without SNI to {view.Peer}:{flow.RespPort}, an external endpoint it never contacted and {ExternalTlsRarity.Reach(context, view.Peer)} of {context.Estate.EstablishedDevices} estate devices did.",
            new EvidenceBuilder()
                .Add("destination", $"{view.Peer}:{flow.RespPort}")
                .Add("sni", (string?)null)
                .Add("ja3", tls.Ja3)
                .Add("device_contacted_before", "no")
                .Add("estate_devices_that_contacted_it", ExternalTlsRarity.Reach(context, view.Peer))
                .Add("estate_established_devices", context.Estate.EstablishedDevices)
                .Add("own_sni_less_new_externals_before", judged.OwnBefore)
                .Add("rarity_surprisal", judged.RaritySurprisal)
                .Add("novelty_surprisal", judged.NoveltySurprisal)
                .Build(),
            [view.Peer]);
    }
}
