namespace Vigil.Grains;

/// <summary>
/// How often device and subnet grains checkpoint their models besides every 64 steps and at
/// deactivation. A crash loses at most the steps since the last checkpoint: the lesser of 64 steps
/// and <see cref="Interval"/> of wall time. Shorter intervals cost storage writes (a busy grain
/// writes once per interval), so the default stays well under what PostgreSQL absorbs per silo.
/// </summary>
public sealed class CheckpointOptions
{
    /// <summary>Wall time between checkpoints of a grain whose model changed; zero turns the timer off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
