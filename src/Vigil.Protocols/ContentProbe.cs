namespace Vigil.Protocols;

/// <summary>Says whether the first payload bytes of a flow look like a protocol (used for detection off its usual port).</summary>
public delegate bool ContentProbe(Direction direction, ReadOnlySpan<byte> firstBytes);
