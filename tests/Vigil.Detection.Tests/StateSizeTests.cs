using System.Text.Json;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Xunit.Abstractions;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests;

/// <summary>
/// What one device costs in storage once its baseline is full: a SCADA server polling seven PLCs for two
/// days. The models' state stays a few KiB; the event log (256 whole flow reports, about 600 bytes each)
/// is most of the bytes and is bounded by its capacity, not by the models.
/// </summary>
public sealed class StateSizeTests(ITestOutputHelper output)
{
    [Fact]
    public void A_SCADA_server_with_a_two_day_baseline_keeps_its_model_state_under_16_KiB()
    {
        var plant = new Plant { Device = Plant.Scada, Zone = ZoneRoles.Ics, Subnet = Plant.Control };
        string[] plcs = ["10.20.0.10", "10.20.0.11", "10.20.0.12", "10.20.0.13", "10.20.0.14", "10.20.0.15", "10.20.0.16"];
        for (var minute = 0L; minute < 2 * 24 * 60; minute++)
        {
            var t = minute * Minute;
            var events = plcs.Select((plc, i) => Plant.WithApp(Final(t + i * Second, Plant.Scada, plc, (ushort)(i < 3 ? 102 : 502), "SF"),
                new ApplicationSummary { Operations = new Dictionary<string, int> { [i < 3 ? "s7comm/job/4" : "modbus/3"] = 6 } })).ToList();
            events.Add(Final(t + 30 * Second, Plant.Scada, "10.10.0.3", 53, "SF") with { Protocol = 17 });
            plant.Step(t + Minute, [.. events]);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(plant.State);
        var parts = typeof(DeviceState).GetProperties().ToDictionary(p => p.Name, p => JsonSerializer.SerializeToUtf8Bytes(p.GetValue(plant.State)).Length);
        output.WriteLine($"total {bytes.Length} bytes: {string.Join(", ", parts.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}");
        Assert.InRange(bytes.Length - parts[nameof(DeviceState.History)], 1, 16 * 1024);
        Assert.Equal(Devices.ConnectionHistory.Capacity, plant.State.History.Recent.Count);
    }
}
