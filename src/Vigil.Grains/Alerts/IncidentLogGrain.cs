using Orleans.Runtime;
using Vigil.Contracts.Alerts;

namespace Vigil.Grains.Alerts;

/// <summary>
/// The estate's incident log, bounded to the last <see cref="Capacity"/> incidents. The ingest upserts the
/// stories a step changed (rare next to flows); every change and every analyst action is written through,
/// as in the alert log. Ids are given on first sight and never change while a story grows; when two
/// stories join, the older id survives and the younger one answers the survivor.
/// </summary>
public sealed class IncidentLogGrain(
    [PersistentState("incidents", StorageNames.Models)] IPersistentState<IncidentLogState> state) : Grain, IIncidentLogGrain
{
    public const int Capacity = 2_000;
    /// <summary>A story's timeline is cut here: the start and the latest breaches are what an analyst reads.</summary>
    public const int MaxTimeline = 500;
    public const int MaxComments = 200;

    public async Task<IReadOnlyDictionary<string, string>> UpsertAsync(IReadOnlyList<IncidentUpdate> updates)
    {
        var log = state.State;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var update in updates)
        {
            if (!log.Ids.TryGetValue(update.Key, out var id))
            {
                id = $"INC-{++log.LastNumber:D4}";
                log.Ids[update.Key] = id;
                log.Records.Add(new IncidentRecord { Id = id, Key = update.Key, Incident = Labelled(update.Incident, id) });
            }
            var index = IndexOf(id);
            if (index < 0)
            {
                // Evicted meanwhile: the story came back after capacity pushed it out; give it a fresh record.
                log.Records.Add(new IncidentRecord { Id = id, Key = update.Key, Incident = Labelled(update.Incident, id) });
                index = log.Records.Count - 1;
            }
            var record = log.Records[index] with { Incident = Labelled(update.Incident, id) };
            foreach (var mergedKey in update.MergedKeys)
            {
                record = Absorb(record, mergedKey);
            }
            log.Records[IndexOf(id)] = record;
            ids[update.Key] = id;
            foreach (var mergedKey in update.MergedKeys)
            {
                ids[mergedKey] = id;
            }
        }
        Evict();
        await state.WriteStateAsync();
        return ids;
    }

    public Task<IncidentPage> QueryAsync(IncidentQuery query)
    {
        var matches = state.State.Records.Where(r => Matches(r, query));
        var ordered = query.Recent
            ? matches.OrderByDescending(r => r.Incident.EndNs).ThenByDescending(r => r.Id, StringComparer.Ordinal)
            : matches.OrderByDescending(r => r.Incident.Score).ThenByDescending(r => r.Incident.EndNs).ThenBy(r => r.Id, StringComparer.Ordinal);
        var list = ordered.ToList();
        var page = list.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToArray();
        return Task.FromResult(new IncidentPage { Total = list.Count, Items = page });
    }

    public Task<IncidentRecord?> GetAsync(string id) => Task.FromResult(IndexOf(Resolve(id)) is var index and >= 0 ? state.State.Records[index] : null);

    public Task<IncidentRecord?> AcknowledgeAsync(string id, AlertAcknowledgement acknowledgement) =>
        ChangeAsync(id, r => r with { Acknowledgement = acknowledgement });

    public Task<IncidentRecord?> CommentAsync(string id, IncidentComment comment) =>
        ChangeAsync(id, r => r with { Comments = [.. r.Comments.TakeLast(MaxComments - 1), comment] });

    private async Task<IncidentRecord?> ChangeAsync(string id, Func<IncidentRecord, IncidentRecord> change)
    {
        var index = IndexOf(Resolve(id));
        if (index < 0)
        {
            return null;
        }
        var record = change(state.State.Records[index]);
        state.State.Records[index] = record;
        await state.WriteStateAsync();
        return record;
    }

    /// <summary>Folds the record of <paramref name="mergedKey"/> into <paramref name="survivor"/>: its analysts' work is kept, its id redirects.</summary>
    private IncidentRecord Absorb(IncidentRecord survivor, string mergedKey)
    {
        var log = state.State;
        if (!log.Ids.TryGetValue(mergedKey, out var mergedId) || mergedId == survivor.Id)
        {
            log.Ids[mergedKey] = survivor.Id;
            return survivor;
        }
        log.Ids[mergedKey] = survivor.Id;
        log.MergedInto[mergedId] = survivor.Id;
        var index = IndexOf(mergedId);
        if (index < 0)
        {
            return survivor with { Merged = [.. survivor.Merged, mergedId] };
        }
        var absorbed = log.Records[index];
        log.Records.RemoveAt(index);
        return survivor with
        {
            Merged = [.. survivor.Merged, mergedId, .. absorbed.Merged],
            Comments = [.. survivor.Comments.Concat(absorbed.Comments).OrderBy(c => c.AtUnixMs).TakeLast(MaxComments)],
            // An acknowledgement of part of the story does not cover what was added to it: keep only the survivor's.
            Acknowledgement = survivor.Acknowledgement,
        };
    }

    private void Evict()
    {
        var log = state.State;
        var excess = log.Records.Count - Capacity;
        if (excess <= 0)
        {
            return;
        }
        var gone = log.Records.Take(excess).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        log.Records.RemoveRange(0, excess);
        foreach (var key in log.Ids.Where(p => gone.Contains(p.Value)).Select(p => p.Key).ToArray())
        {
            log.Ids.Remove(key);
        }
        foreach (var merged in log.MergedInto.Where(p => gone.Contains(p.Value)).Select(p => p.Key).ToArray())
        {
            log.MergedInto.Remove(merged);
        }
    }

    private string Resolve(string id)
    {
        // Merges can chain (A into B, B into C); the bound guards against a cycle in damaged state.
        for (var hops = 0; hops < 16 && state.State.MergedInto.TryGetValue(id, out var next); hops++)
        {
            id = next;
        }
        return id;
    }

    private int IndexOf(string id) => state.State.Records.FindIndex(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    private static Incident Labelled(Incident incident, string id) => incident with
    {
        Id = id,
        Timeline = [.. incident.Timeline.Take(MaxTimeline).Select(a => a with { Incident = id })],
    };

    private static bool Matches(IncidentRecord record, IncidentQuery query) =>
        (query.Type is null || string.Equals(record.Incident.Type, query.Type, StringComparison.Ordinal))
        // A device is in an incident as an actor (it raised an alert) or as a target (an alert's peer).
        && (query.Device is null || record.Incident.Devices.Contains(query.Device, StringComparer.Ordinal)
            || record.Incident.Timeline.Any(a => a.Peers.Contains(query.Device, StringComparer.Ordinal)))
        && (query.SinceNs is null || record.Incident.EndNs >= query.SinceNs.Value)
        && (query.MinScore is null || record.Incident.Score >= query.MinScore.Value)
        && (query.Acknowledged is null || (record.Acknowledgement is not null) == query.Acknowledged.Value);
}
