using System.Text.Json;
using Vigil.Capture.Decoding;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Time;
using Vigil.Flows;
using Vigil.Host.Ingest;

namespace Vigil.Host.Output;

/// <summary>Writes flows.jsonl: one line per finished flow, in the order flows finished.</summary>
public sealed class FlowLog(string path) : IDisposable
{
    private readonly JsonLinesFile _file = new(path);

    public long Flows => _file.Lines;

    public void Write(FlowRecord flow, ApplicationSummary? app) => _file.WriteLine((flow, app), WriteFlow);

    public void Dispose() => _file.Dispose();

    private static void WriteFlow(Utf8JsonWriter json, (FlowRecord Flow, ApplicationSummary? App) item)
    {
        var flow = item.Flow;
        json.WriteString("start", CaptureTime.ToIso(flow.StartNs));
        json.WriteString("end", CaptureTime.ToIso(flow.EndNs));
        json.WriteString("src", flow.Orig.ToString());
        json.WriteNumber("sport", flow.OrigPort);
        json.WriteString("dst", flow.Resp.ToString());
        json.WriteNumber("dport", flow.RespPort);
        json.WriteString("proto", ProtocolName(flow.Protocol));
        json.WriteNumber("vlan", flow.Vlan);
        json.WriteString("state", ConnStateNames.Of(flow.State));
        json.WriteString("history", flow.History);
        if (flow.Service is { } service)
        {
            json.WriteString("service", service);
        }
        else
        {
            json.WriteNull("service");
        }
        json.WriteNumber("orig_bytes", flow.OrigBytes);
        json.WriteNumber("resp_bytes", flow.RespBytes);
        json.WriteNumber("orig_pkts", flow.OrigPkts);
        json.WriteNumber("resp_pkts", flow.RespPkts);
        if (flow.OrigMac.Value != 0)
        {
            json.WriteString("src_mac", flow.OrigMac.ToString());
            json.WriteString("dst_mac", flow.RespMac.ToString());
        }
        if (item.App is { } app)
        {
            ApplicationJson.Write(json, app);
        }
    }

    private static string ProtocolName(TransportProtocol protocol) => protocol switch
    {
        TransportProtocol.Tcp => "tcp",
        TransportProtocol.Udp => "udp",
        TransportProtocol.Icmp => "icmp",
        TransportProtocol.Icmpv6 => "icmp6",
        var other => ((byte)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
