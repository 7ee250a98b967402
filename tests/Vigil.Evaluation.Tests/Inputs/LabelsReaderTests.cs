using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Tests.Fixtures;

namespace Vigil.Evaluation.Tests.Inputs;

public sealed class LabelsReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    [Fact]
    public void Reads_the_simulator_format_and_ignores_fields_scoring_does_not_need()
    {
        var truth = FixtureFiles.ReadLabels();
        Assert.Equal("fixture", truth.Scenario);
        Assert.Equal(7UL, truth.Seed);
        Assert.Equal(new DateTimeOffset(2024, 4, 23, 0, 0, 0, TimeSpan.Zero), truth.LearningEnd);
        Assert.Equal(["10.0.1.10", "10.0.1.50", "10.0.2.10", "10.0.2.20"], truth.Devices.Select(d => d.Ip));
        Assert.Equal(["scan", "writes", "new_laptop"], truth.Steps.Select(s => s.Name));
        Assert.False(truth.Steps[2].IsAttack);
        Assert.Equal(["10.0.2.20"], truth.Steps[0].Targets);
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var path = _files.PathOf("nope.labels.json");
        var error = Assert.Throws<EvaluationInputException>(() => LabelsReader.Read(path));
        Assert.Equal($"{path}: labels file not found.", error.Message);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("null")]
    [InlineData("[]")]
    public void Text_that_is_not_a_labels_object_is_one_line_error(string text)
    {
        var path = _files.Write("bad.labels.json", text);
        var error = Assert.Throws<EvaluationInputException>(() => LabelsReader.Read(path));
        Assert.StartsWith($"{path}: not a labels file", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_missing_field_is_an_error_not_a_default()
    {
        var text = File.ReadAllText(FixtureFiles.Labels).Replace("\"learning_end\"", "\"learning_ended\"", StringComparison.Ordinal);
        var path = _files.Write("no-learning.labels.json", text);
        var error = Assert.Throws<EvaluationInputException>(() => LabelsReader.Read(path));
        Assert.Contains("learning_end", error.Message);
    }

    [Fact]
    public void An_unknown_step_kind_is_an_error()
    {
        var text = File.ReadAllText(FixtureFiles.Labels).Replace("\"benign_change\"", "\"benign\"", StringComparison.Ordinal);
        var path = _files.Write("kind.labels.json", text);
        var error = Assert.Throws<EvaluationInputException>(() => LabelsReader.Read(path));
        Assert.Contains("step 'new_laptop' has kind 'benign'", error.Message);
    }

    [Fact]
    public void A_step_that_ends_before_it_starts_is_an_error()
    {
        var text = File.ReadAllText(FixtureFiles.Labels).Replace("\"end\": \"2024-04-23T10:20:00+00:00\"", "\"end\": \"2024-04-23T09:00:00+00:00\"", StringComparison.Ordinal);
        var path = _files.Write("backwards.labels.json", text);
        var error = Assert.Throws<EvaluationInputException>(() => LabelsReader.Read(path));
        Assert.Contains("step 'scan' ends before it starts", error.Message);
    }

    public void Dispose() => _files.Dispose();
}
