namespace Vigil.Protocols.Tests.S7;

/// <summary>S7comm / COTP byte fixtures, one field per group.</summary>
internal static class S7Fixtures
{
    // TPKT(03 00 len) | COTP CR: LI 0x11, E0, dst-ref 0000, src-ref 0001, class 00,
    // params C0 (tpdu size) 01 0A, C1 (src TSAP) 02 0100, C2 (dst TSAP) 02 0102
    public const string ConnectRequest = "03 00 00 16 | 11 E0 00 00 00 01 00 C0 01 0A C1 02 01 00 C2 02 01 02";

    // TPKT | COTP DT (02 F0 80 = EOT) | S7: 32 job(01) redund 0000 ref 0000 plen 0008 dlen 0000
    // | setup communication F0 00, max AmQ calling 0001, called 0001, PDU length 01E0
    public const string SetupCommunication = "03 00 00 19 | 02 F0 80 | 32 01 00 00 00 00 00 08 00 00 | F0 00 00 01 00 01 01 E0";

    // Job 0x29 PLC stop: 5 unknown bytes, name length 9, "P_PROGRAM"
    public const string PlcStop = "03 00 00 21 | 02 F0 80 | 32 01 00 00 00 01 00 10 00 00 | 29 00 00 00 00 00 09 50 5F 50 52 4F 47 52 41 4D";

    // Job 0x28 PI service: 7 unknown bytes (..FD), param block length 0000, name length 9, "P_PROGRAM" (PLC start)
    public const string PlcStart = "03 00 00 25 | 02 F0 80 | 32 01 00 00 00 02 00 14 00 00 | 28 00 00 00 00 00 00 FD 00 00 09 50 5F 50 52 4F 47 52 41 4D";

    // Userdata (07): param 00 01 12, len 04, method 11, type 4/group 4 (0x44), subfunction 01 (read SZL), seq 00
    // | data: return FF, transport 09, length 0004, SZL id 0011, index 0000
    public const string SzlRead0011 = "03 00 00 21 | 02 F0 80 | 32 07 00 00 00 03 00 08 00 08 | 00 01 12 04 11 44 01 00 | FF 09 00 04 00 11 00 00";

    /// <summary>An SZL 0x0011 reply: one record, index 1, order number "6ES7 315-2EH14-0AB0 ".</summary>
    public static byte[] SzlReply0011()
    {
        // Record (28 bytes): index 0001 | MLFB (20 ASCII) | BGTyp 0000 | Ausbg 0001 | Ausbe 0001
        byte[] record = [0x00, 0x01, .. "6ES7 315-2EH14-0AB0 "u8, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01];
        // Payload: SZL id 0011 | index 0000 | record length 001C | count 0001 | record
        byte[] payload = [0x00, 0x11, 0x00, 0x00, 0x00, 0x1C, 0x00, 0x01, .. record];
        // Data: return code FF, transport size 09, length
        byte[] data = [0xFF, 0x09, 0x00, (byte)payload.Length, .. payload];
        // Param (12): 00 01 12 | len 08 | method 12 | type 8/group 4 (0x84) | sub 01 | seq 01 | dur 00 | last 00 | error 0000
        byte[] param = [0x00, 0x01, 0x12, 0x08, 0x12, 0x84, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00];
        // S7 header (userdata, 10 bytes) with parameter and data lengths.
        byte[] s7 = [0x32, 0x07, 0x00, 0x00, 0x00, 0x03, 0x00, (byte)param.Length, 0x00, (byte)data.Length, .. param, .. data];
        return Tpkt([0x02, 0xF0, 0x80, .. s7]);
    }

    /// <summary>Wraps a COTP TPDU in a TPKT header.</summary>
    public static byte[] Tpkt(byte[] cotp) => [0x03, 0x00, (byte)((cotp.Length + 4) >> 8), (byte)(cotp.Length + 4), .. cotp];
}
