using System.Text.Json;

namespace Vigil.Simulator.Labels;

/// <summary>Reads and writes <c>FILE.labels.json</c>: System.Text.Json, snake_case, indented.</summary>
public static class LabelsFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>The labels path for a capture: "plant.pcap" → "plant.labels.json".</summary>
    public static string PathFor(string capturePath) => Path.ChangeExtension(capturePath, ".labels.json");

    /// <summary>Writes <paramref name="labels"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, SimulationLabels labels) =>
        File.WriteAllText(path, JsonSerializer.Serialize(labels, Options) + "\n");

    /// <summary>Reads labels written by <see cref="Write"/>.</summary>
    public static SimulationLabels Read(string path) =>
        JsonSerializer.Deserialize<SimulationLabels>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds no labels.");
}
