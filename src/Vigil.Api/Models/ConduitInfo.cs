namespace Vigil.Api.Models;

/// <summary>Observed traffic from one subnet into another on one service; the zone of each side (a configured zone's name, else its role) and whether it was first seen while learning.</summary>
public sealed record ConduitInfo(string From, string To, string Service, long Flows, long Failed, string? FirstSeen, string? LastSeen,
    string? FromZone = null, string? ToZone = null, bool InBaseline = false);
