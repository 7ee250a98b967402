using System.Globalization;
using System.Text;
using Vigil.Contracts.Alerts;

namespace Vigil.Export.Formats;

/// <summary>
/// ArcSight Common Event Format:
/// <c>CEF:0|Vigil|Vigil|version|signatureId|name|severity|extension</c>. In the header, '\' and '|' are
/// escaped with '\'; in extension values '\', '=' and line breaks are. The signature id is the model's
/// position in the catalog so rules can key on it; the extension carries time, device, score and evidence.
/// </summary>
public static class CefFormatter
{
    public const string Vendor = "Vigil";
    public const string Product = "Vigil";

    public static string Format(AlertRecord record, string version = "1.0")
    {
        var alert = record.Alert;
        var signature = ModelNames.All.ToList().IndexOf(alert.Model) is var index and >= 0 ? $"vigil-{index + 1}" : "vigil-0";
        var cef = new StringBuilder("CEF:0|");
        cef.Append(Header(Vendor)).Append('|').Append(Header(Product)).Append('|').Append(Header(version)).Append('|')
            .Append(Header(signature)).Append('|').Append(Header(alert.Model)).Append('|')
            .Append(AlertSeverity.Cef(alert.Score).ToString(CultureInfo.InvariantCulture)).Append('|');
        cef.Append("rt=").Append((alert.TimeNs / 1_000_000).ToString(CultureInfo.InvariantCulture));
        cef.Append(" src=").Append(Value(alert.Device));
        cef.Append(" externalId=").Append(record.Id.ToString(CultureInfo.InvariantCulture));
        cef.Append(" cfp1=").Append(alert.Score.ToString("0.####", CultureInfo.InvariantCulture)).Append(" cfp1Label=score");
        cef.Append(" cs1=").Append(Value(alert.EvidenceJson)).Append(" cs1Label=evidence");
        cef.Append(" msg=").Append(Value(alert.Summary));
        return cef.ToString();
    }

    public static string Header(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    public static string Value(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("=", "\\=", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal);
}
