using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Mms;

/// <summary>
/// Finds the MMS confirmed-service request in one COTP TSDU, walking ISO session, ISO
/// presentation and MMS with bounded BER reads (no recursion, fixed depth).
/// <code>
///  raw MMS:      A0/A1/A3/A8/A9/8B ... (MMS PDU directly in the TSDU, no session/presentation)
///  session:      01 00 (Give Tokens) 01 00 (Data Transfer) | user data
///                or 0D/0E (Connect/Accept) li params...    (recognised, not counted)
///  presentation: 61 len (fully-encoded-data) 30 len (PDV-list)
///                  02 01 ctx-id [06 .. transfer syntax] A0 len (single-ASN1-type)
///  MMS:          A0 len (confirmed-RequestPDU) 02 len invokeID [30 .. modifiers] [service] ...
///                the service's context tag number is the confirmed service choice (read = 4)
/// </code>
/// </summary>
public static class MmsReader
{
    private static readonly KeyTable Services = new("mms/");

    /// <summary>Reads the TSDU; <paramref name="isMms"/> says whether it looked like ISO session traffic at all.</summary>
    /// <returns>True when a confirmed-service request was found; <paramref name="service"/> is its choice.</returns>
    public static bool TryReadConfirmedService(ReadOnlySpan<byte> tsdu, out bool isMms, out int service)
    {
        service = -1;
        isMms = false;
        if (tsdu.Length < 2)
        {
            return false;
        }
        var spduType = tsdu[0];
        if (spduType is 0xA0 or 0xA1 or 0xA2 or 0xA3 or 0xA4 or 0xA8 or 0xA9 or 0xAA or 0x8B or 0x8C or 0x8D)
        {
            // Some stacks send MMS straight over COTP, without session and presentation layers.
            isMms = BerReader.TryRead(tsdu, out _, out _);
            return isMms && TryReadConfirmedRequest(tsdu, out service);
        }
        if (spduType is 0x0D or 0x0E or 0x09 or 0x0A or 0x19 or 0x0C or 0x05)
        {
            // Connect, Accept, Finish, Disconnect, Abort, Refuse, ... : session management.
            isMms = tsdu[1] + 2 <= tsdu.Length || tsdu[1] == 0xFF;
            return false;
        }
        if (tsdu.Length < 4 || spduType != 0x01 || tsdu[1] != 0x00 || tsdu[2] != 0x01 || tsdu[3] != 0x00)
        {
            return false;
        }
        isMms = true;
        return TryReadPresentation(tsdu[4..], out service);
    }

    /// <summary>Counts <c>mms/&lt;service&gt;</c>.</summary>
    public static void Record(int service, FlowFacts facts)
    {
        if (service >= 0)
        {
            facts.AddOperation(Services[service]);
        }
    }

    private static bool TryReadPresentation(ReadOnlySpan<byte> ppdu, out int service)
    {
        service = -1;
        if (!BerReader.TryRead(ppdu, out var fullyEncoded, out _) || fullyEncoded.TagClass != BerReader.ApplicationClass
            || fullyEncoded.TagNumber != 1 || !BerReader.TryRead(fullyEncoded.Content, out var pdvList, out _))
        {
            return false;
        }
        var rest = pdvList.Content;
        // Skip the context id and optional transfer syntax until the [0] single-ASN1-type.
        for (var i = 0; i < 4 && BerReader.TryRead(rest, out var item, out var used); i++)
        {
            if (item.TagClass == BerReader.ContextClass && item.TagNumber == 0)
            {
                return TryReadConfirmedRequest(item.Content, out service);
            }
            rest = rest[used..];
        }
        return false;
    }

    private static bool TryReadConfirmedRequest(ReadOnlySpan<byte> mms, out int service)
    {
        service = -1;
        if (!BerReader.TryRead(mms, out var pdu, out _) || pdu.TagClass != BerReader.ContextClass || pdu.TagNumber != 0)
        {
            return false;
        }
        var rest = pdu.Content;
        // invokeID, then optional listOfModifier (universal SEQUENCE), then the service choice.
        for (var i = 0; i < 3 && BerReader.TryRead(rest, out var item, out var used); i++)
        {
            if (item.TagClass == BerReader.ContextClass)
            {
                service = item.TagNumber;
                return true;
            }
            rest = rest[used..];
        }
        return false;
    }
}
