namespace Vigil.Simulator.Protocols;

/// <summary>
/// S7comm PDUs (protocol id 0x32), each already wrapped in TPKT + COTP DT and ready for the wire.
/// Header: protocol id, ROSCTR (1 job, 3 ack-data, 7 userdata), redundancy id, PDU reference, parameter
/// length, data length, and for ack-data an error class and code.
/// </summary>
public static class S7Encoder
{
    private const byte Job = 1;
    private const byte AckData = 3;
    private const byte UserData = 7;

    /// <summary>Setup Communication (0xF0) job, or its ack-data when <paramref name="ack"/>.</summary>
    public static byte[] SetupCommunication(ushort pduRef, bool ack, ushort pduLength = 480) =>
        Pdu(ack ? AckData : Job, pduRef, new ByteWriter(8).U8(0xF0).U8(0).U16(1).U16(1).U16(pduLength).ToArray(), []);

    /// <summary>Read Var (0x04) job for the given items.</summary>
    public static byte[] ReadVarRequest(ushort pduRef, IReadOnlyList<S7Item> items)
    {
        var param = new ByteWriter(2 + items.Count * 12).U8(0x04).U8(items.Count);
        foreach (var item in items)
        {
            WriteItem(param, item);
        }
        return Pdu(Job, pduRef, param.ToArray(), []);
    }

    /// <summary>Read Var ack-data: per item return code 0xFF, transport size BYTE, bit length, bytes, pad.</summary>
    public static byte[] ReadVarResponse(ushort pduRef, IReadOnlyList<byte[]> values)
    {
        var data = new ByteWriter(64);
        for (var i = 0; i < values.Count; i++)
        {
            data.U8(0xFF).U8(0x04).U16(values[i].Length * 8).Bytes(values[i]);
            if (values[i].Length % 2 == 1 && i < values.Count - 1)
            {
                data.U8(0); // items after the first start on an even offset
            }
        }
        return Pdu(AckData, pduRef, [0x04, (byte)values.Count], data.ToArray());
    }

    /// <summary>Write Var (0x05) job writing <paramref name="value"/> to one item.</summary>
    public static byte[] WriteVarRequest(ushort pduRef, S7Item item, ReadOnlySpan<byte> value)
    {
        var param = new ByteWriter(14).U8(0x05).U8(1);
        WriteItem(param, item);
        var data = new ByteWriter(4 + value.Length).U8(0x00).U8(0x04).U16(value.Length * 8).Bytes(value);
        return Pdu(Job, pduRef, param.ToArray(), data.ToArray());
    }

    /// <summary>Write Var ack-data: one success return code (0xFF) per item.</summary>
    public static byte[] WriteVarResponse(ushort pduRef, int itemCount) =>
        Pdu(AckData, pduRef, [0x05, (byte)itemCount], Enumerable.Repeat((byte)0xFF, itemCount).ToArray());

    /// <summary>Userdata CPU-functions request (group 4) for Read SZL (subfunction 1).</summary>
    public static byte[] SzlReadRequest(ushort pduRef, byte sequence, ushort szlId, ushort szlIndex)
    {
        var param = new ByteWriter(8).U8(0x00).U8(0x01).U8(0x12).U8(4).U8(0x11).U8(0x44).U8(0x01).U8(sequence).ToArray();
        var data = new ByteWriter(8).U8(0xFF).U8(0x09).U16(4).U16(szlId).U16(szlIndex).ToArray();
        return Pdu(UserData, pduRef, param, data);
    }

    /// <summary>Userdata Read SZL response carrying fixed-length records.</summary>
    public static byte[] SzlReadResponse(ushort pduRef, byte sequence, ushort szlId, ushort szlIndex, int recordLength, IReadOnlyList<byte[]> records)
    {
        var param = new ByteWriter(12).U8(0x00).U8(0x01).U8(0x12).U8(8).U8(0x12).U8(0x84).U8(0x01).U8(sequence)
            .U8(0).U8(0).U16(0).ToArray(); // data unit ref, last data unit, error code
        var body = new ByteWriter(8 + records.Count * recordLength).U16(szlId).U16(szlIndex).U16(recordLength).U16(records.Count);
        foreach (var record in records)
        {
            body.Bytes(record);
        }
        var bodyBytes = body.ToArray();
        var data = new ByteWriter(4 + bodyBytes.Length).U8(0xFF).U8(0x09).U16(bodyBytes.Length).Bytes(bodyBytes).ToArray();
        return Pdu(UserData, pduRef, param, data);
    }

    /// <summary>Request Download (0x1A) job for a block, with load memory and MC7 code lengths.</summary>
    public static byte[] RequestDownload(ushort pduRef, string blockFile, int loadMemoryLength, int mc7Length)
    {
        var param = new ByteWriter(32).U8(0x1A).U8(0x00).U16(0x0100).U32(0).U8(blockFile.Length).Ascii(blockFile)
            .U8(13).Ascii("1").Ascii(loadMemoryLength.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .Ascii(mc7Length.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        return Pdu(Job, pduRef, param.ToArray(), []);
    }

    /// <summary>Download Block (0x1B) job, sent by the PLC to pull the block from the programming device.</summary>
    public static byte[] DownloadBlockRequest(ushort pduRef, string blockFile) =>
        Pdu(Job, pduRef, new ByteWriter(20).U8(0x1B).U8(0x00).U16(0x0000).U32(0).U8(blockFile.Length).Ascii(blockFile).ToArray(), []);

    /// <summary>Download Block ack-data with the block bytes; <paramref name="moreFollows"/> sets the status bit.</summary>
    public static byte[] DownloadBlockResponse(ushort pduRef, ReadOnlySpan<byte> block, bool moreFollows)
    {
        var data = new ByteWriter(4 + block.Length).U16(block.Length).U16(0x00FB).Bytes(block).ToArray();
        return Pdu(AckData, pduRef, [0x1B, (byte)(moreFollows ? 0x01 : 0x00)], data);
    }

    /// <summary>Download Ended (0x1C) job, sent by the PLC when it has the whole block.</summary>
    public static byte[] DownloadEndedRequest(ushort pduRef, string blockFile) =>
        Pdu(Job, pduRef, new ByteWriter(20).U8(0x1C).U8(0x00).U16(0x0000).U32(0).U8(blockFile.Length).Ascii(blockFile).ToArray(), []);

    /// <summary>The one-byte ack-data that confirms a block or PLC control function.</summary>
    public static byte[] FunctionAck(ushort pduRef, byte function) => Pdu(AckData, pduRef, [function], []);

    /// <summary>PI service (0x28) "_INSE": activate (insert) the downloaded blocks, e.g. "0800001P" for OB1.</summary>
    public static byte[] PiInsertBlocks(ushort pduRef, IReadOnlyList<string> blocks)
    {
        var block = new ByteWriter(2 + blocks.Count * 8).U8(blocks.Count).U8(0x00);
        foreach (var name in blocks)
        {
            block.Ascii(name, 8);
        }
        var parameters = block.ToArray();
        var param = new ByteWriter(32).U8(0x28).Bytes([0, 0, 0, 0, 0, 0, 0xFD]).U16(parameters.Length).Bytes(parameters)
            .U8(5).Ascii("_INSE");
        return Pdu(Job, pduRef, param.ToArray(), []);
    }

    /// <summary>PI service (0x28) "P_PROGRAM" with no argument: warm restart after a stop.</summary>
    public static byte[] PiStartProgram(ushort pduRef) =>
        Pdu(Job, pduRef, new ByteWriter(20).U8(0x28).Bytes([0, 0, 0, 0, 0, 0, 0xFD]).U16(0).U8(9).Ascii("P_PROGRAM").ToArray(), []);

    /// <summary>PLC Stop (0x29) job with the "P_PROGRAM" service name.</summary>
    public static byte[] PlcStop(ushort pduRef) =>
        Pdu(Job, pduRef, new ByteWriter(16).U8(0x29).Fill(5).U8(9).Ascii("P_PROGRAM").ToArray(), []);

    private static void WriteItem(ByteWriter param, S7Item item)
    {
        var bitAddress = item.StartByte * 8;
        param.U8(0x12).U8(0x0A).U8(0x10) // variable specification, length of the rest, syntax id S7ANY
            .U8(0x02)                   // transport size BYTE
            .U16(item.Length).U16(item.DbNumber).U8(item.Area)
            .U8(bitAddress >> 16).U8(bitAddress >> 8).U8(bitAddress);
    }

    private static byte[] Pdu(byte rosctr, ushort pduRef, ReadOnlySpan<byte> param, ReadOnlySpan<byte> data)
    {
        var pdu = new ByteWriter(12 + param.Length + data.Length).U8(0x32).U8(rosctr).U16(0).U16(pduRef).U16(param.Length).U16(data.Length);
        if (rosctr == AckData)
        {
            pdu.U16(0); // error class and code: success
        }
        return IsoTransport.Data(pdu.Bytes(param).Bytes(data).ToArray());
    }
}
