namespace Vigil.Capture.Files;

/// <summary>
/// One captured frame as read from a file or interface. <see cref="Data"/> points into the
/// reader's buffer and is valid only until the next read.
/// </summary>
public readonly ref struct RawFrame
{
    public RawFrame(long timestampNs, LinkType linkType, int originalLength, ReadOnlySpan<byte> data)
    {
        TimestampNs = timestampNs;
        LinkType = linkType;
        OriginalLength = originalLength;
        Data = data;
    }

    /// <summary>Capture time in nanoseconds since the Unix epoch (UTC).</summary>
    public long TimestampNs { get; }

    public LinkType LinkType { get; }

    /// <summary>The frame's length on the wire; larger than <see cref="Data"/> when the snap length cut it.</summary>
    public int OriginalLength { get; }

    public ReadOnlySpan<byte> Data { get; }
}
