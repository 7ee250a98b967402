using Vigil.Contracts.Flows;

namespace Vigil.Detection.Devices;

/// <summary>Names a service the way every model and the inventory do: "tcp/502", "udp/47808", "icmp".</summary>
public static class ServiceKey
{
    private static readonly string[] TcpKeys = Build("tcp");
    private static readonly string[] UdpKeys = Build("udp");

    public static string Of(FlowEvent flow) => flow.Protocol switch
    {
        6 => TcpKeys[flow.RespPort],
        17 => UdpKeys[flow.RespPort],
        1 or 58 => "icmp",
        var other => $"ip/{other}",
    };

    private static string[] Build(string transport)
    {
        var keys = new string[65536];
        for (var port = 0; port < keys.Length; port++)
        {
            keys[port] = $"{transport}/{port}";
        }
        return keys;
    }
}
