using Vigil.Host.Network;
using Vigil.Tests;

namespace Vigil.Api.Tests.Support;

/// <summary>
/// One host fed with tests/data/scan-story.pcap (two hours of learning, then 10.10.0.66 scans
/// 10.20.0.0/24 on 102 and 502), shared by the tests of a class. The two subnets are configured as
/// zones — "Office" (IT) and "Plant" (ICS) — so the scan crosses a zone boundary.
/// </summary>
public sealed class StoryHostFixture : IAsyncLifetime
{
    public const string Scanner = "10.10.0.66";

    private VigilWebHost? _host;

    public static IReadOnlyList<ZoneDefinition> Zones { get; } = [Zone("Office", "it", "10.10.0.0/24"), Zone("Plant", "ics", "10.20.0.0/24")];

    internal VigilWebHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>Breaches the story raised: the alerts of its incident.</summary>
    public int AlertsRaised { get; private set; }

    /// <summary>Breaches plus their updates (a new device's new evidence): the records of the alert log.</summary>
    public int AlertRecords { get; private set; }

    public async Task InitializeAsync()
    {
        _host = await VigilWebHost.StartAsync();
        var capture = Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap");
        var (breaches, updates) = await CaptureIngest.RunAsync(capture, _host.Grains, TimeSpan.FromHours(2), Zones);
        (AlertsRaised, AlertRecords) = (breaches, breaches + updates);
    }

    private static ZoneDefinition Zone(string name, string role, string block) =>
        Cidr.TryParse(block, out var cidr) ? new ZoneDefinition(name, role, [cidr]) : throw new ArgumentException(block);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
