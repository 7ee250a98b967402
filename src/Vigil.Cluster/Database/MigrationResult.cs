namespace Vigil.Cluster.Database;

/// <summary>What a migration run did: the version before and after, and the scripts it applied.</summary>
public sealed record MigrationResult(int VersionBefore, int VersionAfter, IReadOnlyList<string> Applied, bool CreatedDatabase);
