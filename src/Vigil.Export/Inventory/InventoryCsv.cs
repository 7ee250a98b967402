using System.Globalization;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Time;

namespace Vigil.Export.Inventory;

/// <summary>
/// The asset inventory as CSV, one device a row: identity (names, vendor, product, role, zone), where it
/// lives, when it was seen, what it offers and uses, volumes and alert count. Lists are joined with
/// spaces (names with "; ") so a row stays one record in any spreadsheet.
/// </summary>
public static class InventoryCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "ip", "names", "vendor", "product", "role", "role_evidence", "zone", "zone_evidence", "subnet", "macs", "vlans",
        "first_seen", "last_seen", "services_offered", "services_used", "peers", "flows", "bytes_sent", "bytes_received", "alerts",
    ];

    public static void Write(TextWriter writer, IEnumerable<DeviceSnapshot> devices)
    {
        CsvText.Line(writer, Columns);
        foreach (var d in devices)
        {
            CsvText.Line(writer,
            [
                d.Ip, string.Join("; ", d.Names), d.Vendor, d.Product, d.Role, string.Join("; ", d.RoleEvidence), d.Zone, d.ZoneEvidence,
                d.Subnet, string.Join(' ', d.Macs), string.Join(' ', d.Vlans.Select(v => v.ToString(CultureInfo.InvariantCulture))),
                Time(d.FirstSeenNs), Time(d.LastSeenNs), string.Join(' ', d.ServicesOffered), string.Join(' ', d.ServicesUsed),
                Number(d.Peers), Number(d.Flows), Number(d.BytesSent), Number(d.BytesReceived), Number(d.Alerts),
            ]);
        }
    }

    /// <summary>Writes the inventory to <paramref name="path"/> (UTF-8, no BOM).</summary>
    public static void Write(string path, IEnumerable<DeviceSnapshot> devices)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        Write(writer, devices);
    }

    private static string? Time(long ns) => ns <= 0 ? null : CaptureTime.ToIso(ns);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
