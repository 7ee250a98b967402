using System.Globalization;

namespace Vigil.Protocols.Tests.Harness;

/// <summary>Test helpers to write byte fixtures as spaced hex and feed them to a parser.</summary>
internal static class Bytes
{
    /// <summary>Parses "00 01 0A | ..." (anything but hex digits is ignored, so fixtures can mark fields).</summary>
    public static byte[] Hex(string hex)
    {
        var digits = string.Concat(hex.Where(char.IsAsciiHexDigit));
        return [.. Enumerable.Range(0, digits.Length / 2).Select(i => byte.Parse(digits.AsSpan(2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
    }

    /// <summary>Feeds each chunk in order to a fresh facts object and returns it.</summary>
    public static FlowFacts Run(IStreamParser parser, params (Direction Direction, byte[] Data)[] chunks)
    {
        var facts = new FlowFacts();
        var ts = 1L;
        foreach (var (direction, data) in chunks)
        {
            parser.Feed(direction, data, ts++, facts);
        }
        return facts;
    }

    public static (Direction, byte[]) Req(string hex) => (Direction.FromOriginator, Hex(hex));
    public static (Direction, byte[]) Resp(string hex) => (Direction.FromResponder, Hex(hex));
}
