using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Vigil.Cluster.Metrics;

/// <summary>
/// Wraps the silo's model storage (PostgreSQL) to count checkpoint writes and to turn a storage outage
/// into two log lines — when writes start failing and when they succeed again — instead of one error
/// per grain. It never hides a failure: the grain still sees it and keeps its model in memory.
/// </summary>
public sealed class MeteredGrainStorage(IGrainStorage inner, VigilMetrics metrics, ILoggerFactory logs) : IGrainStorage
{
    /// <summary>
    /// The category of this wrapper's own lines. Orleans logs every failed write with its stack trace under
    /// the provider's type name; the silo silences that category and keeps this one.
    /// </summary>
    public const string LogCategory = "Vigil.Storage";

    private readonly ILogger _logger = logs.CreateLogger(LogCategory);
    private readonly object _gate = new();
    private Stopwatch? _outage;
    private long _failedWrites;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var type = grainId.Type.ToString() ?? "";
        try
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
        }
        catch (Exception error) when (error is not InconsistentStateException)
        {
            metrics.CheckpointFailed(type);
            Failed(grainId, error);
            throw;
        }
        metrics.CheckpointWritten(type);
        Succeeded();
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    private void Failed(GrainId grainId, Exception error)
    {
        lock (_gate)
        {
            _failedWrites++;
            if (_outage is not null)
            {
                return;
            }
            _outage = Stopwatch.StartNew();
        }
        _logger.LogWarning("Checkpoints failing, first {Grain}: {Error}; models stay in memory and are written again once storage answers",
            grainId, error.GetBaseException().Message.Split('\n')[0]);
    }

    private void Succeeded()
    {
        long failed;
        TimeSpan lasted;
        lock (_gate)
        {
            if (_outage is null)
            {
                return;
            }
            failed = _failedWrites;
            lasted = _outage.Elapsed;
            _outage = null;
            _failedWrites = 0;
        }
        _logger.LogWarning("Checkpoints resumed after {Seconds:F1}s: {Failed} writes had failed meanwhile", lasted.TotalSeconds, failed);
    }
}
