using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Subnets;

namespace Vigil.Cluster.Metrics;

/// <summary>
/// Counts the ingest where it lands — the device and subnet grains of this silo — from the calls
/// themselves, so the grains stay free of metrics code and every sensor's traffic is counted alike.
/// </summary>
public sealed class IngestMeteringFilter(VigilMetrics metrics) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        var method = context.InterfaceMethod;
        if (method is null || method.Name != nameof(IDeviceGrain.ObserveAsync))
        {
            return;
        }
        if (method.DeclaringType == typeof(IDeviceGrain) && context.Request.GetArgument(0) is DeviceStep step && context.Result is DeviceStepResult result)
        {
            metrics.StepJudged(step.Events.Count, result.Alerts.Count);
        }
        else if (method.DeclaringType == typeof(ISubnetGrain) && context.Result is IReadOnlyList<Alert> { Count: > 0 } alerts)
        {
            metrics.AlertsRaised(alerts.Count);
        }
    }
}
