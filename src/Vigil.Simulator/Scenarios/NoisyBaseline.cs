using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;

namespace Vigil.Simulator.Scenarios;

/// <summary>What every attack scenario of issue 13 starts from: the benign plant and its labelled noise.</summary>
internal static class NoisyBaseline
{
    /// <summary>
    /// The benign sources at the nominal poll interval plus the noise, and the noise's labels; call it before the
    /// scenario adds devices. <paramref name="scadaSessions"/> is handed to <see cref="BenignPlant.Activities"/>.
    /// </summary>
    public static (List<IEnumerable<SimPacket>> Sources, List<StepLabel> Steps) Begin(SimulationContext context,
        Func<PlantDevice, S7Interjection?>? scadaSessions = null)
    {
        var sources = new List<IEnumerable<SimPacket>>(BenignPlant.Activities(context, _ => context.PollInterval, scadaSessions));
        var noise = BenignNoise.Activities(context);
        sources.AddRange(noise.Sources);
        return (sources, [.. noise.Steps]);
    }
}
