namespace Vigil.Flows.Tests.Captures;

/// <summary>One tcp.stream of tshark: its frames, payload bytes (retransmissions included) and completeness bits.</summary>
internal sealed record TsharkTcpStream(int Index, int Frames, long PayloadBytes, int Completeness)
{
    public const int Syn = 1;
    public const int SynAck = 2;
    public const int Fin = 16;
    public const int Rst = 32;

    public bool Has(int bit) => (Completeness & bit) != 0;
}
