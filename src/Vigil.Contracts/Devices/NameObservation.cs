namespace Vigil.Contracts.Devices;

/// <summary>A name some protocol gave a device: its DHCP host name, or a DNS answer that resolved to it.</summary>
[GenerateSerializer, Immutable, Alias("vigil.name-observation")]
public sealed record NameObservation([property: Id(0)] string Name, [property: Id(1)] string Source);
