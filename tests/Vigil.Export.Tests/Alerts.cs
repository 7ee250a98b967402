using Vigil.Contracts.Alerts;

namespace Vigil.Export.Tests;

/// <summary>Alerts with the awkward characters each format must escape.</summary>
internal static class Alerts
{
    public const long TimeNs = 1_713_751_262_500_000_000; // 2024-04-22T02:01:02.5Z

    public static AlertRecord Scan(long id = 7) => new()
    {
        Id = id,
        Alert = new Alert
        {
            TimeNs = TimeNs,
            Device = "10.10.0.66",
            Model = ModelNames.MultipleFailedInternalConnections,
            Score = 0.99,
            Summary = "10.10.0.66 made 10 failed attempts | to 10.20.0.0/24 [S7=102] \"quoted\" \\ back",
            EvidenceJson = """{"failed_attempts":10,"last_target":"10.20.0.5:502"}""",
        },
    };
}
