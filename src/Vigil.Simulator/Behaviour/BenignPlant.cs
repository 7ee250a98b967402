using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;

namespace Vigil.Simulator.Behaviour;

/// <summary>Every benign activity of the estate for one run, as packet sources to merge.</summary>
public static class BenignPlant
{
    /// <summary>
    /// The sources; <paramref name="pollInterval"/> gives the SCADA polling interval at a time, so a
    /// scenario can change it (a shift change) without touching anything else.
    /// </summary>
    /// <remarks><paramref name="scadaSessions"/> may give the SCADA server's polling session to a PLC an <see cref="S7Interjection"/>.</remarks>
    public static IReadOnlyList<IEnumerable<SimPacket>> Activities(SimulationContext context, Func<long, long> pollInterval,
        Func<PlantDevice, S7Interjection?>? scadaSessions = null)
    {
        var plant = context.Plant;
        var sources = new List<IEnumerable<SimPacket>>();
        // Each seed gives every device its own habits: how chatty its DNS is, how much it browses.
        var habits = context.Random("habits");
        double Habit(double mean) => habits.Jitter(mean, 0.5);
        foreach (var plc in plant.S7Plcs)
        {
            sources.Add(PollingActivities.S7(context, plant.Scada, plc, pollInterval, scadaSessions?.Invoke(plc)));
            sources.Add(PollingActivities.S7(context, plant.Historian, plc, t => pollInterval(t) * 6));
        }
        foreach (var plc in plant.ModbusPlcs)
        {
            sources.Add(PollingActivities.Modbus(context, plant.Scada, plc, pollInterval));
            sources.Add(PollingActivities.Modbus(context, plant.Historian, plc, t => pollInterval(t) * 6));
        }
        foreach (var workstation in plant.Workstations)
        {
            sources.Add(OfficeActivities.Dns(context, workstation, Habit(90)));
            sources.Add(OfficeActivities.Web(context, workstation, Habit(600)));
            sources.Add(OfficeActivities.Smb(context, workstation, Habit(1800)));
            sources.Add(OfficeActivities.Ntp(context, workstation, plant.DomainController, 1024));
        }
        foreach (var server in new[] { plant.FileServer, plant.JumpHost, plant.Scada, plant.Engineering, plant.Historian })
        {
            sources.Add(OfficeActivities.Dns(context, server, Habit(600)));
            sources.Add(OfficeActivities.Ntp(context, server, plant.DomainController, 1024));
        }
        sources.Add(OfficeActivities.Ntp(context, plant.DomainController, plant.NtpUpstream, 1024));
        sources.Add(EngineeringActivities.RoutineChecks(context, Habit(2 * 3600)));
        sources.Add(EngineeringActivities.AdminRdp(context, Habit(4 * 3600)));
        return sources;
    }
}
