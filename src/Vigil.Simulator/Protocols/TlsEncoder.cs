namespace Vigil.Simulator.Protocols;

/// <summary>
/// TLS 1.2 records (RFC 5246) for an RSA-key-exchange handshake: ClientHello (with or without SNI),
/// the server flight ServerHello + Certificate + ServerHelloDone, ClientKeyExchange + ChangeCipherSpec +
/// encrypted Finished, the server's ChangeCipherSpec + Finished, then opaque application data.
/// RSA key exchange is used so that ServerHelloDone may follow the Certificate directly.
/// </summary>
public static class TlsEncoder
{
    /// <summary>TLS_RSA_WITH_AES_128_GCM_SHA256: the suite every server here selects.</summary>
    public const ushort SelectedSuite = 0x009C;

    private const byte Handshake = 22;
    private const byte ChangeCipherSpecType = 20;
    private const byte ApplicationDataType = 23;
    private const int MaxFragment = 16384;
    private static readonly ushort[] OfferedSuites = [0xC02F, 0xC030, 0xC02B, 0xC02C, 0x009C, 0x009D, 0x002F, 0x0035];

    /// <summary>ClientHello record; <paramref name="serverName"/> null leaves out the server_name extension.</summary>
    public static byte[] ClientHello(SimRandom random, string? serverName)
    {
        var body = new ByteWriter(256).U16(0x0303).Bytes(random.Bytes(32)).U8(0) // no session id
            .U16(OfferedSuites.Length * 2);
        foreach (var suite in OfferedSuites)
        {
            body.U16(suite);
        }
        body.U8(1).U8(0); // compression: null only
        var extensions = new ByteWriter(128);
        if (serverName is not null)
        {
            extensions.U16(0x0000).U16(serverName.Length + 5).U16(serverName.Length + 3).U8(0).U16(serverName.Length).Ascii(serverName);
        }
        extensions.U16(0x0017).U16(0);                                       // extended_master_secret
        extensions.U16(0xFF01).U16(1).U8(0);                                 // renegotiation_info
        extensions.U16(0x000A).U16(8).U16(6).U16(0x001D).U16(0x0017).U16(0x0018); // supported_groups
        extensions.U16(0x000B).U16(2).U8(1).U8(0);                           // ec_point_formats: uncompressed
        extensions.U16(0x000D).U16(18).U16(16)                               // signature_algorithms
            .U16(0x0401).U16(0x0501).U16(0x0601).U16(0x0804).U16(0x0805).U16(0x0806).U16(0x0403).U16(0x0503);
        extensions.U16(0x0023).U16(0);                                       // session_ticket
        var extensionBytes = extensions.ToArray();
        body.U16(extensionBytes.Length).Bytes(extensionBytes);
        // The record layer of a first ClientHello says TLS 1.0 for middlebox compatibility.
        return Record(Handshake, HandshakeMessage(1, body.ToArray()), 0x0301);
    }

    /// <summary>ServerHello, Certificate (leaf first) and ServerHelloDone in one record.</summary>
    public static byte[] ServerFlight(SimRandom random, IReadOnlyList<byte[]> certificateChain)
    {
        var hello = new ByteWriter(80).U16(0x0303).Bytes(random.Bytes(32)).U8(32).Bytes(random.Bytes(32))
            .U16(SelectedSuite).U8(0)
            .U16(9).U16(0xFF01).U16(1).U8(0).U16(0x0017).U16(0); // renegotiation_info, extended_master_secret
        var chainLength = certificateChain.Sum(c => c.Length + 3);
        var certificates = new ByteWriter(chainLength + 3).U24(chainLength);
        foreach (var certificate in certificateChain)
        {
            certificates.U24(certificate.Length).Bytes(certificate);
        }
        var flight = new ByteWriter(chainLength + 128)
            .Bytes(HandshakeMessage(2, hello.ToArray()))
            .Bytes(HandshakeMessage(11, certificates.ToArray()))
            .Bytes(HandshakeMessage(14, []));
        return Record(Handshake, flight.ToArray());
    }

    /// <summary>ClientKeyExchange (RSA-encrypted premaster), ChangeCipherSpec, encrypted Finished.</summary>
    public static byte[] ClientFinish(SimRandom random)
    {
        var keyExchange = new ByteWriter(258).U16(256).Bytes(random.Bytes(256)).ToArray();
        return new ByteWriter(400)
            .Bytes(Record(Handshake, HandshakeMessage(16, keyExchange)))
            .Bytes(Record(ChangeCipherSpecType, [1]))
            .Bytes(Record(Handshake, random.Bytes(40)))
            .ToArray();
    }

    /// <summary>The server's ChangeCipherSpec and encrypted Finished.</summary>
    public static byte[] ServerFinish(SimRandom random) =>
        new ByteWriter(64).Bytes(Record(ChangeCipherSpecType, [1])).Bytes(Record(Handshake, random.Bytes(40))).ToArray();

    /// <summary>Plaintext per record that makes a whole record exactly one 1460-byte TCP segment.</summary>
    public const int SegmentSizedFragment = 1460 - 5 - 24;

    /// <summary>
    /// Opaque application data records totalling about <paramref name="plaintextBytes"/>, each at most
    /// <paramref name="maxFragment"/> bytes of payload plus 24 bytes of GCM nonce and tag.
    /// </summary>
    public static byte[] ApplicationData(SimRandom random, int plaintextBytes, int maxFragment = MaxFragment)
    {
        var writer = new ByteWriter(plaintextBytes + 64);
        var remaining = Math.Max(1, plaintextBytes);
        while (remaining > 0)
        {
            var fragment = Math.Min(maxFragment, remaining);
            writer.Bytes(Record(ApplicationDataType, random.Bytes(fragment + 24)));
            remaining -= fragment;
        }
        return writer.ToArray();
    }

    private static byte[] HandshakeMessage(byte type, ReadOnlySpan<byte> body) =>
        new ByteWriter(body.Length + 4).U8(type).U24(body.Length).Bytes(body).ToArray();

    private static byte[] Record(byte contentType, ReadOnlySpan<byte> fragment, ushort version = 0x0303) =>
        new ByteWriter(fragment.Length + 5).U8(contentType).U16(version).U16(fragment.Length).Bytes(fragment).ToArray();
}
