namespace Vigil.Protocols.S7;

/// <summary>One S7comm PDU split into header fields, parameter block and data block.</summary>
public readonly ref struct S7Pdu
{
    public S7Pdu(byte rosctr, ushort pduReference, ReadOnlySpan<byte> parameters, ReadOnlySpan<byte> data)
    {
        Rosctr = rosctr;
        PduReference = pduReference;
        Parameters = parameters;
        Data = data;
    }

    /// <summary>Message type: 1 job, 2 ack, 3 ack-data, 7 userdata.</summary>
    public byte Rosctr { get; }

    public ushort PduReference { get; }
    public ReadOnlySpan<byte> Parameters { get; }
    public ReadOnlySpan<byte> Data { get; }
}
