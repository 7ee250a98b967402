using Vigil.Statistics;

namespace Vigil.Detection.Models;

/// <summary>How rare an external endpoint is for the estate: established devices that contacted it, as a smoothed share.</summary>
public static class ExternalTlsRarity
{
    /// <summary>An endpoint more than this share of the estate talks to is not rare.</summary>
    public const double RareShare = 0.1;

    public static int Reach(StepContext context, string peer) => context.Estate.ExternalReach.GetValueOrDefault(peer);

    public static bool IsRare(StepContext context, string peer)
    {
        var reach = Reach(context, peer);
        return reach <= 2 && reach <= RareShare * Math.Max(1, context.Estate.EstablishedDevices) || reach == 0;
    }

    /// <summary>−log₁₀ of the smoothed share of the estate that contacted the endpoint.</summary>
    public static double Surprisal(StepContext context, string peer)
    {
        var population = Math.Max(context.Estate.EstablishedDevices, Reach(context, peer));
        return PopulationRarity.Surprisal(Reach(context, peer), population);
    }
}
