namespace Vigil.Protocols.Bacnet;

/// <summary>
/// Reads the service of a BACnet APDU (clause 20).
/// <code>
///  confirmed request (type 0): type|SEG|MOR|SA | max segs/max apdu | invoke id | [seq nr | window] if SEG | service
///  unconfirmed request (1):    type | service
///  2 simple ack, 3 complex ack, 4 segment ack, 5 error, 6 reject, 7 abort: replies (not counted)
/// </code>
/// </summary>
public static class ApduReader
{
    /// <summary>PDU type of a confirmed request.</summary>
    public const int ConfirmedRequest = 0;

    /// <summary>PDU type of an unconfirmed request.</summary>
    public const int UnconfirmedRequest = 1;

    /// <summary>
    /// Reads the PDU type and, for requests, the service choice. For a segmented confirmed request
    /// <paramref name="segment"/> is its sequence number (0 for the first segment), else -1.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> apdu, out int pduType, out int service, out int segment)
    {
        pduType = -1;
        service = -1;
        segment = -1;
        if (apdu.IsEmpty)
        {
            return false;
        }
        pduType = apdu[0] >> 4;
        switch (pduType)
        {
            case ConfirmedRequest:
                var segmented = (apdu[0] & 0x08) != 0;
                var serviceAt = segmented ? 5 : 3;
                if (apdu.Length <= serviceAt)
                {
                    return false;
                }
                segment = segmented ? apdu[3] : -1;
                service = apdu[serviceAt];
                return true;
            case UnconfirmedRequest:
                if (apdu.Length < 2)
                {
                    return false;
                }
                service = apdu[1];
                return true;
            default:
                return pduType <= 7;
        }
    }
}
