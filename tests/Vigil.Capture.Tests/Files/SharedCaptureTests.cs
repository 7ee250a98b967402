using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;
using Vigil.Tests;

namespace Vigil.Capture.Tests.Files;

/// <summary>
/// The reader against Wireshark's capinfos on every shared public ICS capture (timestamps and
/// lengths are compared frame by frame in <c>SharedCaptureDecodeTests</c>).
/// </summary>
public sealed class SharedCaptureTests
{
    /// <summary>capinfos counts every file in one process: one tshark per file would take half a minute.</summary>
    private static readonly Lazy<Dictionary<string, long>> ReferenceCounts = new(CountWithCapinfos);

    [SkippableTheory]
    [MemberData(nameof(TestPaths.SharedPcapCases), MemberType = typeof(TestPaths))]
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
