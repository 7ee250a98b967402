using Vigil.Simulator.Packets;

namespace Vigil.Simulator.Tests.Packets;

public sealed class InternetChecksumTests
{
    [Fact]
    public void Matches_the_RFC_1071_worked_example()
    {
        // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to 0xddf2, whose complement is 0x220d.
        byte[] data = [0x00, 0x01, 0xF2, 0x03, 0xF4, 0xF5, 0xF6, 0xF7];
        Assert.Equal(0x220D, InternetChecksum.Compute(data));
    }

    [Fact]
    public void Odd_length_pads_the_last_byte_with_zero()
    {
        Assert.Equal(InternetChecksum.Compute([0x12, 0x34, 0x56, 0x00]), InternetChecksum.Compute([0x12, 0x34, 0x56]));
    }
}
