using Vigil.Protocols.ProfinetDcp;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.ProfinetDcp;

public class ProfinetDcpReaderTests
{
    [Fact]
    public void Reads_an_identify_response()
    {
        // frame id FEFF | service 05 identify, type 01 response | xid 00000001 | reserved 0000 | length 0018
        // block 02 02 (name of station) len 0006: block info 0000 + "plc1" | block 02 03 (device id) len 0006:
        // info 0000, vendor 002A, device 0105 | block 01 02 ... omitted
        var frame = Hex("FE FF 05 01 00 00 00 01 00 00 00 14 | 02 02 00 06 00 00 70 6C 63 31 | 02 03 00 06 00 00 00 2A 01 05");

        Assert.True(ProfinetDcpReader.TryRead(frame, out var message));
        Assert.Equal(DcpMessage.Identify, message!.ServiceId);
        Assert.False(message.IsRequest);
        Assert.Equal("plc1", message.NameOfStation);
        Assert.Equal((ushort)0x2A, message.VendorId);
        Assert.Equal((ushort)0x0105, message.DeviceId);
    }

    [Fact]
    public void Reads_a_set_ip_request()
    {
        // frame id FEFD | service 04 set, type 00 request | xid | reserved | length 0012
        // block 01 02 (IP suite) len 000E: qualifier 0001, ip C0A80014, mask FFFFFF00, gateway C0A80001
        var frame = Hex("FE FD 04 00 00 00 00 02 00 00 00 12 | 01 02 00 0E 00 01 C0 A8 00 14 FF FF FF 00 C0 A8 00 01");

        Assert.True(ProfinetDcpReader.TryRead(frame, out var message));
        Assert.True(message!.IsRequest);
        Assert.Equal("192.168.0.20", message.IpAddress);
    }

    [Fact]
    public void Other_frame_ids_are_not_dcp()
    {
        Assert.False(ProfinetDcpReader.TryRead(Hex("80 00 05 01 00 00 00 01 00 00 00 00"), out _));
    }
}
