using Vigil.Capture.Decoding;

namespace Vigil.Flows.Tcp;

/// <summary>
/// The TCP state of one connection: both endpoints and the transitions Zeek's TCP analyzer makes
/// on each segment (its UpdateStateMachine), so that <see cref="ZeekConnStates"/> can name the
/// outcome exactly as Zeek's conn_state would. Zeek's "weird" notices are not reproduced.
/// </summary>
internal sealed class TcpSession
{
    public TcpEndpoint Orig { get; } = new();

    public TcpEndpoint Resp { get; } = new();

    /// <summary>Both sides closed, a RST, or a close with a silent peer: the connection is over.</summary>
    public bool IsTerminated =>
        Orig.State == TcpEndpointState.Reset || Resp.State == TcpEndpointState.Reset
        || (Orig.State == TcpEndpointState.Closed && Resp.State is TcpEndpointState.Closed or TcpEndpointState.Inactive)
        || (Resp.State == TcpEndpointState.Closed && Orig.State == TcpEndpointState.Inactive);

    /// <summary>One side sent a FIN, the other may still talk.</summary>
    public bool IsHalfClosed => Orig.State == TcpEndpointState.Closed || Resp.State == TcpEndpointState.Closed;

    /// <summary>Data may flow: a side finished its handshake or was seen midstream.</summary>
    public bool IsEstablishedOrMidstream =>
        Orig.State is TcpEndpointState.Established or TcpEndpointState.Partial
        || Resp.State is TcpEndpointState.Established or TcpEndpointState.Partial;

    /// <summary>
    /// Applies one segment. Returns whether it carries stream bytes to deliver, starting at the
    /// absolute sequence position <paramref name="dataStart"/> of the sending side.
    /// </summary>
    public bool Process(bool isOrig, TcpFlags flags, uint seq, uint ack, int length, ref FlowHistory history, out long dataStart)
    {
        var endpoint = isOrig ? Orig : Resp;
        var peer = isOrig ? Resp : Orig;
        var syn = (flags & TcpFlags.Syn) != 0;
        var fin = (flags & TcpFlags.Fin) != 0;
        var rst = (flags & TcpFlags.Rst) != 0;
        var hasAck = (flags & TcpFlags.Ack) != 0;
        length = Math.Max(length, 0);

        // SYN and FIN take one sequence number each; a RST's payload is not part of the stream.
        var segmentLength = (syn ? 1 : 0) + (fin ? 1 : 0) + (rst ? 0 : length);
        endpoint.InitFromSegment(syn, seq);
        var absolute = endpoint.ToAbsolute(seq);
        AddHistory(ref history, isOrig, syn, fin, rst, hasAck, length);
        if (fin)
        {
            endpoint.MarkFin();
        }
        if (hasAck)
        {
            if (peer.State == TcpEndpointState.Inactive)
            {
                peer.InitFromPeerAck(ack);
            }
            else if (!rst)
            {
                peer.UpdateAck(ack); // ACKs on RSTs are not trusted
            }
        }
        if (endpoint.UpdateLast(absolute + segmentLength, syn || rst, length))
        {
            history.Add(isOrig, 'T');
        }
        UpdateStateMachine(endpoint, peer, isOrig, syn, fin, rst, hasAck, length);

        dataStart = absolute + (syn ? 1 : 0);
        return length > 0 && !rst && !endpoint.IsBeforeStart(absolute);
    }

    private static void AddHistory(ref FlowHistory history, bool isOrig, bool syn, bool fin, bool rst, bool hasAck, int length)
    {
        var controlBits = (syn ? 1 : 0) + (fin ? 1 : 0) + (rst ? 1 : 0);
        if (controlBits > 1)
        {
            history.Add(isOrig, fin && rst ? 'I' : 'Q');
        }
        else if (syn)
        {
            history.Add(isOrig, hasAck ? 'H' : 'S');
        }
        else if (fin)
        {
            history.Add(isOrig, 'F');
        }
        else if (rst)
        {
            history.Add(isOrig, 'R');
        }
        else if (length > 0)
        {
            history.Add(isOrig, 'D');
        }
        else if (hasAck)
        {
            history.Add(isOrig, 'A');
        }
    }

    private void UpdateStateMachine(TcpEndpoint endpoint, TcpEndpoint peer, bool isOrig, bool syn, bool fin, bool rst, bool hasAck, int length)
    {
        switch (endpoint.State)
        {
            case TcpEndpointState.Inactive:
                UpdateInactive(endpoint, peer, isOrig, syn, fin, rst, hasAck, length);
                break;
            case TcpEndpointState.SynSent or TcpEndpointState.SynAckSent:
                if (fin)
                {
                    endpoint.SetState(TcpEndpointState.Closed);
                }
                if (rst)
                {
                    endpoint.SetState(TcpEndpointState.Reset);
                }
                break;
            case TcpEndpointState.Established or TcpEndpointState.Partial:
                UpdateEstablished(endpoint, peer, syn, fin, rst, hasAck);
                break;
            case TcpEndpointState.Closed:
                // After a full FIN exchange a RST changes nothing; after a one-sided FIN it is an abort.
                if (rst && peer.State != TcpEndpointState.Closed)
                {
                    endpoint.SetState(TcpEndpointState.Reset);
                }
                break;
        }
    }

    private void UpdateInactive(TcpEndpoint endpoint, TcpEndpoint peer, bool isOrig, bool syn, bool fin, bool rst, bool hasAck, int length)
    {
        if (syn)
        {
            if (isOrig)
            {
                endpoint.SetState(hasAck ? TcpEndpointState.SynAckSent : TcpEndpointState.SynSent);
            }
            else
            {
                // The responder's SYN-ACK (or a simultaneous open) completes the originator's handshake.
                if (peer.State == TcpEndpointState.SynSent)
                {
                    peer.SetState(TcpEndpointState.Established);
                }
                endpoint.SetState(TcpEndpointState.Established);
            }
        }
        if (fin)
        {
            endpoint.SetState(TcpEndpointState.Closed);
        }
        if (rst)
        {
            endpoint.SetState(TcpEndpointState.Reset);
        }
        if (endpoint.State != TcpEndpointState.Inactive)
        {
            return;
        }
        if (!isOrig && length == 0 && Orig.State == TcpEndpointState.SynSent)
        {
            // Some stacks ACK a SYN before their SYN-ACK: that is not midstream traffic.
            return;
        }
        // A bare ACK after the peer's SYN-ACK means the SYN was missed, not a partial connection.
        endpoint.SetState(hasAck && peer.State == TcpEndpointState.Established
            ? TcpEndpointState.Established
            : TcpEndpointState.Partial);
    }

    private static void UpdateEstablished(TcpEndpoint endpoint, TcpEndpoint peer, bool syn, bool fin, bool rst, bool hasAck)
    {
        if (syn && !hasAck && endpoint.State == TcpEndpointState.Partial && peer.State == TcpEndpointState.Inactive)
        {
            endpoint.SetState(TcpEndpointState.SynSent); // a SYN after stray midstream packets
        }
        if (fin && !rst)
        {
            endpoint.SetState(TcpEndpointState.Closed);
            if (peer.State == TcpEndpointState.Reset && peer.PreviousState == TcpEndpointState.Closed)
            {
                // The peer's FIN then RST, now answered by our FIN: a normal termination after all.
                peer.SetState(TcpEndpointState.Closed);
            }
        }
        if (rst)
        {
            endpoint.SetState(TcpEndpointState.Reset);
        }
    }
}
