using Vigil.Capture.Decoding;
using Vigil.Capture.Files;

namespace Vigil.Simulator.Labels;

/// <summary>
/// Finds each step's onset as the capture is written: the first packet its acting device sends to one
/// of its targets inside the step's window. Time to detect is measured from there, because a step's
/// window may open minutes before its first packet (an RDP session that starts two minutes in).
/// </summary>
internal sealed class StepOnsets
{
    private readonly (StepLabel Step, long StartNs, long EndNs, NetAddress Actor, HashSet<NetAddress> Targets)[] _steps;
    private readonly long?[] _onsets;
    private int _missing;

    public StepOnsets(IReadOnlyList<StepLabel> steps)
    {
        _steps = [.. steps.Select(s => (s, SimTime.FromDateTime(s.Start), SimTime.FromDateTime(s.End), NetAddress.Parse(s.Attacker),
            s.Targets.Select(NetAddress.Parse).ToHashSet()))];
        _onsets = new long?[_steps.Length];
        _missing = _steps.Length;
    }

    /// <summary>Looks at one written frame.</summary>
    public void Observe(long timestampNs, byte[] frame)
    {
        if (_missing == 0 || PacketDecoder.Decode(new RawFrame(timestampNs, LinkType.Ethernet, frame.Length, frame), out var packet) != DecodeStatus.Ok || !packet.IsIP)
        {
            return;
        }
        for (var i = 0; i < _steps.Length; i++)
        {
            var (_, startNs, endNs, actor, targets) = _steps[i];
            if (_onsets[i] is null && timestampNs >= startNs && timestampNs <= endNs && packet.Src == actor && targets.Contains(packet.Dst))
            {
                _onsets[i] = timestampNs;
                _missing--;
            }
        }
    }

    /// <summary>The steps with their onsets; a step that sent nothing to its targets keeps none.</summary>
    public IReadOnlyList<StepLabel> Labelled() =>
        [.. _steps.Select((s, i) => s.Step with { FirstPacket = _onsets[i] is { } ns ? SimTime.ToDateTime(ns) : null })];
}
