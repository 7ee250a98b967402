using System.Security.Cryptography.X509Certificates;

namespace Vigil.Simulator.Tests.Scenarios;

/// <summary>tshark checks shared by the scenario tests.</summary>
internal static class CaptureChecks
{
    /// <summary>Packets Wireshark calls malformed, or flags at error severity (bad checksums included).</summary>
    public static IReadOnlyList<string> Problems(string capture) =>
        Tshark.Run(capture, "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE",
            "-Y", "_ws.malformed || _ws.expert.severity >= error");

    /// <summary>Expert warnings other than the resets and retransmissions the scenarios cause on purpose.</summary>
    public static IReadOnlyList<string> UnexpectedWarnings(string capture) =>
        Tshark.Run(capture, "-Y", "_ws.expert.severity == warning && !tcp.flags.reset == 1 && !tcp.analysis.retransmission");

    /// <summary>Distinct values of one field over packets matching a filter.</summary>
    public static ISet<string> Values(string capture, string filter, string field) =>
        Tshark.Fields(capture, filter, field).SelectMany(l => l.Split(',')).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every certificate the TLS servers matching <paramref name="filter"/> presented, parsed.</summary>
    public static IReadOnlyList<X509Certificate2> Certificates(string capture, string filter) =>
        Tshark.Fields(capture, $"tls.handshake.type == 11 && ({filter})", "tls.handshake.certificate")
            .SelectMany(l => l.Split(','))
            .Distinct(StringComparer.Ordinal)
            .Select(hex => X509CertificateLoader.LoadCertificate(Convert.FromHexString(hex.Replace(":", "", StringComparison.Ordinal))))
            .ToList();
}
