using Vigil.Contracts.Alerts;
using Vigil.Contracts.Time;
using Vigil.Detection.Devices;
using Vigil.Detection.Evidence;
using Vigil.Statistics;

namespace Vigil.Detection.Models;

/// <summary>
/// "Unusual Activity from New Device": a device first seen after the learning window that, in its
/// first two days, does what is rare for the established devices of its subnet — many more internal
/// peers than they have, administrative or ICS services few of them use, paths into another zone few
/// of them open, ICS attempts towards the internet, external endpoints no device of the estate had
/// contacted. Each kind of evidence that fewer than <see cref="RareShare"/> of them show adds its
/// surprisal (the smoothed share of the subnet that shows it — for never-contacted endpoints mixed with
/// the estate's rarity of them; the negative binomial tail for peers); the first time the total scores
/// <see cref="MinScore"/> or more the model alerts. It follows the device while it is new: a new kind of
/// evidence, or a total surprisal that at least doubles while the score can still rise, updates the
/// alert (<see cref="Alert.IsUpdate"/>) with every finding so far instead of raising another.
/// </summary>
public static class NewDeviceActivityModel
{
    /// <summary>How long after its first packet a device still counts as new.</summary>
    public const long NewnessNs = 48L * 3600 * 1_000_000_000;

    /// <summary>A behaviour shown by this share of the subnet's devices or more is theirs too, not evidence.</summary>
    public const double RareShare = 0.25;

    /// <summary>Below this many established devices the subnet says nothing about peer counts.</summary>
    public const int MinEstablishedDevices = 3;

    /// <summary>
    /// The novelty models' bar, p ≤ 0.01: a new device has no baseline of its own, so everything it
    /// does is a first, judged like theirs. The smoothed share already errs towards the ordinary —
    /// a behaviour none of n devices show counts as 1/(n + 2), however rare it truly is.
    /// </summary>
    public const double MinScore = ModelAlert.NoveltyMinScore;

    /// <summary>Remembers where a new device's flow went when it shows a behaviour the subnet counts (<see cref="SubnetBehaviours"/>).</summary>
    public static void Observe(NewDeviceState state, string behaviour, FlowView view, StepContext context)
    {
        if (IsNew(context.DeviceFirstSeenNs, context, view.TimeNs))
        {
            state.AddPlace(behaviour, $"{view.Peer}:{view.Flow.RespPort}");
        }
    }

    /// <summary>Judges the device at the end of a step; returns its alert, an update of it, or null.</summary>
    public static Alert? Evaluate(NewDeviceState state, DeviceProfile profile, StepContext context, long timeNs)
    {
        if (!IsNew(profile.FirstSeenNs, context, timeNs))
        {
            // Past its newness the places are of no further use: the state goes back to empty.
            state.Places.Clear();
            state.MorePlaces.Clear();
            return null;
        }
        var findings = Gather(state, profile, context, timeNs);
        var surprisal = findings.Sum(f => f.Surprisal);
        var score = ModelAlert.Score(surprisal);
        var newKinds = findings.Where(f => !state.ReportedKinds.Contains(f.Kind)).Select(f => f.Kind).ToList();
        var isUpdate = state.AlertedNs != 0;
        if (isUpdate
            ? newKinds.Count == 0 && (surprisal < 2 * state.ReportedSurprisal || score <= ModelAlert.Score(state.ReportedSurprisal))
            : score < MinScore)
        {
            return null;
        }
        state.AlertedNs = isUpdate ? state.AlertedNs : timeNs;
        state.ReportedSurprisal = Math.Max(state.ReportedSurprisal, surprisal);
        state.ReportedKinds.UnionWith(newKinds);
        var what = string.Join("; ", findings.Select(f => f.What));
        return new Alert
        {
            // An update names its alert by the alert's time and says when it happened in its end.
            TimeNs = state.AlertedNs,
            EndNs = isUpdate ? timeNs : 0,
            IsUpdate = isUpdate,
            Device = context.Device,
            Model = ModelNames.UnusualActivityFromNewDevice,
            Score = score,
            Summary = $"New device {context.Device} (first seen {Iso(profile.FirstSeenNs)}) does what is rare in {context.Subnet}: {what}.",
            EvidenceJson = new EvidenceBuilder()
                .Add("first_seen", Iso(profile.FirstSeenNs))
                .Add("subnet", context.Subnet)
                .Add("subnet_established_devices", context.SubnetProfile.EstablishedDevices)
                .Add("as_of", Iso(timeNs))
                .Add("new_evidence", isUpdate ? newKinds : [])
                .Add("findings", findings.Select(f => $"{f.Kind}: {f.What} (surprisal {f.Surprisal:0.00})"))
                .Add("daily_internal_peers", profile.Peers.DailyInternalPeers(timeNs))
                .Add("subnet_mean_daily_peers", context.SubnetProfile.MeanDailyPeers)
                .Add("surprisal", surprisal)
                .Build(),
            Peers = [.. state.Places.Where(p => p.Key.StartsWith(SubnetBehaviours.ZonePrefix, StringComparison.Ordinal))
                .SelectMany(p => p.Value).Select(HostOf).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>First seen after learning, and not longer ago than <see cref="NewnessNs"/>.</summary>
    private static bool IsNew(long firstSeenNs, StepContext context, long timeNs) =>
        firstSeenNs >= context.LearningEndNs && firstSeenNs != long.MaxValue && timeNs - firstSeenNs <= NewnessNs;

    /// <summary>Every kind of evidence rarer than <see cref="RareShare"/> in the subnet, in a fixed order.</summary>
    private static List<Finding> Gather(NewDeviceState state, DeviceProfile profile, StepContext context, long timeNs)
    {
        var subnet = context.SubnetProfile;
        var findings = new List<Finding>();
        if (subnet.EstablishedDevices >= MinEstablishedDevices)
        {
            var peers = profile.Peers.DailyInternalPeers(timeNs);
            var mean = Math.Max(1.0, subnet.MeanDailyPeers);
            var surprisal = CountSurprisal.Of(peers, mean, Math.Max(mean, subnet.VarianceDailyPeers));
            if (surprisal > -Math.Log10(RareShare))
            {
                findings.Add(new Finding("internal peers", $"{peers} internal peers in 24 h where its subnet's devices have {subnet.MeanDailyPeers:0.#}", surprisal));
            }
        }
        var population = subnet.EstablishedDevices;
        foreach (var service in profile.ServicesUsed.Where(PortClasses.IsSensitive))
        {
            var users = Math.Min(subnet.ServiceClients.GetValueOrDefault(service), population);
            AddIfRare(findings, "service " + service, PopulationRarity.Probability(users, population),
                $"used {service}, as {users} of {population} established devices do");
        }
        foreach (var (behaviour, places) in state.Places)
        {
            var more = state.MorePlaces.GetValueOrDefault(behaviour);
            var what = $"{Describe(behaviour)} ({string.Join(", ", places)}{(more > 0 ? $" and {more} more" : "")}), as {subnet.BehaviourDevices.GetValueOrDefault(behaviour)} of {population} established devices do";
            var doing = Math.Min(subnet.BehaviourDevices.GetValueOrDefault(behaviour), population);
            if (behaviour == SubnetBehaviours.UnseenExternal)
            {
                // Either the newcomer is like the members that reach never-seen endpoints, or it is not and the
                // endpoint is as rare as the estate says: share + (1 − share)·P, as PeerGroupNovelty weighs habits.
                var share = doing / (double)(population + 1);
                var estate = context.Estate.EstablishedDevices;
                AddIfRare(findings, behaviour, share + (1 - share) * PopulationRarity.Probability(0, estate),
                    $"{what}, and none of {estate} established devices of the estate had contacted them");
            }
            else
            {
                AddIfRare(findings, behaviour, PopulationRarity.Probability(doing, population), what);
            }
        }
        return findings;
    }

    /// <summary>Adds a finding when its probability under "the device is like its subnet's devices" is below <see cref="RareShare"/>.</summary>
    private static void AddIfRare(List<Finding> findings, string kind, double probability, string what)
    {
        if (probability < RareShare)
        {
            findings.Add(new Finding(kind, what, -Math.Log10(probability)));
        }
    }

    private static string Describe(string behaviour) => behaviour switch
    {
        SubnetBehaviours.IcsExternal => "tried ICS ports on hosts outside the estate",
        SubnetBehaviours.UnseenExternal => "contacted external endpoints no device of the estate had contacted",
        _ => $"opened paths into the {behaviour[SubnetBehaviours.ZonePrefix.Length..]} zone",
    };

    private static string HostOf(string place) => place[..place.LastIndexOf(':')];

    private static string Iso(long ns) => CaptureTime.ToIso(ns);

    /// <summary>One kind of evidence: its key, a sentence, and its surprisal.</summary>
    private sealed record Finding(string Kind, string What, double Surprisal);
}
