using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using Vigil.Capture.Decoding;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Dhcp;

/// <summary>
/// Reads a BOOTP/DHCP message (RFC 2131 §2, options RFC 2132):
/// <code>
/// | op (1) | htype (1) | hlen (1) | hops (1) | xid (4) | secs (2) | flags (2) |
/// | ciaddr (4) | yiaddr (4) | siaddr (4) | giaddr (4) | chaddr (16) | sname (64) | file (128) |
/// | magic cookie 99.130.83.99 (4) | options: code (1), length (1), value … 255 end; 0 pad |
/// </code>
/// </summary>
public static class DhcpMessageReader
{
    public const int CookieOffset = 236;
    public const int OptionsOffset = 240;
    public const uint MagicCookie = 0x63825363;
    private const string Protocol = "dhcp";
    private const int YourAddressOffset = 16;
    private const int ClientHardwareOffset = 28;
    private const byte Pad = 0;
    private const byte End = 255;
    private const byte HostName = 12;
    private const byte RequestedAddress = 50;
    private const byte MessageType = 53;
    private const byte VendorClass = 60;
    private const int MaxTextLength = 64;

    /// <summary>True when the datagram has a BOOTP header for Ethernet and the DHCP magic cookie.</summary>
    public static bool LooksLikeDhcp(ReadOnlySpan<byte> datagram) =>
        datagram.Length >= OptionsOffset
        && datagram[0] is 1 or 2
        && datagram[1] == 1 && datagram[2] == 6
        && BinaryPrimitives.ReadUInt32BigEndian(datagram[CookieOffset..]) == MagicCookie;

    public static void Read(ReadOnlySpan<byte> datagram, long timestampNs, FlowFacts facts)
    {
        if (!LooksLikeDhcp(datagram))
        {
            facts.AddAnomaly(Protocol, datagram.Length < OptionsOffset ? "truncated" : "invalid_header", timestampNs);
            return;
        }
        var dhcp = facts.Dhcp ??= new DhcpFacts();
        dhcp.ClientMac = MacAddress.Read(datagram[ClientHardwareOffset..]).ToString();
        var yourAddress = datagram.Slice(YourAddressOffset, 4);
        if (BinaryPrimitives.ReadUInt32BigEndian(yourAddress) != 0)
        {
            dhcp.Address = new IPAddress(yourAddress).ToString();
        }
        var position = OptionsOffset;
        // Every iteration consumes at least one byte, so the loop ends.
        while (position < datagram.Length)
        {
            var code = datagram[position];
            if (code == End)
            {
                return;
            }
            if (code == Pad)
            {
                position++;
                continue;
            }
            if (position + 2 > datagram.Length || position + 2 + datagram[position + 1] > datagram.Length)
            {
                facts.AddAnomaly(Protocol, "truncated_option", timestampNs);
                return;
            }
            OnOption(code, datagram.Slice(position + 2, datagram[position + 1]), dhcp, facts);
            position += 2 + datagram[position + 1];
        }
    }

    private static void OnOption(byte code, ReadOnlySpan<byte> value, DhcpFacts dhcp, FlowFacts facts)
    {
        switch (code)
        {
            case MessageType when value.Length == 1:
                dhcp.MessageType = value[0];
                facts.AddOperation("dhcp/" + value[0].ToString(CultureInfo.InvariantCulture));
                break;
            case HostName when value.Length > 0:
                dhcp.HostName = Text(value);
                break;
            case VendorClass when value.Length > 0:
                dhcp.VendorClass = Text(value);
                break;
            case RequestedAddress when value.Length == 4 && dhcp.Address is null:
                dhcp.Address = new IPAddress(value).ToString();
                break;
        }
    }

    private static string Text(ReadOnlySpan<byte> value)
    {
        var text = Encoding.Latin1.GetString(value[..Math.Min(value.Length, MaxTextLength)]);
        return text.TrimEnd('\0');
    }
}
