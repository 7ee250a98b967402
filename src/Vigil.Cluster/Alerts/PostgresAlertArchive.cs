using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Vigil.Cluster.Metrics;
using Vigil.Contracts.Alerts;
using Vigil.Grains.Alerts;

namespace Vigil.Cluster.Alerts;

/// <summary>
/// The cluster's <see cref="IAlertArchive"/>: the table <c>vigil_alerts</c> (deploy/postgres/005). Each
/// alert is an insert that does nothing when its breach is already stored, or an update when it moves
/// the stored episode's end forward; what PostgreSQL reports back is exactly the set of new alerts.
/// </summary>
public sealed class PostgresAlertArchive(
    NpgsqlDataSource database,
    IOptions<ClusterOptions> cluster,
    VigilMetrics metrics,
    ILogger<PostgresAlertArchive> logger) : IAlertArchive
{
    private const string Upsert = """
        INSERT INTO vigil_alerts AS a (service_id, device, model, time_ns, alert_time, end_ns, score, summary, evidence, peers, incident)
        VALUES (@service, @device, @model, @time, to_timestamp(@time::double precision / 1e9), @end, @score, @summary, @evidence, @peers, @incident)
        ON CONFLICT (service_id, device, model, time_ns) DO UPDATE
            SET end_ns = EXCLUDED.end_ns, score = EXCLUDED.score, summary = EXCLUDED.summary, evidence = EXCLUDED.evidence,
                peers = EXCLUDED.peers, incident = COALESCE(EXCLUDED.incident, a.incident), updates = a.updates + 1, updated_at = now()
            WHERE EXCLUDED.end_ns > a.end_ns
        RETURNING 1
        """;

    public async Task<IReadOnlyList<Alert>> StoreAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellation)
    {
        // A batch that repeats a breach (an alert and its update in one step) is folded to its latest end, so it counts once.
        var distinct = alerts
            .GroupBy(a => (a.Device, a.Model, a.TimeNs))
            .Select(g => g.MaxBy(a => a.EndNs)!)
            .ToList();
        await using var connection = await database.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var alert in distinct)
        {
            var command = new NpgsqlBatchCommand(Upsert);
            command.Parameters.AddWithValue("service", cluster.Value.ServiceId);
            command.Parameters.AddWithValue("device", alert.Device);
            command.Parameters.AddWithValue("model", alert.Model);
            command.Parameters.AddWithValue("time", alert.TimeNs);
            command.Parameters.AddWithValue("end", Math.Max(alert.EndNs, alert.TimeNs));
            command.Parameters.AddWithValue("score", alert.Score);
            command.Parameters.AddWithValue("summary", alert.Summary);
            command.Parameters.AddWithValue("evidence", alert.EvidenceJson);
            command.Parameters.AddWithValue("peers", alert.Peers.ToArray());
            command.Parameters.AddWithValue("incident", (object?)alert.Incident ?? DBNull.Value);
            batch.BatchCommands.Add(command);
        }
        var fresh = new List<Alert>(distinct.Count);
        await using (var reader = await batch.ExecuteReaderAsync(cancellation))
        {
            // One result set per command: a row when the alert was stored or moved forward, none when already held.
            var index = 0;
            do
            {
                if (await reader.ReadAsync(cancellation))
                {
                    fresh.Add(distinct[index]);
                }
                index++;
            }
            while (await reader.NextResultAsync(cancellation));
        }
        await transaction.CommitAsync(cancellation);

        var repeated = alerts.Count - fresh.Count;
        metrics.AlertsStored(fresh.Count, repeated);
        if (repeated > 0)
        {
            logger.LogInformation("{Repeated} of {Count} alerts were already stored (a replayed step); not listed again", repeated, alerts.Count);
        }
        return fresh;
    }
}
