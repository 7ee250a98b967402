using Vigil.Contracts.Alerts;

namespace Vigil.Host.Ingest;

/// <summary>The order alerts are reported in: by capture time, then device, then model, an alert before its update.</summary>
public sealed class AlertOrder : IComparer<Alert>
{
    public static AlertOrder Instance { get; } = new();

    public int Compare(Alert? x, Alert? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        var byTime = x.TimeNs.CompareTo(y.TimeNs);
        if (byTime != 0)
        {
            return byTime;
        }
        var byDevice = string.CompareOrdinal(x.Device, y.Device);
        if (byDevice != 0)
        {
            return byDevice;
        }
        var byModel = string.CompareOrdinal(x.Model, y.Model);
        // An alert sorts before its update (same time, device and model): the sort is not stable.
        return byModel != 0 ? byModel : x.IsUpdate.CompareTo(y.IsUpdate);
    }
}
