namespace Vigil.Simulator.Protocols;

/// <summary>One S7ANY variable address: a byte range in a data block (area 0x84) or another memory area.</summary>
/// <param name="Area">0x84 data block, 0x83 flags (M), 0x81 inputs, 0x82 outputs.</param>
/// <param name="DbNumber">Data block number (0 outside area 0x84).</param>
/// <param name="StartByte">First byte of the range.</param>
/// <param name="Length">Number of bytes.</param>
public readonly record struct S7Item(byte Area, ushort DbNumber, int StartByte, ushort Length);
