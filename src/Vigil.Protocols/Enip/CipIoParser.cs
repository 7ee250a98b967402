namespace Vigil.Protocols.Enip;

/// <summary>
/// Class 0/1 CIP I/O on UDP 2222: bare CPF lists (sequenced address 0x8002 + connected data) with
/// no encapsulation header. Cyclic process data, not requests: it only checks the framing.
/// </summary>
public sealed class CipIoParser : IStreamParser
{
    /// <inheritdoc />
    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        var items = new CpfReader(data);
        while (items.TryNext(out _))
        {
        }
        if (items.Malformed || data.Length < 2)
        {
            facts.AddAnomaly("enip", "malformed_io", timestampNs);
        }
    }

    /// <inheritdoc />
    public void OnGap(Direction direction)
    {
    }
}
