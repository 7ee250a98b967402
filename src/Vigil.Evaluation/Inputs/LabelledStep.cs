namespace Vigil.Evaluation.Inputs;

/// <summary>One labelled step: an attack the models should catch, or a benign change whose alerts are tolerated.</summary>
/// <param name="Name">Short machine name, e.g. "ot_scan".</param>
/// <param name="Kind"><see cref="AttackKind"/>, <see cref="BenignChangeKind"/> or <see cref="BenignNoiseKind"/>.</param>
/// <param name="Start">Capture time the step begins.</param>
/// <param name="End">Capture time by which the step has finished.</param>
/// <param name="Attacker">The acting device (for a benign change, the device that changed).</param>
/// <param name="Targets">Addresses the step touches.</param>
/// <param name="ExpectedModels">Models the step should trigger (for a benign change: may trigger).</param>
public sealed record LabelledStep(
    string Name,
    string Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Attacker,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> ExpectedModels)
{
    /// <summary>The step's first packet from the acting device to a target, when the labels say; time to detect counts from here.</summary>
    public DateTimeOffset? FirstPacket { get; init; }

    /// <summary>Where time to detect counts from: the first packet, or the window's start for labels without one.</summary>
    public DateTimeOffset Onset => FirstPacket ?? Start;

    /// <summary>Kind of a malicious step.</summary>
    public const string AttackKind = "attack";

    /// <summary>Kind of a legitimate change whose alerts are tolerated.</summary>
    public const string BenignChangeKind = "benign_change";

    /// <summary>Kind of recurring benign behaviour (an offline printer, a scheduled scan, backups, polls): alerts on it are false alerts.</summary>
    public const string BenignNoiseKind = "benign_noise";

    /// <summary>True for an attack step.</summary>
    public bool IsAttack => Kind == AttackKind;

    /// <summary>True for a legitimate change, whose alerts are tolerated.</summary>
    public bool IsBenignChange => Kind == BenignChangeKind;

    /// <summary>True for recurring benign behaviour, whose alerts are false.</summary>
    public bool IsBenignNoise => Kind == BenignNoiseKind;

    /// <summary>True when <paramref name="device"/> is the acting device or one of the targets.</summary>
    public bool Involves(string device) => device == Attacker || Targets.Contains(device);

    /// <summary>True when <paramref name="time"/> lies in [start, end + <paramref name="grace"/>].</summary>
    public bool Covers(DateTimeOffset time, TimeSpan grace) => time >= Start && time <= End + grace;
}
