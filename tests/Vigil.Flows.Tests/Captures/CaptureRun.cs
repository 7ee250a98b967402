using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Flows.Tests.Support;

namespace Vigil.Flows.Tests.Captures;

/// <summary>A shared capture read, decoded and tracked to the end: the flows it made and the tracker's counters.</summary>
internal sealed class CaptureRun
{
    private CaptureRun(FlowTracker tracker, RecordingSink sink, int undecodable)
    {
        Tracker = tracker;
        Sink = sink;
        Undecodable = undecodable;
    }

    public FlowTracker Tracker { get; }

    public RecordingSink Sink { get; }

    /// <summary>Frames the decoder could not take through the IP header (truncated, malformed, unknown link type).</summary>
    public int Undecodable { get; }

    public IReadOnlyList<FlowSnapshot> TcpFinals => [.. Sink.Finals.Where(f => f.Protocol == TransportProtocol.Tcp)];

    public static CaptureRun Of(string path, FlowTrackerOptions? options = null)
    {
        var sink = new RecordingSink();
        var tracker = new FlowTracker(options ?? FlowTrackerOptions.Default, sink);
        var undecodable = 0;
        using (var reader = CaptureFileReader.Open(path))
        {
            while (reader.TryRead(out var frame))
            {
                var status = PacketDecoder.Decode(frame, out var packet);
                if (status is DecodeStatus.Ok or DecodeStatus.NotIP)
                {
                    tracker.Process(ref packet);
                }
                else
                {
                    undecodable++;
                }
            }
        }
        tracker.Flush();
        return new CaptureRun(tracker, sink, undecodable);
    }
}
