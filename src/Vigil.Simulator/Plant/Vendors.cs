using Vigil.Capture.Decoding;

namespace Vigil.Simulator.Plant;

/// <summary>Real OUIs per vendor, so MACs look like the hardware they stand for.</summary>
public static class Vendors
{
    /// <summary>Siemens AG OUIs.</summary>
    public static readonly IReadOnlyList<uint> Siemens = MacVendors.OuisOf("Siemens");

    /// <summary>Schneider Electric OUI.</summary>
    public static readonly IReadOnlyList<uint> Schneider = MacVendors.OuisOf("Schneider Electric");

    /// <summary>Dell OUIs.</summary>
    public static readonly IReadOnlyList<uint> Dell = MacVendors.OuisOf("Dell");

    /// <summary>Hewlett Packard OUIs.</summary>
    public static readonly IReadOnlyList<uint> Hp = MacVendors.OuisOf("HP");

    /// <summary>Cisco OUI, for the inter-VLAN router.</summary>
    public static readonly IReadOnlyList<uint> Cisco = MacVendors.OuisOf("Cisco");

    /// <summary>Raspberry Pi Foundation OUI: the classic drop-box.</summary>
    public static readonly IReadOnlyList<uint> RaspberryPi = MacVendors.OuisOf("Raspberry Pi");

    /// <summary>Lenovo OUI, for the new laptop.</summary>
    public static readonly IReadOnlyList<uint> Lenovo = MacVendors.OuisOf("Lenovo");

    /// <summary>VMware OUIs, for the virtual IT servers of the noisy plant (monitoring, backup, scanner).</summary>
    public static readonly IReadOnlyList<uint> VMware = MacVendors.OuisOf("VMware");

    /// <summary>A MAC with one of <paramref name="ouis"/> and a seeded device part.</summary>
    public static MacAddress Mac(IReadOnlyList<uint> ouis, SimRandom random) =>
        new(((ulong)random.Pick(ouis) << 24) | (random.NextUInt64() & 0xFFFFFF));
}
