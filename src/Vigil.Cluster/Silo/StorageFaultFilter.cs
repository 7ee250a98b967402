using System.Data.Common;

namespace Vigil.Cluster.Silo;

/// <summary>
/// Turns a database failure inside a grain call (a grain that cannot load its state while PostgreSQL is
/// down, an alert that cannot be stored) into an <see cref="OrleansException"/> saying so. Npgsql's own
/// exceptions cannot be serialised back to a sensor — it would fail to read the answer instead of
/// seeing a fault worth retrying.
/// </summary>
public sealed class StorageFaultFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception error) when (DatabaseCause(error) is { } cause)
        {
            throw new OrleansException($"Storage unavailable in {context.TargetId}: {cause.GetType().Name}: {cause.Message.Split('\n')[0]}");
        }
    }

    private static DbException? DatabaseCause(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is DbException database)
            {
                return database;
            }
        }
        return null;
    }
}
