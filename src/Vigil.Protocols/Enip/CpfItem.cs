namespace Vigil.Protocols.Enip;

/// <summary>One item of a Common Packet Format list.</summary>
public readonly ref struct CpfItem
{
    public CpfItem(ushort type, ReadOnlySpan<byte> data)
    {
        Type = type;
        Data = data;
    }

    /// <summary>Item type: 0x0000 null address, 0x00A1 connected address, 0x00B1 connected data, 0x00B2 unconnected data, 0x000C identity.</summary>
    public ushort Type { get; }

    public ReadOnlySpan<byte> Data { get; }
}
