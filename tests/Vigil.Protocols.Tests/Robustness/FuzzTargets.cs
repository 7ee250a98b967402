using Vigil.Protocols.Bacnet;
using Vigil.Protocols.Dnp3;
using Vigil.Protocols.Enip;
using Vigil.Protocols.Iec104;
using Vigil.Protocols.Iso;
using Vigil.Protocols.Modbus;
using Vigil.Protocols.OpcUa;
using Vigil.Protocols.Tests.Harness;
using Vigil.Tests;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.Robustness;

/// <summary>Every parser with its buffering cap and seed inputs: byte fixtures plus, when present, real payloads from the shared captures.</summary>
internal sealed record FuzzTarget(string Name, Func<IStreamParser> Create, int MaxBuffered, ushort Port, byte[][] Seeds)
{
    private const int RealSeedsPerTarget = 24;

    public static IReadOnlyList<FuzzTarget> All { get; } = Build();

    private static FuzzTarget[] Build() =>
    [
        With("modbus", () => new ModbusParser(), 2 * MbapReader.MaxFrameLength, 502,
            "00 01 00 00 00 06 01 03 00 00 00 0A", "00 03 00 00 00 1B 01 2B 0E 01 01 00 00 03 00 04 41 63 6D 65 01 05 50 4C 43 2D 39 02 04 56 32 2E 31"),
        With("iso", () => new IsoTransportParser(), 2 * ushort.MaxValue + 2 * IsoTransportParser.MaxTsduBytes, 102,
            S7.S7Fixtures.SetupCommunication, S7.S7Fixtures.SzlRead0011, S7.S7Fixtures.PlcStart,
            "03 00 00 20 02 F0 80 01 00 01 00 61 13 30 11 02 01 03 A0 0C A0 0A 02 01 07 A4 05 A1 03 80 01 00"),
        With("dnp3", () => new Dnp3Parser(), 2 * Dnp3LinkReader.MaxFrameLength + 2 * 4096, 20000,
            Convert.ToHexString(Dnp3.Dnp3ParserTests.Frame(0xC4, Hex("C0 C1 05 0C 01 28 01 00 00 00 03 01 64 00 00 00 00 00 00 00 00")))),
        With("enip", () => new EnipParser(), 2 * EnipReader.MaxFrameLength, 44818,
            "65 00 04 00 00000000 00000000 0000000000000000 00000000 01 00 00 00",
            "6F 00 26 00 01000000 00000000 0000000000000000 00000000 00000000 0000 02 00 00 00 00 00 B2 00 16 00 52 02 20 06 24 01 0A F0 08 00 0E 03 20 01 24 01 30 07 01 00 01 00"),
        With("bacnet", () => new BacnetParser(), 0, 47808, "81 0B 00 0C 01 20 FF FF 00 FF 10 08", "81 0A 00 0D 01 00 0C 05 01 00 04 10 AA"),
        With("iec104", () => new Iec104Parser(), 2 * ApciReader.MaxFrameLength, 2404,
            "68 04 07 00 00 00 68 0E 00 00 00 00 2D 01 06 00 01 00 01 00 00 01"),
        With("opcua", () => new OpcUaParser(), 2 * OpcUaReader.MaxChunkLength, 4840,
            "4D 53 47 46 1C 00 00 00 01000000 01000000 02000000 02000000 01 00 77 02"),
    ];

    private static FuzzTarget With(string name, Func<IStreamParser> create, int cap, ushort port, params string[] fixtures) =>
        new(name, create, cap, port, [.. fixtures.Select(Hex), .. RealPayloads(port)]);

    // A few payloads per port from the shared captures (none when they are absent).
    private static IEnumerable<byte[]> RealPayloads(ushort port) =>
        TestPaths.AllSharedPcaps()
            .SelectMany(f => CaptureFile.ReadEthernet(Path.Combine(TestPaths.SharedPcaps!, f)).Take(400))
            .Select(p => Packet.Decode(p.Frame))
            .Where(p => p is not null && p.Payload.Length > 0 && (p.DstPort == port || p.SrcPort == port))
            .Select(p => p!.Payload)
            .Take(RealSeedsPerTarget);
}
