namespace Vigil.Contracts.Alerts;

/// <summary>The machine types of <see cref="Incident.Type"/>, most serious first.</summary>
public static class IncidentTypes
{
    public const string IcsControl = "ics_control";
    public const string Reconnaissance = "reconnaissance";
    public const string CommandAndControl = "command_and_control";
    public const string RemoteAccess = "remote_access";
    public const string AnomalousBehaviour = "anomalous_behaviour";

    /// <summary>Every type, for validating filters.</summary>
    public static IReadOnlyList<string> All { get; } = [IcsControl, Reconnaissance, CommandAndControl, RemoteAccess, AnomalousBehaviour];
}
