using Vigil.Protocols.Tests.It.Captures;
using Vigil.Tests;

namespace Vigil.Protocols.Tests.It.Captures;

/// <summary>The IT parsers on the shared public captures, compared with what tshark reports for the same files.</summary>
public sealed class SharedCaptureTests
{
    [SkippableFact]
    public void Ntp_modes_and_smb1_negotiates_match_tshark()
    {
        var path = TestPaths.SharedPcap("IEC61850/Sample_File_MMS_and_GOOSE.pcap");
        Tshark.SkipIfMissing();

        var flows = PcapFlows.Dissect(path);

        foreach (var mode in new[] { 3, 4 })
        {
            var expected = Tshark.Fields(path, $"ntp.flags.mode == {mode}", "frame.number").Length;
            Assert.True(expected > 0);
            Assert.Equal(expected, Sum(flows, $"ntp/{mode}"));
        }
        var negotiates = Tshark.Fields(path, "smb.cmd == 0x72 && smb.flags.response == 0", "frame.number").Length;
        Assert.Equal(negotiates, Sum(flows, "smb1/114"));
        Assert.All(flows.Where(f => f.Facts.Service == "smb"), f => Assert.True(f.Facts.Smb!.Smb1));
    }

    [SkippableFact]
    public void Smb1_tree_paths_match_tshark()
    {
        var path = TestPaths.SharedPcap("openics/EIP-ControlProtocolChangeAttempt.pcap");
        Tshark.SkipIfMissing();

        var flows = PcapFlows.Dissect(path);

        var expected = Tshark.Fields(path, "smb.cmd == 0x75 && smb.flags.response == 0", "smb.path").Select(p => p.Replace(@"\\\\", @"\\", StringComparison.Ordinal)).ToHashSet();
        var ours = flows.Where(f => f.Facts.Smb is not null).SelectMany(f => f.Facts.Smb!.Trees).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), ours.Order());
    }

    [SkippableFact]
    public void Dns_queries_and_answers_match_tshark()
    {
        var path = TestPaths.SharedPcap("bro/modbus/modbusSmall.pcap");
        Tshark.SkipIfMissing();

        var flows = PcapFlows.Dissect(path).Where(f => f.Facts.Service == "dns").ToList();

        var names = Tshark.Fields(path, "dns.flags.response == 0", "dns.qry.name").ToHashSet();
        // dns.a also lists the additional section (name-server glue); we keep answers only.
        var addresses = Tshark.Fields(path, "dns.a", "dns.a").SelectMany(a => a.Split(',')).ToHashSet();
        var answers = flows.SelectMany(f => f.Facts.Dns!.Answers).ToList();
        Assert.Equal(names.Order(), flows.SelectMany(f => f.Facts.Dns!.Queries).ToHashSet().Order());
        Assert.Subset(addresses, answers.Select(a => a.Value).ToHashSet());
        // mail.google.com is a CNAME; the A records belong to its target, as tshark shows (dns.resp.name).
        Assert.Contains(new KeyValuePair<string, string>("googlemail.l.google.com", "74.125.239.54"), answers);
        Assert.Contains(answers, a => a.Key == "videosearch.ubuntu.com" && a.Value == "91.189.89.22");
        Assert.Equal(Tshark.Fields(path, "dns.flags.response == 0", "frame.number").Length, Sum(flows, "dns/1"));
    }

    [SkippableTheory]
    [InlineData("openics/EIP-IPAddressChangeAttempt.pcap")]
    [InlineData("openics/EIP-LockPLCAttempt.pcap")]
    public void Mid_record_tls_yields_no_invented_handshake(string capture)
    {
        var path = TestPaths.SharedPcap(capture);
        Tshark.SkipIfMissing();

        var flows = PcapFlows.Dissect(path);

        // These captures start in the middle of a TLS record on 443: tshark shows only continuation
        // data and no handshake. There is no record boundary to find, so nothing may be invented.
        Assert.Empty(Tshark.Fields(path, "tls.handshake.type", "frame.number"));
        Assert.NotEmpty(Tshark.Fields(path, "tls", "frame.number"));
        Assert.All(flows, f => Assert.False(f.Facts.Tls?.ClientHelloSeen ?? false));
        Assert.All(flows, f => Assert.Null(f.Facts.Tls?.CertificateSubject));
    }

    private static int Sum(IEnumerable<FlowDissector> flows, string operation) =>
        flows.Sum(f => f.Facts.Operations.GetValueOrDefault(operation));
}
