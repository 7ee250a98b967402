using Vigil.Cluster.Sensor;
using Vigil.Host.Ingest;

namespace Vigil.Cluster.Tests.Sensor;

/// <summary>The sensor's buffer between the reading thread and the cluster.</summary>
public sealed class StepBufferTests
{
    private static CaptureStep Step(long end, int events) => new(end, [], events);

    [Fact]
    public async Task Steps_come_out_in_order_and_leave_only_when_removed()
    {
        var buffer = new StepBuffer(100, WhenFull.Block);
        buffer.Add(Step(1, 10));
        buffer.Add(Step(2, 10));
        var first = await buffer.PeekAsync(CancellationToken.None);
        Assert.Equal(1, first!.StepEndNs);
        Assert.Same(first, await buffer.PeekAsync(CancellationToken.None));
        buffer.Remove(first);
        Assert.Equal(2, (await buffer.PeekAsync(CancellationToken.None))!.StepEndNs);
        Assert.Equal(10, buffer.BufferedEvents);
    }

    [Fact]
    public async Task Drop_mode_drops_the_oldest_waiting_steps_but_never_the_one_in_flight()
    {
        var buffer = new StepBuffer(30, WhenFull.DropOldest);
        buffer.Add(Step(1, 10));
        var inFlight = await buffer.PeekAsync(CancellationToken.None);
        buffer.Add(Step(2, 10));
        buffer.Add(Step(3, 10));
        buffer.Add(Step(4, 15));

        Assert.Equal(2, buffer.DroppedSteps);
        Assert.Equal(20, buffer.DroppedEvents);
        Assert.Equal(3, buffer.LastDroppedStepEndNs);
        buffer.Remove(inFlight!);
        Assert.Equal(4, (await buffer.PeekAsync(CancellationToken.None))!.StepEndNs);
    }

    [Fact]
    public async Task Block_mode_holds_the_reader_until_the_cluster_takes_a_step()
    {
        var buffer = new StepBuffer(20, WhenFull.Block);
        buffer.Add(Step(1, 10));
        buffer.Add(Step(2, 10));
        var reader = Task.Run(() => buffer.Add(Step(3, 10)));
        await Task.Delay(200);
        Assert.False(reader.IsCompleted);

        buffer.Remove((await buffer.PeekAsync(CancellationToken.None))!);
        await reader.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, buffer.DroppedEvents);
        Assert.Equal(20, buffer.BufferedEvents);
    }

    [Fact]
    public async Task A_step_larger_than_the_bound_still_passes_alone()
    {
        var buffer = new StepBuffer(5, WhenFull.Block);
        buffer.Add(Step(1, 50));
        Assert.Equal(50, buffer.BufferedEvents);
        buffer.Complete();
        buffer.Remove((await buffer.PeekAsync(CancellationToken.None))!);
        Assert.Null(await buffer.PeekAsync(CancellationToken.None));
    }
}
