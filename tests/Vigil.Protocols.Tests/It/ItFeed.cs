namespace Vigil.Protocols.Tests.It;

/// <summary>Feeds fixtures to parsers the way the flow tracker would: whole, or cut into pieces.</summary>
internal static class ItFeed
{
    public const long Ts = 1_700_000_000_000_000_000;

    public static FlowFacts Whole(IStreamParser parser, Direction direction, byte[] bytes, FlowFacts? facts = null)
    {
        facts ??= new FlowFacts();
        parser.Feed(direction, bytes, Ts, facts);
        return facts;
    }

    /// <summary>Feeds <paramref name="bytes"/> in pieces of <paramref name="size"/> bytes (1 = byte by byte).</summary>
    public static FlowFacts InPieces(IStreamParser parser, Direction direction, byte[] bytes, int size, FlowFacts? facts = null)
    {
        facts ??= new FlowFacts();
        for (var i = 0; i < bytes.Length; i += size)
        {
            parser.Feed(direction, bytes.AsSpan(i, Math.Min(size, bytes.Length - i)), Ts, facts);
        }
        return facts;
    }
}
