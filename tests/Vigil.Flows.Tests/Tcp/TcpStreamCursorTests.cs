using Vigil.Flows.Tcp;

namespace Vigil.Flows.Tests.Tcp;

/// <summary>In-order delivery of one direction's bytes: what the dissector gets from each segment.</summary>
public sealed class TcpStreamCursorTests
{
    [Fact]
    public void In_order_segments_are_delivered_whole()
    {
        var cursor = new TcpStreamCursor();
        cursor.ExpectAt(101);

        Assert.Equal(new StreamSlice(0, 10, false), cursor.Accept(101, 10));
        Assert.Equal(new StreamSlice(0, 5, false), cursor.Accept(111, 5));
        Assert.Equal(116, cursor.Next);
    }

    [Fact]
    public void A_retransmission_delivers_nothing()
    {
        var cursor = new TcpStreamCursor();
        cursor.Accept(101, 10);

        Assert.Equal(StreamSlice.Nothing, cursor.Accept(101, 10));
        Assert.Equal(StreamSlice.Nothing, cursor.Accept(105, 6));
    }

    [Fact]
    public void An_overlapping_segment_is_trimmed_to_its_new_bytes()
    {
        var cursor = new TcpStreamCursor();
        cursor.Accept(101, 10);

        Assert.Equal(new StreamSlice(6, 4, false), cursor.Accept(105, 10));
        Assert.Equal(115, cursor.Next);
    }

    [Fact]
    public void A_segment_beyond_the_expected_number_is_a_gap_then_delivered_and_resynced()
    {
        var cursor = new TcpStreamCursor();
        cursor.ExpectAt(101);

        Assert.Equal(new StreamSlice(0, 10, true), cursor.Accept(151, 10));
        Assert.Equal(new StreamSlice(0, 3, false), cursor.Accept(161, 3));
    }

    [Fact]
    public void Without_a_SYN_the_first_segment_starts_the_stream()
    {
        var cursor = new TcpStreamCursor();

        Assert.False(cursor.IsStarted);
        Assert.Equal(new StreamSlice(0, 8, false), cursor.Accept(5_000_000_000, 8));
        Assert.Equal(5_000_000_008, cursor.Next);
    }

    [Fact]
    public void Empty_segments_change_nothing()
    {
        var cursor = new TcpStreamCursor();
        cursor.ExpectAt(10);

        Assert.Equal(StreamSlice.Nothing, cursor.Accept(50, 0));
        Assert.Equal(10, cursor.Next);
    }
}
