using Vigil.Contracts.Flows;

namespace Vigil.Detection.Devices;

/// <summary>
/// How the models read a flow report from the acting device's side. Captures taken per VLAN on a
/// routed network can show each direction of a conversation as its own flow (the originator's
/// packets on its VLAN, the answers on the other); these helpers keep such halves from being
/// mistaken for new attempts or for failures.
/// </summary>
public static class FlowRoles
{
    /// <summary>The device originated the flow and sent at least one packet of it on this capture point.</summary>
    public static bool IsActing(FlowEvent flow, string device) => flow.Orig == device && !IsResponseHalf(flow);

    /// <summary>Only the responder's packets were seen: the other half of an asymmetric capture.</summary>
    public static bool IsResponseHalf(FlowEvent flow) => flow.OrigPkts == 0 && flow.RespPkts > 0;

    /// <summary>
    /// A finished attempt that got no service. An originator that sent payload evidently completed
    /// the handshake (the answer was captured elsewhere), so that is not a failure.
    /// </summary>
    public static bool IsFailed(FlowEvent flow) => flow.IsFinal && flow.IsFailedAttempt && flow.OrigBytes == 0;

    /// <summary>The originator sent payload: a conversation, not a probe (over TCP the handshake completed).</summary>
    public static bool IsConversation(FlowEvent flow) => flow.OrigBytes > 0;

    /// <summary>The peer of <paramref name="device"/> in the flow.</summary>
    public static string PeerOf(FlowEvent flow, string device) => flow.Orig == device ? flow.Resp : flow.Orig;
}
