using Vigil.Fuzz.Targets;
using Vigil.Tests;

namespace Vigil.Capture.Tests.Robustness;

/// <summary>The fuzz corpus of this project's targets (CaptureTargets), replayed: see <see cref="CorpusReplayTestBase"/>.</summary>
public sealed class CorpusReplayTests() : CorpusReplayTestBase(Project, CaptureTargets.All)
{
    private const string Project = "Vigil.Capture.Tests";

    public static TheoryData<string> Inputs => FuzzCorpus.Inputs(Project);
}
