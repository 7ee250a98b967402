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
}
