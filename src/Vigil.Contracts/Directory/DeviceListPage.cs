namespace Vigil.Contracts.Directory;

/// <summary>One page of the device list and how many devices matched in all.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-list-page")]
public sealed record DeviceListPage
{
    [Id(0)] public int Total { get; init; }
    [Id(1)] public IReadOnlyList<DeviceListEntry> Items { get; init; } = [];
}
