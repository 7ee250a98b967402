using Vigil.Capture.Decoding;
using Vigil.Flows.Tcp;
using Vigil.Protocols;

namespace Vigil.Flows;

/// <summary>
/// Turns decoded packets into bidirectional flows with Zeek's connection states, histories and
/// byte counts, feeds each flow's payload to its dissector, and reports flows to an
/// <see cref="IFlowSink"/>: <see cref="FlowUpdateKind.Interim"/> while they stay open,
/// <see cref="FlowUpdateKind.Final"/> once when they end (close, idle timeout, eviction, or
/// <see cref="Flush"/>). Runs on capture time only; single-threaded; no allocation per packet for
/// flows that already exist.
/// </summary>
/// <remarks>
/// Interim reports come from the expiry check, not from a flow's next packet: a session that sends
/// an S7 SZL read and then falls silent for ten minutes is still reported within seconds of the
/// read. A TCP connection is first reported <see cref="FlowTrackerOptions.FirstReportDelay"/> after
/// it starts, then on the grid start + k·<see cref="FlowTrackerOptions.InterimInterval"/>, each time
/// only if it saw packets since its last report and would not end within an interval anyway (a DNS
/// exchange or an unanswered SYN gets its final report soon enough, so it is not reported twice).
/// A flow that carried <see cref="FlowTrackerOptions.VolumeReportBytes"/> since its last report is
/// reported at the next check, so a bulk upload is judged as it grows, not a grid interval later.
/// </remarks>
public sealed class FlowTracker
{
    private readonly FlowTrackerOptions _options;
    private readonly IFlowSink _sink;
    private readonly FlowTable _table;
    private readonly long _interimNs;
    private readonly long _firstReportNs;
    private readonly long _expiryCheckNs;
    private readonly long _volumeReportBytes;
    /// <summary>
    /// Flows with packets not yet reported, by when their next interim report is due. A flow whose report
    /// is brought forward is queued again; the item that no longer matches its <see cref="FlowEntry.QueuedDueNs"/> is passed over.
    /// </summary>
    private readonly PriorityQueue<FlowEntry, long> _reportsDue = new();
    private long _nowNs = long.MinValue;
    private long _nextExpiryCheckNs = long.MinValue;
    private ulong _lastId;

    public FlowTracker(FlowTrackerOptions options, IFlowSink sink)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxFlows, 1);
        foreach (var timeout in (ReadOnlySpan<TimeSpan>)[options.TcpEstablishedIdleTimeout, options.TcpTransitoryIdleTimeout,
            options.TcpCloseLinger, options.UdpIdleTimeout, options.IcmpIdleTimeout, options.OtherIdleTimeout])
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(options));
        }
        _options = options;
        _sink = sink;
        _table = new FlowTable(options);
        _interimNs = options.InterimInterval.Ticks * 100;
        _firstReportNs = options.FirstReportDelay > TimeSpan.Zero ? Math.Min(options.FirstReportDelay.Ticks * 100, _interimNs) : _interimNs;
        _volumeReportBytes = options.VolumeReportBytes > 0 ? options.VolumeReportBytes : long.MaxValue;
        _expiryCheckNs = Math.Max(options.ExpiryCheckInterval.Ticks * 100, 1);
    }

    /// <summary>Flows open now.</summary>
    public int ActiveFlows => _table.Count;

    /// <summary>Every packet given to <see cref="Process"/>.</summary>
    public long PacketsProcessed { get; private set; }

    /// <summary>Packets that made no flow: non-IP frames plus IP fragments after the first.</summary>
    public long PacketsIgnored => NonIpPackets + LaterFragments;

    /// <summary>ARP, LLDP, PROFINET RT and other frames without an IP header.</summary>
    public long NonIpPackets { get; private set; }

    /// <summary>
    /// IP fragments other than the first: they have no ports, and keying them to their flow would need
    /// a fragment table by IP id, so they are only counted (their bytes are missing from UDP counts).
    /// </summary>
    public long LaterFragments { get; private set; }

    public long FlowsCreated { get; private set; }

    /// <summary>TCP connections that ended with FINs or a RST (or were superseded by a new SYN on their key).</summary>
    public long FlowsClosed { get; private set; }

    /// <summary>Flows that ended by idle timeout.</summary>
    public long FlowsExpired { get; private set; }

    /// <summary>Flows dropped because the table held <see cref="FlowTrackerOptions.MaxFlows"/> flows.</summary>
    public long FlowsEvicted { get; private set; }

    public long InterimReports { get; private set; }

    /// <summary>Accounts one packet to its flow, creating the flow when it is new.</summary>
    public void Process(ref DecodedPacket packet)
    {
        PacketsProcessed++;
        Tick(packet.TimestampNs);
        if (!packet.IsIP)
        {
            NonIpPackets++;
            return;
        }
        if (packet.IsLaterFragment)
        {
            LaterFragments++;
            return;
        }

        var protocol = packet.Protocol;
        ushort srcPort = 0;
        ushort dstPort = 0;
        var icmpReply = false;
        if (protocol is TransportProtocol.Tcp or TransportProtocol.Udp)
        {
            srcPort = packet.SrcPort;
            dstPort = packet.DstPort;
        }
        else if (protocol is TransportProtocol.Icmp or TransportProtocol.Icmpv6)
        {
            srcPort = packet.IcmpType;
            dstPort = IcmpPairs.ReceiverPort(protocol, packet.IcmpType, packet.IcmpCode, out icmpReply);
        }
        var key = FlowKey.Create(packet.Src, srcPort, packet.Dst, dstPort, (byte)protocol,
            _options.KeyByVlan ? packet.Vlan : (ushort)0, _options.KeyByVlan ? packet.InnerVlan : (ushort)0, out var srcIsA);

        if (!_table.TryGet(key, out var entry) || Supersedes(entry, ref packet, srcIsA))
        {
            entry = Create(key, ref packet, srcPort, dstPort, srcIsA, icmpReply);
        }
        Update(entry, ref packet, srcIsA == entry.OrigIsA);
    }

    /// <summary>Moves capture time to <paramref name="nowNs"/> and ends every flow idle for longer than its timeout.</summary>
    public void AdvanceTo(long nowNs)
    {
        if (nowNs > _nowNs)
        {
            _nowNs = nowNs;
        }
        ExpireUpTo(_nowNs);
        _nextExpiryCheckNs = _nowNs + _expiryCheckNs;
    }

    /// <summary>End of capture: reports every open flow <see cref="FlowUpdateKind.Final"/>, in order of creation, and forgets them.</summary>
    public void Flush()
    {
        foreach (var entry in _table.DrainInCreationOrder())
        {
            Report(entry, FlowUpdateKind.Final);
        }
        _reportsDue.Clear();
    }

    private void Tick(long timestampNs)
    {
        if (timestampNs > _nowNs)
        {
            _nowNs = timestampNs;
        }
        if (_nowNs >= _nextExpiryCheckNs)
        {
            ExpireUpTo(_nowNs);
            _nextExpiryCheckNs = _nowNs + _expiryCheckNs;
        }
    }

    private void ExpireUpTo(long nowNs)
    {
        // Each round removes the flow it found, so the loop ends.
        while (_table.NextExpired(nowNs) is { } entry)
        {
            EndTimedOut(entry);
        }
        ReportDue(nowNs);
    }

    /// <summary>Sends the interim reports due at <paramref name="nowNs"/> (see the class remarks).</summary>
    private void ReportDue(long nowNs)
    {
        while (_reportsDue.TryPeek(out var entry, out var dueNs) && dueNs <= nowNs)
        {
            _reportsDue.Dequeue();
            if (dueNs != entry.QueuedDueNs)
            {
                continue;
            }
            entry.QueuedDueNs = long.MaxValue;
            // Ended flows had their final report; a closing one gets it within the linger.
            if (entry.Lane is not { } lane || entry.Closing)
            {
                continue;
            }
            var startNs = entry.Record.StartNs;
            entry.NextInterimNs = startNs + ((nowNs - startNs) / _interimNs + 1) * _interimNs;
            if (entry.LaneStampNs + lane.TimeoutNs - nowNs > _interimNs)
            {
                InterimReports++;
                Report(entry, FlowUpdateKind.Interim);
            }
        }
    }

    /// <summary>Ends a flow whose lane timeout passed: a closed connection's linger, or plain idleness.</summary>
    private void EndTimedOut(FlowEntry entry)
    {
        if (entry.Closing)
        {
            FlowsClosed++;
        }
        else
        {
            FlowsExpired++;
        }
        End(entry);
    }

    /// <summary>
    /// Ends an existing flow when this packet cannot belong to it: its timeout passed (between two
    /// expiry checks), or a TCP SYN starts a new connection on the same ports. As in Zeek, a SYN is a
    /// new connection after a close, or when its sequence number differs from the originator's.
    /// </summary>
    private bool Supersedes(FlowEntry entry, ref DecodedPacket packet, bool srcIsA)
    {
        if (FlowTable.IsExpired(entry, _nowNs))
        {
            EndTimedOut(entry);
            return true;
        }
        if (entry.Tcp is not { } tcp || (packet.TcpFlags & (TcpFlags.Syn | TcpFlags.Ack)) != TcpFlags.Syn)
        {
            return false;
        }
        var fromOrig = srcIsA == entry.OrigIsA;
        var reuse = entry.Closing || (fromOrig && tcp.Orig.State != TcpEndpointState.Inactive && packet.TcpSeq != tcp.Orig.StartSeq);
        if (reuse)
        {
            FlowsClosed++;
            End(entry);
        }
        return reuse;
    }

    private FlowEntry Create(in FlowKey key, ref DecodedPacket packet, ushort srcPort, ushort dstPort, bool srcIsA, bool icmpReply)
    {
        if (_table.Count >= _options.MaxFlows && _table.LeastRecentlyActive() is { } victim)
        {
            FlowsEvicted++;
            End(victim);
        }
        var flipped = Originator.IsReceiver(ref packet, srcPort, dstPort, icmpReply);
        var record = new FlowRecord
        {
            Id = ++_lastId,
            StartNs = packet.TimestampNs,
            EndNs = packet.TimestampNs,
            Protocol = packet.Protocol,
            Vlan = packet.Vlan,
            Orig = flipped ? packet.Dst : packet.Src,
            OrigPort = flipped ? dstPort : srcPort,
            OrigMac = flipped ? packet.DstMac : packet.SrcMac,
            Resp = flipped ? packet.Src : packet.Dst,
            RespPort = flipped ? srcPort : dstPort,
            RespMac = flipped ? packet.SrcMac : packet.DstMac,
        };
        var tcp = packet.Protocol == TransportProtocol.Tcp ? new TcpSession() : null;
        var entry = new FlowEntry(key, record, origIsA: srcIsA != flipped, tcp)
        {
            NextInterimNs = packet.TimestampNs + (packet.Protocol == TransportProtocol.Tcp ? _firstReportNs : _interimNs),
        };
        if (flipped)
        {
            entry.History.Add('^');
        }
        _table.Add(entry, entry.LaneKind, _nowNs);
        FlowsCreated++;
        return entry;
    }

    private void Update(FlowEntry entry, ref DecodedPacket packet, bool fromOrig)
    {
        var record = entry.Record;
        if (packet.TimestampNs > record.EndNs)
        {
            record.EndNs = packet.TimestampNs;
        }
        if (fromOrig)
        {
            record.OrigPkts++;
        }
        else
        {
            record.RespPkts++;
        }
        var direction = fromOrig ? Direction.FromOriginator : Direction.FromResponder;
        if (entry.Tcp is { } tcp)
        {
            UpdateTcp(entry, tcp, ref packet, fromOrig, direction);
        }
        else
        {
            UpdateDatagram(entry, ref packet, fromOrig, direction);
        }
        _table.Place(entry, entry.LaneKind, _nowNs);

        entry.UnreportedBytes += Math.Max(packet.PayloadLength, 0);
        if (_interimNs > 0 && !entry.Closing)
        {
            var dueNs = entry.UnreportedBytes >= _volumeReportBytes ? _nowNs : Math.Max(entry.NextInterimNs, _nowNs);
            if (dueNs < entry.QueuedDueNs)
            {
                entry.QueuedDueNs = dueNs;
                _reportsDue.Enqueue(entry, dueNs);
            }
        }
    }

    private void UpdateTcp(FlowEntry entry, TcpSession tcp, ref DecodedPacket packet, bool fromOrig, Direction direction)
    {
        var length = Math.Max(packet.PayloadLength, 0);
        if (tcp.Process(fromOrig, packet.TcpFlags, packet.TcpSeq, packet.TcpAck, length, ref entry.History, out var dataStart))
        {
            var sender = fromOrig ? tcp.Orig : tcp.Resp;
            var slice = sender.Cursor.Accept(dataStart, length);
            if (slice.GapBefore)
            {
                entry.History.Add(fromOrig, 'G');
            }
            if (slice.Take > 0)
            {
                Dissect(entry, direction, packet.Payload, slice.Skip, slice.Take, slice.GapBefore, packet.TimestampNs);
            }
        }
        if (!entry.Closing && tcp.IsTerminated)
        {
            entry.Closing = true;
        }
    }

    private void UpdateDatagram(FlowEntry entry, ref DecodedPacket packet, bool fromOrig, Direction direction)
    {
        var record = entry.Record;
        var length = Math.Max(packet.PayloadLength, 0);
        if (fromOrig)
        {
            entry.OrigSent = true;
            record.OrigBytes += length;
        }
        else
        {
            entry.RespSent = true;
            record.RespBytes += length;
        }
        entry.History.Add(fromOrig, 'D');
        if (packet.Protocol == TransportProtocol.Udp && length > 0)
        {
            Dissect(entry, direction, packet.Payload, 0, length, gapBefore: false, packet.TimestampNs);
        }
    }

    private void Dissect(FlowEntry entry, Direction direction, ReadOnlySpan<byte> captured, int skip, int take, bool gapBefore, long timestampNs)
    {
        if (!_options.Dissect)
        {
            return;
        }
        if (entry.Payload is null)
        {
            if (captured.Length <= skip)
            {
                return; // nothing captured yet: no parser to make
            }
            var record = entry.Record;
            entry.Payload = new FlowPayload(record.Protocol, record.OrigPort, record.RespPort, _options.DissectionByteBudget);
        }
        entry.Payload.Deliver(direction, captured, skip, take, gapBefore, timestampNs);
    }

    private void End(FlowEntry entry)
    {
        _table.Remove(entry);
        Report(entry, FlowUpdateKind.Final);
    }

    private void Report(FlowEntry entry, FlowUpdateKind kind)
    {
        entry.UnreportedBytes = 0;
        var record = entry.Record;
        if (entry.Tcp is { } tcp)
        {
            record.OrigBytes = tcp.Orig.Size;
            record.RespBytes = tcp.Resp.Size;
            record.State = ZeekConnStates.ForTcp(tcp, entry.History);
        }
        else
        {
            record.State = ZeekConnStates.ForDatagrams(record.Protocol, entry.OrigSent, entry.RespSent);
        }
        record.History = entry.History.Materialize();
        record.Facts = entry.Payload?.Facts;
        _sink.OnFlow(record, kind);
    }
}
