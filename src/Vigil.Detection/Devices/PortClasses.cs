namespace Vigil.Detection.Devices;

/// <summary>
/// Services that matter more than others when a device starts using them: remote administration,
/// and industrial protocols. Until protocol detection labels flows, the port is the evidence.
/// </summary>
public static class PortClasses
{
    private static readonly HashSet<string> Admin = new(StringComparer.Ordinal)
    {
        "tcp/22", "tcp/23", "tcp/3389", "tcp/5900", "tcp/5985", "tcp/5986", "tcp/135", "tcp/445",
    };

    private static readonly HashSet<string> Ics = new(StringComparer.Ordinal)
    {
        "tcp/102", "tcp/502", "tcp/20000", "udp/20000", "tcp/44818", "udp/44818", "udp/2222", "tcp/2404",
        "udp/47808", "tcp/4840", "tcp/1911", "tcp/4911", "tcp/9600", "udp/9600", "tcp/5007", "udp/5006",
        "tcp/18245", "tcp/34962", "tcp/34963", "tcp/34964", "tcp/48898", "udp/48899", "tcp/5094",
    };

    public const string AdminClass = "admin";
    public const string IcsClass = "ics";

    public static bool IsAdmin(string service) => Admin.Contains(service);

    public static bool IsIcs(string service) => Ics.Contains(service);

    public static bool IsSensitive(string service) => IsAdmin(service) || IsIcs(service);

    /// <summary>"admin", "ics" or null: the class a peer group shares when it uses any service of it.</summary>
    public static string? ClassOf(string service) => IsAdmin(service) ? AdminClass : IsIcs(service) ? IcsClass : null;
}
