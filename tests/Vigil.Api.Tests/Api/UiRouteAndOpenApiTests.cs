using System.Net;
using Vigil.Api.Tests.Support;

namespace Vigil.Api.Tests.Api;

/// <summary>UI routes answer HEAD like GET; the OpenAPI document says how to authenticate and requires it on every operation.</summary>
public sealed class UiRouteAndOpenApiTests(StoryHostFixture story) : IClassFixture<StoryHostFixture>
{
    [Theory]
    [InlineData("/ui/app.css", HttpStatusCode.OK)]
    [InlineData("/ui/", HttpStatusCode.Redirect)] // no session: to the sign-in page, as GET does
    [InlineData("/", HttpStatusCode.Redirect)]
    public async Task Head_is_answered_like_get_without_a_body(string path, HttpStatusCode expected)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = story.Host.Address };
        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_signed_in_head_of_the_home_page_is_200()
    {
        using var client = story.Host.Client(TestKeys.Read);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/ui/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_declares_the_key_and_session_schemes_on_every_operation()
    {
        using var client = story.Host.Client(TestKeys.Read);
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("apiKey", schemes.GetProperty("apiKey").GetProperty("type").GetString());
        Assert.Equal("header", schemes.GetProperty("apiKey").GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("apiKey").GetProperty("name").GetString());
        Assert.Equal("cookie", schemes.GetProperty("session").GetProperty("in").GetString());
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).ToList();
        Assert.True(operations.Count > 10, $"only {operations.Count} operations");
        Assert.All(operations, o => Assert.Contains("apiKey", o.Value.GetProperty("security").GetRawText()));
    }
}
