using System.Buffers.Binary;

namespace Vigil.Protocols.It.Tls;

/// <summary>
/// Recognises TLS from the first bytes of a direction: a handshake record (type 22, version
/// 3.0–3.4, length within the record limit) that starts with a ClientHello or ServerHello; or,
/// for captures that begin mid-session, an application data record header.
/// </summary>
public static class TlsProbe
{
    public static bool Matches(Direction direction, ReadOnlySpan<byte> firstBytes)
    {
        if (firstBytes.Length < 6 || firstBytes[1] != 3 || firstBytes[2] > 4)
        {
            return false;
        }
        var length = BinaryPrimitives.ReadUInt16BigEndian(firstBytes[3..]);
        if (firstBytes[0] == TlsRecordLayer.ApplicationData)
        {
            // Version 3.1–3.3 only: 1.3 and 1.2 both stamp 0x0303 on application data records.
            return firstBytes[2] is >= 1 and <= 3 && length > 0 && length <= TlsRecordLayer.MaxRecordLength;
        }
        if (firstBytes[0] != TlsRecordLayer.Handshake)
        {
            return false;
        }
        var expected = direction == Direction.FromOriginator ? TlsRecordLayer.ClientHello : TlsRecordLayer.ServerHello;
        return length >= 4 && length <= TlsRecordLayer.MaxRecordLength && firstBytes[5] == expected;
    }
}
