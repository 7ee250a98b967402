using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Contracts.Time;

namespace Vigil.Api.Queries;

/// <summary>
/// Reads query and route values by hand so every bad value gets a message that says what was expected
/// (framework binding answers a bare 400). Collect, then check <see cref="IsValid"/> and return
/// <see cref="Problem"/>.
/// </summary>
public sealed partial class QueryReader
{
    /// <summary>No offset past this: deep paging through a large estate is what filters are for.</summary>
    public const int MaxOffset = 1_000_000;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public ValidationProblem Problem() => TypedResults.ValidationProblem(_errors, title: "Invalid request");

    public int Int(string name, string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        return Fail(name, $"'{Shorten(text)}' is not an integer from {min} to {max}.", fallback);
    }

    public long? Long(string name, string? text, long min)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : Fail<long?>(name, $"'{Shorten(text)}' is not an integer of at least {min}.", null);
    }

    /// <summary>An ISO-8601 capture time (e.g. 2024-04-22T02:00:00Z) as ns since the Unix epoch.</summary>
    public long? Time(string name, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? CaptureTime.FromDateTime(time)
            : Fail<long?>(name, $"'{Shorten(text)}' is not an ISO-8601 time such as 2024-04-22T02:00:00Z.", null);
    }

    /// <summary>An IPv4 or IPv6 address, in canonical text form.</summary>
    public string? Ip(string name, string? text, bool required = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return required ? Fail<string?>(name, "An IP address is required.", null) : null;
        }
        return IPAddress.TryParse(text, out var address) && text.Length <= 45
            ? address.ToString()
            : Fail<string?>(name, $"'{Shorten(text)}' is not an IP address.", null);
    }

    /// <summary>A subnet in CIDR form (10.20.0.0/24).</summary>
    public string? Subnet(string name, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return IPNetwork.TryParse(text, out var network) ? network.ToString() : Fail<string?>(name, $"'{Shorten(text)}' is not a subnet such as 10.20.0.0/24.", null);
    }

    /// <summary>A service as "tcp/502", "udp/47808".</summary>
    public string? Service(string name, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var match = ServicePattern().Match(text);
        return match.Success && int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) <= 65535
            ? text.ToLowerInvariant()
            : Fail<string?>(name, $"'{Shorten(text)}' is not a service such as tcp/502 or udp/47808.", null);
    }

    /// <summary>A name such as a zone ("ics", "Cell A") or a role ("plc"): letters, digits, space, '_', '-', '.', at most 64.</summary>
    public string? Name(string name, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return NamePattern().IsMatch(text) ? text : Fail<string?>(name, $"'{Shorten(text)}' is not a name (letters, digits, space, '_', '-', '.'; at most 64).", null);
    }

    /// <summary>An incident id such as INC-0001.</summary>
    public string? IncidentId(string name, string? text)
    {
        return text is not null && IncidentPattern().IsMatch(text) ? text : Fail<string?>(name, $"'{Shorten(text ?? "")}' is not an incident id such as INC-0001.", null);
    }

    /// <summary>A number in [min, max].</summary>
    public double? Double(string name, string? text, double min, double max)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : Fail<double?>(name, $"'{Shorten(text)}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.", null);
    }

    /// <summary>true or false.</summary>
    public bool? Bool(string name, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return bool.TryParse(text, out var value) ? value : Fail<bool?>(name, $"'{Shorten(text)}' is not true or false.", null);
    }

    /// <summary>Free text of bounded length.</summary>
    public string? Text(string name, string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return text.Length <= maxLength ? text : Fail<string?>(name, $"At most {maxLength} characters.", null);
    }

    /// <summary>One of a fixed set of values (exact match).</summary>
    public string? OneOf(string name, string? text, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : Fail<string?>(name, $"'{Shorten(text)}' is not one of: {string.Join(", ", allowed)}.", null);
    }

    /// <summary>Records an error about a value the caller checked itself.</summary>
    public void Require(string name, string message) => _errors[name] = [message];

    private T Fail<T>(string name, string message, T fallback)
    {
        _errors[name] = [message];
        return fallback;
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";

    [GeneratedRegex("^(tcp|udp|icmp|icmp6)/([0-9]{1,5})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServicePattern();

    [GeneratedRegex(@"^[\p{L}\p{N}_.\- ]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex("^INC-[0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex IncidentPattern();
}
