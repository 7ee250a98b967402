namespace Vigil.Grains;

/// <summary>Names of the grain storage providers the grains persist to; a host must register them.</summary>
public static class StorageNames
{
    /// <summary>Device and subnet models.</summary>
    public const string Models = "vigil-models";
}
