using System.Text.RegularExpressions;
using Vigil.Protocols.Tests.Harness;

namespace Vigil.Protocols.Tests.Validation;

/// <summary>Our request counts for one capture, restricted to the key families tshark can be asked about.</summary>
internal static partial class ReplayCounts
{
    /// <summary>Keys with a tshark field to compare against (sub-keys like mei/, umas/, cip/class/ have none).</summary>
    [GeneratedRegex(@"^(modbus/\d+|s7comm/job/\d+|s7comm/userdata/\d+/\d+|s7comm/szl/\d+|dnp3/\d+|enip/\d+|cip/\d+|bacnet/(un)?confirmed/\d+|iec104/\d+|mms/\d+)$")]
    private static partial Regex Compared();

    public static Dictionary<string, int> For(string capturePath, out FlowReplay replay)
    {
        replay = FlowReplay.Run(capturePath);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var flow in replay.Flows)
        {
            foreach (var (key, count) in flow.Dissector.Facts.Operations)
            {
                if (Compared().IsMatch(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + count;
                }
            }
        }
        return counts;
    }
}
