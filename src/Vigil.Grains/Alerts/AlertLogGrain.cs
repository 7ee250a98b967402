using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Vigil.Contracts.Alerts;

namespace Vigil.Grains.Alerts;

/// <summary>
/// The estate's alert log, bounded to the last <see cref="Capacity"/> alerts. An analyst's
/// acknowledgement is written through: it must not be lost to a crash. Appends are checkpointed every
/// <see cref="CheckpointEveryAppends"/> batches and on deactivation — writing the whole log per step
/// made storage the bottleneck of ingest. When the silo has an <see cref="IAlertArchive"/> (a cluster on
/// PostgreSQL), alerts go there first and durably, and only the ones it did not already hold enter the
/// log, so a replayed step does not list a breach twice.
/// </summary>
public sealed class AlertLogGrain(
    [PersistentState("alerts", StorageNames.Models)] IPersistentState<AlertLogState> state) : Grain, IAlertLogGrain
{
    public const int Capacity = 10_000;
    public const int CheckpointEveryAppends = 32;

    private int _appendsSinceCheckpoint;

    public async Task<IReadOnlyList<AlertRecord>> AppendAsync(IReadOnlyList<Alert> alerts)
    {
        if (ServiceProvider.GetService<IAlertArchive>() is { } archive && alerts.Count > 0)
        {
            alerts = await archive.StoreAsync(alerts, CancellationToken.None);
        }
        if (alerts.Count == 0)
        {
            return [];
        }
        var log = state.State;
        var added = new AlertRecord[alerts.Count];
        for (var i = 0; i < alerts.Count; i++)
        {
            added[i] = new AlertRecord { Id = ++log.LastId, Alert = alerts[i] };
        }
        log.Records.AddRange(added);
        if (log.Records.Count > Capacity)
        {
            log.Records.RemoveRange(0, log.Records.Count - Capacity);
        }
        if (++_appendsSinceCheckpoint >= CheckpointEveryAppends)
        {
            await CheckpointAsync();
        }
        return added;
    }

    public Task<AlertPage> QueryAsync(AlertQuery query)
    {
        var records = state.State.Records;
        IEnumerable<AlertRecord> ordered = query.NewestFirst ? Enumerable.Reverse(records) : records;
        var matches = ordered.Where(r => Matches(r, query)).ToList();
        var page = matches.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToArray();
        return Task.FromResult(new AlertPage { Total = matches.Count, Items = page, LastId = state.State.LastId });
    }

    public Task<AlertRecord?> GetAsync(long id) => Task.FromResult(Find(id) is var index and >= 0 ? state.State.Records[index] : null);

    public async Task<AlertRecord?> AcknowledgeAsync(long id, AlertAcknowledgement acknowledgement)
    {
        var index = Find(id);
        if (index < 0)
        {
            return null;
        }
        var record = state.State.Records[index] with { Acknowledgement = acknowledgement };
        state.State.Records[index] = record;
        await CheckpointAsync();
        return record;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_appendsSinceCheckpoint > 0)
        {
            await CheckpointAsync();
        }
    }

    private async Task CheckpointAsync()
    {
        await state.WriteStateAsync();
        _appendsSinceCheckpoint = 0;
    }

    /// <summary>Ids increase along the list, so a binary search finds one.</summary>
    private int Find(long id)
    {
        var records = state.State.Records;
        int low = 0, high = records.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var at = records[middle].Id;
            if (at == id)
            {
                return middle;
            }
            if (at < id)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return -1;
    }

    private static bool Matches(AlertRecord record, AlertQuery query) =>
        (query.Model is null || string.Equals(record.Alert.Model, query.Model, StringComparison.Ordinal))
        && (query.Device is null || string.Equals(record.Alert.Device, query.Device, StringComparison.Ordinal))
        && (query.SinceNs is null || record.Alert.TimeNs >= query.SinceNs.Value)
        && (query.AfterId is null || record.Id > query.AfterId.Value);
}
