namespace Vigil.Simulator.Tests;

/// <summary>
/// Generates each scenario once (two hours of learning starting at 07:00 on a Monday, so office hours
/// are in the capture) and shares the files across the tests of a run.
/// </summary>
public sealed class SimulatedCaptures : IDisposable
{
    private readonly Dictionary<string, (string Path, SimulationResult Result)> _captures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaptureTable> _tables = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public string Directory { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-sim-" + Guid.NewGuid().ToString("N"));

    public static SimulationOptions Options(string scenario, ulong seed) => new()
    {
        Scenario = scenario,
        Seed = seed,
        Start = new DateTimeOffset(2024, 4, 22, 7, 0, 0, TimeSpan.Zero),
        LearningDuration = TimeSpan.FromHours(2),
        Tail = TimeSpan.FromMinutes(5),
        PollInterval = TimeSpan.FromSeconds(5),
    };

    /// <summary>The capture of <paramref name="scenario"/> with <paramref name="seed"/>, generated on first use.</summary>
    public (string Path, SimulationResult Result) Get(string scenario, ulong seed = 7)
    {
        lock (_lock)
        {
            var key = $"{scenario}-{seed}";
            if (!_captures.TryGetValue(key, out var capture))
            {
                System.IO.Directory.CreateDirectory(Directory);
                var path = System.IO.Path.Combine(Directory, key + ".pcap");
                capture = (path, PlantSimulator.Run(Options(scenario, seed), path));
                _captures[key] = capture;
            }
            return capture;
        }
    }

    /// <summary>The field table of a scenario's capture, dissected once per run.</summary>
    public CaptureTable Table(string scenario, ulong seed = 7)
    {
        var path = Get(scenario, seed).Path;
        lock (_lock)
        {
            if (!_tables.TryGetValue(path, out var table))
            {
                table = CaptureTable.Load(path);
                _tables[path] = table;
            }
            return table;
        }
    }

    public void Dispose()
    {
        // VIGIL_SIM_KEEP=1 keeps the captures for looking at them in Wireshark.
        if (System.IO.Directory.Exists(Directory) && Environment.GetEnvironmentVariable("VIGIL_SIM_KEEP") != "1")
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
