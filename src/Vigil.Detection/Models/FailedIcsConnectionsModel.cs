using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Devices;

namespace Vigil.Detection.Models;

/// <summary>
/// "Multiple Failed Connections to ICS Device": failed attempts on ICS ports to hosts of an ICS zone
/// in the last ten minutes, against the device's own per-minute rate of such failures (the same
/// clipped EWMA baseline as <see cref="FailedInternalConnectionsModel"/>), as a negative binomial or
/// Poisson tail.
/// </summary>
public static class FailedIcsConnectionsModel
{
    /// <summary>Fewer failures than this in ten minutes never alert.</summary>
    public const int MinFailures = 5;

    private const long MinuteNs = 60_000_000_000L;

    public static Alert? Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        if (!view.Acting || !flow.IsFinal || view.PeerZone != ZoneRoles.Ics || !PortClasses.IsIcs(view.Service))
        {
            return null;
        }
        var baseline = state.FailedIcsConnections;
        FailedInternalConnectionsModel.Advance(baseline, flow.EndNs / MinuteNs);
        if (!FlowRoles.IsFailed(flow))
        {
            return null;
        }
        if (FailureBurst.Judge(baseline, flow.EndNs, MinFailures, context) is not { } burst)
        {
            return null;
        }
        return ModelAlert.Create(context, ModelNames.MultipleFailedConnectionsToIcsDevice, flow.EndNs, burst.Score,
            $"{context.Device} made {burst.Failures} failed connection attempts to ICS devices on ICS ports in {FailedConnectionsBaseline.WindowMinutes} minutes (last {view.Peer}:{flow.RespPort}); its baseline predicts {burst.Expected:0.##}.",
            burst.Evidence(baseline, $"{view.Peer}:{flow.RespPort}", flow.State),
            [view.Peer]);
    }
}
