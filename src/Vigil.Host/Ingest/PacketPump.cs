using Vigil.Capture;
using Vigil.Capture.Decoding;
using Vigil.Flows;

namespace Vigil.Host.Ingest;

/// <summary>
/// The read loop: frames → headers → flows → routed flow events. Single-threaded by design (the flow
/// table needs no locks and flow order is the capture's); it runs on its own thread and blocks when
/// the grains fall behind, which is the pipeline's back-pressure.
/// </summary>
public sealed class PacketPump(IPacketSource source, FlowTracker tracker, FlowEventRouter router)
{
    private const long ProgressEveryPackets = 1 << 20;
    private readonly long[] _outcomes = new long[Enum.GetValues<DecodeStatus>().Length];

    public long Packets { get; private set; }
    public long Bytes { get; private set; }
    public long FirstPacketNs { get; private set; } = long.MinValue;
    public long LastPacketNs { get; private set; } = long.MinValue;

    public IReadOnlyDictionary<string, long> DecodeOutcomes =>
        Enum.GetValues<DecodeStatus>().Where(s => _outcomes[(int)s] > 0).ToDictionary(s => s.ToString(), s => _outcomes[(int)s]);

    /// <summary>Reads until the source ends or <paramref name="cancellation"/> fires, then flushes every open flow.</summary>
    /// <param name="onFirstPacket">Called with the first packet's time before anything is routed.</param>
    /// <param name="onProgress">Called every million packets or so.</param>
    public void Run(Action<long> onFirstPacket, Action<long>? onProgress, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested && source.TryRead(out var frame))
        {
            var status = PacketDecoder.Decode(frame, out var packet);
            _outcomes[(int)status]++;
            Packets++;
            Bytes += frame.OriginalLength;
            var time = frame.TimestampNs;
            if (FirstPacketNs == long.MinValue)
            {
                FirstPacketNs = time;
                onFirstPacket(time);
            }
            // Capture time never runs backwards: a reordered packet is judged at the latest time seen.
            LastPacketNs = Math.Max(LastPacketNs, time);
            router.AdvanceTo(LastPacketNs);
            if (status == DecodeStatus.Ok)
            {
                tracker.Process(ref packet);
            }
            if ((Packets & (ProgressEveryPackets - 1)) == 0)
            {
                onProgress?.Invoke(Packets);
            }
        }
        tracker.Flush();
        router.Complete();
    }
}
