using System.Buffers.Binary;
using System.Text;
using Vigil.Protocols.It.Smb;

namespace Vigil.Protocols.Tests.It.Smb;

public sealed class SmbParserTests
{
    /// <summary>A 64-byte SMB2 header: magic, StructureSize 64, Command, Flags (bit 0 response).</summary>
    private static byte[] Header(ushort command, bool response)
    {
        var header = new byte[64];
        SmbMagic.Smb2.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 64);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(12), command);
        header[16] = response ? (byte)1 : (byte)0;
        return header;
    }

    /// <summary>NetBIOS session message: type 0, 24-bit big-endian length.</summary>
    private static byte[] Nbss(byte[] message) => [0x00, (byte)(message.Length >> 16), (byte)(message.Length >> 8), (byte)message.Length, .. message];

    /// <summary>NEGOTIATE response body: StructureSize 65, SecurityMode, DialectRevision 0x0311, padding.</summary>
    private static byte[] NegotiateResponse() => Nbss([.. Header(0, response: true), 0x41, 0x00, 0x01, 0x00, 0x11, 0x03, .. new byte[58]]);

    /// <summary>TREE_CONNECT request: StructureSize 9, Flags, PathOffset 72 (from header start), PathLength, UTF-16 path.</summary>
    private static byte[] TreeConnect(string path)
    {
        var utf16 = Encoding.Unicode.GetBytes(path);
        return Nbss([.. Header(3, response: false), 0x09, 0x00, 0x00, 0x00, 72, 0x00, (byte)utf16.Length, (byte)(utf16.Length >> 8), .. utf16]);
    }

    [Fact]
    public void Negotiate_and_tree_connect()
    {
        var parser = new SmbParser();
        var facts = ItFeed.InPieces(parser, Direction.FromOriginator, [.. Nbss([.. Header(0, false), .. new byte[36]]), .. TreeConnect(@"\\HISTORIAN\projects")], 7);
        ItFeed.Whole(parser, Direction.FromResponder, NegotiateResponse(), facts);

        Assert.Equal(0x0311, facts.Smb!.Dialect);
        Assert.Equal([@"\\HISTORIAN\projects"], facts.Smb.Trees);
        Assert.Equal(1, facts.Operations["smb2/0"]);
        Assert.Equal(1, facts.Operations["smb2/3"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Large_write_is_skipped_without_buffering_and_framing_continues()
    {
        var write = Nbss([.. Header(9, false), .. new byte[200_000]]);
        var facts = ItFeed.InPieces(new SmbParser(), Direction.FromOriginator, [.. write, .. TreeConnect(@"\\S\C$")], 1460);

        Assert.Equal(1, facts.Operations["smb2/9"]);
        Assert.Equal([@"\\S\C$"], facts.Smb!.Trees);
    }

    [Fact]
    public void Smb1_negotiate_is_recognised()
    {
        var smb1 = new byte[35];
        SmbMagic.Smb1.CopyTo(smb1);
        smb1[4] = 0x72;                                  // SMB_COM_NEGOTIATE

        var facts = ItFeed.Whole(new SmbParser(), Direction.FromOriginator, Nbss(smb1));

        Assert.True(facts.Smb!.Smb1);
        Assert.Equal(1, facts.Operations["smb1/114"]);
        Assert.True(SmbProbe.Matches(Direction.FromOriginator, Nbss(smb1)));
    }

    [Fact]
    public void Compound_chain_that_does_not_advance_stops()
    {
        var header = Header(5, false);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(20), 8); // NextCommand 8: inside the header, rejected

        var facts = ItFeed.Whole(new SmbParser(), Direction.FromOriginator, Nbss([.. header, .. new byte[64]]));

        Assert.Equal(1, facts.Operations["smb2/5"]);
    }

    [Fact]
    public void Not_nbss_is_an_anomaly()
    {
        var facts = ItFeed.Whole(new SmbParser(), Direction.FromOriginator, "HELLO WORLD"u8.ToArray());

        Assert.Equal("invalid_nbss", Assert.Single(facts.Anomalies).Kind);
    }
}
