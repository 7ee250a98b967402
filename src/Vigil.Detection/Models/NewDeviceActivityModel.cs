using Vigil.Contracts.Alerts;
using Vigil.Contracts.Time;
using Vigil.Detection.Devices;
using Vigil.Detection.Evidence;
using Vigil.Statistics;

namespace Vigil.Detection.Models;

/// <summary>
/// "Unusual Activity from New Device": a device first seen after the learning window that, in its
/// first two days, does what is rare for devices of its subnet — many more internal peers than they
/// have, or administrative and ICS services that few or none of them use. The evidence adds up as
/// independent surprisals: peers (negative binomial tail against the subnet's devices) plus −log₁₀
/// of the prevalence of each rare sensitive service.
/// </summary>
public static class NewDeviceActivityModel
{
    /// <summary>How long after its first packet a device still counts as new.</summary>
    public const long NewnessNs = 48L * 3600 * 1_000_000_000;

    /// <summary>A service used by more than this share of the subnet's devices is not evidence.</summary>
    public const double RareServiceShare = 0.25;

    /// <summary>Below this many established devices the subnet says nothing about peer counts.</summary>
    public const int MinEstablishedDevices = 3;

    public static Alert? Evaluate(NewDeviceState state, DeviceProfile profile, StepContext context, long timeNs)
    {
        if (state.Alerted || profile.FirstSeenNs < context.LearningEndNs || timeNs - profile.FirstSeenNs > NewnessNs)
        {
            return null;
        }
        var subnet = context.SubnetProfile;
        var dailyPeers = profile.Peers.DailyInternalPeers(timeNs);
        var peerSurprisal = 0.0;
        var mean = Math.Max(1.0, subnet.MeanDailyPeers);
        if (subnet.EstablishedDevices >= MinEstablishedDevices)
        {
            var variance = Math.Max(mean, subnet.VarianceDailyPeers);
            peerSurprisal = CountSurprisal.Of(dailyPeers, mean, variance);
        }
        var rareServices = new List<string>();
        var serviceSurprisal = 0.0;
        foreach (var service in profile.ServicesUsed)
        {
            if (!PortClasses.IsSensitive(service))
            {
                continue;
            }
            var prevalence = PopulationRarity.Probability(subnet.ServiceClients.GetValueOrDefault(service), subnet.EstablishedDevices);
            if (prevalence < RareServiceShare)
            {
                rareServices.Add(service);
                serviceSurprisal += -Math.Log10(prevalence);
            }
        }
        var surprisal = peerSurprisal + serviceSurprisal;
        var score = Math.Round(SignificanceScore.FromSurprisal(surprisal), 4);
        if (score < 0.5)
        {
            return null;
        }
        state.Alerted = true;
        var what = rareServices.Count > 0 ? $" and used {string.Join(", ", rareServices)}, rare in {context.Subnet}" : "";
        return new Alert
        {
            TimeNs = timeNs,
            Device = context.Device,
            Model = ModelNames.UnusualActivityFromNewDevice,
            Score = score,
            Summary = $"New device {context.Device} (first seen {Iso(profile.FirstSeenNs)}) contacted {dailyPeers} internal peers in a day{what}.",
            EvidenceJson = new EvidenceBuilder()
                .Add("first_seen", Iso(profile.FirstSeenNs))
                .Add("subnet", context.Subnet)
                .Add("daily_internal_peers", dailyPeers)
                .Add("subnet_mean_daily_peers", subnet.MeanDailyPeers)
                .Add("subnet_established_devices", subnet.EstablishedDevices)
                .Add("rare_services", rareServices)
                .Add("peer_surprisal", peerSurprisal)
                .Add("service_surprisal", serviceSurprisal)
                .Build(),
        };
    }

    private static string Iso(long ns) => CaptureTime.ToIso(ns);
}
