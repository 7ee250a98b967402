using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using OpenTelemetry.Metrics;
using Vigil.Api;
using Vigil.Cluster.Alerts;
using Vigil.Cluster.Database;
using Vigil.Cluster.Metrics;
using Vigil.Grains.Alerts;
using Vigil.Grains;
using Vigil.Host.Silo;

namespace Vigil.Cluster.Silo;

/// <summary>
/// `vigil silo`: one member of a Vigil cluster on PostgreSQL — ADO.NET clustering, grain storage and
/// reminders — plus an HTTP host on the same process for health (and, through
/// <paramref name="mapEndpoints"/> of <see cref="RunAsync"/>, the HTTP API). It checks the database
/// before joining, runs until SIGTERM or Ctrl+C, then leaves the cluster gracefully so the devices it
/// held are checkpointed and reactivated elsewhere.
/// </summary>
public static class SiloHost
{
    private const string Invariant = "Npgsql";

    /// <summary>The ADO.NET storage provider's own name, behind <see cref="StorageNames.Models"/>.</summary>
    private const string DatabaseStorage = "models-db";

    /// <summary>Runs a silo until it is stopped; returns a <see cref="SiloExitCodes"/> value.</summary>
    /// <param name="configure">Adds configuration sources on top of appsettings.json and VIGIL_ environment variables (the command line's options).</param>
    /// <param name="mapEndpoints">Maps more HTTP endpoints next to /healthz — where the HTTP API plugs in (<c>app => app.MapVigilApi()</c>).</param>
    public static async Task<int> RunAsync(Action<IConfigurationBuilder> configure, Action<WebApplication>? mapEndpoints, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddEnvironmentVariables("VIGIL_");
        configure(builder.Configuration);
        var settings = builder.Configuration.GetSection(SiloSettings.Section).Get<SiloSettings>() ?? new SiloSettings();
        settings.ConnectionString ??= builder.Configuration.GetConnectionString("Vigil");
        settings.ConnectionString = WithPoolBound(settings.ConnectionString, settings.MaxDatabaseConnections);
        ConfigureLogging(builder.Logging, settings);

        using var startupLogs = LoggerFactory.Create(logging => ConfigureLogging(logging, settings));
        var log = startupLogs.CreateLogger("Vigil.Silo");
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            log.LogCritical("No PostgreSQL connection string: set Silo:ConnectionString, ConnectionStrings:Vigil, VIGIL_Silo__ConnectionString or --connection");
            return SiloExitCodes.BadConfiguration;
        }
        var gate = await DatabaseGate.WaitAsync(settings.ConnectionString, settings.DatabaseWait, log, cancellation);
        if (!gate.IsReady)
        {
            log.LogCritical("{Error}", gate.Error);
            return gate.Error!.Contains("unreachable", StringComparison.Ordinal) ? SiloExitCodes.DatabaseUnavailable : SiloExitCodes.BadConfiguration;
        }

        builder.UseOrleans(silo => ConfigureSilo(silo, settings, builder.Configuration));
        builder.Services.AddSingleton<VigilMetrics>();
        // The alert store's own pool (same bound as the storage pool): alerts are one short transaction per step.
        builder.Services.AddSingleton(_ => Npgsql.NpgsqlDataSource.Create(settings.ConnectionString));
        builder.Services.AddSingleton<IAlertArchive, PostgresAlertArchive>();
        // Prometheus text at /metrics: Orleans' own meters (grains, messaging, storage, membership) and Vigil's.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.Orleans", VigilMetrics.MeterName)
            .AddPrometheusExporter());
        // The query API and web UI need API keys; without any configured the silo serves /healthz and /metrics only.
        var apiEnabled = builder.Configuration.GetSection("Vigil:Api:Keys").GetChildren().Any();
        if (apiEnabled)
        {
            builder.Services.AddVigilApi();
        }
        else
        {
            log.LogWarning("HTTP API disabled: no API keys under Vigil:Api:Keys (see deploy/OPERATIONS.md)");
        }
        var app = builder.Build();
        app.MapVigilHealth();
        app.MapPrometheusScrapingEndpoint("/metrics");
        if (apiEnabled)
        {
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapVigilApi();
        }
        // The HTTP API (src/Vigil.Api) adds its endpoints here, on the same host and port.
        mapEndpoints?.Invoke(app);

        var started = DateTime.UtcNow;
        await app.StartAsync(cancellation);
        log.LogInformation("Silo active in cluster {ClusterId} (service {ServiceId}): silo port {SiloPort}, gateway port {GatewayPort}, started in {Seconds:F1}s",
            settings.ClusterId, settings.ServiceId, settings.SiloPort, settings.GatewayPort, (DateTime.UtcNow - started).TotalSeconds);
        await app.WaitForShutdownAsync(cancellation);
        // Leaving gracefully: grains deactivate (device models checkpoint) and the membership row says "dead", not "crashed".
        await app.StopAsync(CancellationToken.None);
        log.LogInformation("Silo stopped");
        return SiloExitCodes.Ok;
    }

    private static void ConfigureSilo(ISiloBuilder silo, SiloSettings settings, IConfiguration configuration)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        if (string.IsNullOrWhiteSpace(settings.AdvertisedAddress))
        {
            silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort);
        }
        else
        {
            silo.ConfigureEndpoints(IPAddress.Parse(settings.AdvertisedAddress), settings.SiloPort, settings.GatewayPort);
        }
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = settings.ConnectionString;
        });
        silo.AddAdoNetGrainStorage(DatabaseStorage, o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = settings.ConnectionString;
            o.GrainStorageSerializer = SiloConfiguration.StorageSerializer();
        });
        // Grains name the "models" storage; it is the PostgreSQL provider seen through a wrapper that counts
        // checkpoints and logs a storage outage once. Rows carry no provider name, so the indirection changes no data.
        silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Models, (services, _) => new MeteredGrainStorage(
            services.GetRequiredKeyedService<IGrainStorage>(DatabaseStorage),
            services.GetRequiredService<VigilMetrics>(),
            services.GetRequiredService<ILoggerFactory>()));
        silo.AddIncomingGrainCallFilter<IngestMeteringFilter>();
        silo.AddIncomingGrainCallFilter<StorageFaultFilter>();
        // A grain that cannot load its state while PostgreSQL is down fails to activate before any filter runs;
        // the sensor gets Orleans' error with Npgsql's exception inside, which Orleans only serialises for
        // namespaces it was told about. Without this the answer itself fails and the sensor cannot retry.
        silo.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = settings.ConnectionString;
        });
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.DefunctSiloExpiration = settings.DefunctSiloExpiration;
            o.DefunctSiloCleanupPeriod = TimeSpan.FromTicks(Math.Max(settings.DefunctSiloExpiration.Ticks / 4, TimeSpan.FromMinutes(1).Ticks));
        });
        // Failure-detection timings (ProbeTimeout, NumMissedProbesLimit, ...) can be tuned per deployment.
        silo.Services.AddOptions<ClusterMembershipOptions>().Bind(configuration.GetSection("Silo:Membership"));
        silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = settings.IdleDeactivation);
        // Wall-clock checkpoints of changed models (Silo:Checkpoint:Interval), besides every 64 steps.
        silo.Services.AddOptions<CheckpointOptions>().Bind(configuration.GetSection("Silo:Checkpoint"));
        silo.AddVigilSerialization();
        if (settings.Kubernetes)
        {
            // Last, so the pod's identity (from the Deployment's env and labels) wins over the settings above.
            silo.UseKubernetesHosting();
        }
    }

    private static string? WithPoolBound(string? connectionString, int maxConnections)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = Math.Max(2, maxConnections);
        }
        return builder.ConnectionString;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, SiloSettings settings)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Orleans", LogLevel.Warning);
        // Orleans' placement retries log every attempt at information level through Polly.
        logging.AddFilter("Polly", LogLevel.Warning);
        // A storage outage would log one stack trace per failed checkpoint, from the provider and from the state
        // bridge (under the wrapper's type name); MeteredGrainStorage reports the outage in two lines instead.
        logging.AddFilter("Orleans.Storage.AdoNetGrainStorage", LogLevel.None);
        logging.AddFilter(typeof(MeteredGrainStorage).FullName, LogLevel.None);
        // The watchdog measures wall-clock stalls; busy shared cores trip it without anything being wrong.
        logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        if (settings.JsonLogs)
        {
            logging.AddJsonConsole(o => o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ");
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }
    }
}
