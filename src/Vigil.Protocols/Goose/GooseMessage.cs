namespace Vigil.Protocols.Goose;

/// <summary>The header facts of one IEC 61850 GOOSE message (the data values are not kept).</summary>
public sealed record GooseMessage(
    ushort AppId,
    string? ControlBlockReference,
    string? DataSet,
    string? GooseId,
    long StateNumber,
    long SequenceNumber,
    long ConfigurationRevision,
    bool Simulation,
    int EntryCount);
