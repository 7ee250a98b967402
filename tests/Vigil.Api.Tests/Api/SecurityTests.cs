using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Vigil.Api.Tests.Support;

namespace Vigil.Api.Tests.Api;

/// <summary>Keys are required everywhere but /healthz, bad keys are refused with problem details, and only admin keys change things.</summary>
public sealed class SecurityTests(StoryHostFixture story) : IClassFixture<StoryHostFixture>
{
    [Fact]
    public async Task Health_needs_no_key()
    {
        using var client = story.Host.Client(null);
        var health = await client.GetJsonAsync("/healthz");
        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/devices")]
    [InlineData("/api/devices/10.10.0.66")]
    [InlineData("/api/alerts")]
    [InlineData("/api/subnets")]
    [InlineData("/api/network")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/dashboard/")]
    public async Task Every_other_endpoint_refuses_a_request_without_a_key(string path)
    {
        using var client = story.Host.Client(null);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_a_bearer_token_is_accepted()
    {
        using var wrong = story.Host.Client("not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/devices")).StatusCode);

        using var bearer = story.Host.Client(null);
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.Read);
        var session = await bearer.GetJsonAsync("/api/session");
        Assert.Equal("analyst", session.GetProperty("name").GetString());
        Assert.Equal("read", session.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task A_read_key_cannot_acknowledge_and_an_admin_key_can()
    {
        using var reader = story.Host.Client(TestKeys.Read);
        var alert = (await reader.GetJsonAsync("/api/alerts?limit=1")).GetProperty("items")[0];
        var id = alert.GetProperty("id").GetInt64();

        using var forbidden = await reader.PostAsJsonAsync($"/api/alerts/{id}/ack", new { comment = "mine" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);

        using var admin = story.Host.Client(TestKeys.Admin);
        using var acknowledged = await admin.PostAsJsonAsync($"/api/alerts/{id}/ack", new { comment = "scanner isolated" });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var after = await reader.GetJsonAsync($"/api/alerts/{id}");
        Assert.Equal("admin", after.GetProperty("acknowledged").GetProperty("by").GetString());
        Assert.Equal("scanner isolated", after.GetProperty("acknowledged").GetProperty("comment").GetString());

        using var unknown = await admin.PostAsJsonAsync("/api/alerts/999999/ack", new { comment = "" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var tooLong = await admin.PostAsJsonAsync($"/api/alerts/{id}/ack", new { comment = new string('x', 2001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task The_ui_sends_a_browser_without_a_session_to_sign_in_and_the_session_cookie_opens_the_dashboard()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies };
        using var browser = new HttpClient(handler) { BaseAddress = story.Host.Address };
        using var page = await browser.GetAsync("/ui/device.html?ip=10.10.0.66");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/ui/login.html?next=", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/ui/login.html")).StatusCode);

        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/session");
        signIn.Headers.Add("X-Api-Key", TestKeys.Read);
        using var signedIn = await browser.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("httponly", signedIn.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/ui/device.html?ip=10.10.0.66")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard/")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        using var client = story.Host.Client(TestKeys.Read);
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/devices", paths);
        Assert.Contains("/api/devices/{ip}/connections", paths);
        Assert.Contains("/api/alerts/{id}/ack", paths);
        Assert.Contains("/healthz", paths);
        var connection = document.GetProperty("components").GetProperty("schemas").GetProperty("ConnectionEntry").GetProperty("properties");
        Assert.Superset(new HashSet<string> { "start", "end", "direction", "peer", "orig", "resp", "state", "open", "failed", "summary" },
            connection.EnumerateObject().Select(p => p.Name).ToHashSet());
    }
}
