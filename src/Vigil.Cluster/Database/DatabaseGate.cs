using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Vigil.Cluster.Database;

/// <summary>
/// Waits at start for PostgreSQL to be reachable and migrated. An unreachable server is retried with
/// doubling pauses up to a deadline (a database restarting alongside the silos is normal); a schema
/// that is too old is not retried, because only an operator running `vigil db migrate` fixes it.
/// </summary>
public static class DatabaseGate
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(8);

    public static async Task<DatabaseGateResult> WaitAsync(string connectionString, TimeSpan deadline, ILogger logger, CancellationToken cancellation)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"{builder.Host}:{builder.Port}/{builder.Database}";
        var started = DateTime.UtcNow;
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            string problem;
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                await connection.OpenAsync(timeout.Token);
                var version = await SchemaMigrator.ReadVersionAsync(connection, timeout.Token);
                if (version < MigrationCatalog.LatestVersion)
                {
                    return DatabaseGateResult.Fail(
                        $"database {where} has schema version {version}, this Vigil needs {MigrationCatalog.LatestVersion}: run `vigil db migrate --connection \"...\"` first.");
                }
                return DatabaseGateResult.Ok;
            }
            catch (Exception error) when (IsUnreachable(error) && !cancellation.IsCancellationRequested)
            {
                problem = error.InnerException?.Message ?? error.Message;
            }
            catch (PostgresException error)
            {
                // Wrong password, missing database, no permission: retrying will not help.
                return DatabaseGateResult.Fail($"database {where}: {error.MessageText}");
            }
            var waited = DateTime.UtcNow - started;
            if (waited + pause > deadline)
            {
                return DatabaseGateResult.Fail($"PostgreSQL at {where} still unreachable after {attempt} attempts in {waited.TotalSeconds:F0}s ({problem}); giving up.");
            }
            logger.LogWarning("PostgreSQL at {Database} unreachable ({Problem}); attempt {Attempt}, retrying in {Pause:F1}s", where, problem, attempt, pause.TotalSeconds);
            await Task.Delay(pause, cancellation);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }

    private static bool IsUnreachable(Exception error) => error switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.TooManyConnections,
        NpgsqlException or SocketException or TimeoutException or OperationCanceledException => true,
        _ => false,
    };
}
