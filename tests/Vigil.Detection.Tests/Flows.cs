using Vigil.Contracts.Flows;

namespace Vigil.Detection.Tests;

/// <summary>Flow reports with a known outcome, for model tests.</summary>
internal static class Flows
{
    public const long Second = 1_000_000_000L;
    public const long Minute = 60 * Second;
    public const long Hour = 60 * Minute;

    public static FlowEvent Final(long t, string orig, string resp, ushort port, string state, bool respInternal = true, long origBytes = 100, long respBytes = 200) => new()
    {
        StartNs = t,
        EndNs = t + Second,
        Orig = orig,
        OrigPort = 40000,
        Resp = resp,
        RespPort = port,
        Protocol = 6,
        State = state,
        OrigBytes = origBytes,
        RespBytes = state == "SF" ? respBytes : 0,
        NewOrigBytes = origBytes,
        NewRespBytes = state == "SF" ? respBytes : 0,
        OrigPkts = 3,
        RespPkts = state is "SF" or "REJ" ? 3 : 0,
        IsFirst = true,
        IsFinal = true,
        OrigInternal = true,
        RespInternal = respInternal,
    };
}
