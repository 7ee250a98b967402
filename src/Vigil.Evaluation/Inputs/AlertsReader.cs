using System.Globalization;
using System.Text.Json;

namespace Vigil.Evaluation.Inputs;

/// <summary>Reads alerts.jsonl: one JSON object per line with <c>time</c>, <c>device</c>, <c>model</c>, <c>score</c> and, when the alert was updated, <c>updates</c>.</summary>
public static class AlertsReader
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="EvaluationInputException"/> naming the first bad line.</summary>
    public static IReadOnlyList<ObservedAlert> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationInputException($"{path}: alerts file not found.");
        }
        var alerts = new List<ObservedAlert>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            alerts.Add(Parse(line, $"{path} line {number}"));
        }
        return alerts;
    }

    /// <summary>Parses one line; <paramref name="where"/> prefixes any error.</summary>
    public static ObservedAlert Parse(string line, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EvaluationInputException($"{where}: not a JSON object.");
            }
            var time = RequiredString(root, "time", where);
            if (!DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                throw new EvaluationInputException($"{where}: \"time\" '{time}' is not an ISO-8601 time.");
            }
            if (!root.TryGetProperty("score", out var score) || score.ValueKind != JsonValueKind.Number)
            {
                throw new EvaluationInputException($"{where}: \"score\" is missing or not a number.");
            }
            var summary = root.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
            return new ObservedAlert(parsed, RequiredString(root, "device", where), RequiredString(root, "model", where), score.GetDouble(), summary)
            {
                Updates = Updates(root, where),
            };
        }
        catch (JsonException error)
        {
            throw new EvaluationInputException($"{where}: not JSON: {error.Message.ReplaceLineEndings(" ")}", error);
        }
    }

    /// <summary>The optional <c>updates</c> array of ISO-8601 times.</summary>
    private static IReadOnlyList<DateTimeOffset> Updates(JsonElement root, string where)
    {
        if (!root.TryGetProperty("updates", out var updates))
        {
            return [];
        }
        if (updates.ValueKind != JsonValueKind.Array)
        {
            throw new EvaluationInputException($"{where}: \"updates\" is not an array of times.");
        }
        var times = new List<DateTimeOffset>(updates.GetArrayLength());
        foreach (var update in updates.EnumerateArray())
        {
            if (update.ValueKind != JsonValueKind.String
                || !DateTimeOffset.TryParse(update.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                throw new EvaluationInputException($"{where}: \"updates\" holds '{update}', not an ISO-8601 time.");
            }
            times.Add(time);
        }
        return times;
    }

    private static string RequiredString(JsonElement root, string name, string where) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new EvaluationInputException($"{where}: \"{name}\" is missing or not a non-empty string.");
}
