using System.Collections.Concurrent;
using Orleans.Storage;

/// <summary>
/// Grain storage that keeps, per grain, the bytes the silo's serializer wrote — what PostgreSQL would
/// store — so the bench can weigh each device's checkpoint exactly.
/// </summary>
internal sealed class RecordingGrainStorage(IGrainStorageSerializer serializer) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string State, GrainId Grain), BinaryData> _rows = new();
    private long _etag;

    public IGrainStorageSerializer Serializer => serializer;

    /// <summary>The last write of every grain with state <paramref name="stateName"/>.</summary>
    public IEnumerable<(GrainId Grain, BinaryData Bytes)> Rows(string stateName) =>
        _rows.Where(row => row.Key.State == stateName).Select(row => (row.Key.Grain, row.Value));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_rows.TryGetValue((stateName, grainId), out var bytes))
        {
            grainState.State = serializer.Deserialize<T>(bytes);
            grainState.RecordExists = true;
            grainState.ETag = Interlocked.Increment(ref _etag).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _rows[(stateName, grainId)] = serializer.Serialize(grainState.State);
        grainState.RecordExists = true;
        grainState.ETag = Interlocked.Increment(ref _etag).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _rows.TryRemove((stateName, grainId), out _);
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
