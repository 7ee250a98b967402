namespace Vigil.Simulator.Protocols;

/// <summary>
/// SNMPv2c over UDP 161 (RFC 3416, BER): a GetRequest for one object and the GetResponse carrying its
/// value — what a monitoring server sends every few minutes to read a device's uptime.
/// </summary>
public static class SnmpEncoder
{
    /// <summary>sysUpTime.0 (RFC 1213), the object a poller reads to tell a reboot from a running device.</summary>
    public const string SysUpTime = "1.3.6.1.2.1.1.3.0";

    private const long Version2c = 1;

    /// <summary>GetRequest-PDU (tag A0) for <paramref name="oid"/> with a NULL value.</summary>
    public static byte[] GetRequest(int requestId, string community, string oid) =>
        Message(community, 0xA0, requestId, Der.Null(), oid);

    /// <summary>GetResponse-PDU (tag A2) answering <paramref name="oid"/> with TimeTicks (hundredths of a second).</summary>
    public static byte[] UptimeResponse(int requestId, string community, string oid, uint hundredths)
    {
        // TimeTicks is an application-tagged (0x43) unsigned integer with INTEGER's content encoding.
        var integer = Der.Integer(hundredths);
        return Message(community, 0xA2, requestId, Der.Tlv(0x43, integer.AsSpan(2)), oid);
    }

    private static byte[] Message(string community, byte pduTag, int requestId, byte[] value, string oid)
    {
        var binding = Der.Sequence(Der.ObjectIdentifier(oid), value);
        var pdu = Der.Tlv(pduTag, Concat(Der.Integer(requestId), Der.Integer(0), Der.Integer(0), Der.Sequence(binding)));
        return Der.Sequence(Der.Integer(Version2c), Der.OctetString(System.Text.Encoding.ASCII.GetBytes(community)), pdu);
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
