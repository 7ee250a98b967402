using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Grains;

namespace Vigil.Host.Silo;

/// <summary>
/// A one-silo cluster inside the current process, with in-memory storage: what `vigil analyze` runs
/// on, so an analyst needs no server. It listens on loopback only, on free ports, so several
/// analyses (or tests) can run side by side.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly ShutdownQuiet _quiet;

    private EmbeddedSilo(IHost host, ShutdownQuiet quiet)
    {
        _host = host;
        _quiet = quiet;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Starts the silo. Its log lines go to <paramref name="runtimeLog"/> when given (the analyst's terminal stays
    /// Vigil's), else to standard error.
    /// </summary>
    /// <exception cref="EmbeddedSiloException">The silo could not bind its loopback ports.</exception>
    public static async Task<EmbeddedSilo> StartAsync(RuntimeLogFile? runtimeLog = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await StartCoreAsync(runtimeLog, cancellationToken);
        }
        catch (SocketException error)
        {
            throw new EmbeddedSiloException($"the embedded silo could not listen on 127.0.0.1 ({error.Message}); is the loopback interface up?", error);
        }
    }

    private static async Task<EmbeddedSilo> StartCoreAsync(RuntimeLogFile? runtimeLog, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The watchdog measures wall-clock stalls; a busy 2-core laptop trips it without anything being wrong.
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        // Once results are written the in-memory store is torn down before the grains that would
        // checkpoint into it; what they fail to save was never meant to outlive the process.
        var quiet = new ShutdownQuiet();
        builder.Logging.AddFilter((_, level) => level >= (quiet.Stopping ? LogLevel.Critical : LogLevel.Warning));
        if (runtimeLog is null)
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        else
        {
            builder.Logging.AddProvider(runtimeLog);
        }
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort())
            .AddMemoryGrainStorage(StorageNames.Models, o => o.GrainStorageSerializer = SiloConfiguration.StorageSerializer())
            .AddVigilSerialization());
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host, quiet);
    }

    public async ValueTask DisposeAsync()
    {
        _quiet.Stopping = true;
        await _host.StopAsync();
        _host.Dispose();
    }

    private sealed class ShutdownQuiet
    {
        public volatile bool Stopping;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
