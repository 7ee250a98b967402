using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;
using Vigil.Tests;

namespace Vigil.Capture.Tests.Files;

/// <summary>The reader against Wireshark's tools on the shared public ICS captures.</summary>
public sealed class SharedCaptureTests
{
    /// <summary>capinfos counts every file in one process: one tshark per file would take half a minute.</summary>
    private static readonly Lazy<Dictionary<string, long>> ReferenceCounts = new(CountWithCapinfos);

    public static TheoryData<string> AllCaptures()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestPaths.AllSharedPcaps())
        {
            data.Add(file);
        }
        if (data.Count == 0)
        {
            data.Add("(none)"); // one row that skips with the reason, rather than a silent empty theory
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(AllCaptures))]
    public void Frame_count_matches_wireshark_and_no_warnings(string relativePath)
    {
        var path = TestPaths.SharedPcap(relativePath);
        var expected = ReferenceCounts.Value[Path.GetFullPath(path)];

        using var reader = CaptureFileReader.Open(path);
        while (reader.TryRead(out _))
        {
        }

        Assert.Equal(expected, reader.FramesRead);
        Assert.Empty(reader.Warnings);
        Assert.Equal(reader.Length, reader.Position);
    }

    [SkippableTheory]
    [InlineData("s7/S7Comm/wrapup.pcapng")]
    [InlineData("s7/snap7_s300_stop.pcapng")]
    [InlineData("beckoff/beckoffaddroute.pcapng")]
    [InlineData("ModbusTCP/ModbusTCP.pcap")]
    [InlineData("bro/dnp3/dnp3.pcap")]
    public void Every_timestamp_and_length_matches_tshark(string relativePath)
    {
        var path = TestPaths.SharedPcap(relativePath);
        var expected = ExternalTool.Run("tshark", ["-n", "-r", path, "-T", "fields", "-E", "separator=,", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "frame.cap_len"])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(','))
            .Select(f => (ExternalTool.EpochToNs(f[0]), int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

        var actual = Captures.ReadAll(path).Select(f => (f.TimestampNs, f.OriginalLength, f.Data.Length)).ToList();

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected[0], actual[0]);
        Assert.Equal(expected[^1], actual[^1]);
        Assert.Equal(expected, actual);
    }

    private static Dictionary<string, long> CountWithCapinfos()
    {
        var files = TestPaths.AllSharedPcaps().Select(f => Path.Combine(TestPaths.SharedPcaps!, f)).ToList();
        // -T table, -r no header row, -c packet count, -M exact numbers.
        var table = ExternalTool.Run("capinfos", ["-T", "-r", "-c", "-M", .. files]);
        return table.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToDictionary(f => Path.GetFullPath(f[0]), f => long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
