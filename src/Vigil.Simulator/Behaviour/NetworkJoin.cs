using Vigil.Capture.Decoding;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Behaviour;

/// <summary>A device joining the IT VLAN: DHCP discover/offer/request/ack with the DC, broadcast.</summary>
public static class NetworkJoin
{
    /// <summary>The four DHCP messages, starting at <paramref name="at"/>.</summary>
    public static IReadOnlyList<SimPacket> Dhcp(SimulationContext context, PlantDevice device, string hostName, long at, SimRandom random)
    {
        var dc = context.Plant.DomainController;
        var unconfigured = device.Address with { Ip = 0 };
        var broadcast = new HostAddress(0xFFFF_FFFF, new MacAddress(0xFFFF_FFFF_FFFF), device.Address.Vlan, 64, false);
        var frames = context.Plant.Frames;
        var xid = (uint)random.NextUInt64();
        var router = context.Plant.ItSubnet | 1;
        byte[] Message(byte type) => DhcpEncoder.Message(type, xid, device.Address.Mac, device.Address.Ip, dc.Address.Ip, router, hostName);
        var t = at;
        return
        [
            new SimPacket(t, frames.Udp(unconfigured, broadcast, (ushort)random.Next(65536), 68, 67, Message(DhcpEncoder.Discover))),
            new SimPacket(t += 2 * SimTime.Millisecond, frames.Udp(dc.Address, broadcast, (ushort)random.Next(65536), 67, 68, Message(DhcpEncoder.Offer))),
            new SimPacket(t += 3 * SimTime.Millisecond, frames.Udp(unconfigured, broadcast, (ushort)random.Next(65536), 68, 67, Message(DhcpEncoder.Request))),
            new SimPacket(t + 2 * SimTime.Millisecond, frames.Udp(dc.Address, broadcast, (ushort)random.Next(65536), 67, 68, Message(DhcpEncoder.Ack))),
        ];
    }
}
