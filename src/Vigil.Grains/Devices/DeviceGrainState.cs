using Vigil.Detection;

namespace Vigil.Grains.Devices;

/// <summary>The persisted form of a device grain. <see cref="Model"/> is written as JSON (see the silo's serializer setup).</summary>
[GenerateSerializer, Alias("vigil.device-grain-state")]
public sealed class DeviceGrainState
{
    [Id(0)] public DeviceState Model { get; set; } = new();
    [Id(1)] public string Subnet { get; set; } = "";
}
