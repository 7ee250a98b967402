namespace Vigil.Protocols.Enip;

/// <summary>
/// Reads a CIP EPATH (padded) into class / instance / attribute.
/// <code>
///  logical segment: 001 type(3) format(2) | value: 8-bit, or pad + 16-bit LE, or pad + 32-bit LE
///    type 0 class, 1 instance, 2 member, 3 connection point, 4 attribute, 5 electronic key
///  port segment:    000 ext(1) port(4) | link address (1 byte, or size + bytes, padded)
///  symbolic:        0x91 | length | ASCII name | pad to even
///  data segment:    0x80 | word count | words
/// </code>
/// </summary>
public static class CipPathReader
{
    private const int MaxSegments = 32;

    /// <summary>Reads <paramref name="path"/>; false when a segment overruns it or is of an unknown kind.</summary>
    public static bool TryRead(ReadOnlySpan<byte> path, out CipPath result)
    {
        uint? cls = null, instance = null, attribute = null;
        result = default;
        var offset = 0;
        for (var segments = 0; offset < path.Length; segments++)
        {
            if (segments == MaxSegments)
            {
                return false;
            }
            var b = path[offset];
            int used;
            if ((b & 0xE0) == 0x20)
            {
                if (!TryLogical(path[offset..], out var type, out var value, out used))
                {
                    return false;
                }
                switch (type)
                {
                    case 0: cls ??= value; break;
                    case 1: instance ??= value; break;
                    case 4: attribute ??= value; break;
                    default: break;
                }
            }
            else if ((b & 0xE0) == 0x00)
            {
                used = PortSegmentLength(path[offset..]);
            }
            else if (b is 0x91 or 0x80 && offset + 1 < path.Length)
            {
                used = b == 0x91 ? 2 + path[offset + 1] + (path[offset + 1] & 1) : 2 + 2 * path[offset + 1];
            }
            else
            {
                return false;
            }
            if (used <= 0 || offset + used > path.Length)
            {
                return false;
            }
            offset += used;
        }
        result = new CipPath(cls, instance, attribute);
        return true;
    }

    private static bool TryLogical(ReadOnlySpan<byte> segment, out int type, out uint value, out int used)
    {
        type = (segment[0] >> 2) & 0x07;
        var format = segment[0] & 0x03;
        value = 0;
        used = 0;
        if (type == 5)
        {
            // Electronic key: format byte 4 then 8 key bytes.
            used = segment.Length >= 2 && segment[1] == 4 ? 10 : 0;
            return used > 0;
        }
        switch (format)
        {
            case 0 when segment.Length >= 2:
                value = segment[1];
                used = 2;
                return true;
            case 1 when segment.Length >= 4:
                value = (uint)(segment[2] | (segment[3] << 8));
                used = 4;
                return true;
            case 2 when segment.Length >= 6:
                value = (uint)(segment[2] | (segment[3] << 8) | (segment[4] << 16) | (segment[5] << 24));
                used = 6;
                return true;
            default:
                return false;
        }
    }

    private static int PortSegmentLength(ReadOnlySpan<byte> segment)
    {
        var extendedLink = (segment[0] & 0x10) != 0;
        var portBytes = (segment[0] & 0x0F) == 0x0F ? 2 : 0;
        if (!extendedLink)
        {
            return 2 + portBytes + (portBytes & 1);
        }
        if (segment.Length < 2)
        {
            return 0;
        }
        var length = 2 + portBytes + segment[1];
        return length + (length & 1);
    }
}
