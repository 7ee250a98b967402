using System.Net;
using Vigil.Api.Tests.Support;
using Vigil.Export.Inventory;

namespace Vigil.Api.Tests.Api;

/// <summary>Device identity, role and zone over HTTP; the zone and role filters; the inventory and zone/conduit exports.</summary>
public sealed class ExportAndIdentityTests(StoryHostFixture story) : IClassFixture<StoryHostFixture>
{
    [Fact]
    public async Task A_device_shows_its_zone_with_evidence_and_the_list_filters_by_zone_and_role()
    {
        using var client = story.Host.Client(TestKeys.Read);
        var scanner = await client.GetJsonAsync($"/api/devices/{StoryHostFixture.Scanner}");
        Assert.Equal(("it", "Office"), (scanner.GetProperty("zone").GetString(), scanner.GetProperty("zoneName").GetString()));
        Assert.Equal("configured zone 'Office'", scanner.GetProperty("zoneEvidence").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, scanner.GetProperty("roleEvidence").ValueKind);

        var all = (await client.GetJsonAsync("/api/devices?limit=500")).GetProperty("total").GetInt32();
        var ics = await client.GetJsonAsync("/api/devices?zone=ics&limit=500");
        var plant = await client.GetJsonAsync("/api/devices?zone=Plant&limit=500");
        var it = (await client.GetJsonAsync("/api/devices?zone=it")).GetProperty("total").GetInt32();
        Assert.Equal(ics.GetProperty("total").GetInt32(), plant.GetProperty("total").GetInt32());
        Assert.Equal(all, ics.GetProperty("total").GetInt32() + it);
        Assert.All(ics.GetProperty("items").Strings("ip"), ip => Assert.StartsWith("10.20.0.", ip));
        Assert.All(ics.GetProperty("items").EnumerateArray(), d => Assert.Equal("Plant", d.GetProperty("zoneName").GetString()));

        // Roles reach the directory from the device grains: every device has one or is "unknown".
        var roles = (await client.GetJsonAsync("/api/devices?limit=500")).GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("role").GetString() ?? "unknown").GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (role, count) in roles)
        {
            Assert.Equal(count, (await client.GetJsonAsync($"/api/devices?role={role}")).GetProperty("total").GetInt32());
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/devices?zone=%3Cscript%3E")).StatusCode);
    }

    [Fact]
    public async Task The_inventory_exports_as_csv_and_json_with_identity_role_and_zone()
    {
        using var client = story.Host.Client(TestKeys.Read);
        var total = (await client.GetJsonAsync("/api/devices?limit=1")).GetProperty("total").GetInt32();
        using var csv = await client.GetAsync("/api/export/inventory.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), csv.Headers.GetValues("X-Total-Count").Single());
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', InventoryCsv.Columns), lines[0]);
        Assert.Equal(total, lines.Length - 1);
        var scanner = lines.Single(l => l.StartsWith(StoryHostFixture.Scanner + ",", StringComparison.Ordinal));
        Assert.Contains(",it,configured zone 'Office',10.10.0.0/24,", scanner);

        var json = await client.GetJsonAsync("/api/export/inventory.json?zone=ics&limit=2");
        Assert.Equal(2, json.GetArrayLength());
        Assert.All(json.EnumerateArray(), d => Assert.Equal("ics", d.GetProperty("zone").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/export/inventory.csv?limit=10001")).StatusCode);
        using var anonymous = story.Host.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/export/inventory.csv")).StatusCode);
    }

    [Fact]
    public async Task The_scan_is_a_new_conduit_from_the_office_into_the_plant_with_its_62443_requirements()
    {
        using var client = story.Host.Client(TestKeys.Read);
        var conduits = await client.GetJsonAsync("/api/conduits");
        var conduit = Assert.Single(conduits.EnumerateArray());
        Assert.Equal(("Office", "Plant", "it", "ics", "new"), (conduit.GetProperty("fromZone").GetString(), conduit.GetProperty("toZone").GetString(),
            conduit.GetProperty("fromRole").GetString(), conduit.GetProperty("toRole").GetString(), conduit.GetProperty("status").GetString()));
        var services = conduit.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ToArray();
        Assert.Contains("tcp/102", services);
        Assert.All(conduit.GetProperty("devices").EnumerateArray(), p => Assert.StartsWith(StoryHostFixture.Scanner + ">10.20.0.", p.GetString()));
        Assert.Equal(conduit.GetProperty("flows").GetInt64(), conduit.GetProperty("failed").GetInt64());
        var requirements = conduit.GetProperty("requirements").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Assert.Equal([ConduitReport.Segmentation, ConduitReport.BoundaryProtection, ConduitReport.CommunicationIntegrity, ConduitReport.LeastFunctionality], requirements);
        Assert.True(conduit.GetProperty("firstNs").GetInt64() > 0 && conduit.GetProperty("lastNs").GetInt64() >= conduit.GetProperty("firstNs").GetInt64());

        using var csv = await client.GetAsync("/api/export/conduits.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Office,Plant,it,ics,10.10.0.0/24,10.20.0.0/24,", lines[1]);
    }
}
