using Vigil.Contracts.Alerts;

namespace Vigil.Host.Ingest;

/// <summary>The order alerts are reported in: by capture time, then device, then model.</summary>
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
        return byDevice != 0 ? byDevice : string.CompareOrdinal(x.Model, y.Model);
    }
}
