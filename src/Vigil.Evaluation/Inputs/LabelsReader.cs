using System.Text.Json;

namespace Vigil.Evaluation.Inputs;

/// <summary>Reads a labels file (<c>FILE.labels.json</c>) and checks what scoring relies on.</summary>
public static class LabelsReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // A missing field or a null where the labels promise a value is a broken file, not a default.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Reads <paramref name="path"/>; throws <see cref="EvaluationInputException"/> when it is missing or malformed.</summary>
    public static GroundTruth Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationInputException($"{path}: labels file not found.");
        }
        GroundTruth? truth;
        try
        {
            truth = JsonSerializer.Deserialize<GroundTruth>(File.ReadAllText(path), Options);
        }
        catch (JsonException error)
        {
            throw new EvaluationInputException($"{path}: not a labels file: {OneLine(error.Message)}", error);
        }
        if (truth is null)
        {
            throw new EvaluationInputException($"{path}: not a labels file: it holds null.");
        }
        foreach (var step in truth.Steps)
        {
            if (step.Kind is not (LabelledStep.AttackKind or LabelledStep.BenignChangeKind or LabelledStep.BenignNoiseKind))
            {
                throw new EvaluationInputException($"{path}: step '{step.Name}' has kind '{step.Kind}', not '{LabelledStep.AttackKind}', "
                    + $"'{LabelledStep.BenignChangeKind}' or '{LabelledStep.BenignNoiseKind}'.");
            }
            if (step.End < step.Start)
            {
                throw new EvaluationInputException($"{path}: step '{step.Name}' ends before it starts.");
            }
        }
        return truth;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
