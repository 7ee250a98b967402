using Vigil.Tests;

namespace Vigil.EndToEnd.Tests;

/// <summary>
/// README's first command analyses tests/data/scan-story.pcap, which is the <see cref="StoryCapture"/>
/// written to disk. This keeps the two the same; VIGIL_UPDATE_SAMPLES=1 rewrites the file.
/// </summary>
public sealed class SampleCaptureTests
{
    [Fact]
    public void The_committed_sample_is_the_scripted_story()
    {
        var sample = Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap");
        var directory = Directory.CreateTempSubdirectory("vigil-sample-").FullName;
        try
        {
            var fresh = File.ReadAllBytes(StoryCapture.Write(directory));
            if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_SAMPLES") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(sample)!);
                File.WriteAllBytes(sample, fresh);
            }
            Assert.True(File.Exists(sample), $"{sample} is missing: run the tests once with VIGIL_UPDATE_SAMPLES=1.");
            Assert.Equal(fresh, File.ReadAllBytes(sample));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
