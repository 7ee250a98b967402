using Vigil.Contracts.Alerts;

namespace Vigil.Grains.Alerts;

/// <summary>
/// A durable store of alerts behind the <see cref="AlertLogGrain"/>, keyed by what makes an alert the
/// same breach — device, model and the capture time it fired at — so a step replayed after a failover
/// (or retried by a sensor) cannot store one breach twice. A cluster's silo registers one (PostgreSQL);
/// the in-process `analyze` has none and keeps every alert.
/// </summary>
public interface IAlertArchive
{
    /// <summary>
    /// Stores the alerts and returns, in their order, those that were new — or that move an open
    /// episode's end forward (updates) — leaving out the ones the archive already held.
    /// </summary>
    Task<IReadOnlyList<Alert>> StoreAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellation);
}
