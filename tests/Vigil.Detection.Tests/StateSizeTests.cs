using System.Text.Json;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Devices;
using Xunit.Abstractions;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests;

/// <summary>
/// What one device costs in storage once its baseline is full: a SCADA server polling seven PLCs for two days,
/// with its event log at capacity. The whole state must stay under 16 KiB, so that hundreds of thousands of
/// devices fit in the database and in the silos' memory. Serialised with System.Text.Json's defaults, which
/// write at least the bytes the silo's serializer does (it also leaves out nulls).
/// </summary>
public sealed class StateSizeTests(ITestOutputHelper output)
{
    private const int MaxStateBytes = 16 * 1024;

    [Fact]
    public void A_SCADA_server_with_a_two_day_baseline_and_a_full_event_log_stays_under_16_KiB()
    {
        var plant = new Plant { Device = Plant.Scada, Zone = ZoneRoles.Ics, Subnet = Plant.Control };
        string[] plcs = ["10.20.0.10", "10.20.0.11", "10.20.0.12", "10.20.0.13", "10.20.0.14", "10.20.0.15", "10.20.0.16"];
        for (var minute = 0L; minute < 2 * 24 * 60; minute++)
        {
            var t = minute * Minute;
            // Each poll reads a varying number of values, so nearly every line's summary is a text of its own.
            var events = plcs.Select((plc, i) => Plant.WithApp(Final(t + i * Second + 123_456, Plant.Scada, plc, (ushort)(i < 3 ? 102 : 502), "SF", origBytes: 1_000 + minute, respBytes: 90_000 + minute),
                new ApplicationSummary
                {
                    Operations = new Dictionary<string, int>
                    {
                        [i < 3 ? "s7comm/job/4" : "modbus/3"] = (int)(minute % 97) + 1,
                        [i < 3 ? "s7comm/userdata/4/1" : "modbus/43"] = 1,
                        [i < 3 ? "s7comm/job/240" : "mei/14"] = 1,
                        [i < 3 ? "s7comm/job/5" : "modbus/16"] = 1,
                    },
                })).ToList();
            events.Add(Final(t + 30 * Second, Plant.Scada, "10.10.0.3", 53, "SF") with { Protocol = 17, Service = "dns" });
            plant.Step(t + Minute, [.. events]);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(plant.State);
        var parts = typeof(DeviceState).GetProperties().ToDictionary(p => p.Name, p => JsonSerializer.SerializeToUtf8Bytes(p.GetValue(plant.State)).Length);
        output.WriteLine($"total {bytes.Length} bytes: {string.Join(", ", parts.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}");
        Assert.Equal(ConnectionLog.Capacity, plant.State.EventLog.Entries.Count);
        Assert.Contains(plant.State.EventLog.Entries, line => line.Summary is { Length: > 40 });
        Assert.InRange(bytes.Length, 1, MaxStateBytes);
    }
}
