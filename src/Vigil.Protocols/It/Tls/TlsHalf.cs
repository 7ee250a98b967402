namespace Vigil.Protocols.It.Tls;

/// <summary>The TLS parsing state of one direction of a flow.</summary>
internal sealed class TlsHalf
{
    /// <summary>Handshake messages larger than this are not reassembled (certificate chains are a few KiB).</summary>
    public const int MaxHandshakeLength = 64 * 1024;

    /// <summary>A partial record header or handshake record.</summary>
    public FlowBuffer Records { get; } = new(TlsRecordLayer.HeaderLength + TlsRecordLayer.MaxRecordLength);

    /// <summary>A partial handshake message spanning records.</summary>
    public FlowBuffer Handshake { get; } = new(MaxHandshakeLength);

    /// <summary>Bytes of the current record still to pass over without buffering (encrypted or uninteresting).</summary>
    public int Skip { get; set; }

    /// <summary>After ChangeCipherSpec or application data, handshake records are encrypted: never parsed.</summary>
    public bool Encrypted { get; set; }

    /// <summary>The direction stopped being TLS (bad framing) or overflowed; nothing more is parsed.</summary>
    public bool Done { get; set; }

    public void Reset()
    {
        Records.Clear();
        Handshake.Clear();
        Skip = 0;
    }
}
