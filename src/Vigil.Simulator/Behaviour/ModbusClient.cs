using Vigil.Simulator.Packets;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Behaviour;

/// <summary>A Modbus/TCP client session over one TCP conversation, with its transaction counter.</summary>
public sealed class ModbusClient
{
    private readonly TcpConversation _tcp;
    private readonly SimRandom _random;
    private readonly byte _unit;
    private ushort _transaction;

    /// <summary>Wraps <paramref name="tcp"/>, which must not be connected yet.</summary>
    public ModbusClient(TcpConversation tcp, SimRandom random, byte unit = 1)
    {
        _tcp = tcp;
        _random = random;
        _unit = unit;
        _transaction = (ushort)random.Next(1, 1000);
    }

    /// <summary>The underlying connection (for its clock).</summary>
    public TcpConversation Tcp => _tcp;

    /// <summary>TCP handshake.</summary>
    public IReadOnlyList<SimPacket> Connect() => _tcp.Connect();

    /// <summary>FC 3 read of <paramref name="count"/> holding registers.</summary>
    public IReadOnlyList<SimPacket> ReadHolding(ushort start, ushort count)
    {
        var id = _transaction++;
        var values = Enumerable.Range(0, count).Select(_ => (ushort)_random.Next(0, 4000)).ToList();
        return _tcp.Exchange(ModbusEncoder.ReadHoldingRegistersRequest(id, _unit, start, count),
            ModbusEncoder.ReadHoldingRegistersResponse(id, _unit, values), Delay());
    }

    /// <summary>FC 43/14 basic device identification.</summary>
    public IReadOnlyList<SimPacket> ReadDeviceIdentification(string vendor, string product, string revision)
    {
        var id = _transaction++;
        return _tcp.Exchange(ModbusEncoder.ReadDeviceIdentificationRequest(id, _unit),
            ModbusEncoder.ReadDeviceIdentificationResponse(id, _unit, vendor, product, revision), Delay());
    }

    /// <summary>FC 17 report server id.</summary>
    public IReadOnlyList<SimPacket> ReportServerId(string description)
    {
        var id = _transaction++;
        return _tcp.Exchange(ModbusEncoder.ReportServerIdRequest(id, _unit), ModbusEncoder.ReportServerIdResponse(id, _unit, 0x01, description), Delay());
    }

    /// <summary>FC 6 write of one register (the PLC echoes the request).</summary>
    public IReadOnlyList<SimPacket> WriteSingle(ushort address, ushort value)
    {
        var request = ModbusEncoder.WriteSingleRegister(_transaction++, _unit, address, value);
        return _tcp.Exchange(request, request, Delay());
    }

    /// <summary>FC 16 write of consecutive registers.</summary>
    public IReadOnlyList<SimPacket> WriteMultiple(ushort start, IReadOnlyList<ushort> values)
    {
        var id = _transaction++;
        return _tcp.Exchange(ModbusEncoder.WriteMultipleRegistersRequest(id, _unit, start, values),
            ModbusEncoder.WriteMultipleRegistersResponse(id, _unit, start, (ushort)values.Count), Delay());
    }

    /// <summary>
    /// One FC 1–4 read addressed to <paramref name="unit"/>, answered by <paramref name="exceptionCode"/> when
    /// it is not zero, else with plausible values.
    /// </summary>
    public IReadOnlyList<SimPacket> Read(byte unit, byte function, ushort start, ushort count, byte exceptionCode)
    {
        var id = _transaction++;
        var request = ModbusEncoder.ReadRequest(id, unit, function, start, count);
        byte[] response;
        if (exceptionCode != 0)
        {
            response = ModbusEncoder.ExceptionResponse(id, unit, function, exceptionCode);
        }
        else if (function is 1 or 2)
        {
            response = ModbusEncoder.ReadBitsResponse(id, unit, function, _random.Bytes((count + 7) / 8));
        }
        else
        {
            response = ModbusEncoder.ReadRegistersResponse(id, unit, function, Enumerable.Range(0, count).Select(_ => (ushort)_random.Next(0, 4000)).ToList());
        }
        return _tcp.Exchange(request, response, Delay());
    }

    /// <summary>FC 5 write of one coil (the PLC echoes the request).</summary>
    public IReadOnlyList<SimPacket> WriteCoil(ushort address, bool on)
    {
        var request = ModbusEncoder.WriteSingleCoil(_transaction++, _unit, address, on);
        return _tcp.Exchange(request, request, Delay());
    }

    /// <summary>Closes the TCP connection from our side.</summary>
    public IReadOnlyList<SimPacket> Close() => _tcp.Close();

    private long Delay() => _random.Next(1, 6) * SimTime.Millisecond;
}
