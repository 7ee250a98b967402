namespace Vigil.Simulator.Protocols;

/// <summary>NTPv4 (RFC 5905) client requests and server replies: 48-byte packets with 64-bit timestamps.</summary>
public static class NtpEncoder
{
    private const long UnixToNtpSeconds = 2_208_988_800L;

    /// <summary>Client (mode 3) request whose transmit timestamp is the capture time.</summary>
    public static byte[] ClientRequest(long timestampNs) =>
        new ByteWriter(48).U8(0x23).U8(0).U8(6).U8(0xE9) // LI 0, version 4, mode 3; stratum, poll 64 s, precision
            .U32(0).U32(0).U32(0).Fill(24).Bytes(Timestamp(timestampNs)).ToArray();

    /// <summary>Server (mode 4) reply at <paramref name="stratum"/>, echoing the client's transmit time as origin.</summary>
    public static byte[] ServerReply(long requestNs, long replyNs, byte stratum, uint referenceId)
    {
        return new ByteWriter(48).U8(0x24).U8(stratum).U8(6).U8(0xE9)
            .U32(0x0000_0200).U32(0x0000_0400).U32(referenceId)         // root delay, root dispersion, reference id
            .Bytes(Timestamp(replyNs - 64 * SimTime.Second))            // reference: last sync
            .Bytes(Timestamp(requestNs))                                // origin
            .Bytes(Timestamp(replyNs - 50_000))                         // receive
            .Bytes(Timestamp(replyNs)).ToArray();                       // transmit
    }

    private static byte[] Timestamp(long unixNs)
    {
        var seconds = Math.DivRem(unixNs, SimTime.Second, out var remainder);
        var fraction = (uint)((ulong)remainder * (1UL << 32) / SimTime.Second);
        return new ByteWriter(8).U32((uint)(seconds + UnixToNtpSeconds)).U32(fraction).ToArray();
    }
}
