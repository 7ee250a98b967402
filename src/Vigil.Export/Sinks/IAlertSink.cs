using Vigil.Contracts.Alerts;

namespace Vigil.Export.Sinks;

/// <summary>Somewhere alerts go: a SIEM over syslog, a webhook, a file.</summary>
public interface IAlertSink : IAsyncDisposable
{
    /// <summary>Delivers the alerts in order; throws when they could not be delivered, so the caller can retry.</summary>
    Task SendAsync(IReadOnlyList<AlertRecord> alerts, CancellationToken cancellation = default);
}
