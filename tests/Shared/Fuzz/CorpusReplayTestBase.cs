using System.Diagnostics;
using Vigil.Fuzz.Targets;

namespace Vigil.Tests;

/// <summary>
/// Replays every input that AFL++ found or kept (Robustness/Corpus/&lt;target&gt;/) through its target,
/// exactly as bench/fuzz.sh ran it: no exception, and done in bounded time. A test project derives one class
/// naming itself and the harness targets it compiles in, and gives the inputs as <c>Inputs</c>.
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

    [Theory]
    [MemberData("Inputs")]
    public void Corpus_input_runs_through_its_target_without_exception_in_bounded_time(string input)
    {
        var target = _targets.SingleOrDefault(t => t.Name == input.Split('/')[0]);
        Assert.NotNull(target);
        var bytes = File.ReadAllBytes(Path.Combine(FuzzCorpus.Root(_project), input));

        var clock = Stopwatch.StartNew();
        target.Run(bytes);

        Assert.True(clock.Elapsed < FuzzCorpus.MaxTimePerInput, $"{input} took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Every_corpus_folder_is_a_target_and_says_where_each_input_came_from()
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
