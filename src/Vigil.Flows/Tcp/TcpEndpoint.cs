namespace Vigil.Flows.Tcp;

/// <summary>
/// One side of a TCP connection: its Zeek endpoint state and its sequence space. Sequence numbers
/// are unwrapped into 64-bit absolute positions (each new number is placed within ±2 GiB of the
/// highest one seen), so counts stay right across any number of 32-bit wraps. The byte count is
/// taken from sequence space as Zeek does: retransmissions count once, and bytes the capture
/// missed but the peer acknowledged still count.
/// </summary>
internal sealed class TcpEndpoint
{
    /// <summary>SYN or RST sequence jumps larger than this are not trusted (Zeek's TOO_LARGE_SEQ_DELTA).</summary>
    private const long TooLargeSeqDelta = 1 << 20;

    private long _start;
    private long _last;
    private long _ack;
    private bool _finSeen;
    private bool _sentSegments;

    /// <summary>In-order delivery of this side's payload. A field, so callers can advance it in place.</summary>
    public TcpStreamCursor Cursor;

    public TcpEndpointState State { get; private set; }

    public TcpEndpointState PreviousState { get; private set; }

    /// <summary>The initial sequence number (seen, or assumed one before the first midstream byte).</summary>
    public uint StartSeq => (uint)_start;

    /// <summary>Zeek's "inactive" for conn_state: nothing, or only midstream traffic, seen from this side.</summary>
    public bool IsInactiveOrPartial => State is TcpEndpointState.Inactive or TcpEndpointState.Partial;

    /// <summary>Payload bytes sent, by sequence space: the highest byte sent or acknowledged past the SYN, FIN excluded.</summary>
    public long Size
    {
        get
        {
            var size = Math.Max(_last, _ack) - _start;
            if (size > 0)
            {
                size--; // the SYN's sequence number (real or assumed)
            }
            if (_finSeen && size > 0)
            {
                size--;
            }
            return Math.Max(size, 0);
        }
    }

    public void SetState(TcpEndpointState state)
    {
        PreviousState = State;
        State = state;
    }

    public void MarkFin() => _finSeen = true;

    /// <summary>Places a 32-bit sequence number next to the highest one seen.</summary>
    public long ToAbsolute(uint seq) => _last + (int)(seq - (uint)_last);

    /// <summary>Whether an absolute position lies before the start of the stream (old or bogus data).</summary>
    public bool IsBeforeStart(long absolute) => absolute < _start;

    /// <summary>Sets up sequence space from this side's own segment, where Zeek does (its init_endpoint).</summary>
    public void InitFromSegment(bool syn, uint seq)
    {
        switch (State)
        {
            case TcpEndpointState.Inactive:
                // Without a SYN, number the stream as if a SYN had come just before this segment.
                Init(syn ? seq : (long)seq - 1, seq, syn);
                break;
            case TcpEndpointState.SynSent or TcpEndpointState.SynAckSent
                or TcpEndpointState.Established or TcpEndpointState.Partial when syn && seq != StartSeq:
                Init(seq, seq, syn: true);
                break;
            case TcpEndpointState.Reset when syn && PreviousState == TcpEndpointState.Inactive:
                // The earlier RST may have been injected: trust the SYN's numbers instead.
                Init(seq, seq, syn: true);
                break;
        }
    }

    /// <summary>Sets up sequence space of a silent side from its peer's acknowledgement (Zeek's init_peer).</summary>
    public void InitFromPeerAck(uint ack)
    {
        _start = (long)ack - 1;
        _ack = _start;
        _last = _start;
        Cursor.ExpectAt(ack);
    }

    /// <summary>
    /// Moves the highest sequence number to <paramref name="segmentEnd"/> when it advances it.
    /// Returns whether the segment re-sent payload already covered (a retransmission).
    /// </summary>
    public bool UpdateLast(long segmentEnd, bool synOrRst, int payloadLength)
    {
        _sentSegments = true;
        var delta = segmentEnd - _last;
        if (synOrRst && (delta > TooLargeSeqDelta || delta < -TooLargeSeqDelta))
        {
            return false;
        }
        if (State == TcpEndpointState.Reset)
        {
            return false; // nothing after a RST is trusted
        }
        if (delta > 0)
        {
            _last = segmentEnd;
            return false;
        }
        return payloadLength > 0;
    }

    /// <summary>
    /// Takes the peer's acknowledgement of this side's bytes. Unlike Zeek, an ACK running more than
    /// 1 MiB past everything this side was seen sending is ignored: one bogus or fuzzed ACK would
    /// otherwise add up to 2 GiB to the byte count, and Vigil's upload models read that count.
    /// </summary>
    public void UpdateAck(uint ack)
    {
        var delta = (long)(int)(ack - (uint)_ack);
        if (ack == 0 && delta > TooLargeSeqDelta)
        {
            return; // more likely a broken ACK than a huge stream landing exactly on zero
        }
        if (_sentSegments && _ack + delta > _last + TooLargeSeqDelta)
        {
            return;
        }
        if (delta > 0)
        {
            _ack += delta;
        }
    }

    private void Init(long start, long last, bool syn)
    {
        _start = start;
        _ack = start;
        _last = last;
        if (syn)
        {
            Cursor.ExpectAt(start + 1);
        }
        else
        {
            Cursor.Reset();
        }
    }
}
