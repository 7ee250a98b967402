using Vigil.Export.Formats;

namespace Vigil.Export.Tests.Formats;

public sealed class CefFormatterTests
{
    [Fact]
    public void Header_and_extension_are_escaped_so_a_parser_splits_them_right()
    {
        var cef = CefFormatter.Format(Alerts.Scan());
        Assert.StartsWith("CEF:0|Vigil|Vigil|1.0|vigil-5|Multiple Failed Internal Connections|10|", cef);
        var (header, extension) = Split(cef);
        Assert.Equal(8, header.Count);
        var fields = Extension(extension);
        Assert.Equal("1713751262500", fields["rt"]);
        Assert.Equal("10.10.0.66", fields["src"]);
        Assert.Equal("0.99", fields["cfp1"]);
        Assert.Equal(Alerts.Scan().Alert.Summary, fields["msg"]);
        Assert.Equal(Alerts.Scan().Alert.EvidenceJson, fields["cs1"]);
    }

    /// <summary>A CEF reader: seven unescaped '|' end the header; the rest is key=value pairs split before each unescaped "key=".</summary>
    private static (List<string> Header, string Extension) Split(string cef)
    {
        var header = new List<string>();
        var current = new System.Text.StringBuilder();
        var i = 0;
        for (; i < cef.Length && header.Count < 7; i++)
        {
            if (cef[i] == '\\' && i + 1 < cef.Length) { current.Append(cef[++i]); continue; }
            if (cef[i] == '|') { header.Add(current.ToString()); current.Clear(); continue; }
            current.Append(cef[i]);
        }
        header.Add(cef[i..]);
        return (header, cef[i..]);
    }

    private static Dictionary<string, string> Extension(string extension)
    {
        var keys = System.Text.RegularExpressions.Regex.Matches(extension, @"(?:^| )([A-Za-z0-9]+)=(?<!\\=)");
        var fields = new Dictionary<string, string>();
        for (var k = 0; k < keys.Count; k++)
        {
            var start = keys[k].Index + keys[k].Length;
            var end = k + 1 < keys.Count ? keys[k + 1].Index : extension.Length;
            var raw = extension[start..end];
            fields[keys[k].Groups[1].Value] = raw.Replace("\\=", "=").Replace("\\n", "\n").Replace("\\\\", "\\");
        }
        return fields;
    }
}
