using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Vigil.Cluster.Silo;

namespace Vigil.Cli.Commands;

/// <summary>
/// `vigil silo`: runs one silo of a cluster on PostgreSQL until SIGTERM. Every option is also a
/// setting (appsettings.json section "Silo", or VIGIL_Silo__Name environment variables); options win.
/// </summary>
public static class SiloCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "A JSON settings file (default: appsettings.json in the working directory, when present)." };
        var connection = new Option<string?>("--connection", "-c") { Description = "Npgsql connection string of the Vigil database." };
        var clusterId = new Option<string?>("--cluster-id") { Description = "Cluster id (default vigil)." };
        var serviceId = new Option<string?>("--service-id") { Description = "Service id: names the stored state (default vigil)." };
        var siloPort = new Option<int?>("--silo-port") { Description = "Silo-to-silo port (default 11111)." };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "Port sensors connect to (default 30000)." };
        var advertise = new Option<string?>("--advertise") { Description = "IP address other silos and sensors reach this silo at." };
        var urls = new Option<string>("--urls") { Description = "HTTP listen URLs for /healthz and the API.", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var dbWait = new Option<TimeSpan?>("--db-wait") { Description = "How long to retry an unreachable PostgreSQL at start (default 00:01:00)." };
        var json = new Option<bool>("--json-logs") { Description = "Write log lines as JSON." };
        var command = new Command("silo", "Run a silo of a Vigil cluster on PostgreSQL (see deploy/OPERATIONS.md).")
        {
            config, connection, clusterId, serviceId, siloPort, gatewayPort, advertise, urls, dbWait, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var overrides = new Dictionary<string, string?>
            {
                ["urls"] = parse.GetValue(urls),
                ["Silo:ConnectionString"] = parse.GetValue(connection),
                ["Silo:ClusterId"] = parse.GetValue(clusterId),
                ["Silo:ServiceId"] = parse.GetValue(serviceId),
                ["Silo:SiloPort"] = parse.GetValue(siloPort)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Silo:GatewayPort"] = parse.GetValue(gatewayPort)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Silo:AdvertisedAddress"] = parse.GetValue(advertise),
                ["Silo:DatabaseWait"] = parse.GetValue(dbWait)?.ToString(),
                ["Silo:JsonLogs"] = parse.GetValue(json) ? "true" : null,
            };
            var file = parse.GetValue(config);
            if (file is not null && !File.Exists(file))
            {
                Console.Error.WriteLine($"vigil: error: --config '{file}' not found.");
                return ExitCodes.BadUsage;
            }
            return await SiloHost.RunAsync(configuration =>
            {
                if (file is not null)
                {
                    configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
                }
                configuration.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
            }, mapEndpoints: null, cancellation);
        });
        return command;
    }
}
