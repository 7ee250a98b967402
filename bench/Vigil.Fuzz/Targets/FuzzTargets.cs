namespace Vigil.Fuzz.Targets;

/// <summary>
/// The table of fuzzing targets, by name. A new wire parser registered in the protocol catalog is
/// a target already (<see cref="ProtocolTargets"/>); anything else is one more entry here.
/// </summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<HarnessTarget> All { get; } = [.. ProtocolTargets.All, .. CaptureTargets.All];

    /// <summary>The target called <paramref name="name"/>, or null.</summary>
    public static HarnessTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
