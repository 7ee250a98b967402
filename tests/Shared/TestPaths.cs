namespace Vigil.Tests;

/// <summary>
/// Where tests find the repository and the shared public ICS captures. The captures are never
/// copied into the repository: they are read from VIGIL_PCAPS, or ../shared/pcaps beside the
/// repository; tests that need them are skipped, saying so, where neither exists.
/// </summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared captures folder, or null when it is absent.</summary>
    public static string? SharedPcaps { get; } = FindSharedPcaps();

    public const string PcapsMissing =
        "Skipped: the shared ICS captures were not found (set VIGIL_PCAPS or place them in ../shared/pcaps beside the repository).";

    /// <summary>Full path of a capture under the shared folder, e.g. "s7/snap7_s300_stop.pcapng"; skips the test when absent.</summary>
    public static string SharedPcap(string relativePath)
    {
        Skip.If(SharedPcaps is null, PcapsMissing);
        var path = Path.Combine(SharedPcaps!, relativePath);
        Skip.IfNot(File.Exists(path), $"Skipped: {path} is not in the shared captures.");
        return path;
    }

    /// <summary>Every capture file in the shared folder, relative to it, sorted; empty when the folder is absent.</summary>
    public static IEnumerable<string> AllSharedPcaps() =>
        SharedPcaps is null
            ? []
            : Directory.EnumerateFiles(SharedPcaps, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".pcap", StringComparison.Ordinal) || f.EndsWith(".pcapng", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(SharedPcaps, f))
                .Order(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="AllSharedPcaps"/> as theory rows; one row that skips with the reason when there are none, because
    /// xUnit fails a theory with no rows instead of skipping it (a plain clone has no ../shared).
    /// </summary>
    public static TheoryData<string> SharedPcapCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in AllSharedPcaps())
        {
            data.Add(file);
        }
        if (data.Count == 0)
        {
            data.Add("(none)"); // SharedPcap("(none)") skips, saying why
        }
        return data;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orleans.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Tests must run from inside the Vigil repository (Orleans.sln not found above the test binaries).");
    }

    private static string? FindSharedPcaps()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("VIGIL_PCAPS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }
        var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "pcaps"));
        return Directory.Exists(beside) ? beside : null;
    }
}
