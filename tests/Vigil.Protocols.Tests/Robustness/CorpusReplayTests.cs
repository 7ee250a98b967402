using Vigil.Fuzz.Targets;
using Vigil.Tests;

namespace Vigil.Protocols.Tests.Robustness;

/// <summary>The fuzz corpus of this project's targets (ProtocolTargets), replayed: see <see cref="CorpusReplayTestBase"/>.</summary>
public sealed class CorpusReplayTests() : CorpusReplayTestBase(Project, ProtocolTargets.All)
{
    private const string Project = "Vigil.Protocols.Tests";

    public static TheoryData<string> Inputs => FuzzCorpus.Inputs(Project);
}
