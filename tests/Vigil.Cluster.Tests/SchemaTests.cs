using Npgsql;
using Vigil.Cluster.Database;
using Vigil.Cluster.Tests.Support;

namespace Vigil.Cluster.Tests;

/// <summary>deploy/postgres against a real server: the migration is idempotent and defines what the Orleans providers read.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaTests(PostgresServer server)
{
    /// <summary>Every query key Orleans 10.4's ADO.NET clustering, persistence and reminder providers look up.</summary>
    private static readonly string[] ProviderQueries =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [SkippableFact]
    public async Task The_cli_creates_the_database_then_a_second_run_changes_nothing()
    {
        Skip.If(server.Missing is not null, server.Missing);
        var connection = server.NewDatabase();

        using var first = VigilProcess.Start(["db", "migrate", "--connection", connection]);
        Assert.Equal(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("created the database", first.Output);
        Assert.Contains($"→ {MigrationCatalog.LatestVersion}", first.Output);

        using var second = VigilProcess.Start(["db", "migrate", "--connection", connection]);
        Assert.Equal(0, await second.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains($"database schema is current (version {MigrationCatalog.LatestVersion})", second.Output);

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        Assert.Equal(MigrationCatalog.All.Count, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM vigil_schema_version"));
        foreach (var table in new[] { "orleansquery", "orleansmembershiptable", "orleansmembershipversiontable", "orleansstorage", "orleansreminderstable" })
        {
            Assert.True(await ScalarAsync<bool>(db, $"SELECT to_regclass('{table}') IS NOT NULL"), $"table {table} missing");
        }
    }

    [SkippableFact]
    public async Task Every_query_the_providers_read_is_defined_once()
    {
        Skip.If(server.Missing is not null, server.Missing);
        var connection = server.NewDatabase();
        await SchemaMigrator.MigrateAsync(connection);

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT querykey FROM orleansquery", db);
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }
        Assert.Equal(ProviderQueries.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Concurrent_migrations_apply_each_script_once()
    {
        Skip.If(server.Missing is not null, server.Missing);
        // Three silos' operators migrating a new database at once: the advisory lock lets one apply everything.
        var racing = server.NewDatabase();
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => SchemaMigrator.MigrateAsync(racing))));
        Assert.Equal(MigrationCatalog.All.Count, results.Sum(r => r.Applied.Count));
        Assert.All(results, r => Assert.Equal(MigrationCatalog.LatestVersion, r.VersionAfter));
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
