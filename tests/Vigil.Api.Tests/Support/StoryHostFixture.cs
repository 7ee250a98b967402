using Vigil.Tests;

namespace Vigil.Api.Tests.Support;

/// <summary>
/// One host fed with tests/data/scan-story.pcap (two hours of learning, then 10.10.0.66 scans
/// 10.20.0.0/24 on 102 and 502), shared by the tests of a class.
/// </summary>
public sealed class StoryHostFixture : IAsyncLifetime
{
    public const string Scanner = "10.10.0.66";

    private VigilWebHost? _host;

    internal VigilWebHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public int AlertsRaised { get; private set; }

    public async Task InitializeAsync()
    {
        _host = await VigilWebHost.StartAsync();
        var capture = Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap");
        AlertsRaised = await CaptureIngest.RunAsync(capture, _host.Grains, TimeSpan.FromHours(2));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
