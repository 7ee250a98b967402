using System.Globalization;

namespace Vigil.Protocols.It.Ntp;

/// <summary>
/// NTP over UDP 123 (RFC 5905 §7.3): counts packets by mode as "ntp/&lt;mode&gt;"
/// (3 client, 4 server, 5 broadcast, 6 control, 7 private).
/// <code>
/// | LI (2 bits) | VN (3 bits) | Mode (3 bits) | Stratum (1) | Poll (1) | Precision (1) | … 48 bytes
/// </code>
/// </summary>
public sealed class NtpParser : IStreamParser
{
    public const int HeaderLength = 48;

    /// <summary>Control (mode 6) and private (mode 7) packets are shorter than the time header.</summary>
    private const int MinimumControlLength = 8;

    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        if (data.IsEmpty)
        {
            return;
        }
        var mode = data[0] & 0x07;
        var version = data[0] >> 3 & 0x07;
        var minimum = mode >= 6 ? MinimumControlLength : HeaderLength;
        if (data.Length < minimum || version is 0 or > 4)
        {
            facts.AddAnomaly("ntp", data.Length < minimum ? "truncated" : "invalid_version", timestampNs);
            return;
        }
        facts.AddOperation("ntp/" + mode.ToString(CultureInfo.InvariantCulture));
    }

    public void OnGap(Direction direction)
    {
        // Datagrams stand alone: nothing is carried between them.
    }
}
