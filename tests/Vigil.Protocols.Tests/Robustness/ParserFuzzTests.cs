using CsCheck;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Tests.Robustness;

/// <summary>
/// Random and mutated inputs (bit flips, truncation, random splits across Feed calls, pure noise)
/// for every parser: no exception, and buffered bytes stay under the parser's cap. A small fixed
/// budget per parser keeps the run to a couple of seconds on a shared machine.
/// </summary>
public class ParserFuzzTests
{
    private const int IterationsPerTarget = 1500;

    public static TheoryData<string> Targets => [.. FuzzTarget.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_inputs_never_throw_and_stay_bounded(string name)
    {
        var target = FuzzTarget.All.Single(t => t.Name == name);
        var mutated =
            from seed in Gen.Int[0, target.Seeds.Length - 1]
            from flips in Gen.Int[0, 200_000].Array[0, 6]
            from cut in Gen.Int[0, 100]
            from splits in Gen.Int[1, 64].Array[0, 6]
            from direction in Gen.Bool.Array[1, 8]
            from repeat in Gen.Int[1, 4]
            select (Mutate(target.Seeds[seed], flips, cut), splits, direction, repeat);
        var noise =
            from bytes in Gen.Byte.Array[0, 600]
            from splits in Gen.Int[1, 64].Array[0, 6]
            from direction in Gen.Bool.Array[1, 8]
            select (bytes, splits, direction, 1);

        Gen.Frequency((4, mutated), (1, noise)).Sample(
            input => FeedAll(target, input.Item1, input.Item2, input.Item3, input.Item4),
            iter: IterationsPerTarget, threads: 1);
    }

    private static byte[] Mutate(byte[] seed, int[] flips, int cutPercent)
    {
        var bytes = seed[..Math.Max(0, seed.Length * Math.Min(100, cutPercent + 40) / 100)];
        foreach (var flip in flips)
        {
            if (bytes.Length > 0)
            {
                bytes[flip / 8 % bytes.Length] ^= (byte)(1 << (flip % 8));
            }
        }
        return bytes;
    }

    private static void FeedAll(FuzzTarget target, byte[] data, int[] splits, bool[] directions, int repeat)
    {
        var parser = target.Create();
        var facts = new FlowFacts();
        var call = 0;
        for (var r = 0; r < repeat; r++)
        {
            var offset = 0;
            foreach (var split in splits.Append(int.MaxValue))
            {
                var length = Math.Min(split, data.Length - offset);
                var direction = directions[call++ % directions.Length] ? Direction.FromOriginator : Direction.FromResponder;
                parser.Feed(direction, data.AsSpan(offset, length), call, facts);
                offset += length;
                if (parser is FramedStreamParser framed)
                {
                    Assert.InRange(framed.BufferedBytes, 0, target.MaxBuffered);
                }
            }
        }
        Assert.True(facts.Anomalies.Count <= FlowFacts.MaxAnomalies);
    }
}
