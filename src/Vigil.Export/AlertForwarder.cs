using Vigil.Contracts.Alerts;
using Vigil.Contracts.Directory;
using Vigil.Export.Sinks;

namespace Vigil.Export;

/// <summary>
/// Follows the estate's alert log and hands every new alert to each sink, in order. It remembers the
/// last id delivered, so a sink that fails gets the same alerts again on the next round.
/// </summary>
public sealed class AlertForwarder(IGrainFactory grains, IReadOnlyList<IAlertSink> sinks, long afterId = 0)
{
    private const int Batch = 200;

    /// <summary>The id of the last alert every sink accepted.</summary>
    public long LastId { get; private set; } = afterId;

    /// <summary>Sends what is new; returns how many alerts went out.</summary>
    public async Task<int> ForwardOnceAsync(CancellationToken cancellation = default)
    {
        var sent = 0;
        while (true)
        {
            var page = await grains.GetAlertLog().QueryAsync(new AlertQuery { AfterId = LastId, NewestFirst = false, Limit = Batch });
            if (page.Items.Count == 0)
            {
                return sent;
            }
            foreach (var sink in sinks)
            {
                await sink.SendAsync(page.Items, cancellation);
            }
            LastId = page.Items[^1].Id;
            sent += page.Items.Count;
        }
    }

    /// <summary>
    /// Forwards every <paramref name="interval"/> until cancelled. A failed delivery is reported to
    /// <paramref name="onError"/> and retried on the next tick: a SIEM that is down must not stop the host.
    /// </summary>
    public async Task RunAsync(TimeSpan interval, Action<Exception> onError, CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await ForwardOnceAsync(cancellation);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                onError(error);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellation));
    }
}
