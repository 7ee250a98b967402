using Vigil.Contracts.Devices;
using Vigil.Export.Inventory;

namespace Vigil.Export.Tests.Inventory;

/// <summary>The asset inventory as CSV: identity, role and zone per device; quoting and formula defusing.</summary>
public sealed class InventoryCsvTests
{
    [Fact]
    public void Each_device_is_one_row_with_identity_role_and_zone()
    {
        var plc = new DeviceSnapshot
        {
            Ip = "10.20.0.5", Subnet = "10.20.0.0/24", Names = ["plc-5", "line1-plc"], Vendor = "Siemens", Product = "CPU 1516-3 PN/DP, v2.9",
            Role = "plc", RoleEvidence = ["serves tcp/102 to 3 clients"], Zone = "ics", ZoneEvidence = "configured zone 'Plant'",
            Macs = ["00:1b:1b:00:00:05"], Vlans = [20], FirstSeenNs = 1_713_744_000_000_000_000, LastSeenNs = 1_713_751_262_500_000_000,
            ServicesOffered = ["tcp/102", "tcp/502"], Peers = 3, Flows = 120, BytesSent = 1000, BytesReceived = 2000, Alerts = 1,
        };
        var writer = new StringWriter();
        InventoryCsv.Write(writer, [plc]);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', InventoryCsv.Columns), lines[0]);
        Assert.Equal("10.20.0.5,plc-5; line1-plc,Siemens,\"CPU 1516-3 PN/DP, v2.9\",plc,serves tcp/102 to 3 clients,ics,configured zone 'Plant',10.20.0.0/24,"
            + "00:1b:1b:00:00:05,20,2024-04-22T00:00:00.000000Z,2024-04-22T02:01:02.500000Z,tcp/102 tcp/502,,3,120,1000,2000,1", lines[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a\nb", "\"a\nb\"")]
    [InlineData("plain", "plain")]
    public void Fields_a_spreadsheet_would_run_are_defused_and_separators_quoted(string value, string expected) =>
        Assert.Equal(expected, CsvText.Field(value));
}
