namespace Vigil.Capture.Decoding;

/// <summary>EtherType values the decoder knows.</summary>
public static class EtherTypes
{
    public const ushort IPv4 = 0x0800;
    public const ushort Arp = 0x0806;
    public const ushort Vlan = 0x8100;
    public const ushort IPv6 = 0x86DD;
    public const ushort QinQ = 0x88A8;
    /// <summary>The pre-standard QinQ tag some switches still send.</summary>
    public const ushort QinQLegacy = 0x9100;
    public const ushort Profinet = 0x8892;
    public const ushort Goose = 0x88B8;
    public const ushort Lldp = 0x88CC;
}
