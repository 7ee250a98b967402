namespace Vigil.Simulator.Protocols;

/// <summary>
/// Fixed-length SZL (system status list) records a Siemens CPU returns: 0x0011 module identification
/// (index, 20-character order number, module type, version words: 28 bytes) and 0x001C component
/// identification (index then a 32-byte text region: 34 bytes).
/// </summary>
public static class S7SzlRecords
{
    /// <summary>Record length of SZL 0x0011.</summary>
    public const int ModuleIdentificationLength = 28;

    /// <summary>Record length of SZL 0x001C.</summary>
    public const int ComponentIdentificationLength = 34;

    /// <summary>SZL 0x0011 records: the module (1), its hardware (6) and firmware (7, "V major.minor.patch").</summary>
    public static IReadOnlyList<byte[]> ModuleIdentification(string orderNumber, byte major, byte minor, byte patch) =>
    [
        new ByteWriter(28).U16(0x0001).Ascii(orderNumber, 20).U16(0x0000).U16(0x0000).U16(0x0000).ToArray(),
        new ByteWriter(28).U16(0x0006).Ascii(orderNumber, 20).U16(0x0000).U16(0x0000).U16(0x0001).ToArray(),
        new ByteWriter(28).U16(0x0007).Ascii(" ", 20).U16(0x0000).U8('V').U8(major).U8(minor).U8(patch).ToArray(),
    ];

    /// <summary>SZL 0x001C records: station name (1), module name (2), plant tag (3), copyright (4), serial (5), module type (7).</summary>
    public static IReadOnlyList<byte[]> ComponentIdentification(string stationName, string moduleName, string plantTag, string serial, string moduleType) =>
    [
        Text(0x0001, stationName, 24),
        Text(0x0002, moduleName, 24),
        Text(0x0003, plantTag, 32),
        Text(0x0004, "Original Siemens Equipment", 26),
        Text(0x0005, serial, 24),
        Text(0x0007, moduleType, 32),
    ];

    private static byte[] Text(ushort index, string text, int width) =>
        new ByteWriter(34).U16(index).Ascii(text, width, 0x00).Fill(32 - width).ToArray();
}
