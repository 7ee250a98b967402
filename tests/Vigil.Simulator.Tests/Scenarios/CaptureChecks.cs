using System.Security.Cryptography.X509Certificates;

namespace Vigil.Simulator.Tests.Scenarios;

/// <summary>tshark checks shared by the scenario tests.</summary>
internal static class CaptureChecks
{
    /// <summary>Packets Wireshark calls malformed, or flags at error severity (bad checksums included).</summary>
    public static IReadOnlyList<string> Problems(string capture) =>
        Tshark.Run(capture, "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE",
            "-Y", "_ws.malformed || _ws.expert.severity >= error || (_ws.expert.severity == warning && !(tcp.flags.reset == 1) && !tcp.analysis.retransmission)");

    /// <summary>True for a TCP SYN without ACK.</summary>
    public static bool IsSyn(Func<string, string> f) => f("tcp.flags.syn") == "1" && f("tcp.flags.ack") == "0";

    /// <summary>Every certificate presented by servers whose address satisfies <paramref name="server"/>, parsed.</summary>
    public static IReadOnlyList<X509Certificate2> Certificates(CaptureTable table, Func<string, bool> server) =>
        table.Values("tls.handshake.certificate", f => server(f("ip.src")))
            .Select(hex => X509CertificateLoader.LoadCertificate(Convert.FromHexString(hex.Replace(":", "", StringComparison.Ordinal))))
            .ToList();
}
