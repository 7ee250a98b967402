namespace Vigil.Simulator.Plant;

/// <summary>What a simulated device is for; written to the labels in snake_case.</summary>
public enum DeviceRole
{
    /// <summary>An office PC in the IT VLAN.</summary>
    Workstation,

    /// <summary>Active Directory domain controller, also the DNS, DHCP and NTP server.</summary>
    DomainController,

    /// <summary>SMB file server.</summary>
    FileServer,

    /// <summary>Administrators' jump host, the only regular RDP client into OT.</summary>
    JumpHost,

    /// <summary>The WinCC SCADA server that polls the PLCs.</summary>
    ScadaServer,

    /// <summary>The engineering workstation (TIA Portal / Unity) that identifies and programs PLCs.</summary>
    EngineeringWorkstation,

    /// <summary>Process historian polling PLC values.</summary>
    Historian,

    /// <summary>Siemens S7 PLC serving ISO-TSAP on TCP 102.</summary>
    S7Plc,

    /// <summary>Modbus/TCP PLC on TCP 502.</summary>
    ModbusPlc,

    /// <summary>A new, legitimate laptop (benign drift).</summary>
    Laptop,

    /// <summary>The device the attacker brought or took over.</summary>
    Attacker,

    /// <summary>A host on the internet.</summary>
    ExternalServer,

    /// <summary>A network printer taking raw jobs on TCP 9100 (noisy plant).</summary>
    Printer,

    /// <summary>The IT team's vulnerability scanner (noisy plant).</summary>
    VulnerabilityScanner,

    /// <summary>The monitoring server polling devices with ICMP and SNMP (noisy plant).</summary>
    MonitoringServer,

    /// <summary>The backup server receiving nightly backups (noisy plant).</summary>
    BackupServer,

    /// <summary>A server switched off for good whose address others still try (noisy plant; never answers).</summary>
    Decommissioned,
}
