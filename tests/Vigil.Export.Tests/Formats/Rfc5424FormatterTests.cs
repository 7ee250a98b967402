using System.Text.RegularExpressions;
using Vigil.Contracts.Alerts;
using Vigil.Export.Formats;

namespace Vigil.Export.Tests.Formats;

public sealed partial class Rfc5424FormatterTests
{
    [Fact]
    public void A_message_follows_the_rfc_5424_grammar_and_escapes_structured_data()
    {
        var line = new Rfc5424Formatter("vigil-01").Format(Alerts.Scan() with { Alert = Alerts.Scan().Alert with { Device = "a\"b]c\\d" } });
        var match = Syslog().Match(line);
        Assert.True(match.Success, line);
        Assert.Equal("130", match.Groups["pri"].Value); // local0 (16) × 8 + critical (2)
        Assert.Equal("2024-04-22T02:01:02.500000Z", match.Groups["time"].Value);
        Assert.Equal("vigil-01", match.Groups["host"].Value);
        // MSGID is at most 32 characters (§6): the 33-letter model id is cut.
        Assert.Equal("MultipleFailedInternalConnection", match.Groups["msgid"].Value);
        Assert.Contains("device=\"a\\\"b\\]c\\\\d\"", match.Groups["sd"].Value);
        Assert.StartsWith("10.10.0.66 made 10 failed attempts", match.Groups["msg"].Value);
    }

    [Theory]
    [InlineData(0.95, 130)]
    [InlineData(0.75, 131)]
    [InlineData(0.55, 132)]
    [InlineData(0.10, 133)]
    public void The_score_sets_the_severity(double score, int pri)
    {
        var record = new AlertRecord { Id = 1, Alert = Alerts.Scan().Alert with { Score = score } };
        Assert.StartsWith($"<{pri}>1 ", new Rfc5424Formatter("h").Format(record));
    }

    /// <summary>RFC 5424 §6: HEADER SP STRUCTURED-DATA SP MSG, with one SD-ELEMENT whose values may hold escaped '"', '\' and ']'.</summary>
    [GeneratedRegex("""^<(?<pri>\d{1,3})>1 (?<time>\S+) (?<host>\S{1,255}) (?<app>\S{1,48}) (?<proc>\S{1,128}) (?<msgid>\S{1,32}) (?<sd>\[vigil@32473(?: [a-z]+="(?:[^"\\\]]|\\["\\\]])*")+\]) (?<msg>.*)$""")]
    private static partial Regex Syslog();
}
