using System.Globalization;
using System.Text;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Time;

namespace Vigil.Host.Output;

/// <summary>
/// A device's connections over time as inline SVG (answered and failed, stacked per bucket) with the
/// importance curve — the significance of its alerts — on a 0–1 right axis. Drawn here, not by script,
/// so the report needs nothing but a browser.
/// </summary>
public static class SvgTimeChart
{
    private const int Width = 900, Height = 220, Left = 44, Right = 44, Top = 12, Bottom = 34, Buckets = 48;

    public static string Render(IReadOnlyList<LoggedConnection> connections, IReadOnlyList<Alert> alerts)
    {
        var times = connections.Select(c => c.StartNs).Concat(alerts.Select(a => a.TimeNs)).ToArray();
        if (times.Length == 0)
        {
            return "<p class=\"muted\">No connections recorded.</p>";
        }
        long t0 = times.Min(), t1 = times.Max();
        const long minute = 60_000_000_000L;
        if (t1 - t0 < minute)
        {
            t0 -= minute / 2;
            t1 += minute / 2;
        }
        var span = (double)(t1 - t0);
        int BucketOf(long t) => Math.Min(Buckets - 1, (int)((t - t0) / span * Buckets));
        var ok = new int[Buckets];
        var failed = new int[Buckets];
        var importance = new double[Buckets];
        foreach (var c in connections)
        {
            (c.Failed ? failed : ok)[BucketOf(c.StartNs)]++;
        }
        foreach (var a in alerts)
        {
            importance[BucketOf(a.TimeNs)] = Math.Max(importance[BucketOf(a.TimeNs)], a.Score);
        }
        var peak = Math.Max(1, Enumerable.Range(0, Buckets).Max(b => ok[b] + failed[b]));
        var plot = Height - Top - Bottom;
        double Y(double count) => Height - Bottom - count / peak * plot;
        double YScore(double s) => Height - Bottom - s * plot;
        var barWidth = (Width - Left - Right) / (double)Buckets;

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"timechart\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#8893a4\"/>"));
        svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Top + 10}\" text-anchor=\"end\" font-size=\"11\">{peak}</text>"));
        svg.Append(Invariant($"<text x=\"{Width - Right + 6}\" y=\"{Top + 10}\" font-size=\"11\" fill=\"#d98e04\">1.0</text>"));
        for (var i = 0; i <= 4; i++)
        {
            var x = Left + (Width - Left - Right) * i / 4.0;
            var label = CaptureTime.ToIso(t0 + (long)(span * i / 4))[(i == 0 ? 0 : 11)..19].Replace('T', ' ');
            var anchor = i == 0 ? "start" : i == 4 ? "end" : "middle";
            svg.Append(Invariant($"<text x=\"{x:F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"{anchor}\" font-size=\"11\">{label}</text>"));
        }
        for (var b = 0; b < Buckets; b++)
        {
            var x = Left + b * barWidth + 1;
            if (ok[b] > 0)
            {
                svg.Append(Invariant($"<rect class=\"bar ok\" x=\"{x:F1}\" y=\"{Y(ok[b]):F1}\" width=\"{barWidth - 2:F1}\" height=\"{Height - Bottom - Y(ok[b]):F1}\" fill=\"#6d9ad8\"/>"));
            }
            if (failed[b] > 0)
            {
                svg.Append(Invariant($"<rect class=\"bar failed\" x=\"{x:F1}\" y=\"{Y(ok[b] + failed[b]):F1}\" width=\"{barWidth - 2:F1}\" height=\"{Y(ok[b]) - Y(ok[b] + failed[b]):F1}\" fill=\"#c0392b\"/>"));
            }
        }
        var points = string.Join(' ', importance.Select((s, b) => Invariant($"{Left + (b + 0.5) * barWidth:F1},{YScore(s):F1}")));
        svg.Append(Invariant($"<polyline class=\"importance\" points=\"{points}\" fill=\"none\" stroke=\"#d98e04\" stroke-width=\"2\"/>"));
        foreach (var a in alerts)
        {
            var title = System.Net.WebUtility.HtmlEncode($"{CaptureTime.ToIso(a.TimeNs)} {a.Model} ({a.Score:F2})");
            svg.Append(Invariant($"<circle class=\"alert-mark\" cx=\"{Left + (BucketOf(a.TimeNs) + 0.5) * barWidth:F1}\" cy=\"{YScore(a.Score):F1}\" r=\"5\" fill=\"#d98e04\"><title>{title}</title></circle>"));
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
