using Vigil.Simulator.Packets;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Behaviour;

/// <summary>
/// An S7comm client session over one TCP conversation: COTP connect and Setup Communication, then reads,
/// SZL identification, writes, block download, stop and start. Each call returns that step's packets.
/// </summary>
public sealed class S7Client
{
    private readonly TcpConversation _tcp;
    private readonly SimRandom _random;
    private ushort _pduRef;

    /// <summary>Wraps <paramref name="tcp"/>, which must not be connected yet.</summary>
    public S7Client(TcpConversation tcp, SimRandom random)
    {
        _tcp = tcp;
        _random = random;
        _pduRef = (ushort)random.Next(1, 2000);
    }

    /// <summary>The underlying connection (for its clock).</summary>
    public TcpConversation Tcp => _tcp;

    /// <summary>TCP handshake, COTP CR/CC to rack 0 slot 2, Setup Communication.</summary>
    public IReadOnlyList<SimPacket> Connect(ushort localTsap)
    {
        var packets = new List<SimPacket>(_tcp.Connect());
        var reference = (ushort)_random.Next(1, 65535);
        packets.AddRange(_tcp.Exchange(IsoTransport.ConnectionRequest(reference, localTsap, 0x0102),
            IsoTransport.ConnectionConfirm(reference, (ushort)_random.Next(1, 65535), localTsap, 0x0102), PlcDelay()));
        var setupRef = _pduRef++;
        packets.AddRange(_tcp.Exchange(S7Encoder.SetupCommunication(setupRef, false), S7Encoder.SetupCommunication(setupRef, true, 240), PlcDelay()));
        return packets;
    }

    /// <summary>Read Var for the given items; the PLC answers with process values.</summary>
    public IReadOnlyList<SimPacket> Read(IReadOnlyList<S7Item> items)
    {
        var pduRef = _pduRef++;
        var values = items.Select(i => _random.Bytes(i.Length)).ToList();
        return _tcp.Exchange(S7Encoder.ReadVarRequest(pduRef, items), S7Encoder.ReadVarResponse(pduRef, values), PlcDelay());
    }

    /// <summary>Read SZL 0x0011 (module identification) and 0x001C (component identification).</summary>
    public IReadOnlyList<SimPacket> Identify(string stationName, string orderNumber, string serial)
    {
        var packets = new List<SimPacket>();
        var pduRef = _pduRef++;
        packets.AddRange(_tcp.Exchange(S7Encoder.SzlReadRequest(pduRef, 0, 0x0011, 0x0000),
            S7Encoder.SzlReadResponse(pduRef, (byte)_random.Next(1, 200), 0x0011, 0x0000, S7SzlRecords.ModuleIdentificationLength,
                S7SzlRecords.ModuleIdentification(orderNumber, 3, 3, 10)), PlcDelay()));
        _tcp.Wait(_random.Next(20, 200) * SimTime.Millisecond);
        pduRef = _pduRef++;
        packets.AddRange(_tcp.Exchange(S7Encoder.SzlReadRequest(pduRef, 0, 0x001C, 0x0000),
            S7Encoder.SzlReadResponse(pduRef, (byte)_random.Next(1, 200), 0x001C, 0x0000, S7SzlRecords.ComponentIdentificationLength,
                S7SzlRecords.ComponentIdentification(stationName, "CPU 315-2 PN/DP", "FOODCO LINE 1", serial, "CPU 315-2 PN/DP")), PlcDelay()));
        return packets;
    }

    /// <summary>Write Var of <paramref name="value"/> to <paramref name="item"/>.</summary>
    public IReadOnlyList<SimPacket> Write(S7Item item, ReadOnlySpan<byte> value)
    {
        var pduRef = _pduRef++;
        return _tcp.Exchange(S7Encoder.WriteVarRequest(pduRef, item, value), S7Encoder.WriteVarResponse(pduRef, 1), PlcDelay());
    }

    /// <summary>
    /// Downloads a block: Request Download from us, then the PLC pulls it with Download Block jobs we
    /// answer with the code, ends with Download Ended, and we insert it with the PI service "_INSE".
    /// </summary>
    public IReadOnlyList<SimPacket> Download(string blockType, int blockNumber, int blockLength)
    {
        var file = $"_{blockType}{blockNumber:D5}P";
        var packets = new List<SimPacket>();
        var pduRef = _pduRef++;
        packets.AddRange(_tcp.Exchange(S7Encoder.RequestDownload(pduRef, file, blockLength + 36, blockLength), S7Encoder.FunctionAck(pduRef, 0x1A), PlcDelay()));
        var code = _random.Bytes(blockLength);
        var plcRef = (ushort)_random.Next(1, 60000);
        for (var offset = 0; offset < blockLength; offset += 200)
        {
            var chunk = code.AsSpan(offset, Math.Min(200, blockLength - offset));
            var more = offset + 200 < blockLength;
            packets.AddRange(_tcp.Exchange(false, S7Encoder.DownloadBlockRequest(plcRef, file), S7Encoder.DownloadBlockResponse(plcRef, chunk, more), 2 * SimTime.Millisecond));
            plcRef++;
        }
        packets.AddRange(_tcp.Exchange(false, S7Encoder.DownloadEndedRequest(plcRef, file), S7Encoder.FunctionAck(plcRef, 0x1C), 2 * SimTime.Millisecond));
        pduRef = _pduRef++;
        packets.AddRange(_tcp.Exchange(S7Encoder.PiInsertBlocks(pduRef, [$"{blockType}{blockNumber:D5}P"]), S7Encoder.FunctionAck(pduRef, 0x28), PlcDelay()));
        return packets;
    }

    /// <summary>PLC Stop ("P_PROGRAM").</summary>
    public IReadOnlyList<SimPacket> Stop()
    {
        var pduRef = _pduRef++;
        return _tcp.Exchange(S7Encoder.PlcStop(pduRef), S7Encoder.FunctionAck(pduRef, 0x29), 20 * SimTime.Millisecond);
    }

    /// <summary>PI service start of the program (warm restart).</summary>
    public IReadOnlyList<SimPacket> Start()
    {
        var pduRef = _pduRef++;
        return _tcp.Exchange(S7Encoder.PiStartProgram(pduRef), S7Encoder.FunctionAck(pduRef, 0x28), 30 * SimTime.Millisecond);
    }

    /// <summary>Closes the TCP connection from our side.</summary>
    public IReadOnlyList<SimPacket> Close() => _tcp.Close();

    private long PlcDelay() => _random.Next(2, 9) * SimTime.Millisecond;
}
