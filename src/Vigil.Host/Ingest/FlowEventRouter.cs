using Vigil.Capture.Decoding;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;
using Vigil.Flows;
using Vigil.Host.Network;

namespace Vigil.Host.Ingest;

/// <summary>
/// The capture front-end's fan-out: turns flow reports into <see cref="FlowEvent"/>s, files each under
/// the device grains of its internal endpoints, and cuts the stream into steps of capture time
/// (or of at most <see cref="MaxEventsPerStep"/> events, so a burst cannot build an unbounded batch).
/// Runs on the reading thread; completed steps go to <see cref="StepReady"/>.
/// </summary>
public sealed class FlowEventRouter : IFlowSink
{
    public const int MaxEventsPerStep = 50_000;

    /// <summary>Names kept per device per step: a DNS server answering for one address a thousand times needs one.</summary>
    private const int MaxNamesPerDeviceStep = 8;

    private readonly NetworkMap _network;
    private readonly long _stepNs;
    private readonly Action<FlowRecord, ApplicationSummary?>? _onFinalFlow;
    private readonly AddressText _text = new();
    private readonly Dictionary<string, DeviceEvents> _pending = new(StringComparer.Ordinal);
    /// <summary>Cumulative byte counts last reported for flows that are still open, to compute what each report adds.</summary>
    private readonly Dictionary<ulong, (long Orig, long Resp)> _reported = [];
    private readonly Dictionary<string, string> _subnets = new(StringComparer.Ordinal);
    private long _stepEndNs = long.MinValue;
    private int _pendingEvents;

    public FlowEventRouter(NetworkMap network, TimeSpan step, Action<CaptureStep> stepReady, Action<FlowRecord, ApplicationSummary?>? onFinalFlow = null)
    {
        _network = network;
        _stepNs = step.Ticks * 100;
        StepReady = stepReady;
        _onFinalFlow = onFinalFlow;
    }

    public Action<CaptureStep> StepReady { get; }

    /// <summary>Every device seen so far, with its subnet.</summary>
    public IReadOnlyDictionary<string, string> Devices => _subnets;

    public long EventsRouted { get; private set; }

    /// <summary>Which internal addresses may become devices (what a spoofed-source flood is refused by).</summary>
    public DeviceAdmission Admission { get; } = new();

    /// <summary>Moves capture time forward; closes the current step when <paramref name="nowNs"/> passes its end.</summary>
    public void AdvanceTo(long nowNs)
    {
        if (_stepEndNs == long.MinValue)
        {
            _stepEndNs = (nowNs / _stepNs + 1) * _stepNs;
            return;
        }
        if (nowNs >= _stepEndNs)
        {
            CloseStep();
            _stepEndNs = (nowNs / _stepNs + 1) * _stepNs;
        }
    }

    public void OnFlow(FlowRecord flow, FlowUpdateKind kind)
    {
        var isFinal = kind == FlowUpdateKind.Final;
        // A source that sent one packet nobody answered may be spoofed: it becomes a device only within
        // the admission's cap on unconfirmed devices (see DeviceAdmission).
        var origIsDevice = _network.IsDevice(flow.Orig) && Admission.Admit(flow.Orig, confirmed: flow.OrigPkts >= 2 && flow.RespPkts >= 1);
        // An address that never answered is a target, not an observed device: a scan of a /16 must
        // not fill the inventory with 65,000 addresses nobody uses.
        var respIsDevice = flow.RespPkts > 0 && _network.IsDevice(flow.Resp) && Admission.Admit(flow.Resp, confirmed: true);
        var app = isFinal || origIsDevice || respIsDevice ? ApplicationSummaries.From(flow.Facts) : null;
        if (isFinal)
        {
            _onFinalFlow?.Invoke(flow, app);
        }
        if (!origIsDevice && !respIsDevice)
        {
            _reported.Remove(flow.Id);
            return;
        }
        var isFirst = !_reported.TryGetValue(flow.Id, out var before);
        // Across subnets one side's frames carry the router's MAC, and which side depends on where
        // the mirror port sits: only same-subnet flows say which MAC belongs to which address.
        var sameSubnet = _network.SubnetOf(flow.Orig) == _network.SubnetOf(flow.Resp);
        if (isFinal)
        {
            _reported.Remove(flow.Id);
        }
        else
        {
            _reported[flow.Id] = (flow.OrigBytes, flow.RespBytes);
        }
        var flowEvent = new FlowEvent
        {
            FlowId = flow.Id,
            StartNs = flow.StartNs,
            EndNs = flow.EndNs,
            Orig = _text.Of(flow.Orig),
            OrigPort = flow.OrigPort,
            Resp = _text.Of(flow.Resp),
            RespPort = flow.RespPort,
            Protocol = (byte)flow.Protocol,
            Vlan = flow.Vlan,
            OrigMac = sameSubnet ? flow.OrigMac.Value : 0,
            RespMac = sameSubnet ? flow.RespMac.Value : 0,
            State = ConnStateNames.Of(flow.State),
            Service = flow.Service,
            OrigBytes = flow.OrigBytes,
            RespBytes = flow.RespBytes,
            OrigPkts = flow.OrigPkts,
            RespPkts = flow.RespPkts,
            NewOrigBytes = flow.OrigBytes - before.Orig,
            NewRespBytes = flow.RespBytes - before.Resp,
            IsFirst = isFirst,
            IsFinal = isFinal,
            OrigInternal = _network.IsInternal(flow.Orig),
            RespInternal = _network.IsInternal(flow.Resp),
            App = app,
        };
        if (origIsDevice)
        {
            File(flowEvent.Orig, flow.Orig, flowEvent);
        }
        if (respIsDevice && flow.Resp != flow.Orig)
        {
            File(flowEvent.Resp, flow.Resp, flowEvent);
        }
        if (app is not null)
        {
            FileNames(app);
        }
        if (_pendingEvents >= MaxEventsPerStep)
        {
            CloseStep();
        }
    }

    /// <summary>Sends what is pending as a last step.</summary>
    public void Complete() => CloseStep();

    private void File(string device, NetAddress address, FlowEvent flowEvent)
    {
        Pending(device, address).Events.Add(flowEvent);
        _pendingEvents++;
        EventsRouted++;
    }

    private DeviceEvents Pending(string device, NetAddress address)
    {
        if (!_pending.TryGetValue(device, out var events))
        {
            if (!_subnets.TryGetValue(device, out var subnet))
            {
                subnet = _network.SubnetOf(address).ToString();
                _subnets[device] = subnet;
            }
            events = new DeviceEvents(device, subnet, []);
            _pending[device] = events;
        }
        return events;
    }

    /// <summary>DNS answers and DHCP leases name devices other than the flow's endpoints: pass the names on.</summary>
    private void FileNames(ApplicationSummary app)
    {
        foreach (var (name, address) in app.DnsAnswers)
        {
            Name(address, name, "dns");
        }
        if (app.DhcpHostName is { } host && app.DhcpAddress is { } leased)
        {
            Name(leased, host, "dhcp");
        }
    }

    private void Name(string addressText, string name, string source)
    {
        if (!NetAddress.TryParse(addressText, out var address) || !_network.IsDevice(address) || !Admission.Admit(address, confirmed: false))
        {
            return;
        }
        var names = Pending(_text.Of(address), address).Names;
        var observation = new NameObservation(name, source);
        if (names.Count < MaxNamesPerDeviceStep && !names.Contains(observation))
        {
            names.Add(observation);
        }
    }

    private void CloseStep()
    {
        if (_pending.Count == 0)
        {
            return;
        }
        StepReady(new CaptureStep(_stepEndNs, [.. _pending.Values], _pendingEvents));
        _pending.Clear();
        _pendingEvents = 0;
    }
}
