using System.CommandLine;
using Npgsql;
using Vigil.Cluster.Database;

namespace Vigil.Cli.Commands;

/// <summary>`vigil db migrate`: creates or upgrades the PostgreSQL database a cluster runs on.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var connection = new Option<string>("--connection", "-c")
        {
            Description = "Npgsql connection string, e.g. \"Host=127.0.0.1;Port=5432;Username=vigil;Password=…;Database=vigil\".",
            Required = true,
        };
        var migrate = new Command("migrate", "Create the database if needed and apply every schema script it lacks (safe to run again).") { connection };
        migrate.SetAction(async (parse, cancellation) =>
        {
            try
            {
                var result = await SchemaMigrator.MigrateAsync(parse.GetValue(connection)!, cancellation);
                if (result.CreatedDatabase)
                {
                    Console.WriteLine("vigil: created the database");
                }
                Console.WriteLine(result.Applied.Count == 0
                    ? $"vigil: database schema is current (version {result.VersionAfter})"
                    : $"vigil: database schema {result.VersionBefore} → {result.VersionAfter} ({string.Join(", ", result.Applied)})");
                return ExitCodes.Ok;
            }
            catch (Exception error) when (error is NpgsqlException or ArgumentException or TimeoutException)
            {
                Console.Error.WriteLine($"vigil: error: database migration failed: {(error as PostgresException)?.MessageText ?? error.Message}");
                return ExitCodes.Unreadable;
            }
        });
        return new Command("db", "Manage the PostgreSQL database of a Vigil cluster.") { migrate };
    }
}
