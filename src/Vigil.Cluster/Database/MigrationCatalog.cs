using System.Globalization;
using System.Reflection;

namespace Vigil.Cluster.Database;

/// <summary>
/// The schema scripts of deploy/postgres, carried inside this assembly so `vigil db migrate` needs no
/// checkout. Each file is named NNN-what.sql; NNN is its version and never changes once released.
/// </summary>
public static class MigrationCatalog
{
    private const string Prefix = "Vigil.Cluster.Schema.";

    /// <summary>Every migration, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>The version a database has once every migration ran; silos require it.</summary>
    public static int LatestVersion => All[^1].Version;

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
        if (migrations.Count == 0 || migrations.Select(m => m.Version).Distinct().Count() != migrations.Count)
        {
            throw new InvalidOperationException("The embedded schema scripts are missing or two share a version number.");
        }
        return migrations;
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var name = resource[Prefix.Length..^".sql".Length];
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var version = int.Parse(dash > 0 ? name[..dash] : name, NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
