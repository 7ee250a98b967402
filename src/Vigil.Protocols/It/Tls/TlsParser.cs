using System.Buffers.Binary;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Tls;

/// <summary>
/// TLS over one TCP flow: frames records across segments, reassembles handshake messages across
/// records, and records the ClientHello (SNI, versions, ALPN, JA3, JA4), the ServerHello and the
/// server certificate (TLS ≤ 1.2; TLS 1.3 encrypts it). Encrypted records are skipped without
/// buffering. Also used by the RDP parser once RDP switches to TLS.
/// </summary>
public sealed class TlsParser : IStreamParser
{
    private const string Protocol = "tls";
    private readonly TlsHalf[] _halves = [new(), new()];
    private bool _certificateSeen;

    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        var half = _halves[(int)direction];
        if (half.Done)
        {
            return;
        }
        if (half.Skip > 0)
        {
            var skipped = Math.Min(half.Skip, data.Length);
            half.Skip -= skipped;
            data = data[skipped..];
        }
        if (data.IsEmpty)
        {
            return;
        }
        var input = half.Records.Prepend(data);
        var consumed = ReadRecords(half, direction, input, timestampNs, facts);
        if (!half.Done && !half.Records.Retain(input[consumed..]))
        {
            Abandon(half, "buffer_overflow", timestampNs, facts);
        }
    }

    public void OnGap(Direction direction)
    {
        // A lost segment leaves us mid-record with no way to find the next header: stop this direction.
        var half = _halves[(int)direction];
        half.Reset();
        half.Done = true;
    }

    /// <summary>Consumes whole records from <paramref name="input"/>; returns how many bytes were used.</summary>
    private int ReadRecords(TlsHalf half, Direction direction, ReadOnlySpan<byte> input, long timestampNs, FlowFacts facts)
    {
        var position = 0;
        while (!half.Done && input.Length - position >= TlsRecordLayer.HeaderLength)
        {
            var record = input[position..];
            var type = record[0];
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[3..]);
            if (type < TlsRecordLayer.ChangeCipherSpec || type > TlsRecordLayer.Heartbeat || record[1] != 3 || record[2] > 4
                || length > TlsRecordLayer.MaxRecordLength)
            {
                Abandon(half, "invalid_record", timestampNs, facts);
                return input.Length;
            }
            var available = record.Length - TlsRecordLayer.HeaderLength;
            if (type == TlsRecordLayer.Handshake && !half.Encrypted)
            {
                if (available < length)
                {
                    return position; // need more data: keep the whole record
                }
                ReadHandshakeFragment(half, direction, record.Slice(TlsRecordLayer.HeaderLength, length), timestampNs, facts);
                position += TlsRecordLayer.HeaderLength + length;
                continue;
            }
            if (type is TlsRecordLayer.ChangeCipherSpec or TlsRecordLayer.ApplicationData)
            {
                half.Encrypted = true;
                half.Handshake.Clear();
            }
            if (available < length)
            {
                half.Skip = length - available;
                return input.Length;
            }
            position += TlsRecordLayer.HeaderLength + length;
        }
        return position;
    }

    private void ReadHandshakeFragment(TlsHalf half, Direction direction, ReadOnlySpan<byte> fragment, long timestampNs, FlowFacts facts)
    {
        var messages = half.Handshake.Prepend(fragment);
        var position = 0;
        while (messages.Length - position >= 4)
        {
            var type = messages[position];
            var length = messages[position + 1] << 16 | messages[position + 2] << 8 | messages[position + 3];
            if (length > TlsHalf.MaxHandshakeLength)
            {
                // Too big to reassemble; later handshake records are passed over like encrypted ones.
                facts.AddAnomaly(Protocol, "handshake_too_large", timestampNs);
                half.Encrypted = true;
                half.Handshake.Clear();
                return;
            }
            if (messages.Length - position - 4 < length)
            {
                break;
            }
            OnHandshakeMessage(direction, type, messages.Slice(position + 4, length), timestampNs, facts);
            position += 4 + length;
        }
        if (!half.Handshake.Retain(messages[position..]))
        {
            facts.AddAnomaly(Protocol, "handshake_too_large", timestampNs);
            half.Encrypted = true;
        }
    }

    private void OnHandshakeMessage(Direction direction, byte type, ReadOnlySpan<byte> body, long timestampNs, FlowFacts facts)
    {
        switch (type)
        {
            case TlsRecordLayer.ClientHello when direction == Direction.FromOriginator:
                facts.AddOperation("tls/client_hello");
                TlsHandshakeFacts.OnClientHello(body, timestampNs, facts);
                break;
            case TlsRecordLayer.ServerHello when direction == Direction.FromResponder:
                facts.AddOperation("tls/server_hello");
                TlsHandshakeFacts.OnServerHello(body, timestampNs, facts);
                break;
            case TlsRecordLayer.Certificate when direction == Direction.FromResponder && !_certificateSeen:
                _certificateSeen = true;
                facts.AddOperation("tls/certificate");
                TlsHandshakeFacts.OnCertificate(body, timestampNs, facts);
                break;
        }
    }

    private static void Abandon(TlsHalf half, string kind, long timestampNs, FlowFacts facts)
    {
        facts.AddAnomaly(Protocol, kind, timestampNs);
        half.Reset();
        half.Done = true;
    }
}
