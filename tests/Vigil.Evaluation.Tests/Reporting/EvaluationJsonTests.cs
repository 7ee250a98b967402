using System.Text.Json;
using Vigil.Evaluation.Reporting;
using Vigil.Evaluation.Scoring;
using Vigil.Evaluation.Tests.Fixtures;

namespace Vigil.Evaluation.Tests.Reporting;

public sealed class EvaluationJsonTests
{
    [Fact]
    public void The_json_is_snake_case_with_the_figures_of_the_table()
    {
        var json = EvaluationJson.Serialize(Evaluator.Evaluate(FixtureFiles.ReadLabels(), FixtureFiles.ReadAlerts()));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("fixture", root.GetProperty("scenario").GetString());
        Assert.Equal(0.4, root.GetProperty("overall_recall").GetDouble(), 9);
        Assert.Equal(3, root.GetProperty("false_alerts").GetProperty("count").GetInt32());
        Assert.Equal(0.75, root.GetProperty("false_alerts").GetProperty("per_device_day").GetDouble(), 9);
        var first = root.GetProperty("steps")[0].GetProperty("models")[1];
        Assert.Equal("Multiple Failed Internal Connections", first.GetProperty("model").GetString());
        Assert.Equal("00:02:30", first.GetProperty("time_to_detect").GetString());
        Assert.Equal(1, root.GetProperty("recall")[1].GetProperty("recall").GetDouble());
    }
}
