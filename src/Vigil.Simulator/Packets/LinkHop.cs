using Vigil.Capture.Decoding;

namespace Vigil.Simulator.Packets;

/// <summary>The layer-2 view of one packet at the mirror port: MACs and the 802.1Q VLAN it is tagged with.</summary>
public readonly record struct LinkHop(MacAddress Source, MacAddress Destination, ushort Vlan);
