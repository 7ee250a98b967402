using Npgsql;

namespace Vigil.Cluster.Database;

/// <summary>
/// Creates or upgrades a Vigil database: creates the database itself when it does not exist, then
/// runs every script newer than the version recorded in <c>vigil_schema_version</c>, all in one
/// transaction under an advisory lock, so two silos or operators migrating at once cannot interleave
/// and a failed script leaves the database as it was.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>The table that records which scripts ran.</summary>
    public const string VersionTable = "vigil_schema_version";

    /// <summary>Any constant; every migrator takes the same lock.</summary>
    private const long AdvisoryLockKey = 0x5619_11_0001;

    public static async Task<MigrationResult> MigrateAsync(string connectionString, CancellationToken cancellation = default)
    {
        var created = await EnsureDatabaseAsync(connectionString, cancellation);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellation);
        await ExecuteAsync(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS {VersionTable}
            (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellation);
        var before = await CurrentVersionAsync(connection, transaction, cancellation);
        var applied = new List<string>();
        foreach (var migration in MigrationCatalog.All.Where(m => m.Version > before))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellation);
            await using var record = new NpgsqlCommand($"INSERT INTO {VersionTable} (version, name) VALUES (@version, @name)", connection, transaction);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            await record.ExecuteNonQueryAsync(cancellation);
            applied.Add(migration.Name);
        }
        await transaction.CommitAsync(cancellation);
        return new MigrationResult(before, Math.Max(before, MigrationCatalog.LatestVersion), applied, created);
    }

    /// <summary>The schema version of a database (0 when it was never migrated).</summary>
    public static async Task<int> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellation = default)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("table", VersionTable);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellation))!)
        {
            return 0;
        }
        return await CurrentVersionAsync(connection, null, cancellation);
    }

    private static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"SELECT COALESCE(MAX(version), 0) FROM {VersionTable}", connection, transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellation), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Creates the connection string's database through the server's maintenance database when it is missing.</summary>
    private static async Task<bool> EnsureDatabaseAsync(string connectionString, CancellationToken cancellation)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(target.Database))
        {
            return false;
        }
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", target.Database);
        if (await exists.ExecuteScalarAsync(cancellation) is not null)
        {
            return false;
        }
        var quoted = "\"" + target.Database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        try
        {
            await ExecuteAsync(connection, null, $"CREATE DATABASE {quoted}", cancellation);
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another migrator created it between our check and our CREATE: that is what we wanted.
            return false;
        }
        return true;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
