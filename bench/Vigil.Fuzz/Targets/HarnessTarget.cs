namespace Vigil.Fuzz.Targets;

/// <summary>
/// One fuzzing target: a name (what <c>bench/fuzz.sh</c> and the corpus folders are called) and the
/// code that runs one input. Any exception escaping <see cref="Run"/> is a finding: wire input must
/// never make a parser or reader throw.
/// </summary>
/// <param name="Name">Target name, e.g. "modbus-tcp", "pcapng".</param>
/// <param name="Description">One line for <c>bench/fuzz.sh list</c>.</param>
/// <param name="Run">Runs one input through the code under test.</param>
internal sealed record HarnessTarget(string Name, string Description, Action<byte[]> Run);
