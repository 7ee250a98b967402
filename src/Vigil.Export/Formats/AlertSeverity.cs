namespace Vigil.Export.Formats;

/// <summary>One mapping of an alert's score to the severities SIEMs expect, shared by syslog and CEF.</summary>
public static class AlertSeverity
{
    /// <summary>RFC 5424 severity: 2 critical (≥0.9), 3 error (≥0.7), 4 warning (≥0.5), 5 notice.</summary>
    public static int Syslog(double score) => score >= 0.9 ? 2 : score >= 0.7 ? 3 : score >= 0.5 ? 4 : 5;

    /// <summary>CEF severity 0–10: the score scaled and rounded.</summary>
    public static int Cef(double score) => (int)Math.Round(Math.Clamp(score, 0, 1) * 10, MidpointRounding.AwayFromZero);
}
