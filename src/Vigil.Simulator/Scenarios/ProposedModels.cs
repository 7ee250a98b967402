namespace Vigil.Simulator.Scenarios;

/// <summary>
/// Models issue 13 asks for that the catalog (<c>Vigil.Contracts.Alerts.ModelNames</c>) does not have yet,
/// under the names the issue proposes. The new scenarios expect them, so the evaluation counts them as
/// misses until the models exist; once a model joins the catalog its constant here should point there.
/// </summary>
public static class ProposedModels
{
    /// <summary>An OT device (PLC/RTU role, or any device of an ICS zone) offering a service it never offered.</summary>
    public const string NewListeningServiceOnIcsDevice = "New Listening Service on ICS Device";

    /// <summary>An SMB or DCE-RPC client–server pair new inside an ICS zone.</summary>
    public const string UnusualSmbRpcInIcsZone = "Unusual SMB/RPC in ICS Zone";

    /// <summary>A device suddenly drawing many ICS exception or error responses (illegal address, illegal function).</summary>
    public const string MultipleIcsErrorResponses = "Multiple ICS Error Responses";

    /// <summary>Reads of ranges or objects new for the pair, arriving as a sweep.</summary>
    public const string IcsReadSweep = "ICS Read Sweep";

    /// <summary>Writes at a rate far above the session's or pair's normal rate.</summary>
    public const string IcsWriteFlood = "ICS Write Flood";

    /// <summary>Every proposed name.</summary>
    public static IReadOnlyList<string> All { get; } =
        [NewListeningServiceOnIcsDevice, UnusualSmbRpcInIcsZone, MultipleIcsErrorResponses, IcsReadSweep, IcsWriteFlood];
}
