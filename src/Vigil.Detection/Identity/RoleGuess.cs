using Vigil.Detection.Devices;

namespace Vigil.Detection.Identity;

/// <summary>
/// Guesses what a device is from what it serves, what it uses and which ICS operations it sends,
/// and says why. The first rule that matches wins; the order goes from the most telling evidence
/// (a device that answers DNP3 is an outstation, whatever else it does) to the least.
/// </summary>
public static class RoleGuess
{
    private static readonly Dictionary<string, string> IcsServices = new(StringComparer.Ordinal)
    {
        ["tcp/502"] = "Modbus/TCP", ["tcp/102"] = "S7comm (ISO-TSAP)", ["tcp/44818"] = "EtherNet/IP", ["udp/44818"] = "EtherNet/IP",
        ["tcp/47808"] = "BACnet", ["udp/47808"] = "BACnet", ["tcp/4840"] = "OPC UA", ["tcp/20000"] = "DNP3", ["udp/20000"] = "DNP3",
        ["tcp/2404"] = "IEC 60870-5-104",
    };

    private static readonly Dictionary<string, string> ItServices = new(StringComparer.Ordinal)
    {
        ["tcp/445"] = "SMB", ["tcp/389"] = "LDAP", ["tcp/88"] = "Kerberos", ["udp/53"] = "DNS", ["tcp/53"] = "DNS",
        ["udp/67"] = "DHCP", ["tcp/1433"] = "SQL Server", ["tcp/3389"] = "RDP",
    };

    public static (string? Role, IReadOnlyList<string> Evidence) Of(DeviceProfile profile, DeviceIdentityState identity)
    {
        var served = profile.ServicesOffered.Where(IcsServices.ContainsKey).ToArray();
        if (served.Any(s => s.EndsWith("/20000", StringComparison.Ordinal) || s == "tcp/2404"))
        {
            return ("rtu", [$"answers {Describe(served)} as an outstation"]);
        }
        if (served.Length > 0)
        {
            var evidence = new List<string> { $"answers {Describe(served)}" };
            if (identity.Product is { } product)
            {
                evidence.Add($"identifies as {identity.Vendor} {product} ({identity.IdentitySource})");
            }
            return ("plc", evidence);
        }
        var engineering = identity.ClientOperations.Where(o => o.EndsWith(":reprogram", StringComparison.Ordinal) || o.EndsWith(":discover", StringComparison.Ordinal)).ToArray();
        if (engineering.Length > 0)
        {
            return ("engineering_workstation", [$"sent {string.Join(", ", engineering)} commands"]);
        }
        var polled = profile.ServicesUsed.Where(IcsServices.ContainsKey).ToArray();
        if (polled.Length > 0)
        {
            return ("hmi_scada", [$"polls {Describe(polled)} as a client"]);
        }
        var itServed = profile.ServicesOffered.Where(ItServices.ContainsKey).ToArray();
        if (itServed.Length > 0)
        {
            return ("server", [$"answers {string.Join(", ", itServed.Select(s => $"{ItServices[s]} on {s}"))}"]);
        }
        if (profile.ServicesUsed.Contains("tcp/443") || profile.ServicesUsed.Contains("tcp/80"))
        {
            return ("it_workstation", ["browses the web (tcp/443, tcp/80) and serves nothing"]);
        }
        return (null, []);
    }

    private static string Describe(IEnumerable<string> services) =>
        string.Join(", ", services.Select(s => $"{IcsServices[s]} on {s}"));
}
