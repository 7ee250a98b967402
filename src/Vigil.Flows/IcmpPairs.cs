using Vigil.Capture.Decoding;

namespace Vigil.Flows;

/// <summary>
/// Zeek's keying of ICMP "connections": the originator's port is the request type, the responder's
/// port is the matching reply type (echo 8 ↔ 0, …), so a request and its reply make one flow. A type
/// without a counterpart is one-way and keyed by (type, code).
/// </summary>
internal static class IcmpPairs
{
    /// <summary>
    /// The port for the receiver's side of a message: the counterpart type, or the code for one-way
    /// messages. <paramref name="isReply"/> says the sender answers a request (it is the responder).
    /// </summary>
    public static ushort ReceiverPort(TransportProtocol protocol, byte type, byte code, out bool isReply)
    {
        isReply = false;
        int counterpart = protocol == TransportProtocol.Icmpv6 ? V6(type, ref isReply) : V4(type, ref isReply);
        return counterpart < 0 ? code : (ushort)counterpart;
    }

    private static int V4(byte type, ref bool isReply)
    {
        switch (type)
        {
            case 8: return 0; // echo → echo reply
            case 13: return 14; // timestamp
            case 15: return 16; // information
            case 17: return 18; // address mask
            case 10: return 9; // router solicitation → advertisement
            case 0 or 14 or 16 or 18 or 9:
                isReply = true;
                return type == 0 ? 8 : type == 9 ? 10 : type - 1;
            default: return -1;
        }
    }

    private static int V6(byte type, ref bool isReply)
    {
        switch (type)
        {
            case 128 or 130 or 133 or 135 or 139: // echo, MLD query, router and neighbor solicitation, node info
                return type + 1;
            case 129 or 131 or 134 or 136 or 140:
                isReply = true;
                return type - 1;
            default: return -1;
        }
    }
}
