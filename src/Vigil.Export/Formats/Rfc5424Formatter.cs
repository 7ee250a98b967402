using System.Globalization;
using System.Text;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Time;

namespace Vigil.Export.Formats;

/// <summary>
/// RFC 5424 syslog messages:
/// <c>&lt;PRI&gt;1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD-ELEMENT] MSG</c>. PRI is facility × 8 +
/// severity (from the score). The timestamp is the alert's capture time. The structured data element
/// <c>vigil@32473</c> (32473 is the example enterprise number of RFC 5612, to be replaced by a registered
/// one) carries id, model, device and score, with '"', '\' and ']' escaped as §6.3.3 requires. MSG is the
/// summary, or a CEF record when the SIEM wants CEF inside syslog.
/// </summary>
public sealed class Rfc5424Formatter(string hostName, string appName = "vigil", int facility = 16)
{
    public const string SdId = "vigil@32473";

    private readonly string _hostName = Field(hostName, 255);
    private readonly string _appName = Field(appName, 48);

    /// <summary>The message with the summary as MSG.</summary>
    public string Format(AlertRecord record) => Format(record, record.Alert.Summary);

    /// <summary>The message with <paramref name="message"/> as MSG (e.g. a CEF record).</summary>
    public string Format(AlertRecord record, string message)
    {
        var alert = record.Alert;
        var pri = facility * 8 + AlertSeverity.Syslog(alert.Score);
        var line = new StringBuilder();
        line.Append('<').Append(pri.ToString(CultureInfo.InvariantCulture)).Append(">1 ");
        line.Append(CaptureTime.ToIso(alert.TimeNs)).Append(' ').Append(_hostName).Append(' ').Append(_appName).Append(" - ");
        line.Append(Field(ModelId(alert.Model), 32)).Append(' ');
        line.Append('[').Append(SdId);
        Param(line, "id", record.Id.ToString(CultureInfo.InvariantCulture));
        Param(line, "model", alert.Model);
        Param(line, "device", alert.Device);
        Param(line, "score", alert.Score.ToString("0.####", CultureInfo.InvariantCulture));
        line.Append("] ");
        // Syslog messages are one line; a summary never has breaks, evidence inside CEF is already escaped.
        line.Append(message.Replace('\n', ' ').Replace('\r', ' '));
        return line.ToString();
    }

    /// <summary>MSGID: the model name without spaces or punctuation, e.g. "NetworkScan".</summary>
    public static string ModelId(string model) => new(model.Where(char.IsAsciiLetterOrDigit).ToArray());

    private static void Param(StringBuilder line, string name, string value) =>
        line.Append(' ').Append(name).Append("=\"")
            .Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal))
            .Append('"');

    /// <summary>Header fields are printable US-ASCII without spaces, bounded, "-" when empty (§6.2).</summary>
    private static string Field(string text, int max)
    {
        var printable = new string(text.Where(c => c > ' ' && c < 127).Take(max).ToArray());
        return printable.Length == 0 ? "-" : printable;
    }
}
