namespace Vigil.Protocols.Enip;

/// <summary>The logical address a CIP request names (absent parts are null).</summary>
public readonly record struct CipPath(uint? Class, uint? Instance, uint? Attribute);
