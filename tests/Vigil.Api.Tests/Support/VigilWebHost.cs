using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;
using Vigil.Grains;
using Vigil.Host.Silo;

namespace Vigil.Api.Tests.Support;

/// <summary>
/// A real host as the cluster silo will be: ASP.NET Core and an Orleans silo in one process, the
/// Vigil API and dashboard mapped, Kestrel on a free loopback port.
/// </summary>
internal sealed class VigilWebHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StrongBox<bool> _stopping;

    private VigilWebHost(WebApplication app, Uri address, StrongBox<bool> stopping)
    {
        _app = app;
        Address = address;
        _stopping = stopping;
    }

    public Uri Address { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<VigilWebHost> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(TestKeys.Configuration());
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        // At shutdown the in-memory store goes before the grains that would checkpoint into it (see EmbeddedSilo).
        var stopping = new StrongBox<bool>();
        builder.Logging.AddFilter((_, level) => level >= (Volatile.Read(ref stopping.Value) ? LogLevel.Critical : LogLevel.Warning));
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort())
            .AddMemoryGrainStorage(StorageNames.Models)
            .AddVigilSerialization()
            .AddDashboard());
        builder.Services.AddVigilApi();
        var app = builder.Build();
        app.MapVigilApi();
        app.MapVigilDashboard();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new VigilWebHost(app, new Uri(address), stopping);
    }

    /// <summary>A client that sends <paramref name="key"/> (none when null) in the X-Api-Key header.</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Volatile.Write(ref _stopping.Value, true);
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
