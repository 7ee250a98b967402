using Vigil.Simulator.Packets;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Plant;

/// <summary>Draws a <see cref="PlantLayout"/> from a seed: subnets, device counts, host numbers and MACs.</summary>
public static class PlantBuilder
{
    private static readonly string[] SiteNames =
    [
        "login.microsoftonline.com", "outlook.office365.com", "www.siemens.com",
        "support.industry.siemens.com", "update.foodco-suppliers.com", "portal.foodco.com",
    ];

    /// <summary>Builds the estate; <paramref name="start"/> anchors certificate validity.</summary>
    public static PlantLayout Build(SimRandom random, DateTimeOffset start)
    {
        const ushort ItVlan = 10;
        const ushort OtVlan = 20;
        var itSubnet = HostAddress.ParseIp($"10.10.{random.Next(1, 60)}.0");
        var otSubnet = HostAddress.ParseIp($"10.20.{random.Next(1, 60)}.0");
        var itHosts = Shuffled(random, 10, 240);
        var otHosts = Shuffled(random, 10, 240);
        var layoutRandom = random.Fork("layout");

        PlantDevice It(string name, DeviceRole role, IReadOnlyList<uint> ouis, string vendor) =>
            new(name, role, new HostAddress(itSubnet | (uint)itHosts.Dequeue(), Vendors.Mac(ouis, random), ItVlan, 128, false), vendor);
        PlantDevice Ot(string name, DeviceRole role, IReadOnlyList<uint> ouis, string vendor, byte ttl) =>
            new(name, role, new HostAddress(otSubnet | (uint)otHosts.Dequeue(), Vendors.Mac(ouis, random), OtVlan, ttl, false), vendor);

        var dc = It("DC01", DeviceRole.DomainController, Vendors.Dell, "Dell");
        var fs = It("FS01", DeviceRole.FileServer, Vendors.Dell, "Dell");
        var jump = It("JUMP01", DeviceRole.JumpHost, Vendors.Hp, "HP");
        var workstations = Enumerable.Range(1, random.Next(4, 9))
            .Select(i => random.Chance(0.5) ? It($"WS-{i:D3}", DeviceRole.Workstation, Vendors.Dell, "Dell") : It($"WS-{i:D3}", DeviceRole.Workstation, Vendors.Hp, "HP"))
            .ToList();
        var scada = Ot("WINCC01", DeviceRole.ScadaServer, Vendors.Dell, "Dell", 128);
        var ews = Ot("EWS01", DeviceRole.EngineeringWorkstation, Vendors.Hp, "HP", 128);
        var historian = Ot("HIST01", DeviceRole.Historian, Vendors.Dell, "Dell", 128);
        var s7 = Enumerable.Range(1, random.Next(2, 5)).Select(i => Ot($"PLC-S7-{i:D2}", DeviceRole.S7Plc, Vendors.Siemens, "Siemens", 30)).ToList();
        var modbus = Enumerable.Range(1, random.Next(2, 5)).Select(i => Ot($"PLC-MB-{i:D2}", DeviceRole.ModbusPlc, Vendors.Schneider, "Schneider Electric", 64)).ToList();

        var intermediates = new[]
        {
            new DistinguishedName("US", "DigiCert Inc", "DigiCert Global G2 TLS RSA SHA256 2020 CA1"),
            new DistinguishedName("US", "Let's Encrypt", "R3"),
        };
        var siteCount = random.Next(3, SiteNames.Length + 1);
        var sites = Enumerable.Range(0, siteCount).Select(i =>
        {
            var server = PlantLayout.External(SiteNames[i], $"198.51.100.{10 + i * 7 + random.Next(7)}", (byte)random.Next(48, 58));
            return new ExternalSite(SiteNames[i], server, PlantLayout.IssueChain(layoutRandom, SiteNames[i], intermediates[i % 2], start));
        }).ToList();

        var layout = new PlantLayout(random.Fork("joiners"), ItVlan, OtVlan, itSubnet, otSubnet, Vendors.Mac(Vendors.Cisco, random), itHosts)
        {
            DomainController = dc,
            FileServer = fs,
            JumpHost = jump,
            Workstations = workstations,
            Scada = scada,
            Engineering = ews,
            Historian = historian,
            S7Plcs = s7,
            ModbusPlcs = modbus,
            Sites = sites,
            NtpUpstream = PlantLayout.External("ntp.pool.example", "198.51.100.123", 54),
        };
        foreach (var device in new[] { dc, fs, jump }.Concat(workstations).Concat([scada, ews, historian]).Concat(s7).Concat(modbus))
        {
            layout.Add(device);
        }
        return layout;
    }

    private static Queue<int> Shuffled(SimRandom random, int first, int last)
    {
        var hosts = Enumerable.Range(first, last - first + 1).ToArray();
        for (var i = hosts.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (hosts[i], hosts[j]) = (hosts[j], hosts[i]);
        }
        return new Queue<int>(hosts);
    }
}
