namespace Vigil.Protocols.Modbus;

/// <summary>One Modbus/TCP ADU: the MBAP header fields and the PDU after the function code.</summary>
public readonly ref struct MbapFrame
{
    public MbapFrame(ushort transactionId, byte unitId, byte function, ReadOnlySpan<byte> data)
    {
        TransactionId = transactionId;
        UnitId = unitId;
        Function = function;
        Data = data;
    }

    public ushort TransactionId { get; }
    public byte UnitId { get; }

    /// <summary>The function code byte as sent (0x80 set on exception responses).</summary>
    public byte Function { get; }

    /// <summary>The PDU bytes after the function code.</summary>
    public ReadOnlySpan<byte> Data { get; }
}
