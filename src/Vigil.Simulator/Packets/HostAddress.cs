using Vigil.Capture.Decoding;

namespace Vigil.Simulator.Packets;

/// <summary>
/// What the wire needs to know about a host: its IPv4 address (host order), its MAC, its VLAN, and the
/// TTL its packets carry when they reach the mirror port (128 for Windows, 64 for Linux, 30 for S7 PLCs,
/// lower for external hosts that are hops away).
/// </summary>
public sealed record HostAddress(uint Ip, MacAddress Mac, ushort Vlan, byte Ttl, bool IsExternal)
{
    /// <summary>Parses dotted-quad text into a host-order address.</summary>
    public static uint ParseIp(string text)
    {
        var parts = text.Split('.');
        return (uint.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) << 24)
            | (uint.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) << 16)
            | (uint.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) << 8)
            | uint.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Dotted-quad text of a host-order address.</summary>
    public static string FormatIp(uint ip) => $"{ip >> 24}.{(ip >> 16) & 0xFF}.{(ip >> 8) & 0xFF}.{ip & 0xFF}";

    /// <summary>The address as text.</summary>
    public string IpText => FormatIp(Ip);
}
