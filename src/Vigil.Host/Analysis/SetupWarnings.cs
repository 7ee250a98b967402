using Vigil.Contracts.Time;
using Vigil.Flows;
using Vigil.Host.Network;

namespace Vigil.Host.Analysis;

/// <summary>
/// What an analysis can tell the analyst about how it was set up, when the set-up decided the result:
/// a capture none of whose addresses is inside the estate (a lab or plant on public addresses) models
/// no device at all, and a learning window that reaches past the last packet judges nothing. Watches
/// the finished flows for the address blocks worth naming with --internal.
/// </summary>
public sealed class SetupWarnings(NetworkMap network)
{
    /// <summary>Blocks suggested at most, the busiest first.</summary>
    public const int MaxSuggested = 3;

    /// <summary>Distinct /16 blocks counted; beyond this new ones are ignored (a capture of the internet needs no list).</summary>
    private const int MaxBlocks = 256;

    private readonly Dictionary<Cidr, long> _outsideBlocks = [];

    /// <summary>An address inside the estate was seen: the blocks no longer matter and counting stops.</summary>
    private bool _sawInternal;

    /// <summary>Counts the /16 blocks of a finished flow's endpoints that are outside the estate, until one is inside it.</summary>
    public void Observe(FlowRecord flow)
    {
        if (_sawInternal)
        {
            return;
        }
        if (network.IsInternal(flow.Orig) || network.IsInternal(flow.Resp))
        {
            _sawInternal = true;
            _outsideBlocks.Clear();
            return;
        }
        Count(flow.Orig);
        Count(flow.Resp);
    }

    /// <summary>The warnings that apply to a finished analysis.</summary>
    public IReadOnlyList<string> Warnings(int devices, long flows, long lastPacketNs, long learningEndNs)
    {
        var warnings = new List<string>();
        if (devices == 0 && flows > 0 && !_sawInternal && _outsideBlocks.Count > 0)
        {
            var blocks = _outsideBlocks.OrderByDescending(b => b.Value).ThenBy(b => b.Key.ToString(), StringComparer.Ordinal)
                .Take(MaxSuggested).Select(b => b.Key.ToString());
            warnings.Add("no device was modelled: every address in the capture is outside the estate (by default the private ranges). "
                + $"If the plant uses public addresses, name its blocks, e.g. --internal {string.Join(',', blocks)}");
        }
        if (flows > 0 && learningEndNs > lastPacketNs)
        {
            warnings.Add($"the learning window (until {CaptureTime.ToIso(learningEndNs)}) covers the whole capture (last packet {CaptureTime.ToIso(lastPacketNs)}): "
                + "everything was baseline and nothing could alert. A shorter --learn judges what comes after it; --learn 0s judges everything against an empty baseline");
        }
        return warnings;
    }

    private void Count(Capture.Decoding.NetAddress address)
    {
        if (!address.IsIPv4 || address.IsUnspecified || address.IsMulticastOrBroadcast)
        {
            return;
        }
        var block = Cidr.Of(address, 16);
        if (_outsideBlocks.TryGetValue(block, out var count))
        {
            _outsideBlocks[block] = count + 1;
        }
        else if (_outsideBlocks.Count < MaxBlocks)
        {
            _outsideBlocks[block] = 1;
        }
    }
}
