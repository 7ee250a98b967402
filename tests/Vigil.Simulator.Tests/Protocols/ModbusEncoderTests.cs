using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Tests.Protocols;

public sealed class ModbusEncoderTests
{
    [Fact]
    public void Read_holding_registers_request_is_the_textbook_adu()
    {
        byte[] expected =
        [
            0x00, 0x01, // transaction id
            0x00, 0x00, // protocol id: Modbus
            0x00, 0x06, // length: unit id + 5-byte PDU
            0x11,       // unit id
            0x03,       // FC 3
            0x00, 0x6B, // start address 107
            0x00, 0x03, // three registers
        ];
        Assert.Equal(expected, ModbusEncoder.ReadHoldingRegistersRequest(1, 0x11, 107, 3));
    }

    [Fact]
    public void Device_identification_response_carries_three_objects()
    {
        var adu = ModbusEncoder.ReadDeviceIdentificationResponse(9, 1, "Schneider Electric", "BMX P34 2020", "v3.10");
        Assert.Equal(adu.Length - 6, adu[4] << 8 | adu[5]);
        Assert.Equal([0x2B, 0x0E, 0x01, 0x01, 0x00, 0x00, 0x03], adu.AsSpan(7, 7).ToArray());
        Assert.Equal(0x00, adu[14]);             // object 0: VendorName
        Assert.Equal(18, adu[15]);
        Assert.Equal("Schneider Electric", System.Text.Encoding.ASCII.GetString(adu, 16, 18));
    }

    [Fact]
    public void Write_multiple_registers_counts_bytes_and_registers()
    {
        var adu = ModbusEncoder.WriteMultipleRegistersRequest(2, 1, 40, [1, 2, 3]);
        Assert.Equal([0x10, 0x00, 40, 0x00, 3, 6], adu.AsSpan(7, 6).ToArray());
        Assert.Equal(7 + 6 + 6, adu.Length);
    }
}
