namespace Vigil.Protocols;

/// <summary>Which side of a flow sent the bytes: the originator (client) or the responder (server).</summary>
public enum Direction : byte
{
    FromOriginator = 0,
    FromResponder = 1,
}
