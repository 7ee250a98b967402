using Vigil.Contracts.Alerts;
using Vigil.Host.Analysis;
using Vigil.Tests;

namespace Vigil.EndToEnd.Tests;

/// <summary>
/// Public ICS captures analysed with a one-second learning window, pinned to what an analyst would say
/// about them. Skipped, saying so, when the shared captures are absent.
/// </summary>
public sealed class RealCaptureTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-real-").FullName;

    [SkippableFact]
    public async Task An_S7_block_download_is_an_uncommon_reprogram_preceded_by_discovery()
    {
        var alerts = await AnalyseAsync("s7/s7comm_downloading_block_db1.pcap");

        Assert.Equal([ModelNames.MultipleNewDiscoverCommands, ModelNames.UncommonIcsReprogram], alerts.Select(a => a.Model).Order(StringComparer.Ordinal));
        Assert.All(alerts, a => Assert.Equal("192.168.1.10", a.Device));
        var reprogram = alerts.Single(a => a.Model == ModelNames.UncommonIcsReprogram);
        Assert.Contains("Download Block (s7comm/job/27)", reprogram.Summary);
        Assert.InRange(reprogram.Score, 0.5, 1);
    }

    [SkippableFact]
    public async Task An_EtherNet_IP_firmware_change_resets_the_device_after_identifying_it()
    {
        var alerts = await AnalyseAsync("openics/EIP-FirmwareChange.pcap");

        Assert.Equal([ModelNames.MultipleNewActionCommands, ModelNames.MultipleNewDiscoverCommands], alerts.Select(a => a.Model).Order(StringComparer.Ordinal));
        Assert.All(alerts, a => Assert.Equal("192.168.10.105", a.Device));
        Assert.Contains("Reset (cip/5)", alerts.Single(a => a.Model == ModelNames.MultipleNewActionCommands).Summary);
    }

    private async Task<IReadOnlyList<Alert>> AnalyseAsync(string relativePath)
    {
        var capture = TestPaths.SharedPcap(relativePath);
        LearningWindow.TryParse("1s", out var learn, out _);
        var result = await AnalysisRunner.RunFileAsync(capture, new AnalyzeOptions { OutputDirectory = Path.Combine(_directory, Path.GetFileName(capture)), Learning = learn });
        return result.Alerts;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
