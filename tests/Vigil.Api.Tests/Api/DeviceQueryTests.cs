using System.Net;
using Vigil.Api.Tests.Support;

namespace Vigil.Api.Tests.Api;

/// <summary>The device list, one device, its event log and its alerts, over HTTP against the ingested scan story.</summary>
public sealed class DeviceQueryTests(StoryHostFixture story) : IClassFixture<StoryHostFixture>
{
    private HttpClient Client() => story.Host.Client(TestKeys.Read);

    [Fact]
    public async Task The_list_is_ordered_by_address_and_paged()
    {
        using var client = Client();
        var first = await client.GetJsonAsync("/api/devices?sort=address&limit=5");
        Assert.Equal(19, first.GetProperty("total").GetInt32()); // 6 workstations, 2 servers, the scanner, the 10 scanned addresses that answered
        Assert.Equal(["10.10.0.1", "10.10.0.2", "10.10.0.3", "10.10.0.4", "10.10.0.5"], first.GetProperty("items").Strings("ip"));

        var next = await client.GetJsonAsync("/api/devices?sort=address&limit=5&offset=5");
        Assert.Equal(["10.10.0.6", "10.10.0.66", "10.10.0.200", "10.10.0.201", "10.20.0.3"], next.GetProperty("items").Strings("ip"));
        var scanner = next.GetProperty("items")[1];
        Assert.Equal(30, scanner.GetProperty("peers").GetInt32());
        Assert.Equal(5, scanner.GetProperty("alerts").GetInt32()); // its grain's own breaches; the Network Scan is the subnet grain's
    }

    [Fact]
    public async Task By_default_the_list_is_ordered_by_risk_the_devices_with_breaches_first()
    {
        using var client = Client();
        var first = await client.GetJsonAsync("/api/devices?limit=3");
        Assert.Equal(19, first.GetProperty("total").GetInt32());
        // The scanner is the only device with breaches; the others follow in address order, and paging goes on from there.
        Assert.Equal(["10.10.0.66", "10.10.0.1", "10.10.0.2"], first.GetProperty("items").Strings("ip"));
        var next = await client.GetJsonAsync("/api/devices?limit=3&offset=3");
        Assert.Equal(["10.10.0.3", "10.10.0.4", "10.10.0.5"], next.GetProperty("items").Strings("ip"));
        // Filters still apply to the ranked devices.
        Assert.Equal(["10.20.0.3"], (await client.GetJsonAsync("/api/devices?subnet=10.20.0.0/24&limit=1")).GetProperty("items").Strings("ip"));
        using var bad = await client.GetAsync("/api/devices?sort=alerts");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("subnet=10.20.0.0/99", "subnet")]
    [InlineData("service=tcp502", "service")]
    [InlineData("since=yesterday", "since")]
    [InlineData("vlan=5000", "vlan")]
    public async Task Bad_parameters_get_a_problem_naming_the_parameter(string query, string parameter)
    {
        using var client = Client();
        using var response = await client.GetAsync($"/api/devices?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.False(string.IsNullOrEmpty(errors.GetProperty(parameter)[0].GetString()));
    }

    [Fact]
    public async Task Filters_select_by_subnet_service_text_and_time()
    {
        using var client = Client();
        Assert.Equal(10, (await client.GetJsonAsync("/api/devices?subnet=10.20.0.0/24")).GetProperty("total").GetInt32());
        // tcp/102 was tried by the scanner against every third address.
        Assert.Equal(11, (await client.GetJsonAsync("/api/devices?service=tcp/102")).GetProperty("total").GetInt32());
        Assert.Equal(["10.10.0.66"], (await client.GetJsonAsync("/api/devices?q=.66")).GetProperty("items").Strings("ip"));
        // The scan starts 2 h 1 min into the capture: after that only the scanner, its 30 targets and the
        // workstations' last SMB exchange (6 workstations and the file server) are seen; the DNS server is not.
        var late = await client.GetJsonAsync("/api/devices?since=2024-04-22T02:01:00Z&limit=500");
        Assert.Equal(18, late.GetProperty("total").GetInt32());
        Assert.DoesNotContain("10.10.0.201", late.GetProperty("items").Strings("ip"));
    }

    [Fact]
    public async Task A_device_has_its_identity_services_and_volumes()
    {
        using var client = Client();
        var scanner = await client.GetJsonAsync("/api/devices/10.10.0.66");
        Assert.Equal("10.10.0.0/24", scanner.GetProperty("subnet").GetString());
        Assert.Equal(30, scanner.GetProperty("peers").GetInt32());
        Assert.Equal(["tcp/102", "tcp/502"], scanner.GetProperty("servicesUsed").EnumerateArray().Select(s => s.GetString()));
        Assert.StartsWith("2024-04-22T02:01", scanner.GetProperty("firstSeen").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/devices/10.99.0.1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/devices/not-an-ip")).StatusCode);
    }

    [Fact]
    public async Task The_event_log_filters_by_port_peer_and_time()
    {
        using var client = Client();
        var all = await client.GetJsonAsync("/api/devices/10.10.0.66/connections");
        Assert.Equal(30, all.GetProperty("total").GetInt32());

        var s7 = await client.GetJsonAsync("/api/devices/10.10.0.66/connections?port=102");
        Assert.Equal(10, s7.GetProperty("total").GetInt32());
        Assert.All(s7.GetProperty("items").EnumerateArray(), c =>
        {
            Assert.Equal(102, c.GetProperty("respPort").GetInt32());
            Assert.Equal("REJ", c.GetProperty("state").GetString());
            Assert.True(c.GetProperty("failed").GetBoolean());
            Assert.Equal("out", c.GetProperty("direction").GetString());
        });
        var times = s7.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("start").GetString()).ToArray();
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);

        var one = await client.GetJsonAsync("/api/devices/10.10.0.66/connections?peer=10.20.0.3");
        Assert.Equal(["10.20.0.3"], one.GetProperty("items").Strings("resp"));
        Assert.Equal(["10.20.0.3"], one.GetProperty("items").Strings("peer"));
        var late = await client.GetJsonAsync("/api/devices/10.10.0.66/connections?since=2024-04-22T02:01:10Z");
        Assert.InRange(late.GetProperty("total").GetInt32(), 1, 29);
        Assert.Equal(3, (await client.GetJsonAsync("/api/devices/10.10.0.66/connections?limit=3")).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/devices/10.10.0.66/connections?limit=257")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/devices/10.10.0.66/connections?port=70000")).StatusCode);
    }

    [Fact]
    public async Task A_device_lists_its_own_alerts()
    {
        using var client = Client();
        var alerts = await client.GetJsonAsync("/api/devices/10.10.0.66/alerts");
        Assert.Equal(story.AlertRecords, alerts.GetProperty("total").GetInt32());
        Assert.All(alerts.GetProperty("items").EnumerateArray(), a => Assert.Equal("10.10.0.66", a.GetProperty("device").GetString()));
        Assert.Equal(0, (await client.GetJsonAsync("/api/devices/10.10.0.1/alerts")).GetProperty("total").GetInt32());
    }
}
