namespace Vigil.Protocols.It.Dns;

/// <summary>The outcome of reading a (possibly compressed) domain name.</summary>
public enum DnsNameStatus : byte
{
    Ok,
    /// <summary>The name ran past the end of the message.</summary>
    Truncated,
    /// <summary>A compression pointer pointed forward, at itself, or too many pointers were chained.</summary>
    PointerLoop,
    /// <summary>A reserved label type (0x40, 0x80) or a name longer than 255 bytes.</summary>
    Invalid,
}
