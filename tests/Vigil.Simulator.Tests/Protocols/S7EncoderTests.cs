using System.Text;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Tests.Protocols;

public sealed class S7EncoderTests
{
    [Fact]
    public void Setup_communication_job_is_wrapped_in_tpkt_and_cotp_data()
    {
        byte[] expected =
        [
            0x03, 0x00, 0x00, 0x19,             // TPKT: version 3, length 25
            0x02, 0xF0, 0x80,                   // COTP DT, last data unit
            0x32, 0x01, 0x00, 0x00, 0x00, 0x05, // S7: job, redundancy id, PDU ref 5
            0x00, 0x08, 0x00, 0x00,             // parameter length 8, data length 0
            0xF0, 0x00, 0x00, 0x01, 0x00, 0x01, 0x01, 0xE0, // setup: AmQ 1/1, PDU 480
        ];
        Assert.Equal(expected, S7Encoder.SetupCommunication(5, false));
    }

    [Fact]
    public void Ack_data_header_has_error_class_and_code()
    {
        var pdu = S7Encoder.SetupCommunication(5, true, 240);
        Assert.Equal(0x03, pdu[8]);
        Assert.Equal(4 + 3 + 12 + 8, pdu.Length);
    }

    [Fact]
    public void Plc_stop_names_the_p_program_service()
    {
        var pdu = S7Encoder.PlcStop(7);
        Assert.Equal(0x29, pdu[17]);
        Assert.EndsWith("P_PROGRAM", Encoding.ASCII.GetString(pdu));
    }

    [Fact]
    public void Szl_request_asks_cpu_functions_read_szl_for_the_id()
    {
        var pdu = S7Encoder.SzlReadRequest(1, 0, 0x001C, 0);
        Assert.Equal(0x07, pdu[8]);                                      // ROSCTR userdata
        Assert.Equal([0x00, 0x01, 0x12, 0x04, 0x11, 0x44, 0x01, 0x00], pdu.AsSpan(17, 8).ToArray());
        Assert.Equal([0xFF, 0x09, 0x00, 0x04, 0x00, 0x1C, 0x00, 0x00], pdu.AsSpan(25, 8).ToArray());
    }

    [Fact]
    public void Request_download_names_the_block_file()
    {
        var text = Encoding.ASCII.GetString(S7Encoder.RequestDownload(3, "_0800001P", 1036, 1000));
        Assert.Contains("_0800001P", text, StringComparison.Ordinal);
        Assert.Contains("1001036001000", text, StringComparison.Ordinal);
    }
}
