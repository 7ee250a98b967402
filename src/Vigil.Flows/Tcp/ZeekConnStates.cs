using Vigil.Capture.Decoding;

namespace Vigil.Flows.Tcp;

/// <summary>Names a flow's outcome with Zeek's conn_state, following Zeek's conn/main.zeek decision order.</summary>
internal static class ZeekConnStates
{
    /// <summary>The conn_state of a TCP connection from its endpoint states, sizes and history.</summary>
    public static ConnState ForTcp(TcpSession session, in FlowHistory history)
    {
        var orig = session.Orig;
        var resp = session.Resp;
        var os = orig.State;
        var rs = resp.State;

        if (rs == TcpEndpointState.Reset)
        {
            if (os is TcpEndpointState.SynSent or TcpEndpointState.SynAckSent
                || (os == TcpEndpointState.Reset && orig.Size == 0 && resp.Size == 0))
            {
                return ConnState.REJ;
            }
            return orig.IsInactiveOrPartial ? ConnState.RSTRH : ConnState.RSTR;
        }
        if (os == TcpEndpointState.Reset)
        {
            if (resp.IsInactiveOrPartial)
            {
                return history.LooksLikeSynThenOriginatorRst() ? ConnState.RSTOS0 : ConnState.OTH;
            }
            return ConnState.RSTO;
        }
        if (rs == TcpEndpointState.Closed && os == TcpEndpointState.Closed)
        {
            return ConnState.SF;
        }
        if (os == TcpEndpointState.Closed)
        {
            return resp.IsInactiveOrPartial ? ConnState.SH : ConnState.S2;
        }
        if (rs == TcpEndpointState.Closed)
        {
            return orig.IsInactiveOrPartial ? ConnState.SHR : ConnState.S3;
        }
        if (os == TcpEndpointState.SynSent && rs == TcpEndpointState.Inactive)
        {
            return ConnState.S0;
        }
        if (os == TcpEndpointState.Established && rs == TcpEndpointState.Established)
        {
            return ConnState.S1;
        }
        return ConnState.OTH;
    }

    /// <summary>
    /// UDP and ICMP: S0 one way, SF both ways (Zeek calls ICMP flows OTH; Vigil's models want to
    /// know whether a ping or a datagram was answered). Other IP protocols stay OTH, as in Zeek.
    /// </summary>
    public static ConnState ForDatagrams(TransportProtocol protocol, bool origSent, bool respSent)
    {
        if (protocol is not (TransportProtocol.Udp or TransportProtocol.Icmp or TransportProtocol.Icmpv6))
        {
            return ConnState.OTH;
        }
        if (origSent)
        {
            return respSent ? ConnState.SF : ConnState.S0;
        }
        return respSent ? ConnState.SHR : ConnState.OTH;
    }
}
