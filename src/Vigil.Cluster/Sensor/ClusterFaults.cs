namespace Vigil.Cluster.Sensor;

/// <summary>Which failures of a grain call mean "the cluster is (for now) unreachable" and are worth retrying.</summary>
public static class ClusterFaults
{
    public static bool IsTransient(Exception error) => error switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        // Gateway lost, silo declared dead, message rejected, storage conflict after a failover: all OrleansException.
        OrleansException or TimeoutException or System.Net.Sockets.SocketException or ObjectDisposedException => true,
        _ => false,
    };
}
