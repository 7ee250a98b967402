using System.Net;
using System.Net.Sockets;
using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Capture.Live;

namespace Vigil.Capture.Tests.Live;

/// <summary>
/// Listing, opening errors, and one capture of our own datagrams on loopback (nothing leaves the
/// machine). Capturing replayed traffic is tested by the lead in network namespaces.
/// </summary>
public sealed class LiveCaptureSourceTests
{
    [SkippableFact]
    public void Loopback_is_listed()
    {
        var interfaces = ListOrSkip();

        Assert.Contains("lo", interfaces);
    }

    [SkippableFact]
    public void Unknown_interface_is_a_clear_error_naming_the_ones_there_are()
    {
        ListOrSkip();

        var error = Assert.Throws<CaptureUnavailableException>(() => LiveCaptureSource.Open("vigil-no-such-if0"));

        Assert.StartsWith("interface vigil-no-such-if0 not found (have: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("lo", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_filter_that_does_not_compile_is_a_clear_error()
    {
        ListOrSkip();

        // Opening lo needs CAP_NET_RAW; where we lack it, the error is the same type, which is the point.
        var error = Assert.Throws<CaptureUnavailableException>(() => LiveCaptureSource.Open("lo", filter: "tcp port nonsense-words"));

        Assert.StartsWith("cannot capture on lo: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [SkippableFact]
    public void Captures_our_own_datagrams_on_loopback()
    {
        ListOrSkip();
        LiveCaptureSource source;
        try
        {
            source = LiveCaptureSource.Open("lo", filter: "udp and dst port 47999", readTimeoutMs: 50);
        }
        catch (CaptureUnavailableException ex)
        {
            Skip.If(true, $"Skipped (capture needs root or CAP_NET_RAW): {ex.Message}");
            throw;
        }
        using (source)
        using (var client = new UdpClient())
        {
            var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000L;
            client.Send([0x56, 0x49, 0x47], new IPEndPoint(IPAddress.Loopback, 47999)); // "VIG"
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));

            Assert.True(source.TryRead(out var frame, timeout.Token), "no frame captured within 5 s");

            Assert.Equal(LinkType.Ethernet, frame.LinkType); // Linux presents lo as Ethernet
            Assert.InRange(frame.TimestampNs, before - 1_000_000_000, before + 10_000_000_000);
            Assert.Equal(DecodeStatus.Ok, PacketDecoder.Decode(frame, out var packet));
            Assert.Equal(NetAddress.Parse("127.0.0.1"), packet.Dst);
            Assert.Equal((ushort)47999, packet.DstPort);
            Assert.Equal([0x56, 0x49, 0x47], packet.Payload.ToArray());
            Assert.Equal(1, source.FramesRead);
            Assert.True(source.PacketsReceived >= 1, $"received {source.PacketsReceived}");
            Assert.Equal(0, source.PacketsDropped);

            source.Stop();
            Assert.False(source.TryRead(out _));
        }
    }

    private static IReadOnlyList<string> ListOrSkip()
    {
        try
        {
            return LiveCaptureSource.ListInterfaces();
        }
        catch (CaptureUnavailableException ex)
        {
            Skip.If(true, $"Skipped: {ex.Message}");
            throw;
        }
    }
}
