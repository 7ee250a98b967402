using Vigil.Protocols.Catalog;

namespace Vigil.Protocols.Tests.Catalog;

public class OperationCatalogTests
{
    [Theory]
    [InlineData("modbus/16", OperationCategory.Action, "Write Multiple Registers")]
    [InlineData("modbus/43", OperationCategory.Discover, "Encapsulated Interface Transport (MEI)")]
    [InlineData("mei/14", OperationCategory.Discover, "Read Device Identification")]
    [InlineData("modbus/17", OperationCategory.Discover, "Report Server ID")]
    [InlineData("umas/52", OperationCategory.Reprogram, "UMAS Download Block")]
    [InlineData("s7comm/job/41", OperationCategory.Action, "PLC Stop")]
    [InlineData("s7comm/job/26", OperationCategory.Reprogram, "Request Download")]
    [InlineData("s7comm/pi/_DELE", OperationCategory.Reprogram, "PI Service: Delete Block")]
    [InlineData("s7comm/userdata/4/1", OperationCategory.Discover, "SZL read")]
    [InlineData("s7comm/userdata/4/2", OperationCategory.Diagnostic, "CPU functions")]
    [InlineData("s7comm/szl/28", OperationCategory.Discover, "SZL read (id)")]
    [InlineData("enip/99", OperationCategory.Discover, "ListIdentity")]
    [InlineData("cip/16", OperationCategory.Action, "Set Attribute Single")]
    [InlineData("bacnet/unconfirmed/8", OperationCategory.Discover, "Who-Is")]
    [InlineData("bacnet/confirmed/20", OperationCategory.Action, "ReinitializeDevice")]
    [InlineData("dnp3/5", OperationCategory.Action, "Direct Operate")]
    [InlineData("dnp3/27", OperationCategory.Reprogram, "Delete File")]
    [InlineData("iec104/45", OperationCategory.Action, "C_SC_NA_1 Single command")]
    [InlineData("mms/4", OperationCategory.Read, "Read")]
    [InlineData("opcua/673", OperationCategory.Action, "Write")]
    public void Describes_known_keys(string key, OperationCategory category, string name)
    {
        Assert.Equal((category, name), OperationCatalog.Describe(key));
    }

    [Fact]
    public void Unknown_keys_are_other_named_by_the_key()
    {
        Assert.Equal((OperationCategory.Other, "foo/1"), OperationCatalog.Describe("foo/1"));
    }

    [Fact]
    public void Keys_are_unique()
    {
        var duplicates = OperationCatalog.Rows.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Operations_md_is_generated_from_the_table()
    {
        var path = Path.Combine(Vigil.Tests.TestPaths.RepoRoot, "src", "Vigil.Protocols", "OPERATIONS.md");
        // Regenerate with: set VIGIL_WRITE_OPERATIONS_MD=1 and run this test.
        if (Environment.GetEnvironmentVariable("VIGIL_WRITE_OPERATIONS_MD") == "1")
        {
            File.WriteAllText(path, OperationCatalog.ToMarkdown());
        }
        Assert.Equal(OperationCatalog.ToMarkdown(), File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}
