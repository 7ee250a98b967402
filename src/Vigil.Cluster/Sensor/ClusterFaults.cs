namespace Vigil.Cluster.Sensor;

/// <summary>Which failures of a grain call mean "the cluster is (for now) unreachable" and are worth retrying.</summary>
public static class ClusterFaults
{
    public static bool IsTransient(Exception error) => error switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        // Gateway lost, silo declared dead, message rejected, storage conflict after a failover: all OrleansException.
        OrleansException or TimeoutException or System.Net.Sockets.SocketException or ObjectDisposedException => true,
        // PostgreSQL down or restarting under a silo (a grain's state could not be read or written): the
        // cluster is up but cannot take the step yet; it will once the database answers again.
        System.Data.Common.DbException or IOException => true,
        // The same, from a silo whose exception type this process cannot rebuild.
        Orleans.Serialization.UnavailableExceptionFallbackException => true,
        _ => false,
    };

    /// <summary>One line for a log: Orleans puts whole inner stack traces into some messages.</summary>
    public static string Describe(Exception error)
    {
        var message = error.GetBaseException().Message;
        var cut = message.IndexOfAny(['\r', '\n']);
        var at = message.IndexOf("   at ", StringComparison.Ordinal);
        var end = new[] { cut, at, 300 }.Where(i => i > 0).Min();
        return $"{error.GetBaseException().GetType().Name}: {message[..Math.Min(end, message.Length)].Trim()}";
    }
}
