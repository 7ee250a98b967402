namespace Vigil.Flows.Tcp;

/// <summary>
/// What to hand on from one TCP segment: skip <see cref="Skip"/> bytes already delivered, then
/// take <see cref="Take"/> new bytes; <see cref="GapBefore"/> says bytes were missed before them.
/// </summary>
internal readonly record struct StreamSlice(int Skip, int Take, bool GapBefore)
{
    /// <summary>Nothing new: a pure retransmission.</summary>
    public static StreamSlice Nothing => default;
}
