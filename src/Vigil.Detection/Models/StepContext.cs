using Vigil.Contracts.Subnets;

namespace Vigil.Detection.Models;

/// <summary>What a model knows about the moment it judges: whose device, which step, what is normal around it.</summary>
public sealed record StepContext(string Device, string Subnet, long StepEndNs, long LearningEndNs, SubnetProfile SubnetProfile)
{
    /// <summary>Alerts are raised only for observations after the learning window.</summary>
    public bool IsLearning(long timeNs) => timeNs < LearningEndNs;
}
