using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Contracts.Devices;

namespace Vigil.Detection.Devices;

/// <summary>
/// Stores a <see cref="ConnectionLog"/> as a string table and its lines packed as bytes (base64 in the JSON):
/// <code>
/// {"Strings":["10.20.0.10","SF","s7comm","s7comm/job/4 x6"],"Lines":"lsDX0d5hGQABBsCHA2YCtgLKEAMEwAEQ..."}
/// </code>
/// Each line is a run of variable-length unsigned integers (7 bits a byte, as <see cref="BinaryWriter.Write7BitEncodedInt64"/>):
/// <code>
///  start     ms since the previous line's start (the first: since the epoch), zigzag-signed: a line logged when
///            a long connection ends starts before the line logged before it
///  duration  ms
///  peer      index into Strings
///  flags     1 = outbound (the device opened it), 2 = open (logged at its start)
///  protocol  IP protocol number
///  local port, peer port
///  state     index into Strings
///  bytes sent, bytes received
///  service, summary   index into Strings + 1; 0 = none
/// </code>
/// Why bytes and not JSON: a line is about 20 bytes this way, 40 as a JSON array of the same numbers, 120 as an
/// object with one-letter names and 600 as the flow report it came from. A full log of 256 lines is then about
/// 5 KB, which leaves the models most of the 16 KiB a device's state may take. The peers and texts stay
/// readable in the table; the lines themselves are read through the API (<c>/api/devices/{ip}/connections</c>).
/// Reading gives every line the table's instance of each string, so 256 lines to one peer hold one copy of it.
/// </summary>
public sealed class ConnectionLogJsonConverter : JsonConverter<ConnectionLog>
{
    private const long Millisecond = 1_000_000;
    private const byte Outbound = 1, Open = 2;

    public override ConnectionLog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = JsonSerializer.Deserialize<Stored>(ref reader, options) ?? throw new JsonException("The event log is null.");
        try
        {
            return Unpack(stored);
        }
        catch (Exception error) when (error is EndOfStreamException or FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new JsonException($"The event log's lines are damaged: {error.Message}", error);
        }
    }

    public override void Write(Utf8JsonWriter writer, ConnectionLog log, JsonSerializerOptions options)
    {
        var strings = new List<string>();
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        int Index(string text)
        {
            if (!indices.TryGetValue(text, out var index))
            {
                index = strings.Count;
                indices[text] = index;
                strings.Add(text);
            }
            return index;
        }

        using var bytes = new MemoryStream(log.Entries.Count * 24);
        using (var lines = new BinaryWriter(bytes))
        {
            var previousStartMs = 0L;
            foreach (var line in log.Entries)
            {
                var startMs = line.StartNs / Millisecond;
                var delta = startMs - previousStartMs;
                lines.Write7BitEncodedInt64((delta << 1) ^ (delta >> 63));
                lines.Write7BitEncodedInt64(line.EndNs / Millisecond - startMs);
                lines.Write7BitEncodedInt(Index(line.Peer));
                lines.Write((byte)((line.Outbound ? Outbound : 0) | (line.Open ? Open : 0)));
                lines.Write(line.Protocol);
                lines.Write7BitEncodedInt(line.LocalPort);
                lines.Write7BitEncodedInt(line.PeerPort);
                lines.Write7BitEncodedInt(Index(line.State));
                lines.Write7BitEncodedInt64(line.BytesSent);
                lines.Write7BitEncodedInt64(line.BytesReceived);
                lines.Write7BitEncodedInt(line.Service is null ? 0 : Index(line.Service) + 1);
                lines.Write7BitEncodedInt(line.Summary is null ? 0 : Index(line.Summary) + 1);
                previousStartMs = startMs;
            }
        }
        JsonSerializer.Serialize(writer, new Stored(strings, bytes.ToArray()), options);
    }

    private static ConnectionLog Unpack(Stored stored)
    {
        if (stored.Strings is null || stored.Lines is null)
        {
            throw new JsonException("The event log lacks its strings or its lines.");
        }
        var strings = stored.Strings;
        var log = new ConnectionLog();
        using var lines = new BinaryReader(new MemoryStream(stored.Lines, writable: false));
        var startMs = 0L;
        while (lines.BaseStream.Position < lines.BaseStream.Length)
        {
            // In the order of the layout above.
            var zigzag = lines.Read7BitEncodedInt64();
            startMs += (long)((ulong)zigzag >> 1) ^ -(zigzag & 1);
            var durationMs = lines.Read7BitEncodedInt64();
            var peer = strings[lines.Read7BitEncodedInt()];
            var flags = lines.ReadByte();
            var protocol = lines.ReadByte();
            var localPort = checked((ushort)lines.Read7BitEncodedInt());
            var peerPort = checked((ushort)lines.Read7BitEncodedInt());
            var state = strings[lines.Read7BitEncodedInt()];
            var bytesSent = lines.Read7BitEncodedInt64();
            var bytesReceived = lines.Read7BitEncodedInt64();
            var service = lines.Read7BitEncodedInt();
            var summary = lines.Read7BitEncodedInt();
            log.Add(new LoggedConnection
            {
                StartNs = startMs * Millisecond,
                EndNs = (startMs + durationMs) * Millisecond,
                Peer = peer,
                Outbound = (flags & Outbound) != 0,
                Open = (flags & Open) != 0,
                Protocol = protocol,
                LocalPort = localPort,
                PeerPort = peerPort,
                State = state,
                BytesSent = bytesSent,
                BytesReceived = bytesReceived,
                Service = service == 0 ? null : strings[service - 1],
                Summary = summary == 0 ? null : strings[summary - 1],
            });
        }
        return log;
    }

    /// <summary>The stored shape, serialised with the caller's options so its member names follow theirs.</summary>
    private sealed record Stored(IReadOnlyList<string> Strings, byte[] Lines);
}
