namespace Vigil.Api.Models;

/// <summary>The network map: subnets and the conduits between them.</summary>
public sealed record NetworkMap(IReadOnlyList<SubnetInfo> Subnets, IReadOnlyList<ConduitInfo> Conduits);
