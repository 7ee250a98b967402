using Vigil.Cluster.Tests.Support;

namespace Vigil.Cluster.Tests;

/// <summary>A silo that cannot use its database says so in one line and exits non-zero, after a bounded wait.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloStartupTests(PostgresServer server)
{
    [Fact]
    public async Task Unreachable_postgres_is_retried_with_backoff_then_a_one_line_error_and_exit_3()
    {
        var closedPort = FreePorts.Next();
        using var silo = VigilProcess.Start(
        [
            "silo", "--connection", $"Host=127.0.0.1;Port={closedPort};Username=postgres;Database=vigil", "--db-wait", "00:00:03",
            "--silo-port", $"{FreePorts.Next()}", "--gateway-port", $"{FreePorts.Next()}", "--urls", $"http://127.0.0.1:{FreePorts.Next()}",
        ]);
        Assert.Equal(3, await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("retrying in", silo.Output);
        Assert.Matches($"crit: Vigil.Silo.* PostgreSQL at 127.0.0.1:{closedPort}/vigil still unreachable after \\d+ attempts", silo.Output);
        Assert.DoesNotContain("   at ", silo.Output);
    }

    [SkippableFact]
    public async Task A_database_that_was_never_migrated_is_refused_with_what_to_run()
    {
        Skip.If(server.Missing is not null, server.Missing);
        using var silo = VigilProcess.Start(
        [
            "silo", "--connection", server.ConnectionString("postgres"), "--db-wait", "00:00:05",
            "--silo-port", $"{FreePorts.Next()}", "--gateway-port", $"{FreePorts.Next()}", "--urls", $"http://127.0.0.1:{FreePorts.Next()}",
        ]);
        Assert.Equal(2, await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("has schema version 0", silo.Output);
        Assert.Contains("vigil db migrate", silo.Output);
        Assert.DoesNotContain("   at ", silo.Output);
    }
}
