namespace Vigil.Protocols.It.Tls;

/// <summary>
/// TLS record and handshake constants (RFC 8446 §5.1, §4):
/// <code>
/// record:    | type (1) | legacy_record_version (2) | length (2) | fragment (length) |
/// handshake: | msg_type (1) | length (3) | body (length) |   (may span several records)
/// </code>
/// </summary>
public static class TlsRecordLayer
{
    public const int HeaderLength = 5;
    /// <summary>2^14 plaintext plus the 2048 bytes of expansion TLS 1.2 allows for ciphertext.</summary>
    public const int MaxRecordLength = (1 << 14) + 2048;
    public const byte ChangeCipherSpec = 20;
    public const byte Alert = 21;
    public const byte Handshake = 22;
    public const byte ApplicationData = 23;
    public const byte Heartbeat = 24;
    public const byte ClientHello = 1;
    public const byte ServerHello = 2;
    public const byte Certificate = 11;
}
