using System.Buffers.Binary;

namespace Vigil.Protocols.Enip;

/// <summary>
/// Walks a Common Packet Format list (little endian).
/// <code>
///  item count(2) | { type id(2) | length(2) | data(length) } * count
/// </code>
/// </summary>
public ref struct CpfReader
{
    /// <summary>Most items read from one list (real lists have 2-4).</summary>
    private const int MaxItems = 16;

    /// <summary>Unconnected data item (carries a CIP request/response).</summary>
    public const ushort UnconnectedData = 0x00B2;

    /// <summary>Connected data item (sequence count, then CIP).</summary>
    public const ushort ConnectedData = 0x00B1;

    /// <summary>CIP identity item of a ListIdentity response.</summary>
    public const ushort Identity = 0x000C;

    private ReadOnlySpan<byte> _rest;
    private int _remaining;

    /// <summary>Starts reading the list in <paramref name="cpf"/>.</summary>
    public CpfReader(ReadOnlySpan<byte> cpf)
    {
        _remaining = cpf.Length >= 2 ? Math.Min((int)BinaryPrimitives.ReadUInt16LittleEndian(cpf), MaxItems) : 0;
        _rest = cpf.Length >= 2 ? cpf[2..] : [];
    }

    /// <summary>True when the list ended early or an item overran it.</summary>
    public bool Malformed { get; private set; }

    /// <summary>Reads the next item; false at the end (or when malformed).</summary>
    public bool TryNext(out CpfItem item)
    {
        item = default;
        if (_remaining == 0)
        {
            return false;
        }
        _remaining--;
        if (_rest.Length < 4 || 4 + BinaryPrimitives.ReadUInt16LittleEndian(_rest[2..]) > _rest.Length)
        {
            Malformed = true;
            _remaining = 0;
            return false;
        }
        int length = BinaryPrimitives.ReadUInt16LittleEndian(_rest[2..]);
        item = new CpfItem(BinaryPrimitives.ReadUInt16LittleEndian(_rest), _rest.Slice(4, length));
        _rest = _rest[(4 + length)..];
        return true;
    }
}
