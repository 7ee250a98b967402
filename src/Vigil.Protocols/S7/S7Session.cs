using System.Buffers.Binary;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.S7;

/// <summary>
/// S7comm counting for one flow. Jobs count <c>s7comm/job/&lt;function&gt;</c> (PI services also
/// <c>s7comm/pi/&lt;service name&gt;</c>); userdata requests count <c>s7comm/userdata/&lt;group&gt;/&lt;subfunction&gt;</c>
/// and SZL reads <c>s7comm/szl/&lt;SZL id&gt;</c>. SZL 0x0011/0x001C replies fill the responder identity.
/// </summary>
internal sealed class S7Session
{
    private const byte PiService = 0x28;
    private const byte CpuFunctions = 4;
    private const byte ReadSzl = 1;

    private static readonly KeyTable Jobs = new("s7comm/job/");
    private static readonly KeyTable SzlIds = new("s7comm/szl/", 0);
    private static readonly KeyTable[] Userdata =
        [.. Enumerable.Range(0, 16).Select(g => new KeyTable($"s7comm/userdata/{g}/"))];

    public void OnPdu(Direction direction, ReadOnlySpan<byte> tsdu, long timestampNs, FlowFacts facts)
    {
        if (!S7PduReader.TryRead(tsdu, out var pdu))
        {
            facts.AddAnomaly("s7comm", "malformed_pdu", timestampNs);
            return;
        }
        switch (pdu.Rosctr)
        {
            case S7PduReader.Job when !pdu.Parameters.IsEmpty:
                facts.AddOperation(Jobs[pdu.Parameters[0]]);
                if (pdu.Parameters[0] == PiService)
                {
                    facts.AddOperation(S7PiService.Key(pdu.Parameters));
                }
                break;
            case S7PduReader.Userdata:
                OnUserdata(pdu, timestampNs, facts);
                break;
            default:
                break;
        }
    }

    private static void OnUserdata(S7Pdu pdu, long timestampNs, FlowFacts facts)
    {
        if (!S7Userdata.TryRead(pdu.Parameters, out var userdata))
        {
            facts.AddAnomaly("s7comm", "malformed_userdata", timestampNs);
            return;
        }
        var payload = S7Userdata.Payload(pdu.Data);
        var isSzl = userdata.Group == CpuFunctions && userdata.Subfunction == ReadSzl && payload.Length >= 2;
        if (userdata.Type == S7Userdata.Request)
        {
            facts.AddOperation(Userdata[userdata.Group][userdata.Subfunction]);
            if (isSzl)
            {
                facts.AddOperation(SzlIds[BinaryPrimitives.ReadUInt16BigEndian(payload)]);
            }
        }
        else if (userdata.Type == S7Userdata.Response && isSzl)
        {
            S7SzlIdentityReader.Merge(payload, facts);
        }
    }
}
