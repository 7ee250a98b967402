using System.Text.Json;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Directory;
using Vigil.Contracts.Time;

namespace Vigil.Api.Models;

/// <summary>Turns grain contracts into the API's JSON shapes: times as ISO-8601, evidence as an object.</summary>
public static class Mapping
{
    /// <summary>Capture time as ISO-8601, or null for "never" (0).</summary>
    public static string? Time(long ns) => ns <= 0 ? null : CaptureTime.ToIso(ns);

    public static DeviceSummary ToSummary(DeviceListEntry entry, DeviceSnapshot snapshot) => new()
    {
        Ip = entry.Ip,
        Subnet = entry.Subnet,
        FirstSeen = Time(entry.FirstSeenNs),
        LastSeen = Time(entry.LastSeenNs),
        Vlans = entry.Vlans,
        Services = entry.Services,
        Peers = snapshot.Peers,
        Flows = snapshot.Flows,
        BytesSent = snapshot.BytesSent,
        BytesReceived = snapshot.BytesReceived,
        Alerts = snapshot.Alerts,
        Names = snapshot.Names,
        Vendor = snapshot.Vendor,
        Product = snapshot.Product,
        Role = snapshot.Role,
        // The directory holds the zone the ingest's zone map gave; a grain's snapshot has none in a cluster.
        Zone = entry.Zone ?? snapshot.Zone,
        ZoneName = entry.ZoneName,
    };

    /// <summary>The snapshot with the directory's zone when the grain has none (cluster mode).</summary>
    public static DeviceSnapshot WithZone(DeviceSnapshot snapshot, DeviceListEntry? entry) =>
        entry?.Zone is null || snapshot.Zone is not null ? snapshot : snapshot with { Zone = entry.Zone, ZoneEvidence = entry.ZoneEvidence };

    public static DeviceDetail ToDetail(DeviceSnapshot snapshot, DeviceListEntry? entry = null) => new()
    {
        Ip = snapshot.Ip,
        Subnet = snapshot.Subnet,
        Macs = snapshot.Macs,
        Vlans = snapshot.Vlans,
        FirstSeen = Time(snapshot.FirstSeenNs),
        LastSeen = Time(snapshot.LastSeenNs),
        Peers = snapshot.Peers,
        ServicesOffered = snapshot.ServicesOffered,
        ServicesUsed = snapshot.ServicesUsed,
        Flows = snapshot.Flows,
        BytesSent = snapshot.BytesSent,
        BytesReceived = snapshot.BytesReceived,
        Alerts = snapshot.Alerts,
        Names = snapshot.Names,
        Vendor = snapshot.Vendor,
        Product = snapshot.Product,
        Role = snapshot.Role,
        RoleEvidence = snapshot.RoleEvidence,
        Zone = entry?.Zone ?? snapshot.Zone,
        ZoneName = entry?.ZoneName,
        ZoneEvidence = entry?.ZoneEvidence ?? snapshot.ZoneEvidence,
    };

    /// <summary>A line of <paramref name="device"/>'s event log, written as the connection it was (originator and responder).</summary>
    public static ConnectionEntry ToConnection(LoggedConnection line, string device) => new()
    {
        Start = CaptureTime.ToIso(line.StartNs),
        End = CaptureTime.ToIso(line.EndNs),
        Direction = line.Outbound ? "out" : "in",
        Peer = line.Peer,
        Orig = line.Outbound ? device : line.Peer,
        OrigPort = line.Outbound ? line.LocalPort : line.PeerPort,
        Resp = line.Outbound ? line.Peer : device,
        RespPort = line.Outbound ? line.PeerPort : line.LocalPort,
        Proto = ProtocolName(line.Protocol),
        State = line.State,
        Open = line.Open,
        Failed = line.Failed,
        Service = line.Service,
        OrigBytes = line.Outbound ? line.BytesSent : line.BytesReceived,
        RespBytes = line.Outbound ? line.BytesReceived : line.BytesSent,
        Summary = line.Summary,
    };

    public static AlertEntry ToEntry(AlertRecord record) => new()
    {
        Id = record.Id,
        Time = CaptureTime.ToIso(record.Alert.TimeNs),
        Device = record.Alert.Device,
        Model = record.Alert.Model,
        Score = record.Alert.Score,
        Summary = record.Alert.Summary,
        Evidence = ParseEvidence(record.Alert.EvidenceJson),
        Incident = record.Alert.Incident,
        IsUpdate = record.Alert.IsUpdate,
        End = record.Alert.EndNs > 0 ? CaptureTime.ToIso(record.Alert.EndNs) : null,
        Acknowledged = record.Acknowledgement is { } ack ? ToEntry(ack) : null,
    };

    public static IncidentSummary ToSummary(IncidentRecord record) => new()
    {
        Id = record.Id,
        Type = record.Incident.Type,
        Title = record.Incident.Title,
        Summary = record.Incident.Summary,
        Start = CaptureTime.ToIso(record.Incident.StartNs),
        End = CaptureTime.ToIso(record.Incident.EndNs),
        Score = record.Incident.Score,
        Devices = record.Incident.Devices,
        Alerts = record.Incident.Timeline.Count,
        Models = [.. record.Incident.Timeline.Select(a => a.Model).Distinct(StringComparer.Ordinal)],
        Acknowledged = record.Acknowledgement is { } ack ? ToEntry(ack) : null,
        Comments = record.Comments.Count,
    };

    public static TimelineEntry ToTimeline(Alert alert) => new()
    {
        Time = CaptureTime.ToIso(alert.TimeNs),
        End = alert.EndNs > alert.TimeNs ? CaptureTime.ToIso(alert.EndNs) : null,
        Device = alert.Device,
        Model = alert.Model,
        Score = alert.Score,
        Summary = alert.Summary,
        Peers = alert.Peers,
        Evidence = ParseEvidence(alert.EvidenceJson),
    };

    public static CommentEntry ToEntry(IncidentComment comment) => new(comment.By, WallTime(comment.AtUnixMs), comment.Text);

    public static AcknowledgementEntry ToEntry(AlertAcknowledgement ack) => new(ack.By, WallTime(ack.AtUnixMs), ack.Comment);

    private static string WallTime(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    public static ConduitInfo ToConduit(Conduit conduit) =>
        new(conduit.FromSubnet, conduit.ToSubnet, conduit.Service, conduit.Flows, conduit.Failed, Time(conduit.FirstNs == long.MaxValue ? 0 : conduit.FirstNs), Time(conduit.LastNs),
            conduit.FromZone, conduit.ToZone, conduit.InBaseline);

    public static string ProtocolName(byte protocol) => protocol switch
    {
        6 => "tcp",
        17 => "udp",
        1 => "icmp",
        58 => "icmp6",
        _ => protocol.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static JsonElement ParseEvidence(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Evidence is written by our models; should one ever be malformed, show it as text rather than fail the list.
            return JsonSerializer.SerializeToElement(new { raw = json });
        }
    }
}
