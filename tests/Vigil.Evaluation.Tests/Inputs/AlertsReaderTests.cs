using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Tests.Fixtures;

namespace Vigil.Evaluation.Tests.Inputs;

public sealed class AlertsReaderTests : IDisposable
{
    private const string Good = """{"time":"2024-04-23T10:02:30.123456Z","device":"10.0.1.50","model":"Network Scan","score":0.9,"summary":"s","evidence":{"a":1}}""";

    private readonly TempFiles _files = new();

    [Fact]
    public void Reads_every_line_and_skips_blank_ones()
    {
        var alerts = FixtureFiles.ReadAlerts();
        Assert.Equal(9, alerts.Count);
        Assert.Equal(new DateTimeOffset(2024, 4, 23, 10, 2, 30, TimeSpan.Zero), alerts[1].Time);
        Assert.Equal(("10.0.1.50", "Multiple Failed Internal Connections", 0.9), (alerts[1].Device, alerts[1].Model, alerts[1].Score));
    }

    [Fact]
    public void Keeps_microseconds_and_an_absent_summary_is_empty()
    {
        var alert = AlertsReader.Parse(Good.Replace(",\"summary\":\"s\"", "", StringComparison.Ordinal), "here");
        Assert.Equal(new DateTimeOffset(2024, 4, 23, 10, 2, 30, TimeSpan.Zero).AddTicks(1_234_560), alert.Time);
        Assert.Equal("", alert.Summary);
    }

    [Fact]
    public void Reads_the_times_an_alert_was_updated()
    {
        var alert = AlertsReader.Parse(Good.Replace("}}", "},\"updates\":[\"2024-04-23T10:05:00Z\",\"2024-04-23T11:00:00.5Z\"]}", StringComparison.Ordinal), "here");
        Assert.Equal([new DateTimeOffset(2024, 4, 23, 10, 5, 0, TimeSpan.Zero), new DateTimeOffset(2024, 4, 23, 11, 0, 0, 500, TimeSpan.Zero)], alert.Updates);
        Assert.Empty(AlertsReader.Parse(Good, "here").Updates);
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var path = _files.PathOf("alerts.jsonl");
        var error = Assert.Throws<EvaluationInputException>(() => AlertsReader.Read(path));
        Assert.Equal($"{path}: alerts file not found.", error.Message);
    }

    [Fact]
    public void An_empty_file_has_no_alerts()
    {
        Assert.Empty(AlertsReader.Read(_files.Write("alerts.jsonl", "")));
    }

    [Theory]
    [InlineData("{\"time\":", "not JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"device\":\"10.0.1.50\",\"model\":\"Network Scan\",\"score\":0.9}", "\"time\" is missing")]
    [InlineData("{\"time\":\"yesterday\",\"device\":\"10.0.1.50\",\"model\":\"Network Scan\",\"score\":0.9}", "'yesterday' is not an ISO-8601 time")]
    [InlineData("{\"time\":\"2024-04-23T10:00:00Z\",\"model\":\"Network Scan\",\"score\":0.9}", "\"device\" is missing")]
    [InlineData("{\"time\":\"2024-04-23T10:00:00Z\",\"device\":\"10.0.1.50\",\"model\":\"\",\"score\":0.9}", "\"model\" is missing or not a non-empty string")]
    [InlineData("{\"time\":\"2024-04-23T10:00:00Z\",\"device\":\"10.0.1.50\",\"model\":\"Network Scan\",\"score\":\"high\"}", "\"score\" is missing or not a number")]
    [InlineData("{\"time\":\"2024-04-23T10:00:00Z\",\"device\":\"10.0.1.50\",\"model\":\"Network Scan\",\"score\":0.9,\"updates\":[\"later\"]}", "\"updates\" holds 'later'")]
    public void A_bad_line_is_a_one_line_error_naming_its_number(string line, string expected)
    {
        var path = _files.Write("alerts.jsonl", $"{Good}\n\n{line}\n{Good}\n");
        var error = Assert.Throws<EvaluationInputException>(() => AlertsReader.Read(path));
        Assert.StartsWith($"{path} line 3: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    public void Dispose() => _files.Dispose();
}
