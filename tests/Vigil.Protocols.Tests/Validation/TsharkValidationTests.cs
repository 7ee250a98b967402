using Vigil.Tests;

namespace Vigil.Protocols.Tests.Validation;

/// <summary>
/// Our per-key request counts on every shared capture against tshark's (tshark-baseline.tsv):
/// modbus.func_code (tcp.dstport 502), s7comm.param.func (ROSCTR 1), userdata funcgroup/subfunc and
/// SZL id (type 4), dnp3.al.func (&lt; 129), enip.command (dstport 44818), cip.sc (cip.rr 0, embedded
/// services included), bacapp confirmed/unconfirmed service, iec60870_asdu.typeid (dstport 2404),
/// mms.confirmedServiceRequest. Every difference is listed below with its reason; nothing is silenced.
/// </summary>
public class TsharkValidationTests
{
    /// <summary>Where we and tshark disagree, and why: (capture, key) → (ours, tshark, reason).</summary>
    private static readonly Dictionary<(string File, string Key), (int Ours, int Tshark, string Why)> ExpectedDifferences = new()
    {
        // The capture's 10.0.0.8:502 ↔ 10.0.0.57:4446 connection was opened from port 502 (its SYN comes
        // from the server side). We follow the SYN: the 502 side is the originator, its exception replies
        // are not requests (invalid_function_code anomalies) and the one PDU with fc 42 sent towards it is
        // counted as a request; tshark decides by port.
        [("ModbusTCP/modbus_test_data_part1.pcap", "modbus/42")] = (1, 0, "connection opened from port 502; we follow the SYN, tshark the port"),
        // Function code 0 is not a Modbus function: we record invalid_function_code instead of a request.
        [("ModbusTCP/modbus_test_data_part2.pcap", "modbus/0")] = (0, 1, "fc 0 is invalid, recorded as an anomaly"),
        // Zeek's fuzzed capture has corrupted TCP sequence numbers; frame 23 (fc 53) sits at a sequence
        // number tshark calls a retransmission and does not dissect, while our simple reassembly delivers it
        // when it flushes held segments at the end of the capture.
        [("bro/modbus/fuzz-72.pcap", "modbus/53")] = (1, 0, "fuzzed sequence numbers: reassembly choices differ"),
    };

    [SkippableTheory]
    [MemberData(nameof(TestPaths.SharedPcapCases), MemberType = typeof(TestPaths))]
    public void Request_counts_match_tshark(string capture)
    {
        var ours = ReplayCounts.For(TestPaths.SharedPcap(capture), out _);
        var theirs = TsharkBaseline.ByCapture.GetValueOrDefault(BaselineName(capture)) ?? [];

        foreach (var key in ours.Keys.Union(theirs.Keys).Order(StringComparer.Ordinal))
        {
            var expected = ExpectedDifferences.TryGetValue((BaselineName(capture), key), out var difference)
                ? (difference.Ours, difference.Tshark)
                : (theirs.GetValueOrDefault(key), theirs.GetValueOrDefault(key));
            Assert.True(
                (ours.GetValueOrDefault(key), theirs.GetValueOrDefault(key)) == expected,
                $"{capture} {key}: ours {ours.GetValueOrDefault(key)}, tshark {theirs.GetValueOrDefault(key)}, expected {expected}");
        }
    }

    [SkippableFact]
    public void Totals_over_all_captures_match_tshark_up_to_the_listed_differences()
    {
        Skip.If(TestPaths.SharedPcaps is null, TestPaths.PcapsMissing);
        var ours = TestPaths.AllSharedPcaps().Sum(c => ReplayCounts.For(TestPaths.SharedPcap(c), out _).Values.Sum());
        var tshark = TsharkBaseline.ByCapture.Values.Sum(c => c.Values.Sum());
        var explained = ExpectedDifferences.Values.Sum(d => d.Ours - d.Tshark);

        Assert.Equal(tshark + explained, ours);
        Assert.True(ours > 60_000, $"only {ours} requests counted over all captures");
    }

    // SOURCES.tsv (and so the baseline) spells "MMS - Specific Commands" with underscores.
    private static string BaselineName(string capture) => capture.Replace(' ', '_');
}
