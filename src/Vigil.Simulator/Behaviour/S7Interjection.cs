using Vigil.Simulator.Packets;

namespace Vigil.Simulator.Behaviour;

/// <summary>
/// Requests someone else sends on a polling S7 session before its next poll at <paramref name="nextPoll"/>:
/// the packets of everything due by then, in time order, on <paramref name="session"/>'s own connection.
/// </summary>
/// <param name="session">The polling client, connected.</param>
/// <param name="nextPoll">When the poller next reads; requests due later wait for a later call.</param>
public delegate IEnumerable<SimPacket> S7Interjection(S7Client session, long nextPoll);
