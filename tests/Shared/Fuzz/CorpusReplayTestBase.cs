using System.Diagnostics;
using Vigil.Fuzz.Targets;

namespace Vigil.Tests;

/// <summary>
/// Replays every input that AFL++ found or kept (Robustness/Corpus/&lt;target&gt;/) through its target,
/// exactly as bench/fuzz.sh ran it: no exception, and done in bounded time. A test project derives one class
/// naming itself and the harness targets it compiles in, with a theory over its inputs and a fact that call
/// these checks (xUnit binds member data per class, so the test attributes stay in the derived class).
/// </summary>
public abstract class CorpusReplayTestBase
{
    private readonly string _project;
    private readonly IReadOnlyList<HarnessTarget> _targets;

    private protected CorpusReplayTestBase(string project, IReadOnlyList<HarnessTarget> targets)
    {
        _project = project;
        _targets = targets;
    }

    /// <summary>Runs one corpus input through its target: no exception, within <see cref="FuzzCorpus.MaxTimePerInput"/>.</summary>
    protected void Replay(string input)
    {
        var target = _targets.SingleOrDefault(t => t.Name == input.Split('/')[0]);
        Assert.NotNull(target);
        var bytes = File.ReadAllBytes(Path.Combine(FuzzCorpus.Root(_project), input));

        var clock = Stopwatch.StartNew();
        target.Run(bytes);

        Assert.True(clock.Elapsed < FuzzCorpus.MaxTimePerInput, $"{input} took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>Every corpus folder is one of the targets, and its README names every input in it.</summary>
    protected void CheckProvenance()
    {
        var targets = FuzzCorpus.Targets(_project).ToList();
        Assert.NotEmpty(targets);
        foreach (var name in targets)
        {
            Assert.Contains(_targets, t => t.Name == name);
            var folder = Path.Combine(FuzzCorpus.Root(_project), name);
            var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
            foreach (var file in Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(f => f != "README.md"))
            {
                Assert.True(readme.Contains(file!, StringComparison.Ordinal), $"{name}/README.md does not name {file}");
            }
        }
    }
}
