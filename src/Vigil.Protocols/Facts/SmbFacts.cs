namespace Vigil.Protocols.Facts;

/// <summary>SMB2/3 facts: enough to label the service and its dialect.</summary>
public sealed class SmbFacts
{
    /// <summary>The negotiated dialect, e.g. 0x0311.</summary>
    public ushort Dialect { get; set; }
    /// <summary>SMB1 (CIFS) was spoken on the flow: obsolete, and a finding by itself.</summary>
    public bool Smb1 { get; set; }
    /// <summary>Tree connect paths seen (bounded), e.g. \\server\share.</summary>
    public List<string> Trees { get; } = [];
}
