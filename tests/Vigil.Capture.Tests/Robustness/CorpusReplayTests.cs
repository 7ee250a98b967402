using System.Diagnostics;
using Vigil.Fuzz.Targets;
using Vigil.Tests;

namespace Vigil.Capture.Tests.Robustness;

/// <summary>
/// Replays every input that AFL++ found or kept (Robustness/Corpus/&lt;target&gt;/) through its target,
/// exactly as bench/fuzz.sh ran it: no exception, and done in bounded time.
/// </summary>
public class CorpusReplayTests
{
    private const string Project = "Vigil.Capture.Tests";

    public static TheoryData<string> Inputs => FuzzCorpus.Inputs(Project);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Corpus_input_runs_through_its_target_without_exception_in_bounded_time(string input)
    {
        var target = CaptureTargets.All.SingleOrDefault(t => t.Name == input.Split('/')[0]);
        Assert.NotNull(target);
        var bytes = File.ReadAllBytes(Path.Combine(FuzzCorpus.Root(Project), input));

        var clock = Stopwatch.StartNew();
        target.Run(bytes);

        Assert.True(clock.Elapsed < FuzzCorpus.MaxTimePerInput, $"{input} took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Every_corpus_folder_is_a_target_and_says_where_each_input_came_from()
    {
        var targets = FuzzCorpus.Targets(Project).ToList();
        Assert.NotEmpty(targets);
        foreach (var name in targets)
        {
            Assert.Contains(CaptureTargets.All, t => t.Name == name);
            var folder = Path.Combine(FuzzCorpus.Root(Project), name);
            var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
            foreach (var file in Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(f => f != "README.md"))
            {
                Assert.True(readme.Contains(file!, StringComparison.Ordinal), $"{name}/README.md does not name {file}");
            }
        }
    }
}
