using System.Buffers.Binary;
using System.Text;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Goose;

/// <summary>
/// Reads IEC 61850-8-1 GOOSE frames (EtherType 0x88B8): the pipeline calls it per Ethernet frame;
/// GOOSE is multicast at layer 2, so it is not a flow.
/// <code>
///  APPID(2) | length(2, from APPID) | reserved1(2) | reserved2(2) | goosePdu
///  goosePdu = [APPLICATION 1] { [0] gocbRef, [1] timeAllowedToLive, [2] datSet, [3] goID,
///              [4] t, [5] stNum, [6] sqNum, [7] simulation, [8] confRev, [9] ndsCom,
///              [10] numDatSetEntries, [11] allData }
/// </code>
/// </summary>
public static class GooseReader
{
    private const int MaxFields = 16;

    /// <summary>Reads the EtherType payload; false when it is not a well-formed GOOSE PDU.</summary>
    public static bool TryRead(ReadOnlySpan<byte> payload, out GooseMessage? message)
    {
        message = null;
        if (payload.Length < 8)
        {
            return false;
        }
        int length = BinaryPrimitives.ReadUInt16BigEndian(payload[2..]);
        if (length < 8 || length > payload.Length)
        {
            return false;
        }
        if (!BerReader.TryRead(payload[8..length], out var pdu, out _) || pdu.TagClass != BerReader.ApplicationClass || pdu.TagNumber != 1)
        {
            return false;
        }
        string? gocbRef = null, dataSet = null, gooseId = null;
        long stNum = 0, sqNum = 0, confRev = 0;
        var simulation = false;
        var entries = 0;
        var rest = pdu.Content;
        for (var i = 0; i < MaxFields && BerReader.TryRead(rest, out var field, out var used); i++)
        {
            switch (field.TagNumber)
            {
                case 0: gocbRef = Text(field.Content); break;
                case 2: dataSet = Text(field.Content); break;
                case 3: gooseId = Text(field.Content); break;
                case 5: stNum = BerReader.ReadUnsigned(field.Content); break;
                case 6: sqNum = BerReader.ReadUnsigned(field.Content); break;
                case 7: simulation = !field.Content.IsEmpty && field.Content[0] != 0; break;
                case 8: confRev = BerReader.ReadUnsigned(field.Content); break;
                case 10: entries = (int)Math.Min(BerReader.ReadUnsigned(field.Content), int.MaxValue); break;
                default: break;
            }
            rest = rest[used..];
        }
        message = new GooseMessage(BinaryPrimitives.ReadUInt16BigEndian(payload), gocbRef, dataSet, gooseId, stNum, sqNum, confRev, simulation, entries);
        return gocbRef is not null;
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes);
}
