using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Dns;

/// <summary>
/// Reads one DNS message (RFC 1035 §4.1) into the flow's facts:
/// <code>
/// header:   | ID (2) | QR(1) Opcode(4) AA TC RD RA Z(3) RCODE(4) | QDCOUNT | ANCOUNT | NSCOUNT | ARCOUNT |
/// question: | QNAME | QTYPE (2) | QCLASS (2) |
/// RR:       | NAME | TYPE (2) | CLASS (2) | TTL (4) | RDLENGTH (2) | RDATA |
/// </code>
/// Queries count as operations "dns/&lt;qtype&gt;"; A, AAAA and PTR answers name addresses.
/// </summary>
public static class DnsMessageReader
{
    public const int HeaderLength = 12;
    private const string Protocol = "dns";
    /// <summary>Records read per section at most; real messages have a handful, a hostile header claims 65535.</summary>
    private const int MaxRecordsPerSection = 64;
    private const ushort TypeA = 1;
    private const ushort TypePtr = 12;
    private const ushort TypeAaaa = 28;
    private const byte NameError = 3;

    public static void Read(ReadOnlySpan<byte> message, long timestampNs, FlowFacts facts)
    {
        if (message.Length < HeaderLength)
        {
            facts.AddAnomaly(Protocol, "truncated", timestampNs);
            return;
        }
        var dns = facts.Dns ??= new DnsFacts();
        var flags = BinaryPrimitives.ReadUInt16BigEndian(message[2..]);
        var isResponse = (flags & 0x8000) != 0;
        var questions = BinaryPrimitives.ReadUInt16BigEndian(message[4..]);
        var answers = BinaryPrimitives.ReadUInt16BigEndian(message[6..]);
        if (isResponse && (flags & 0x000F) == NameError)
        {
            dns.NameErrors++;
        }
        var offset = HeaderLength;
        for (var i = 0; i < Math.Min((int)questions, MaxRecordsPerSection); i++)
        {
            var status = DnsNameReader.TryRead(message, ref offset, out var name);
            if (status != DnsNameStatus.Ok || offset + 4 > message.Length)
            {
                Anomaly(status, timestampNs, facts);
                return;
            }
            var type = BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
            offset += 4;
            if (!isResponse)
            {
                facts.AddOperation("dns/" + type.ToString(CultureInfo.InvariantCulture));
            }
            AddBounded(dns.Queries, name);
        }
        if (!isResponse)
        {
            return;
        }
        for (var i = 0; i < Math.Min((int)answers, MaxRecordsPerSection); i++)
        {
            var status = DnsNameReader.TryRead(message, ref offset, out var owner);
            if (status != DnsNameStatus.Ok || offset + 10 > message.Length)
            {
                Anomaly(status, timestampNs, facts);
                return;
            }
            var type = BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
            var dataLength = BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 8)..]);
            var dataOffset = offset + 10;
            if (dataOffset + dataLength > message.Length)
            {
                Anomaly(DnsNameStatus.Truncated, timestampNs, facts);
                return;
            }
            OnAnswer(message, owner, type, dataOffset, dataLength, dns);
            offset = dataOffset + dataLength;
        }
    }

    private static void OnAnswer(ReadOnlySpan<byte> message, string owner, ushort type, int dataOffset, int dataLength, DnsFacts dns)
    {
        var data = message.Slice(dataOffset, dataLength);
        switch (type)
        {
            case TypeA when dataLength == 4:
            case TypeAaaa when dataLength == 16:
                AddBounded(dns.Answers, new KeyValuePair<string, string>(owner, new IPAddress(data).ToString()));
                break;
            case TypePtr:
                var target = dataOffset;
                if (DnsNameReader.TryRead(message, ref target, out var host) == DnsNameStatus.Ok
                    && DnsReverseName.ToAddress(owner) is { } address)
                {
                    AddBounded(dns.Answers, new KeyValuePair<string, string>(host, address));
                }
                break;
        }
    }

    private static void AddBounded<T>(List<T> list, T item)
    {
        if (list.Count < DnsFacts.MaxEntries && !list.Contains(item))
        {
            list.Add(item);
        }
    }

    private static void Anomaly(DnsNameStatus status, long timestampNs, FlowFacts facts) =>
        facts.AddAnomaly(Protocol, status switch
        {
            DnsNameStatus.PointerLoop => "name_pointer_loop",
            DnsNameStatus.Invalid => "invalid_name",
            _ => "truncated",
        }, timestampNs);
}
