using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Smb;

/// <summary>
/// Reads SMB1 (MS-CIFS 2.2.3.1) just enough to label it: requests count as "smb1/&lt;command&gt;"
/// (114 NEGOTIATE, 117 TREE_CONNECT_ANDX …) and tree connect paths are kept.
/// <code>
/// | 0xFF 'S' 'M' 'B' | Command (1) | Status (4) | Flags (1, 0x80 reply) | Flags2 (2, 0x8000 Unicode) | … 32 bytes |
/// TREE_CONNECT_ANDX request: | WordCount = 4 | AndX (4) | Flags (2) | PasswordLength (2) | ByteCount (2) |
///                            | Password | [pad to even] | Path (NUL-terminated) | Service |
/// </code>
/// </summary>
public static class Smb1Reader
{
    public const int HeaderLength = 32;
    private const byte TreeConnectAndX = 0x75;
    private const int MaxTrees = 16;
    private const int MaxPathChars = 512;

    public static void Read(ReadOnlySpan<byte> message, long timestampNs, FlowFacts facts)
    {
        if (message.Length < HeaderLength)
        {
            facts.AddAnomaly("smb", "truncated", timestampNs);
            return;
        }
        var smb = facts.Smb ??= new SmbFacts();
        smb.Smb1 = true;
        var command = message[4];
        var isReply = (message[9] & 0x80) != 0;
        if (isReply)
        {
            return;
        }
        facts.AddOperation("smb1/" + command.ToString(CultureInfo.InvariantCulture));
        if (command == TreeConnectAndX && TryReadTreePath(message, out var path) && smb.Trees.Count < MaxTrees && !smb.Trees.Contains(path))
        {
            smb.Trees.Add(path);
        }
    }

    private static bool TryReadTreePath(ReadOnlySpan<byte> message, out string path)
    {
        path = "";
        const int Words = HeaderLength + 1;
        if (message.Length < Words + 8 + 2 || message[HeaderLength] != 4)
        {
            return false;
        }
        var passwordLength = BinaryPrimitives.ReadUInt16LittleEndian(message[(Words + 6)..]);
        var unicode = (BinaryPrimitives.ReadUInt16LittleEndian(message[10..]) & 0x8000) != 0;
        var position = Words + 8 + 2 + passwordLength;
        if (unicode && position % 2 != 0)
        {
            position++; // Unicode strings are aligned to 2 bytes from the header start
        }
        if (position >= message.Length)
        {
            return false;
        }
        var rest = message[position..];
        var text = unicode
            ? Encoding.Unicode.GetString(rest[..Math.Min(rest.Length & ~1, MaxPathChars * 2)])
            : Encoding.Latin1.GetString(rest[..Math.Min(rest.Length, MaxPathChars)]);
        var end = text.IndexOf('\0', StringComparison.Ordinal);
        path = end < 0 ? text : text[..end];
        return path.Length > 0;
    }
}
