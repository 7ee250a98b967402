namespace Vigil.Simulator.Labels;

/// <summary>One labelled step of a scenario: an attack step, or a benign change whose alerts are tolerated.</summary>
/// <param name="Name">Short machine name, e.g. "ot_scan".</param>
/// <param name="Kind">"attack", "benign_change" or "benign_noise".</param>
/// <param name="Start">Capture time the step begins.</param>
/// <param name="End">Capture time by which the step has finished.</param>
/// <param name="Attacker">IP of the acting device.</param>
/// <param name="Targets">IPs the step touches.</param>
/// <param name="ExpectedModels">Catalog models this step should trigger (or may trigger, for a benign change).</param>
/// <param name="Description">One sentence for people reading the labels.</param>
public sealed record StepLabel(
    string Name,
    string Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Attacker,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> ExpectedModels,
    string Description)
{
    /// <summary>The first packet the acting device sent to a target within the window; time to detect counts from here.</summary>
    public DateTimeOffset? FirstPacket { get; init; }

    /// <summary>Kind of a malicious step.</summary>
    public const string AttackKind = "attack";

    /// <summary>Kind of a legitimate change whose alerts are tolerated.</summary>
    public const string BenignChangeKind = "benign_change";

    /// <summary>Kind of recurring benign behaviour (printers, scans, backups, polls): any alert on it is a false alert.</summary>
    public const string BenignNoiseKind = "benign_noise";
}
