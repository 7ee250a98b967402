using Vigil.Contracts.Alerts;
using Vigil.Contracts.Directory;
using Vigil.Host.Ingest;

namespace Vigil.Host.Publishing;

/// <summary>
/// A <see cref="StepProcessor"/> that also tells the estate-wide grains what each step brought: the
/// devices and conduits go to the device directory, the alerts to the alert log. Both are one call
/// per step, so the query API and the SIEM forwarder see the ingest without slowing it.
/// </summary>
public sealed class PublishingStepProcessor(StepProcessor inner, IGrainFactory grains)
{
    public async Task<IReadOnlyList<Alert>> ProcessAsync(CaptureStep step)
    {
        var alerts = await inner.ProcessAsync(step);
        var register = grains.GetDeviceDirectory().RegisterAsync(DirectoryUpdateBuilder.From(step));
        if (alerts.Count > 0)
        {
            await grains.GetAlertLog().AppendAsync(alerts);
        }
        await register;
        return alerts;
    }
}
