namespace Vigil.Simulator.Packets;

/// <summary>One Ethernet frame and the capture time at which it is written.</summary>
/// <param name="TimestampNs">Nanoseconds since the Unix epoch.</param>
/// <param name="Frame">The full frame from the destination MAC on, without FCS.</param>
public readonly record struct SimPacket(long TimestampNs, byte[] Frame);
