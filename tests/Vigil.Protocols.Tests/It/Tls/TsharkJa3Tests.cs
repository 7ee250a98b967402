using Vigil.Capture.Files;
using Vigil.Protocols.It.Tls;
using Vigil.Protocols.Tests.It.Captures;

namespace Vigil.Protocols.Tests.It.Tls;

/// <summary>Writes our ClientHello fixtures into a pcap and checks that tshark computes the same SNI and JA3.</summary>
public sealed class TsharkJa3Tests
{
    [SkippableFact]
    public void Tshark_agrees_on_ja3_and_sni()
    {
        Tshark.SkipIfMissing();
        var hellos = new[]
        {
            BrowserClientHello.Builder(),
            BrowserClientHello.Builder(sni: null),
            new ClientHelloBuilder { Sni = "plc-gw.example", Ciphers = [0xC02F, 0x009C], ExtensionOrder = [0x0000, 0x000A, 0x000B], Groups = [0x0017], PointFormats = [0, 1] },
        };
        var path = Path.Combine(Path.GetTempPath(), $"vigil-ja3-{Guid.NewGuid():N}.pcap");
        try
        {
            using (var writer = PcapWriter.Create(path, LinkType.Ethernet))
            {
                for (var i = 0; i < hellos.Length; i++)
                {
                    writer.Write(ItFeed.Ts + i, FrameBuilder.Tcp([10, 0, 0, 5], [203, 0, 113, 7], (ushort)(40000 + i), 443, 1, hellos[i].Record()));
                }
            }
            var lines = Tshark.Fields(path, "tls.handshake.type == 1", "tls.handshake.ja3", "tls.handshake.extensions_server_name");

            Assert.Equal(hellos.Length, lines.Length);
            for (var i = 0; i < hellos.Length; i++)
            {
                var facts = ItFeed.Whole(new TlsParser(), Direction.FromOriginator, hellos[i].Record());
                var columns = lines[i].Split('\t');
                Assert.Equal(columns[0], facts.Tls!.Ja3);
                Assert.Equal(columns[1], facts.Tls.Sni ?? "");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
