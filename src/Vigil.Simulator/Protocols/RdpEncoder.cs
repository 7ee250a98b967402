namespace Vigil.Simulator.Protocols;

/// <summary>
/// The RDP connection sequence up to security negotiation (MS-RDPBCGR 2.2.1.1–2.2.1.2): an X.224
/// Connection Request carrying the "Cookie: mstshash=USER" routing token and an RDP_NEG_REQ, and the
/// Connection Confirm whose RDP_NEG_RSP selects TLS, after which the connection continues as TLS.
/// </summary>
public static class RdpEncoder
{
    /// <summary>PROTOCOL_SSL: standard TLS security.</summary>
    public const uint ProtocolTls = 0x00000001;

    /// <summary>PROTOCOL_HYBRID: CredSSP (NLA) over TLS.</summary>
    public const uint ProtocolHybrid = 0x00000002;

    /// <summary>TPKT + X.224 CR + cookie + RDP_NEG_REQ offering TLS and CredSSP.</summary>
    public static byte[] ConnectionRequest(string userName)
    {
        var x224 = new ByteWriter(64).U8(0).U8(0xE0).U16(0).U16(0).U8(0)
            .Ascii($"Cookie: mstshash={userName}\r\n")
            .U8(0x01).U8(0x00).U16Le(8).U32Le(ProtocolTls | ProtocolHybrid);
        x224.PatchU8(0, x224.Length - 1);
        return IsoTransport.Tpkt(x224.ToArray());
    }

    /// <summary>TPKT + X.224 CC + RDP_NEG_RSP selecting TLS.</summary>
    public static byte[] ConnectionConfirm(ushort sourceReference)
    {
        var x224 = new ByteWriter(20).U8(0).U8(0xD0).U16(0).U16(sourceReference).U8(0)
            .U8(0x02).U8(0x1F).U16Le(8).U32Le(ProtocolTls); // flags: extended client data, gfx, restricted admin...
        x224.PatchU8(0, x224.Length - 1);
        return IsoTransport.Tpkt(x224.ToArray());
    }
}
