using Vigil.Fuzz.Targets;
using Vigil.Tests;

namespace Vigil.Capture.Tests.Robustness;

/// <summary>The fuzz corpus of this project's targets (CaptureTargets), replayed: see <see cref="CorpusReplayTestBase"/>.</summary>
public sealed class CorpusReplayTests() : CorpusReplayTestBase(Project, CaptureTargets.All)
{
    private const string Project = "Vigil.Capture.Tests";

    public static TheoryData<string> Inputs => FuzzCorpus.Inputs(Project);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Corpus_input_runs_through_its_target_without_exception_in_bounded_time(string input) => Replay(input);

    [Fact]
    public void Every_corpus_folder_is_a_target_and_says_where_each_input_came_from() => CheckProvenance();
}
