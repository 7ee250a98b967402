namespace Vigil.Contracts.Subnets;

/// <summary>The roles a zone can have (BRIEF.md): corporate IT, industrial control, DMZ, and outside the estate.</summary>
public static class ZoneRoles
{
    public const string It = "it";
    public const string Ics = "ics";
    public const string Dmz = "dmz";
    public const string External = "external";

    /// <summary>Whether <paramref name="role"/> is one of the four roles.</summary>
    public static bool IsKnown(string role) => role is It or Ics or Dmz or External;
}
