namespace Vigil.Cluster.Silo;

/// <summary>How a silo process ends; a supervisor restarts on the unavailable code, an operator fixes the others.</summary>
public static class SiloExitCodes
{
    public const int Ok = 0;
    /// <summary>Settings are missing or wrong, or the database schema is too old.</summary>
    public const int BadConfiguration = 2;
    /// <summary>PostgreSQL stayed unreachable for the whole start-up wait.</summary>
    public const int DatabaseUnavailable = 3;
}
