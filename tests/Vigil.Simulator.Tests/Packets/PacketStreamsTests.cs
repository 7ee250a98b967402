using Vigil.Simulator.Packets;

namespace Vigil.Simulator.Tests.Packets;

public sealed class PacketStreamsTests
{
    private static IEnumerable<SimPacket> Source(byte id, params long[] times) => times.Select(t => new SimPacket(t, [id]));

    [Fact]
    public void Merge_orders_by_time_and_breaks_ties_by_source_order()
    {
        var merged = PacketStreams.Merge([Source(1, 5, 10, 20), Source(2, 1, 10, 30)]).ToList();
        Assert.Equal([1L, 5, 10, 10, 20, 30], merged.Select(p => p.TimestampNs));
        Assert.Equal([2, 1, 1, 2, 1, 2], merged.Select(p => (int)p.Frame[0]));
    }

    [Fact]
    public void MergeByStart_opens_a_source_only_when_the_stream_reaches_it()
    {
        var opened = 0;
        IEnumerable<SimPacket> Counted(byte id, long t)
        {
            opened++;
            yield return new SimPacket(t, [id]);
        }
        var sources = Enumerable.Range(0, 1000).Select(i => Counted((byte)i, i * 10L));
        using var stream = PacketStreams.MergeByStart(sources).GetEnumerator();
        stream.MoveNext();
        stream.MoveNext();
        Assert.True(opened <= 3, $"{opened} sources were opened for two packets");
    }

    [Fact]
    public void A_source_going_back_in_time_is_reported()
    {
        Assert.Throws<InvalidOperationException>(() => PacketStreams.Merge([Source(1, 10, 5)]).ToList());
    }
}
