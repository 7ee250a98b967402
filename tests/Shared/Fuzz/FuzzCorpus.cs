namespace Vigil.Tests;

/// <summary>
/// The regression inputs that fuzzing found or kept, under &lt;test project&gt;/Robustness/Corpus/&lt;target&gt;/,
/// each folder with a README.md naming every file's provenance. The target names are those of
/// bench/Vigil.Fuzz (bench/fuzz.sh list), whose target code the test projects compile in.
/// </summary>
internal static class FuzzCorpus
{
    /// <summary>Most time one input may take: the harness treats anything near afl-fuzz's timeout as a hang.</summary>
    public static readonly TimeSpan MaxTimePerInput = TimeSpan.FromSeconds(2);

    /// <summary>The corpus folder of a test project, e.g. "Vigil.Protocols.Tests".</summary>
    public static string Root(string testProject) => Path.Combine(TestPaths.RepoRoot, "tests", testProject, "Robustness", "Corpus");

    /// <summary>Every input as "&lt;target&gt;/&lt;file&gt;", sorted (README.md excluded).</summary>
    public static TheoryData<string> Inputs(string testProject)
    {
        var root = Root(testProject);
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(f) != "README.md")
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }
        return data;
    }

    /// <summary>The target folders.</summary>
    public static IEnumerable<string> Targets(string testProject) =>
        Directory.EnumerateDirectories(Root(testProject)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
