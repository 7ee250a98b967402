using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Smb;

/// <summary>
/// Reads SMB2/3 messages (MS-SMB2 2.2.1), following compound chains (NextCommand):
/// <code>
/// | 0xFE 'S' 'M' 'B' | StructureSize = 64 (2) | CreditCharge (2) | Status (4) | Command (2) |
/// | Credits (2) | Flags (4, bit 0 = response) | NextCommand (4) | MessageId (8) | … 64 bytes |
/// NEGOTIATE response body:    | StructureSize = 65 (2) | SecurityMode (2) | DialectRevision (2) | …
/// TREE_CONNECT request body:  | StructureSize = 9 (2) | Flags (2) | PathOffset (2) | PathLength (2) |
/// </code>
/// Requests count as "smb2/&lt;command&gt;". All multi-byte fields are little-endian.
/// </summary>
public static class Smb2Reader
{
    public const int HeaderLength = 64;
    private const string Protocol = "smb";
    private const ushort Negotiate = 0;
    private const ushort TreeConnect = 3;
    private const int MaxCompound = 32;
    private const int MaxTrees = 16;
    private const int MaxPathBytes = 1024;

    public static void Read(ReadOnlySpan<byte> message, long timestampNs, FlowFacts facts)
    {
        var smb = facts.Smb ??= new SmbFacts();
        var offset = 0;
        for (var i = 0; i < MaxCompound; i++)
        {
            var header = message[offset..];
            if (header.Length < HeaderLength || !header.StartsWith(SmbMagic.Smb2) || BinaryPrimitives.ReadUInt16LittleEndian(header[4..]) != HeaderLength)
            {
                facts.AddAnomaly(Protocol, "invalid_smb2_header", timestampNs);
                return;
            }
            var command = BinaryPrimitives.ReadUInt16LittleEndian(header[12..]);
            var isResponse = (BinaryPrimitives.ReadUInt32LittleEndian(header[16..]) & 1) != 0;
            var next = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            if (!isResponse)
            {
                facts.AddOperation("smb2/" + command.ToString(CultureInfo.InvariantCulture));
            }
            var body = header[HeaderLength..];
            if (command == Negotiate && isResponse && body.Length >= 6)
            {
                smb.Dialect = BinaryPrimitives.ReadUInt16LittleEndian(body[4..]);
            }
            else if (command == TreeConnect && !isResponse && body.Length >= 8)
            {
                ReadTreePath(header, body, smb);
            }
            // NextCommand is 8-byte aligned and must move forward inside the message.
            if (next == 0 || next < HeaderLength || next >= header.Length)
            {
                return;
            }
            offset += (int)next;
        }
    }

    private static void ReadTreePath(ReadOnlySpan<byte> header, ReadOnlySpan<byte> body, SmbFacts smb)
    {
        var pathOffset = BinaryPrimitives.ReadUInt16LittleEndian(body[4..]);
        var pathLength = BinaryPrimitives.ReadUInt16LittleEndian(body[6..]);
        if (pathLength == 0 || pathLength > MaxPathBytes || pathOffset + pathLength > header.Length || smb.Trees.Count >= MaxTrees)
        {
            return;
        }
        var path = Encoding.Unicode.GetString(header.Slice(pathOffset, pathLength & ~1));
        if (!smb.Trees.Contains(path))
        {
            smb.Trees.Add(path);
        }
    }
}
