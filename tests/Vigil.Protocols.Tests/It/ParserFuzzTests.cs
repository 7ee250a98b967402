using CsCheck;
using Vigil.Protocols.Facts;
using Vigil.Protocols.It.Arp;
using Vigil.Protocols.It.Dns;
using Vigil.Protocols.It.Tls;
using Vigil.Protocols.Tests.It.Tls;

namespace Vigil.Protocols.Tests.It;

/// <summary>
/// Random and mutated payloads into every IT parser: none may throw, and what they keep stays
/// bounded. Mutations start from valid fixtures so the parsers get past their first checks.
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly byte[][] Seeds =
    [
        BrowserClientHello.Builder().Record(),
        TlsBytes.Record(22, [.. TlsBytes.Handshake(2, TlsBytes.ServerHello(0x1301, 0x0304)), .. TlsBytes.Handshake(11, TlsBytes.Certificate([0x30, 0x03, 0x02, 0x01, 0x00]))]),
        [0x03, 0x00, 0x00, 0x2A, 0x25, 0xE0, 0, 0, 0, 0, 0, .. "Cookie: mstshash=admin\r\n"u8.ToArray(), 0x01, 0, 0x08, 0, 0x03, 0, 0, 0],
        [0x12, 0x34, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, 1, (byte)'a', 0, 0, 1, 0, 1, 0xC0, 0x0C, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 0, 0, 1],
        [0x00, 0x00, 0x00, 0x48, 0xFE, (byte)'S', (byte)'M', (byte)'B', 0x40, 0, 0, 0, 0, 0, 0, 0, 3, 0, .. new byte[46], 9, 0, 0, 0, 72, 0, 2, 0, 0x5C, 0],
        "GET /x HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcPOST / HTTP/1.1\r\n\r\n"u8.ToArray(),
        [0x23, 2, 6, 0xEC, .. new byte[44]],
    ];

    private static readonly Gen<byte[]> Payloads = Gen.OneOf(
        Gen.Byte.Array[0, 1200],
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 400], Gen.Byte.Array[1, 6], (seed, position, noise) => Mutate(Seeds[seed], position, noise)),
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 400], (seed, cut) => Seeds[seed][..Math.Min(cut, Seeds[seed].Length)]));

    [Fact]
    public void Stream_parsers_never_throw_and_stay_bounded()
    {
        Gen.Select(Payloads, Gen.Int[1, 64]).Sample((payload, piece) =>
        {
            foreach (var descriptor in ItProtocols.All)
            {
                var parser = descriptor.CreateParser();
                var facts = new FlowFacts();
                ItFeed.InPieces(parser, Direction.FromOriginator, payload, piece, facts);
                ItFeed.Whole(parser, Direction.FromResponder, payload, facts);
                parser.OnGap(Direction.FromOriginator);
                ItFeed.Whole(parser, Direction.FromOriginator, payload, facts);
                AssertBounded(facts);
            }
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Pure_readers_never_throw()
    {
        Payloads.Sample(payload =>
        {
            TlsHelloReader.TryReadClientHello(payload, out _);
            TlsHelloReader.TryReadServerHello(payload, out _, out _);
            TlsCertificateInspector.TryInspect(payload, new TlsFacts());
            ArpReader.TryRead(payload, out _);
            for (var offset = 0; offset < Math.Min(payload.Length, 64); offset++)
            {
                var position = offset;
                DnsNameReader.TryRead(payload, ref position, out _);
            }
        }, iter: 3000, threads: 1);
    }

    private static void AssertBounded(FlowFacts facts)
    {
        Assert.True(facts.Anomalies.Count <= FlowFacts.MaxAnomalies);
        Assert.True((facts.Dns?.Queries.Count ?? 0) <= DnsFacts.MaxEntries);
        Assert.True((facts.Dns?.Answers.Count ?? 0) <= DnsFacts.MaxEntries);
        Assert.True((facts.Smb?.Trees.Count ?? 0) <= 16);
        Assert.True((facts.Tls?.Alpn.Count ?? 0) <= 8);
    }

    private static byte[] Mutate(byte[] seed, int position, byte[] noise)
    {
        var copy = seed.ToArray();
        for (var i = 0; i < noise.Length && copy.Length > 0; i++)
        {
            copy[(position + i * 7) % copy.Length] = noise[i];
        }
        return copy;
    }
}
