namespace Vigil.Protocols.ProfinetDcp;

/// <summary>
/// One PROFINET DCP message: who asked or answered what. Identify requests are discovery; Set
/// requests (IP, name, factory reset) change the device.
/// </summary>
public sealed record DcpMessage(
    ushort FrameId,
    byte ServiceId,
    byte ServiceType,
    uint TransactionId,
    string? NameOfStation,
    string? TypeOfStation,
    string? IpAddress,
    ushort? VendorId,
    ushort? DeviceId,
    IReadOnlyList<(byte Option, byte Suboption)> Blocks)
{
    /// <summary>Service id of Get.</summary>
    public const byte Get = 3;

    /// <summary>Service id of Set.</summary>
    public const byte Set = 4;

    /// <summary>Service id of Identify.</summary>
    public const byte Identify = 5;

    /// <summary>Service id of Hello.</summary>
    public const byte Hello = 6;

    /// <summary>True for requests (service type 0), false for responses.</summary>
    public bool IsRequest => ServiceType == 0;
}
