using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Tls;

/// <summary>Turns parsed handshake messages into <see cref="TlsFacts"/>; malformed ones into anomalies.</summary>
internal static class TlsHandshakeFacts
{
    private const string Protocol = "tls";

    public static void OnClientHello(ReadOnlySpan<byte> body, long timestampNs, FlowFacts facts)
    {
        var tls = facts.Tls ??= new TlsFacts();
        if (tls.ClientHelloSeen)
        {
            return; // a second ClientHello (after HelloRetryRequest) keeps the first fingerprint
        }
        if (!TlsHelloReader.TryReadClientHello(body, out var hello) || hello is null)
        {
            facts.AddAnomaly(Protocol, "malformed_client_hello", timestampNs);
            return;
        }
        tls.ClientHelloSeen = true;
        tls.Sni = hello.ServerName;
        tls.ClientVersion = hello.HighestVersion;
        tls.Alpn.AddRange(hello.Alpn.Take(8));
        tls.Ja3 = Ja3.Hash(hello);
        tls.Ja4 = Ja4.Compute(hello);
    }

    public static void OnServerHello(ReadOnlySpan<byte> body, long timestampNs, FlowFacts facts)
    {
        var tls = facts.Tls ??= new TlsFacts();
        if (!TlsHelloReader.TryReadServerHello(body, out var version, out var cipher))
        {
            facts.AddAnomaly(Protocol, "malformed_server_hello", timestampNs);
            return;
        }
        tls.ServerVersion = version;
        tls.CipherSuite = cipher;
    }

    /// <summary>
    /// Certificate (RFC 5246 §7.4.2): <c>ASN.1Cert certificate_list&lt;0..2^24-1&gt;</c>, each entry a
    /// 3-byte length and DER; the first is the server's own certificate.
    /// </summary>
    public static void OnCertificate(ReadOnlySpan<byte> body, long timestampNs, FlowFacts facts)
    {
        var tls = facts.Tls ??= new TlsFacts();
        var reader = new WireReader(body);
        if (!reader.TryReadUInt24(out var listLength) || listLength != reader.Remaining)
        {
            facts.AddAnomaly(Protocol, "malformed_certificate", timestampNs);
            return;
        }
        if (listLength == 0)
        {
            return; // an empty chain is legal (client certificates), nothing to inspect
        }
        if (!reader.TryReadUInt24(out var certificateLength) || !reader.TryReadBytes(certificateLength, out var der)
            || !TlsCertificateInspector.TryInspect(der, tls))
        {
            facts.AddAnomaly(Protocol, "malformed_certificate", timestampNs);
        }
    }
}
