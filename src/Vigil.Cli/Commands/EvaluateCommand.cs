using System.CommandLine;
using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Reporting;
using Vigil.Evaluation.Scoring;

namespace Vigil.Cli.Commands;

/// <summary>`vigil evaluate LABELS ALERTS`: which labelled attack steps the alerts caught, how fast, and how many alerts were false.</summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var labels = new Argument<string>("labels") { Description = "The labels file the simulator wrote beside the capture (FILE.labels.json)." };
        var alerts = new Argument<string>("alerts") { Description = "alerts.jsonl written by analyze." };
        var json = new Option<string?>("--json") { Description = "Also write the result as JSON to this file." };
        var grace = new Option<TimeSpan>("--grace") { Description = "How long after a step's end an alert still counts for it.", DefaultValueFactory = _ => EvaluationOptions.DefaultGrace };
        var command = new Command("evaluate", "Score alerts against a labelled capture: detections per step and model, recall, false alerts per device-day.")
        {
            labels, alerts, json, grace,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(grace) < TimeSpan.Zero)
            {
                Console.Error.WriteLine("vigil: error: --grace must not be negative.");
                return ExitCodes.BadUsage;
            }
            try
            {
                var truth = LabelsReader.Read(parse.GetValue(labels)!);
                var observed = AlertsReader.Read(parse.GetValue(alerts)!);
                var result = Evaluator.Evaluate(truth, observed, new EvaluationOptions { Grace = parse.GetValue(grace) });
                Console.Write(EvaluationTable.Render(result));
                if (parse.GetValue(json) is { } jsonPath)
                {
                    EvaluationJson.Write(jsonPath, result);
                    Console.WriteLine($"wrote {jsonPath}");
                }
                return ExitCodes.Ok;
            }
            catch (EvaluationInputException error)
            {
                Console.Error.WriteLine($"vigil: error: {error.Message}");
                return ExitCodes.Unreadable;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"vigil: error: {error.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.Unreadable;
            }
        });
        return command;
    }
}
