namespace Vigil.Capture.Decoding;

/// <summary>
/// Vendors of the network interfaces Vigil meets most in plants, by IEEE OUI (the first three bytes
/// of a MAC). A short curated list, not the IEEE registry: enough to tell a Siemens PLC from a Dell
/// workstation or a Raspberry Pi drop-box. Unknown prefixes give null.
/// </summary>
public static class MacVendors
{
    private static readonly Dictionary<uint, string> ByOui = Build(
        ("Siemens", [0x001B1B, 0x000E8C, 0x080006]),
        ("Schneider Electric", [0x0080F4, 0x000054]),
        ("Rockwell Automation", [0x0000BC, 0x001D9C, 0xE49069]),
        ("Phoenix Contact", [0x00A045]),
        ("Moxa", [0x0090E8]),
        ("WAGO", [0x0030DE]),
        ("Beckhoff", [0x000105]),
        ("Omron", [0x00000A]),
        ("Hirschmann", [0x008063]),
        ("Raspberry Pi", [0xB827EB, 0xDCA632, 0xE45F01]),
        ("Dell", [0x001422, 0xF8BC12, 0x180373]),
        ("HP", [0x001B78, 0x3CD92B, 0x9457A5]),
        ("Cisco", [0x001EBD]),
        ("Lenovo", [0x54EE75]),
        ("VMware", [0x005056, 0x000C29]));

    /// <summary>The vendor of <paramref name="mac"/>, or null when its prefix is not in the list (or it is locally administered).</summary>
    public static string? Of(MacAddress mac) => ByOui.GetValueOrDefault(mac.Oui);

    /// <summary>The prefixes listed for <paramref name="vendor"/>, in the order above.</summary>
    public static IReadOnlyList<uint> OuisOf(string vendor) =>
        ByOui.Where(entry => entry.Value == vendor).Select(entry => entry.Key).ToArray();

    private static Dictionary<uint, string> Build(params (string Vendor, uint[] Ouis)[] vendors)
    {
        var map = new Dictionary<uint, string>();
        foreach (var (vendor, ouis) in vendors)
        {
            foreach (var oui in ouis)
            {
                map[oui] = vendor;
            }
        }
        return map;
    }
}
