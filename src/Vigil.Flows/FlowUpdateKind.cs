namespace Vigil.Flows;

/// <summary>Why a flow is being reported.</summary>
public enum FlowUpdateKind : byte
{
    /// <summary>The flow is still open; counters are cumulative since its start (long-lived ICS polling).</summary>
    Interim,
    /// <summary>The flow ended (FIN/RST exchange, idle timeout, eviction, or end of capture): its last report.</summary>
    Final,
}
