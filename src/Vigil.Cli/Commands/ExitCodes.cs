namespace Vigil.Cli.Commands;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The input could not be read at all (missing file, not a capture, no packets).</summary>
    public const int Unreadable = 1;
    /// <summary>A wrong option or value.</summary>
    public const int BadUsage = 2;
}
