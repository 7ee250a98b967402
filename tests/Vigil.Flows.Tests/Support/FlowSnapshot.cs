using Vigil.Capture.Decoding;

namespace Vigil.Flows.Tests.Support;

/// <summary>A copy of one report: the tracker keeps changing its <see cref="FlowRecord"/> after an interim report.</summary>
internal sealed record FlowSnapshot(
    FlowUpdateKind Kind,
    ulong Id,
    long StartNs,
    long EndNs,
    NetAddress Orig,
    ushort OrigPort,
    NetAddress Resp,
    ushort RespPort,
    TransportProtocol Protocol,
    ConnState State,
    string History,
    long OrigBytes,
    long RespBytes,
    long OrigPkts,
    long RespPkts,
    bool HasFacts)
{
    public static FlowSnapshot Of(FlowRecord r, FlowUpdateKind kind) => new(
        kind, r.Id, r.StartNs, r.EndNs, r.Orig, r.OrigPort, r.Resp, r.RespPort, r.Protocol,
        r.State, r.History, r.OrigBytes, r.RespBytes, r.OrigPkts, r.RespPkts, r.Facts is not null);
}
