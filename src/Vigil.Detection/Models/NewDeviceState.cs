namespace Vigil.Detection.Models;

/// <summary>What the new-device model remembers: whether it already told the analyst about this device.</summary>
public sealed class NewDeviceState
{
    public bool Alerted { get; set; }
}
