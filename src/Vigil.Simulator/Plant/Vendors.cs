using Vigil.Capture.Decoding;

namespace Vigil.Simulator.Plant;

/// <summary>Real OUIs per vendor, so MACs look like the hardware they stand for.</summary>
public static class Vendors
{
    /// <summary>Siemens AG OUIs.</summary>
    public static readonly IReadOnlyList<uint> Siemens = [0x001B1B, 0x000E8C];

    /// <summary>Schneider Electric OUI.</summary>
    public static readonly IReadOnlyList<uint> Schneider = [0x0080F4];

    /// <summary>Dell OUIs.</summary>
    public static readonly IReadOnlyList<uint> Dell = [0x001422, 0xF8BC12, 0x180373];

    /// <summary>Hewlett Packard OUIs.</summary>
    public static readonly IReadOnlyList<uint> Hp = [0x001B78, 0x3CD92B, 0x9457A5];

    /// <summary>Cisco OUI, for the inter-VLAN router.</summary>
    public static readonly IReadOnlyList<uint> Cisco = [0x001EBD];

    /// <summary>Raspberry Pi Foundation OUI: the classic drop-box.</summary>
    public static readonly IReadOnlyList<uint> RaspberryPi = [0xB827EB];

    /// <summary>Lenovo OUI, for the new laptop.</summary>
    public static readonly IReadOnlyList<uint> Lenovo = [0x54EE75];

    /// <summary>A MAC with one of <paramref name="ouis"/> and a seeded device part.</summary>
    public static MacAddress Mac(IReadOnlyList<uint> ouis, SimRandom random) =>
        new(((ulong)random.Pick(ouis) << 24) | (random.NextUInt64() & 0xFFFFFF));
}
