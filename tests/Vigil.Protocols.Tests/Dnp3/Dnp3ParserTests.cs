using Vigil.Protocols.Dnp3;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.Dnp3;

public class Dnp3ParserTests
{
    // Application request: control C1 (FIR FIN seq 1) | fc 05 direct operate | g12v1 qualifier 28,
    // count 0001, index 0000, CROB: code 03, count 01, on 00000064, off 00000000, status 00
    private const string DirectOperate = "C1 05 0C 01 28 01 00 00 00 03 01 64 00 00 00 00 00 00 00 00";

    [Fact]
    public void Counts_request_function_and_first_object_group()
    {
        var facts = Run(new Dnp3Parser(), (Direction.FromOriginator, Frame(0xC4, Hex("C0 " + DirectOperate))));

        Assert.Equal(1, facts.Operations["dnp3/5"]);
        Assert.Equal(1, facts.Operations["dnp3/group/12"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Responses_are_not_requests()
    {
        // Response: control C1, fc 0x81, IIN 0000.
        var facts = Run(new Dnp3Parser(), (Direction.FromResponder, Frame(0x44, Hex("C0 C1 81 00 00"))));

        Assert.Empty(facts.Operations);
    }

    [Fact]
    public void Transport_segments_are_reassembled_from_fir_to_fin()
    {
        var apdu = Hex(DirectOperate);
        // Transport header 0x40 = FIR, seq 0; 0x81 = FIN, seq 1.
        var first = Frame(0xC4, [0x40, .. apdu[..10]]);
        var last = Frame(0xC4, [0x81, .. apdu[10..]]);
        var facts = Run(new Dnp3Parser(), (Direction.FromOriginator, first), (Direction.FromOriginator, last));

        Assert.Equal(1, facts.Operations["dnp3/5"]);
    }

    [Fact]
    public void Bad_data_crc_is_an_anomaly_and_the_fragment_is_dropped()
    {
        var frame = Frame(0xC4, Hex("C0 " + DirectOperate));
        frame[12] ^= 0xFF; // corrupt a user data byte inside the first CRC block
        var facts = Run(new Dnp3Parser(), (Direction.FromOriginator, frame));

        Assert.Contains(facts.Anomalies, a => a.Kind == "bad_crc");
        Assert.Empty(facts.Operations);
    }

    [Fact]
    public void Garbage_before_a_frame_is_skipped_to_the_next_start_bytes()
    {
        var facts = Run(new Dnp3Parser(), (Direction.FromOriginator, [0x01, 0x02, 0x03, .. Frame(0xC4, Hex("C0 " + DirectOperate))]));

        Assert.Equal(1, facts.Operations["dnp3/5"]);
        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_frame");
    }

    [Fact]
    public void Crc_matches_the_dnp3_check_value()
    {
        // CRC-16/DNP check value for "123456789" is 0xEA82.
        Assert.Equal(0xEA82, Dnp3Crc.Compute("123456789"u8));
    }

    /// <summary>Builds a link frame: 05 64 len ctrl dest(LE)=1 src(LE)=2 CRC, then user data in 16-byte blocks with CRCs.</summary>
    internal static byte[] Frame(byte control, byte[] userData)
    {
        byte[] header = [0x05, 0x64, (byte)(5 + userData.Length), control, 0x01, 0x00, 0x02, 0x00];
        var frame = new List<byte>(header);
        AddCrc(frame, header);
        foreach (var block in userData.Chunk(16))
        {
            frame.AddRange(block);
            AddCrc(frame, block);
        }
        return [.. frame];
    }

    private static void AddCrc(List<byte> frame, byte[] block)
    {
        var crc = Dnp3Crc.Compute(block);
        frame.Add((byte)crc);
        frame.Add((byte)(crc >> 8));
    }
}
