namespace Vigil.Simulator.Protocols;

/// <summary>
/// Modbus/TCP application data units: the MBAP header (transaction id, protocol id 0, length of unit id
/// plus PDU, unit id) followed by one PDU. Requests and their normal responses for the function codes the
/// plant and the attacker use.
/// </summary>
public static class ModbusEncoder
{
    /// <summary>FC 3 request: read <paramref name="count"/> holding registers from <paramref name="start"/>.</summary>
    public static byte[] ReadHoldingRegistersRequest(ushort transaction, byte unit, ushort start, ushort count) =>
        Adu(transaction, unit, new ByteWriter(5).U8(3).U16(start).U16(count));

    /// <summary>FC 3 response: byte count then the register values.</summary>
    public static byte[] ReadHoldingRegistersResponse(ushort transaction, byte unit, IReadOnlyList<ushort> values)
    {
        var pdu = new ByteWriter(2 + values.Count * 2).U8(3).U8(values.Count * 2);
        foreach (var value in values)
        {
            pdu.U16(value);
        }
        return Adu(transaction, unit, pdu);
    }

    /// <summary>FC 6 request (the normal response echoes it byte for byte).</summary>
    public static byte[] WriteSingleRegister(ushort transaction, byte unit, ushort address, ushort value) =>
        Adu(transaction, unit, new ByteWriter(5).U8(6).U16(address).U16(value));

    /// <summary>FC 16 request: write consecutive registers.</summary>
    public static byte[] WriteMultipleRegistersRequest(ushort transaction, byte unit, ushort start, IReadOnlyList<ushort> values)
    {
        var pdu = new ByteWriter(6 + values.Count * 2).U8(16).U16(start).U16(values.Count).U8(values.Count * 2);
        foreach (var value in values)
        {
            pdu.U16(value);
        }
        return Adu(transaction, unit, pdu);
    }

    /// <summary>FC 16 response: the start address and quantity written.</summary>
    public static byte[] WriteMultipleRegistersResponse(ushort transaction, byte unit, ushort start, ushort count) =>
        Adu(transaction, unit, new ByteWriter(5).U8(16).U16(start).U16(count));

    /// <summary>FC 43 / MEI 14 request: read basic device identification starting at object 0.</summary>
    public static byte[] ReadDeviceIdentificationRequest(ushort transaction, byte unit) =>
        Adu(transaction, unit, new ByteWriter(4).U8(43).U8(0x0E).U8(0x01).U8(0x00));

    /// <summary>FC 43 / MEI 14 response carrying VendorName (0), ProductCode (1) and MajorMinorRevision (2).</summary>
    public static byte[] ReadDeviceIdentificationResponse(ushort transaction, byte unit, string vendor, string productCode, string revision)
    {
        var pdu = new ByteWriter(64).U8(43).U8(0x0E)
            .U8(0x01)  // read device id code: basic
            .U8(0x01)  // conformity level: basic, stream access only
            .U8(0x00)  // more follows: no
            .U8(0x00)  // next object id
            .U8(3);    // number of objects
        string[] objects = [vendor, productCode, revision];
        for (var id = 0; id < objects.Length; id++)
        {
            pdu.U8(id).U8(objects[id].Length).Ascii(objects[id]);
        }
        return Adu(transaction, unit, pdu);
    }

    /// <summary>FC 17 request: report server id (no data).</summary>
    public static byte[] ReportServerIdRequest(ushort transaction, byte unit) => Adu(transaction, unit, new ByteWriter(1).U8(17));

    /// <summary>FC 17 response: byte count, server id, run indicator (0xFF = running), device text.</summary>
    public static byte[] ReportServerIdResponse(ushort transaction, byte unit, byte serverId, string description) =>
        Adu(transaction, unit, new ByteWriter(32).U8(17).U8(2 + description.Length).U8(serverId).U8(0xFF).Ascii(description));

    /// <summary>
    /// FC 1–4 request: read <paramref name="count"/> coils (1), discrete inputs (2), holding registers (3) or
    /// input registers (4) from <paramref name="start"/>; the four share one request layout.
    /// </summary>
    public static byte[] ReadRequest(ushort transaction, byte unit, byte function, ushort start, ushort count) =>
        Adu(transaction, unit, new ByteWriter(5).U8(function).U16(start).U16(count));

    /// <summary>FC 1 or 2 response: byte count then the bits, packed eight to a byte, lowest address first.</summary>
    public static byte[] ReadBitsResponse(ushort transaction, byte unit, byte function, ReadOnlySpan<byte> packedBits) =>
        Adu(transaction, unit, new ByteWriter(2 + packedBits.Length).U8(function).U8(packedBits.Length).Bytes(packedBits));

    /// <summary>FC 3 or 4 response: byte count then the register values.</summary>
    public static byte[] ReadRegistersResponse(ushort transaction, byte unit, byte function, IReadOnlyList<ushort> values)
    {
        var pdu = new ByteWriter(2 + values.Count * 2).U8(function).U8(values.Count * 2);
        foreach (var value in values)
        {
            pdu.U16(value);
        }
        return Adu(transaction, unit, pdu);
    }

    /// <summary>
    /// Exception response: the function code with its high bit set, then the exception code
    /// (1 illegal function, 2 illegal data address, 3 illegal data value, 4 server device failure).
    /// </summary>
    public static byte[] ExceptionResponse(ushort transaction, byte unit, byte function, byte exceptionCode) =>
        Adu(transaction, unit, new ByteWriter(2).U8(function | 0x80).U8(exceptionCode));

    /// <summary>FC 5 request: force one coil on (0xFF00) or off (0x0000); the normal response echoes it.</summary>
    public static byte[] WriteSingleCoil(ushort transaction, byte unit, ushort address, bool on) =>
        Adu(transaction, unit, new ByteWriter(5).U8(5).U16(address).U16(on ? 0xFF00 : 0x0000));

    private static byte[] Adu(ushort transaction, byte unit, ByteWriter pdu)
    {
        var body = pdu.ToArray();
        return new ByteWriter(7 + body.Length).U16(transaction).U16(0).U16(body.Length + 1).U8(unit).Bytes(body).ToArray();
    }
}
