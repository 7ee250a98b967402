namespace Vigil.Simulator.FlowEvents;

/// <summary>How many devices and flows the flow-level generator produces, and from which seed.</summary>
public sealed record FlowGeneratorOptions
{
    /// <summary>Internal devices, laid out 250 to a /24 (and a VLAN) across 10.0.0.0/8.</summary>
    public int DeviceCount { get; init; } = 100_000;

    /// <summary>Flows to produce.</summary>
    public long FlowCount { get; init; } = 1_000_000;

    /// <summary>Seed: the same seed gives the same flows.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Capture time of the first flow.</summary>
    public DateTimeOffset Start { get; init; } = new(2024, 4, 22, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Average flows per second of capture time across the estate.</summary>
    public double FlowsPerSecond { get; init; } = 20_000;

    /// <summary>Share of devices that are ICS (a fifth of those SCADA servers, the rest PLCs).</summary>
    public double IcsFraction { get; init; } = 0.2;
}
