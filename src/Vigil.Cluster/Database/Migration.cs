namespace Vigil.Cluster.Database;

/// <summary>One schema script: its version (the file's numeric prefix), its name and its SQL.</summary>
public sealed record Migration(int Version, string Name, string Sql);
