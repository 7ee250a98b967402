namespace Vigil.Api.Models;

/// <summary>A subnet: its members and connection attempts, and what the subnet grain considers normal.</summary>
public sealed record SubnetInfo
{
    public required string Subnet { get; init; }
    public int Devices { get; init; }
    public int EstablishedDevices { get; init; }
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
    public long Attempts { get; init; }
    public long FailedAttempts { get; init; }
    public double MeanDailyPeers { get; init; }
}
