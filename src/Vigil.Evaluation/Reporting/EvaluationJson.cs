using System.Text.Json;
using Vigil.Evaluation.Scoring;

namespace Vigil.Evaluation.Reporting;

/// <summary>The evaluation as JSON: snake_case like the labels file, times ISO-8601, durations as "hh:mm:ss".</summary>
public static class EvaluationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>The result as an indented JSON document.</summary>
    public static string Serialize(EvaluationResult result) => JsonSerializer.Serialize(result, Options) + "\n";

    /// <summary>Writes the result to <paramref name="path"/>.</summary>
    public static void Write(string path, EvaluationResult result) => File.WriteAllText(path, Serialize(result));
}
