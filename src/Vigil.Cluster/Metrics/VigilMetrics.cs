using System.Diagnostics.Metrics;

namespace Vigil.Cluster.Metrics;

/// <summary>
/// Vigil's own instruments on a silo, exported next to Orleans' meters at <c>/metrics</c>: the ingest
/// (device steps, flow events, alerts) and the storage (checkpoint writes and failures, alerts stored
/// or recognised as repeats). Counters only: rates and ratios are the scraper's business.
/// </summary>
public sealed class VigilMetrics : IDisposable
{
    /// <summary>The meter name to subscribe to.</summary>
    public const string MeterName = "Vigil";

    private readonly Meter _meter;
    private readonly Counter<long> _steps;
    private readonly Counter<long> _flowEvents;
    private readonly Counter<long> _alerts;
    private readonly Counter<long> _checkpoints;
    private readonly Counter<long> _checkpointFailures;
    private readonly Counter<long> _alertsStored;
    private readonly Counter<long> _alertsRepeated;

    public VigilMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _steps = _meter.CreateCounter<long>("vigil.device.steps", "{step}", "Steps judged by the device grains of this silo.");
        _flowEvents = _meter.CreateCounter<long>("vigil.flow.events", "{event}", "Flow events those steps carried.");
        _alerts = _meter.CreateCounter<long>("vigil.alerts.raised", "{alert}", "Alerts the device grains of this silo raised.");
        _checkpoints = _meter.CreateCounter<long>("vigil.checkpoint.writes", "{write}", "Model checkpoints written to storage.");
        _checkpointFailures = _meter.CreateCounter<long>("vigil.checkpoint.failures", "{write}", "Model checkpoints storage refused or could not be reached for.");
        _alertsStored = _meter.CreateCounter<long>("vigil.alerts.stored", "{alert}", "Alerts written to vigil_alerts (new breaches or episode updates).");
        _alertsRepeated = _meter.CreateCounter<long>("vigil.alerts.repeated", "{alert}", "Alerts already in vigil_alerts (replayed steps), not stored again.");
    }

    public void StepJudged(int flowEvents, int alerts)
    {
        _steps.Add(1);
        _flowEvents.Add(flowEvents);
        if (alerts > 0)
        {
            _alerts.Add(alerts);
        }
    }

    /// <summary>Alerts raised outside the device steps (a subnet's Network Scan).</summary>
    public void AlertsRaised(int alerts) => _alerts.Add(alerts);

    public void CheckpointWritten(string grainType) => _checkpoints.Add(1, new KeyValuePair<string, object?>("grain_type", grainType));

    public void CheckpointFailed(string grainType) => _checkpointFailures.Add(1, new KeyValuePair<string, object?>("grain_type", grainType));

    public void AlertsStored(int stored, int repeated)
    {
        _alertsStored.Add(stored);
        _alertsRepeated.Add(repeated);
    }

    public void Dispose() => _meter.Dispose();
}
