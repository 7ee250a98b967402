using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Vigil.Cluster.Silo;
using Vigil.Tests;

namespace Vigil.Cluster.Tests;

/// <summary>What cannot run here (containers, systemd) is at least kept in step with the code's settings.</summary>
public sealed partial class DeployFilesTests
{
    private static readonly string Deploy = Path.Combine(TestPaths.RepoRoot, "deploy");

    /// <summary>Sub-sections bound to Orleans or grain options rather than to <see cref="SiloSettings"/>.</summary>
    private static readonly string[] Sections = ["Checkpoint", "Membership"];

    [Fact]
    public void Every_silo_variable_in_the_compose_file_is_a_silo_setting()
    {
        var compose = WithoutComments(Path.Combine(Deploy, "compose.yaml"));
        var names = SiloVariable().Matches(compose).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(IsSetting(name), $"VIGIL_Silo__{name} is not a property of SiloSettings"));
    }

    [Fact]
    public void The_example_settings_bind_to_the_silo_settings()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(Deploy, "appsettings.example.json")).Build();
        var section = configuration.GetSection(SiloSettings.Section);
        Assert.All(section.GetChildren(), child => Assert.True(IsSetting(child.Key), $"Silo:{child.Key} is not a silo setting"));
        var settings = section.Get<SiloSettings>()!;
        Assert.Equal("plant", settings.ClusterId);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.DatabaseWait);
        Assert.Equal("00:05:00", section["Checkpoint:Interval"]);
    }

    [Fact]
    public void The_units_and_compose_file_use_only_options_the_commands_have()
    {
        var help = string.Join('\n', new[] { "silo", "sensor", "db migrate" }.Select(command =>
        {
            using var process = Support.VigilProcess.Start([.. command.Split(' '), "--help"]);
            process.WaitForExitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
            return process.Output;
        }));
        var files = Directory.EnumerateFiles(Path.Combine(Deploy, "systemd")).Append(Path.Combine(Deploy, "compose.yaml"));
        var options = files.SelectMany(f => CommandOption().Matches(WithoutComments(f)).Select(m => m.Value)).Distinct().ToList();
        Assert.Contains("--gateway", options);
        Assert.All(options, option => Assert.Contains(option, help));
    }

    /// <summary>The file without its comment lines, which may mention commands of other tools (systemctl, docker).</summary>
    private static string WithoutComments(string path) =>
        string.Join('\n', File.ReadLines(path).Where(line => !line.TrimStart().StartsWith('#')));

    private static bool IsSetting(string name) =>
        Sections.Contains(name) || typeof(SiloSettings).GetProperty(name) is not null;

    [GeneratedRegex(@"VIGIL_Silo__(\w+)")]
    private static partial Regex SiloVariable();

    [GeneratedRegex(@"(?<=[\s""\[])--[a-z][a-z-]+")]
    private static partial Regex CommandOption();
}
