namespace Vigil.Host.Silo;

/// <summary>The embedded silo could not start (no loopback interface, ports refused…); the message says why in one line.</summary>
public sealed class EmbeddedSiloException(string message, Exception inner) : Exception(message, inner);
