using Vigil.Flows;

namespace Vigil.Host.Ingest;

/// <summary>Zeek's spelling of each connection state, made once instead of per flow.</summary>
public static class ConnStateNames
{
    private static readonly string[] Names = Enum.GetValues<ConnState>().Select(s => s.ToString()).ToArray();

    public static string Of(ConnState state) => (int)state < Names.Length ? Names[(int)state] : state.ToString();
}
