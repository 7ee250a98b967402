namespace Vigil.Simulator.Plant;

/// <summary>
/// The devices behind the realistic benign noise of issue 13: a network printer, the IT team's
/// vulnerability scanner, a monitoring server and a backup server, all established (they join before
/// the capture starts), and the address of a decommissioned server that others still try to reach.
/// </summary>
/// <param name="Printer">Network printer on TCP 9100, offline for hours every day.</param>
/// <param name="Scanner">Vulnerability scanner: a full scan weekly, a short discovery sweep every weekday.</param>
/// <param name="Monitor">Monitoring server: ICMP and SNMP polls every few minutes.</param>
/// <param name="Backup">Backup server that the file server, the DC and the historian send their nightly backups to.</param>
/// <param name="Decommissioned">The switched-off server; not a device of the estate.</param>
public sealed record NoisyEstate(PlantDevice Printer, PlantDevice Scanner, PlantDevice Monitor, PlantDevice Backup, PlantDevice Decommissioned)
{
    /// <summary>
    /// Adds the noise devices to <paramref name="plant"/> as part of the established estate. Call it right
    /// after <see cref="PlantBuilder.Build"/>: the addresses come from the same free pool later joiners use.
    /// </summary>
    public static NoisyEstate Join(PlantLayout plant)
    {
        ArgumentNullException.ThrowIfNull(plant);
        var printer = plant.JoinIt("PRN-01", DeviceRole.Printer, Vendors.Hp, "HP", 64);
        var scanner = plant.JoinIt("VSCAN01", DeviceRole.VulnerabilityScanner, Vendors.VMware, "VMware", 64);
        var monitor = plant.JoinIt("MON01", DeviceRole.MonitoringServer, Vendors.VMware, "VMware", 64);
        var backup = plant.JoinIt("BKP01", DeviceRole.BackupServer, Vendors.VMware, "VMware", 128);
        return new NoisyEstate(printer, scanner, monitor, backup, plant.VacantIt("SQL02", Vendors.Dell, "Dell"));
    }
}
