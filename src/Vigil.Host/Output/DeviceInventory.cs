using System.Text.Json;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Time;

namespace Vigil.Host.Output;

/// <summary>Writes devices.json: the inventory, one object per device, ordered by address.</summary>
public static class DeviceInventory
{
    public static void Write(string path, IEnumerable<DeviceSnapshot> devices)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var device in devices)
        {
            json.WriteStartObject();
            json.WriteString("ip", device.Ip);
            json.WriteString("subnet", device.Subnet);
            json.WriteStringArray("names", device.Names);
            WriteOptional(json, "vendor", device.Vendor);
            WriteOptional(json, "product", device.Product);
            WriteOptional(json, "role", device.Role);
            json.WriteStringArray("role_evidence", device.RoleEvidence);
            if (device.Zone is { } zone)
            {
                json.WriteString("zone", zone);
                json.WriteString("zone_evidence", device.ZoneEvidence);
            }
            json.WriteStringArray("macs", device.Macs);
            json.WriteStartArray("vlans");
            foreach (var vlan in device.Vlans)
            {
                json.WriteNumberValue(vlan);
            }
            json.WriteEndArray();
            json.WriteString("first_seen", CaptureTime.ToIso(device.FirstSeenNs));
            json.WriteString("last_seen", CaptureTime.ToIso(device.LastSeenNs));
            json.WriteNumber("peers", device.Peers);
            json.WriteNumber("flows", device.Flows);
            json.WriteNumber("bytes_sent", device.BytesSent);
            json.WriteNumber("bytes_received", device.BytesReceived);
            json.WriteStringArray("services_offered", device.ServicesOffered);
            json.WriteStringArray("services_used", device.ServicesUsed);
            json.WriteNumber("alerts", device.Alerts);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
