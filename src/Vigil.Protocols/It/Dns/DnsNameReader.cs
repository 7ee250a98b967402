using System.Text;

namespace Vigil.Protocols.It.Dns;

/// <summary>
/// Reads domain names (RFC 1035 §3.1, §4.1.4): a sequence of length-prefixed labels ending in a
/// zero byte, or ending in a compression pointer (two bytes, top bits 11, 14-bit offset into the
/// message) to a name written earlier. Hostile messages make pointers loop; every pointer must
/// point strictly before the label sequence it interrupts, and at most <see cref="MaxPointers"/>
/// are followed, so reading always terminates.
/// </summary>
public static class DnsNameReader
{
    public const int MaxPointers = 16;
    public const int MaxNameLength = 255;

    /// <summary>Reads the name at <paramref name="offset"/> and moves it past the name's bytes in place (not past pointer targets).</summary>
    public static DnsNameStatus TryRead(ReadOnlySpan<byte> message, ref int offset, out string name)
    {
        name = "";
        var text = new StringBuilder(64);
        var position = offset;
        var end = -1; // where the caller resumes: after the first pointer, or after the final zero
        var sequenceStart = position;
        var pointers = 0;
        var wireLength = 0;
        while (true)
        {
            if (position >= message.Length)
            {
                return DnsNameStatus.Truncated;
            }
            var length = message[position];
            if (length == 0)
            {
                position++;
                break;
            }
            switch (length & 0xC0)
            {
                case 0xC0:
                    if (position + 1 >= message.Length)
                    {
                        return DnsNameStatus.Truncated;
                    }
                    var target = (length & 0x3F) << 8 | message[position + 1];
                    if (++pointers > MaxPointers || target >= sequenceStart)
                    {
                        return DnsNameStatus.PointerLoop;
                    }
                    if (end < 0)
                    {
                        end = position + 2;
                    }
                    position = target;
                    sequenceStart = target;
                    continue;
                case 0x00:
                    wireLength += length + 1;
                    if (wireLength > MaxNameLength)
                    {
                        return DnsNameStatus.Invalid;
                    }
                    if (position + 1 + length > message.Length)
                    {
                        return DnsNameStatus.Truncated;
                    }
                    AppendLabel(text, message.Slice(position + 1, length));
                    position += 1 + length;
                    continue;
                default:
                    return DnsNameStatus.Invalid;
            }
        }
        offset = end >= 0 ? end : position;
        name = text.Length == 0 ? "." : text.ToString();
        return DnsNameStatus.Ok;
    }

    private static void AppendLabel(StringBuilder text, ReadOnlySpan<byte> label)
    {
        if (text.Length > 0)
        {
            text.Append('.');
        }
        foreach (var b in label)
        {
            // Names are case-insensitive; keep one spelling. Non-printable bytes would corrupt logs.
            text.Append(b is >= 0x21 and < 0x7F ? char.ToLowerInvariant((char)b) : '?');
        }
    }
}
