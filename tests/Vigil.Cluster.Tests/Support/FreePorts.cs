using System.Net;
using System.Net.Sockets;

namespace Vigil.Cluster.Tests.Support;

/// <summary>Loopback ports nobody listens on; every silo of every test gets its own (Linux lets two silos share one silently).</summary>
internal static class FreePorts
{
    private static readonly HashSet<int> Handed = [];

    public static int Next()
    {
        lock (Handed)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
