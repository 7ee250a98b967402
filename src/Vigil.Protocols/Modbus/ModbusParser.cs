using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Modbus;

/// <summary>
/// Modbus/TCP state for one flow. Requests (originator → server) count <c>modbus/&lt;fc&gt;</c>;
/// FC 43 also counts <c>mei/&lt;mei type&gt;</c> and FC 90 (Schneider UMAS) <c>umas/&lt;sub-function&gt;</c>.
/// Exception responses are not requests: they count <c>modbus_exception/&lt;exception code&gt;</c>.
/// Read Device Identification responses fill the responder identity.
/// </summary>
public sealed class ModbusParser : FramedStreamParser
{
    /// <summary>Unanswered requests tracked per flow (Suricata's cap); past it tracking restarts with an anomaly.</summary>
    public const int MaxPendingRequests = 500;

    private static readonly KeyTable Functions = new("modbus/");
    private static readonly KeyTable MeiTypes = new("mei/");
    private static readonly KeyTable UmasFunctions = new("umas/");
    private static readonly KeyTable Exceptions = new("modbus_exception/");

    private readonly HashSet<ushort> _pending = [];

    /// <inheritdoc />
    protected override string Protocol => "modbus";

    /// <inheritdoc />
    protected override int MaxFrameBytes => MbapReader.MaxFrameLength;

    /// <inheritdoc />
    protected override FrameStatus ReadFrameLength(ReadOnlySpan<byte> input, out int frameLength) =>
        MbapReader.ReadLength(input, out frameLength);

    /// <inheritdoc />
    protected override void OnFrame(Direction direction, ReadOnlySpan<byte> frame, long timestampNs, FlowFacts facts)
    {
        if (MbapReader.TryRead(frame, out var adu, out _) != FrameStatus.Complete)
        {
            return;
        }
        if (direction == Direction.FromOriginator)
        {
            OnRequest(adu, timestampNs, facts);
        }
        else
        {
            OnResponse(adu, timestampNs, facts);
        }
    }

    private void OnRequest(MbapFrame adu, long timestampNs, FlowFacts facts)
    {
        if (adu.Function is 0 or >= 0x80)
        {
            facts.AddAnomaly(Protocol, "invalid_function_code", timestampNs);
            return;
        }
        facts.AddOperation(Functions[adu.Function]);
        if (adu.Function == 43 && adu.Data.Length >= 1)
        {
            facts.AddOperation(MeiTypes[adu.Data[0]]);
        }
        else if (adu.Function == 90 && adu.Data.Length >= 2)
        {
            // UMAS request: pairing key, then the UMAS function code.
            facts.AddOperation(UmasFunctions[adu.Data[1]]);
        }
        if (_pending.Count >= MaxPendingRequests)
        {
            facts.AddAnomaly(Protocol, "too_many_pending_requests", timestampNs);
            _pending.Clear();
        }
        _pending.Add(adu.TransactionId);
    }

    private void OnResponse(MbapFrame adu, long timestampNs, FlowFacts facts)
    {
        if (!_pending.Remove(adu.TransactionId))
        {
            facts.AddAnomaly(Protocol, "unsolicited_response", timestampNs);
        }
        if (adu.Function >= 0x80)
        {
            if (adu.Data.Length >= 1)
            {
                facts.AddOperation(Exceptions[adu.Data[0]]);
            }
            return;
        }
        if (adu.Function == 43 && ModbusDeviceIdReader.TryRead(adu.Data, out var identity))
        {
            facts.ResponderIdentity = identity;
        }
    }
}
