using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Contracts.Flows;
using Vigil.Detection.Devices;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Devices;

public sealed class ConnectionLogTests
{
    private const string Device = "10.20.0.5";

    /// <summary>The options of the silo's storage serializer (Orleans' SystemTextJsonGrainStorageSerializerOptions).</summary>
    private static readonly JsonSerializerOptions StorageOptions = new() { IncludeFields = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [Fact]
    public void Keeps_the_newest_lines_up_to_its_capacity_oldest_first()
    {
        var log = new ConnectionLog();
        for (var i = 0; i < ConnectionLog.Capacity + 10; i++)
        {
            log.Record(Final(i * Second, Device, "10.20.0.10", 502, "SF"), Device);
        }

        Assert.Equal(ConnectionLog.Capacity, log.Entries.Count);
        Assert.Equal(10 * Second, log.Entries[0].StartNs);
        Assert.Equal((ConnectionLog.Capacity + 9) * Second, log.Entries[^1].StartNs);
        Assert.Equal([(ConnectionLog.Capacity + 7) * Second, (ConnectionLog.Capacity + 8) * Second, (ConnectionLog.Capacity + 9) * Second],
            log.Latest(3).Select(line => line.StartNs));
    }

    [Fact]
    public void A_long_lived_connection_is_logged_when_it_starts_and_when_it_ends_but_not_in_between()
    {
        var log = new ConnectionLog();
        var poll = Final(0, Device, "10.20.0.10", 102, "S1") with { EndNs = Second, IsFinal = false };

        log.Record(poll, Device);
        log.Record(poll with { EndNs = Hour, IsFirst = false }, Device);
        log.Record(poll with { EndNs = 2 * Hour, IsFirst = false, IsFinal = true, State = "SF" }, Device);

        Assert.Equal([(true, "S1", Second), (false, "SF", 2 * Hour)], log.Entries.Select(line => (line.Open, line.State, line.EndNs)));
        Assert.False(log.Entries[0].Failed);
    }

    [Fact]
    public void A_line_is_seen_from_the_device_whichever_side_opened_the_connection()
    {
        var log = new ConnectionLog();
        log.Record(Final(0, Device, "10.20.0.10", 102, "SF", origBytes: 300, respBytes: 5_000), Device);
        log.Record(Final(Second, "10.10.0.66", Device, 3389, "REJ"), Device);

        var (outbound, inbound) = (log.Entries[0], log.Entries[1]);
        Assert.Equal(("10.20.0.10", true, (ushort)40000, (ushort)102, 300L, 5_000L), (outbound.Peer, outbound.Outbound, outbound.LocalPort, outbound.PeerPort, outbound.BytesSent, outbound.BytesReceived));
        Assert.Equal(("10.10.0.66", false, (ushort)3389, (ushort)40000, 0L, 100L), (inbound.Peer, inbound.Outbound, inbound.LocalPort, inbound.PeerPort, inbound.BytesSent, inbound.BytesReceived));
        Assert.True(inbound.Failed);
    }

    [Fact]
    public void Times_are_kept_to_the_millisecond_rounded_outwards()
    {
        var log = new ConnectionLog();
        log.Record(Final(0, Device, "10.20.0.10", 502, "SF") with { StartNs = 5 * Second + 1_999_999, EndNs = 6 * Second + 1 }, Device);

        Assert.Equal((5 * Second + 1_000_000, 6 * Second + 1_000_000), (log.Entries[0].StartNs, log.Entries[0].EndNs));
    }

    [Fact]
    public void Lines_come_back_unchanged_from_storage_and_share_their_strings()
    {
        var log = new ConnectionLog();
        var app = new ApplicationSummary { Operations = new Dictionary<string, int> { ["modbus/3"] = 6 } };
        log.Record(Final(Hour, Device, "10.20.0.10", 502, "SF") with { Service = "modbus", App = app }, Device);
        // Logged at its end, after a line that started later: the start goes backwards between stored lines.
        log.Record(Final(2 * Hour, "10.10.0.66", Device, 3389, "REJ") with { Protocol = 17, OrigPort = 65535 }, Device);
        log.Record(Final(Hour + Second, Device, "10.20.0.10", 502, "SF") with { EndNs = 3 * Hour, Service = "modbus", App = app, OrigBytes = 5_000_000_000 }, Device);
        log.Record(Final(4 * Hour, Device, "10.20.0.10", 102, "S1") with { IsFinal = false }, Device);

        var json = JsonSerializer.Serialize(log, StorageOptions);
        var read = JsonSerializer.Deserialize<ConnectionLog>(json, StorageOptions)!;

        Assert.Equal(log.Entries, read.Entries);
        Assert.Equal(json, JsonSerializer.Serialize(read, StorageOptions));
        Assert.Same(read.Entries[0].Peer, read.Entries[2].Peer);
        Assert.Same(read.Entries[0].Summary, read.Entries[2].Summary);
    }

    [Fact]
    public void An_empty_log_comes_back_empty()
    {
        var json = JsonSerializer.Serialize(new ConnectionLog(), StorageOptions);

        Assert.Empty(JsonSerializer.Deserialize<ConnectionLog>(json, StorageOptions)!.Entries);
    }

    [Theory]
    [InlineData("""{"Strings":["10.20.0.10","SF"],"Lines":"AgA="}""")]
    [InlineData("""{"Strings":[],"Lines":"AgIA"}""")]
    [InlineData("""{"Strings":["10.20.0.10"]}""")]
    public void Damaged_lines_fail_to_load_as_a_json_error(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ConnectionLog>(json, StorageOptions));

    [Fact]
    public void A_full_log_to_as_many_peers_as_lines_stays_under_10_KiB()
    {
        // A scanner's log: every line a different peer, so every line adds a table entry as well.
        var log = new ConnectionLog();
        for (var i = 0; i < ConnectionLog.Capacity; i++)
        {
            log.Record(Final(i * 37 * Second, Device, $"10.20.{i / 200}.{i % 200 + 10}", 102, "S0"), Device);
        }

        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(log, StorageOptions).Length, 1, 10 * 1024);
        Assert.Equal(ConnectionLog.Capacity, log.Entries.Select(line => line.Peer).Distinct().Count());
    }

    [Fact]
    public void An_equal_summary_is_shared_with_the_recent_line_that_has_it()
    {
        var log = new ConnectionLog();
        var app = new ApplicationSummary { Operations = new Dictionary<string, int> { ["s7comm/job/4"] = 2 } };
        log.Record(Final(0, Device, "10.20.0.10", 102, "SF") with { App = app }, Device);
        log.Record(Final(Second, Device, "10.20.0.11", 102, "SF") with { App = app }, Device);

        Assert.Same(log.Entries[0].Summary, log.Entries[1].Summary);
    }
}
