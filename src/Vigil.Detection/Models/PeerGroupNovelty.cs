using Vigil.Detection.Devices;

namespace Vigil.Detection.Models;

/// <summary>
/// How established a first-time behaviour is around an established device. The null hypothesis is
/// that the device behaves like a member of its subnet picked at random (itself included): with the
/// share of established members that already use a service of the same class (administration, ICS),
/// the behaviour is theirs and unsurprising; otherwise it is as rare as the device's and the subnet's
/// own rate of firsts says (<see cref="NoveltyRate"/>). So P = share + (1 − share)·P_rate, and an
/// engineering workstation identifying its first PLC in a subnet whose SCADA and historian speak S7,
/// or a jump host opening its first RDP session from a subnet where administration protocols are
/// routine, scores low, while an IT host speaking S7 where nobody does keeps the full rate surprisal.
/// A device first seen after learning gets no credit: it has not shown it belongs to the population
/// whose habits would vouch for it.
/// </summary>
public static class PeerGroupNovelty
{
    /// <summary>
    /// The share of the subnet's established devices (plus the device itself) that use a service of the
    /// class of <paramref name="service"/>; 0 for a new device or a service of no class. The most-used
    /// service of the class stands for the class: a lower bound on its users, so never an overstatement.
    /// </summary>
    public static double Share(StepContext context, string service)
    {
        var serviceClass = PortClasses.ClassOf(service);
        if (!context.IsEstablished || serviceClass is null || context.SubnetProfile.EstablishedDevices == 0)
        {
            return 0;
        }
        var users = 0;
        foreach (var (candidate, clients) in context.SubnetProfile.ServiceClients)
        {
            if (PortClasses.ClassOf(candidate) == serviceClass)
            {
                users = Math.Max(users, clients);
            }
        }
        var population = context.SubnetProfile.EstablishedDevices + 1;
        return Math.Min(users, population - 1) / (double)population;
    }

    /// <summary>−log₁₀ of share + (1 − share)·10^(−<paramref name="rateSurprisal"/>).</summary>
    public static double Surprisal(double rateSurprisal, double share)
    {
        var p = share + (1 - share) * Math.Pow(10, -rateSurprisal);
        return p >= 1 ? 0 : -Math.Log10(p);
    }
}
