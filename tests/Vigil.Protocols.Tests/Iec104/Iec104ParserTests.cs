using Vigil.Protocols.Iec104;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.Iec104;

public class Iec104ParserTests
{
    private const string StartDtAct = "68 04 07 00 00 00";
    private const string StartDtCon = "68 04 0B 00 00 00";
    // I-frame: 68 len 0E | send seq 0000, recv seq 0000 | ASDU: type 2D (C_SC_NA_1 single command), VSQ 01,
    // COT 06 (activation), originator 00, common address 0001, IOA 000001 (3 bytes), SCO 01
    private const string SingleCommand = "68 0E 00 00 00 00 | 2D 01 06 00 01 00 | 01 00 00 | 01";
    // Monitor direction: M_SP_NA_1 (type 01) spontaneous, from the outstation
    private const string SinglePoint = "68 0E 00 00 02 00 | 01 01 03 00 01 00 | 01 00 00 | 01";

    [Fact]
    public void Counts_commands_from_the_controlling_station_only()
    {
        var facts = Run(new Iec104Parser(), Req(StartDtAct), Resp(StartDtCon), Req(SingleCommand), Resp(SinglePoint));

        Assert.Equal(1, facts.Operations["iec104/u/7"]);
        Assert.Equal(1, facts.Operations["iec104/45"]);
        Assert.False(facts.Operations.ContainsKey("iec104/1"));
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Several_apdus_in_one_segment_and_one_split_across_two()
    {
        var all = Hex(StartDtAct + SingleCommand + SingleCommand);
        var facts = Run(new Iec104Parser(), (Direction.FromOriginator, all[..10]), (Direction.FromOriginator, all[10..]));

        Assert.Equal(2, facts.Operations["iec104/45"]);
    }

    [Fact]
    public void Garbage_before_the_start_byte_resynchronises()
    {
        var facts = Run(new Iec104Parser(), Req("07 07 07 " + SingleCommand));

        Assert.Equal(1, facts.Operations["iec104/45"]);
        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_frame");
    }
}
