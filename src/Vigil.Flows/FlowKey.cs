using Vigil.Capture.Decoding;

namespace Vigil.Flows;

/// <summary>
/// The direction-free identity of a flow: both endpoints (address and port) in a canonical order,
/// the IP protocol and the VLAN tags. Both directions of a conversation make the same key, so one
/// dictionary lookup finds the flow whichever side sent the packet.
/// </summary>
internal readonly struct FlowKey : IEquatable<FlowKey>
{
    private readonly ulong _aHigh;
    private readonly ulong _aLow;
    private readonly ulong _bHigh;
    private readonly ulong _bLow;
    private readonly uint _ports;
    private readonly uint _meta;

    private FlowKey(NetAddress a, ushort aPort, NetAddress b, ushort bPort, byte protocol, ushort vlan, ushort innerVlan)
    {
        _aHigh = a.High;
        _aLow = a.Low;
        _bHigh = b.High;
        _bLow = b.Low;
        _ports = (uint)aPort << 16 | bPort;
        // VLAN ids are 12 bits: protocol, outer and inner tag fit one word.
        _meta = protocol | (uint)(vlan & 0xFFF) << 8 | (uint)(innerVlan & 0xFFF) << 20;
    }

    /// <summary>
    /// Makes the key of a packet from <paramref name="src"/> to <paramref name="dst"/>;
    /// <paramref name="srcIsA"/> tells whether the sender is the key's first (canonically lower) endpoint.
    /// </summary>
    public static FlowKey Create(
        NetAddress src, ushort srcPort, NetAddress dst, ushort dstPort,
        byte protocol, ushort vlan, ushort innerVlan, out bool srcIsA)
    {
        var order = src.CompareTo(dst);
        srcIsA = order < 0 || (order == 0 && srcPort <= dstPort);
        return srcIsA
            ? new FlowKey(src, srcPort, dst, dstPort, protocol, vlan, innerVlan)
            : new FlowKey(dst, dstPort, src, srcPort, protocol, vlan, innerVlan);
    }

    public bool Equals(FlowKey other) =>
        _aLow == other._aLow && _bLow == other._bLow && _ports == other._ports
        && _aHigh == other._aHigh && _bHigh == other._bHigh && _meta == other._meta;

    public override bool Equals(object? obj) => obj is FlowKey other && Equals(other);

    // HashCode is seeded per process, so crafted traffic cannot aim at one bucket.
    public override int GetHashCode() => HashCode.Combine(_aHigh, _aLow, _bHigh, _bLow, _ports, _meta);
}
