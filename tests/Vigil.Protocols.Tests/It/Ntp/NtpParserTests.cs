using Vigil.Protocols.It.Ntp;

namespace Vigil.Protocols.Tests.It.Ntp;

public sealed class NtpParserTests
{
    /// <summary>A 48-byte NTP packet: first byte LI 0, VN, mode; stratum; the rest zero.</summary>
    private static byte[] Packet(int version, int mode, byte stratum = 2)
    {
        var packet = new byte[NtpParser.HeaderLength];
        packet[0] = (byte)(version << 3 | mode);
        packet[1] = stratum;
        return packet;
    }

    [Fact]
    public void Client_and_server_modes_are_counted()
    {
        var parser = new NtpParser();
        var facts = ItFeed.Whole(parser, Direction.FromOriginator, Packet(4, 3));
        ItFeed.Whole(parser, Direction.FromResponder, Packet(4, 4), facts);
        ItFeed.Whole(parser, Direction.FromOriginator, Packet(3, 3), facts);

        Assert.Equal(2, facts.Operations["ntp/3"]);
        Assert.Equal(1, facts.Operations["ntp/4"]);
    }

    [Fact]
    public void Probe_checks_version_mode_stratum_and_length()
    {
        Assert.True(NtpProbe.Matches(Direction.FromOriginator, Packet(4, 3)));
        Assert.False(NtpProbe.Matches(Direction.FromOriginator, Packet(7, 3)));
        Assert.False(NtpProbe.Matches(Direction.FromOriginator, Packet(4, 0)));
        Assert.False(NtpProbe.Matches(Direction.FromOriginator, Packet(4, 4, stratum: 200)));
        Assert.False(NtpProbe.Matches(Direction.FromOriginator, Packet(4, 3)[..40]));
    }

    [Fact]
    public void Short_packet_is_an_anomaly()
    {
        var facts = ItFeed.Whole(new NtpParser(), Direction.FromOriginator, Packet(4, 3)[..20]);

        Assert.Equal("truncated", Assert.Single(facts.Anomalies).Kind);
        Assert.Empty(facts.Operations);
    }
}
