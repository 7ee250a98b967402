namespace Vigil.Api.Models;

/// <summary>Observed traffic from one subnet into another on one service.</summary>
public sealed record ConduitInfo(string From, string To, string Service, long Flows, long Failed, string? FirstSeen, string? LastSeen);
