using Orleans.Runtime;
using Orleans.Storage;

namespace Vigil.Grains;

/// <summary>
/// The checkpoint a grain takes in the middle of a step. If storage is down (PostgreSQL restarting) the
/// step must still succeed: its effect is already in the grain's memory, and failing it would make the
/// sensor send the whole step again to every device of it. So the write is tried, and on failure the
/// grain keeps counting steps and its timer tries again; the silo's storage logs the outage.
/// </summary>
public static class StepCheckpoint
{
    /// <summary>True when the state was written; false when storage failed (anything but a lost ETag race, which means another activation owns the grain and must propagate).</summary>
    public static async Task<bool> TryWriteAsync<T>(IPersistentState<T> state)
    {
        try
        {
            await state.WriteStateAsync();
            return true;
        }
        catch (Exception error) when (error is not InconsistentStateException)
        {
            return false;
        }
    }
}
