namespace Vigil.Export.Inventory;

/// <summary>
/// RFC 4180 fields, and defused: a field that a spreadsheet would run as a formula (=, +, -, @, tab,
/// CR first) gets a leading apostrophe — device names come from DHCP and DNS, which anyone on the
/// network can set.
/// </summary>
public static class CsvText
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>One CSV line (CRLF-terminated, as RFC 4180 has it) of already-formatted values.</summary>
    public static void Line(TextWriter writer, IEnumerable<string?> values)
    {
        writer.Write(string.Join(',', values.Select(Field)));
        writer.Write("\r\n");
    }
}
