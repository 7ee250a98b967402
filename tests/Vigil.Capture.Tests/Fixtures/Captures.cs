using Vigil.Capture.Decoding;
using Vigil.Capture.Files;

namespace Vigil.Capture.Tests.Fixtures;

/// <summary>Reads a whole capture into test-friendly copies (the reader's spans do not outlive a read).</summary>
internal static class Captures
{
    public sealed record Frame(long TimestampNs, LinkType LinkType, int OriginalLength, byte[] Data);

    public static List<Frame> ReadAll(string path, int bufferSize = 1 << 20) => ReadAll(path, bufferSize, out _);

    public static List<Frame> ReadAll(string path, int bufferSize, out IReadOnlyList<string> warnings)
    {
        using var reader = CaptureFileReader.Open(path, bufferSize);
        var frames = new List<Frame>();
        while (reader.TryRead(out var frame))
        {
            frames.Add(new Frame(frame.TimestampNs, frame.LinkType, frame.OriginalLength, frame.Data.ToArray()));
        }
        Assert.Equal(frames.Count, reader.FramesRead);
        warnings = reader.Warnings;
        return frames;
    }

    /// <summary>Decodes bytes as a frame of <paramref name="linkType"/>; returns the status and the packet's copyable fields.</summary>
    public static (DecodeStatus Status, DecodedSummary Packet) Decode(LinkType linkType, byte[] data, int originalLength = -1)
    {
        var frame = new RawFrame(1_700_000_000_123_456_789, linkType, originalLength < 0 ? data.Length : originalLength, data);
        var status = PacketDecoder.Decode(frame, out var packet);
        return (status, DecodedSummary.From(packet));
    }
}
