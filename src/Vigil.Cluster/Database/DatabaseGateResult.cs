namespace Vigil.Cluster.Database;

/// <summary>Whether the database is usable, and if not, the one line that says why.</summary>
public sealed record DatabaseGateResult(bool IsReady, string? Error)
{
    public static DatabaseGateResult Ok { get; } = new(true, null);

    public static DatabaseGateResult Fail(string error) => new(false, error);
}
