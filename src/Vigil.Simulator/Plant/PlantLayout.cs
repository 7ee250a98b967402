using Vigil.Capture.Decoding;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Plant;

/// <summary>
/// The estate a seed produces: an IT VLAN and an OT VLAN behind one router, their devices with stable
/// addresses and vendor MACs, and the internet hosts they talk to (documentation-only address ranges:
/// nothing is ever sent anywhere, these are bytes in a file).
/// </summary>
public sealed class PlantLayout
{
    private readonly List<PlantDevice> _devices = [];
    private readonly Queue<int> _freeItHosts;
    private readonly SimRandom _random;

    internal PlantLayout(SimRandom random, ushort itVlan, ushort otVlan, uint itSubnet, uint otSubnet, MacAddress gateway, Queue<int> freeItHosts)
    {
        _random = random;
        ItVlan = itVlan;
        OtVlan = otVlan;
        ItSubnet = itSubnet;
        OtSubnet = otSubnet;
        Frames = new FrameFactory(gateway);
        _freeItHosts = freeItHosts;
    }

    /// <summary>Builds frames with this estate's router MAC.</summary>
    public FrameFactory Frames { get; }

    /// <summary>VLAN id of the IT ("Computing") network.</summary>
    public ushort ItVlan { get; }

    /// <summary>VLAN id of the OT ("Industrial") network.</summary>
    public ushort OtVlan { get; }

    /// <summary>Network address of the IT /24 (host order).</summary>
    public uint ItSubnet { get; }

    /// <summary>Network address of the OT /24 (host order).</summary>
    public uint OtSubnet { get; }

    /// <summary>Every internal device, in creation order (stable per seed).</summary>
    public IReadOnlyList<PlantDevice> Devices => _devices;

    /// <summary>Domain controller: DNS, DHCP and NTP for the estate.</summary>
    public required PlantDevice DomainController { get; init; }

    /// <summary>SMB file server.</summary>
    public required PlantDevice FileServer { get; init; }

    /// <summary>Admin jump host.</summary>
    public required PlantDevice JumpHost { get; init; }

    /// <summary>Office workstations.</summary>
    public required IReadOnlyList<PlantDevice> Workstations { get; init; }

    /// <summary>WinCC SCADA server.</summary>
    public required PlantDevice Scada { get; init; }

    /// <summary>Engineering workstation.</summary>
    public required PlantDevice Engineering { get; init; }

    /// <summary>Historian.</summary>
    public required PlantDevice Historian { get; init; }

    /// <summary>Siemens S7 PLCs.</summary>
    public required IReadOnlyList<PlantDevice> S7Plcs { get; init; }

    /// <summary>Modbus/TCP PLCs.</summary>
    public required IReadOnlyList<PlantDevice> ModbusPlcs { get; init; }

    /// <summary>Benign HTTPS sites with CA-issued chains.</summary>
    public required IReadOnlyList<ExternalSite> Sites { get; init; }

    /// <summary>The internet NTP server the DC synchronises with.</summary>
    public required PlantDevice NtpUpstream { get; init; }

    /// <summary>DNS suffix of internal names.</summary>
    public string Domain => "corp.foodco.local";

    /// <summary>Adds an internal device (used while building the layout).</summary>
    internal PlantDevice Add(PlantDevice device)
    {
        _devices.Add(device);
        return device;
    }

    /// <summary>A device that joins the IT VLAN later (laptop, attacker), on a free address.</summary>
    public PlantDevice JoinIt(string name, DeviceRole role, IReadOnlyList<uint> ouis, string vendor, byte ttl)
    {
        var address = new HostAddress(ItSubnet | (uint)_freeItHosts.Dequeue(), Vendors.Mac(ouis, _random), ItVlan, ttl, false);
        return Add(new PlantDevice(name, role, address, vendor));
    }

    /// <summary>
    /// An address of the IT VLAN that is no device of the estate (a server switched off for good): it is
    /// taken from the free addresses so no later joiner gets it, and never added to <see cref="Devices"/>.
    /// </summary>
    public PlantDevice VacantIt(string name, IReadOnlyList<uint> ouis, string vendor) =>
        new(name, DeviceRole.Decommissioned, new HostAddress(ItSubnet | (uint)_freeItHosts.Dequeue(), Vendors.Mac(ouis, _random), ItVlan, 128, false), vendor);

    /// <summary>An internet host at <paramref name="ip"/>, seen through the router.</summary>
    public static PlantDevice External(string name, string ip, byte ttl) =>
        new(name, DeviceRole.ExternalServer, new HostAddress(HostAddress.ParseIp(ip), MacAddress.None, 0, ttl, true), "internet");

    /// <summary>True when <paramref name="device"/> is in the OT VLAN.</summary>
    public bool IsOt(PlantDevice device) => !device.Address.IsExternal && device.Address.Vlan == OtVlan;

    /// <summary>Fully qualified internal name of a device.</summary>
    public string Fqdn(PlantDevice device) => $"{device.Name.ToLowerInvariant()}.{Domain}";

    /// <summary>A CA-issued chain (leaf, intermediate) for an internet site.</summary>
    internal static IReadOnlyList<byte[]> IssueChain(SimRandom random, string hostName, DistinguishedName intermediate, DateTimeOffset start)
    {
        var root = new DistinguishedName("US", intermediate.Organization, intermediate.Organization + " Global Root G2");
        var leaf = new CertificateSpec(new DistinguishedName("US", hostName.Split('.')[^2] + " Inc", hostName), intermediate,
            start.AddDays(-random.Next(20, 200)), start.AddDays(random.Next(100, 300)), [hostName], false);
        var ca = new CertificateSpec(intermediate, root, start.AddYears(-3), start.AddYears(7), [], true);
        return [X509Builder.Build(leaf, random), X509Builder.Build(ca, random)];
    }
}
