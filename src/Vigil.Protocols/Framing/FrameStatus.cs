namespace Vigil.Protocols.Framing;

/// <summary>What a pure frame reader made of the bytes it was given.</summary>
public enum FrameStatus : byte
{
    /// <summary>The bytes are a valid prefix; nothing is consumed until more arrive.</summary>
    NeedMoreData = 0,

    /// <summary>A whole frame was read; the reader reports how many bytes it consumed.</summary>
    Complete = 1,

    /// <summary>The bytes break the protocol's invariants; the caller records an anomaly and resynchronises.</summary>
    Malformed = 2,
}
