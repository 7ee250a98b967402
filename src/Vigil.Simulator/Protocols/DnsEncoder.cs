namespace Vigil.Simulator.Protocols;

/// <summary>DNS (RFC 1035) A-record queries and their answers, the answer name compressed to the question.</summary>
public static class DnsEncoder
{
    /// <summary>A recursive query for the A record of <paramref name="name"/>.</summary>
    public static byte[] Query(ushort id, string name)
    {
        var writer = new ByteWriter(32 + name.Length).U16(id).U16(0x0100).U16(1).U16(0).U16(0).U16(0);
        return WriteQuestion(writer, name).ToArray();
    }

    /// <summary>The answer: one A record (or NXDOMAIN when <paramref name="address"/> is null).</summary>
    public static byte[] Response(ushort id, string name, uint? address, uint ttlSeconds = 300)
    {
        var writer = new ByteWriter(48 + name.Length).U16(id).U16(address is null ? 0x8183 : 0x8180)
            .U16(1).U16(address is null ? 0 : 1).U16(0).U16(0);
        WriteQuestion(writer, name);
        if (address is { } ip)
        {
            writer.U16(0xC00C).U16(1).U16(1).U32(ttlSeconds).U16(4).U32(ip);
        }
        return writer.ToArray();
    }

    private static ByteWriter WriteQuestion(ByteWriter writer, string name)
    {
        foreach (var label in name.Split('.'))
        {
            writer.U8(label.Length).Ascii(label);
        }
        return writer.U8(0).U16(1).U16(1); // root, type A, class IN
    }
}
