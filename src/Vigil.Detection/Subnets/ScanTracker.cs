using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;
using Vigil.Contracts.Time;
using Vigil.Detection.Evidence;
using Vigil.Statistics;

namespace Vigil.Detection.Subnets;

/// <summary>
/// "Network Scan", kept by the subnet grain of the scanning source across all its devices' steps:
/// a Threshold Random Walk (Jung et al.) over each source's first contacts — success or failure —
/// and distinct hosts and ports. A source is reported once per scan, when the walk says "scanner"
/// and it touched at least <see cref="MinHosts"/> hosts or <see cref="MinPorts"/> ports of one
/// host; when it has been quiet for <see cref="QuietNs"/> the alert is updated with the scan's end
/// and totals and the source starts afresh. The score is the binomial-tail surprisal of its failures
/// against the benign first-contact success rate of the walk (0.8), approximated as Poisson.
/// </summary>
public sealed class ScanTracker
{
    public const int MaxSources = 256;
    public const int MinHosts = 10;
    public const int MinPorts = 10;
    public const long QuietNs = 5 * 60_000_000_000L;

    /// <summary>Source device → its scan state.</summary>
    public SortedDictionary<string, ScanSource> Sources { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Folds in one device summary; returns an alert when the source is newly judged a scanner.</summary>
    public Alert? Observe(DeviceActivitySummary summary, long learningEndNs)
    {
        if (summary.FirstContacts.Count == 0)
        {
            return null;
        }
        var t = summary.StepLastEventNs;
        if (!Sources.TryGetValue(summary.Device, out var source))
        {
            if (Sources.Count >= MaxSources)
            {
                var stalest = Sources.MinBy(s => s.Value.LastNs);
                Sources.Remove(stalest.Key);
            }
            source = new ScanSource { StartNs = t };
            Sources[summary.Device] = source;
        }
        foreach (var contact in summary.FirstContacts)
        {
            var parts = contact.Split(':');
            if (parts.Length < 3)
            {
                continue;
            }
            var host = string.Join(':', parts[..^2]);
            source.Walk.Observe(parts[^1] == "ok");
            if (!source.Hosts.Contains(host))
            {
                if (source.Hosts.Count < ScanSource.MaxHosts)
                {
                    source.Hosts.Add(host);
                }
                else
                {
                    source.MoreHosts++;
                }
            }
            if (source.Ports.Count < ScanSource.MaxPorts && int.TryParse(parts[^2], out var port))
            {
                source.Ports.Add(port);
            }
        }
        source.LastNs = Math.Max(source.LastNs, t);
        var hosts = source.Hosts.Count + source.MoreHosts;
        if (source.AlertedNs != 0 || t < learningEndNs || source.Walk.Decision != TrwDecision.Scanner
            || hosts < MinHosts && source.Ports.Count < MinPorts)
        {
            return null;
        }
        source.AlertedNs = t;
        source.ReportedHosts = hosts;
        return Build(summary.Device, summary.Subnet, source, t, isUpdate: false);
    }

    /// <summary>Closes the scans that have gone quiet by <paramref name="nowNs"/>: one update each with the end and totals.</summary>
    public IReadOnlyList<Alert> Close(string subnet, long nowNs)
    {
        var updates = new List<Alert>();
        foreach (var (device, source) in Sources.Where(s => nowNs - s.Value.LastNs > QuietNs).ToList())
        {
            if (source.AlertedNs != 0)
            {
                updates.Add(Build(device, subnet, source, source.AlertedNs, isUpdate: true));
            }
            Sources.Remove(device);
        }
        return updates;
    }

    private static Alert Build(string device, string subnet, ScanSource source, long timeNs, bool isUpdate)
    {
        var walk = source.Walk;
        var contacts = walk.Successes + walk.Failures;
        var surprisal = CountSurprisal.Of(walk.Failures, contacts * (1 - TrwParameters.Default.BenignSuccess));
        var score = Math.Round(SignificanceScore.FromSurprisal(surprisal), 4);
        var hosts = source.Hosts.Count + source.MoreHosts;
        var ports = string.Join(", ", source.Ports.Take(12));
        var sample = source.Hosts.Order(StringComparer.Ordinal).Take(16).ToArray();
        return new Alert
        {
            TimeNs = timeNs,
            EndNs = source.LastNs,
            IsUpdate = isUpdate,
            Device = device,
            Model = ModelNames.NetworkScan,
            Score = score,
            Summary = $"{device} scanned {hosts} hosts on port(s) {ports}: {walk.Failures} of {contacts} first contacts failed, from {CaptureTime.ToIso(source.StartNs)} to {CaptureTime.ToIso(source.LastNs)}.",
            EvidenceJson = new EvidenceBuilder()
                .Add("source_subnet", subnet)
                .Add("start", CaptureTime.ToIso(source.StartNs))
                .Add("end", CaptureTime.ToIso(source.LastNs))
                .Add("distinct_hosts", hosts)
                .Add("ports", source.Ports.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Add("first_contacts", contacts)
                .Add("failed_first_contacts", walk.Failures)
                .Add("benign_success_rate", TrwParameters.Default.BenignSuccess)
                .Add("trw_decision", walk.Decision.ToString())
                .Add("surprisal", surprisal)
                .Add("hosts_sample", sample)
                .Add("status", isUpdate ? "ended" : "ongoing")
                .Build(),
            Peers = sample,
        };
    }
}
