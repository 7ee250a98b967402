namespace Vigil.Capture.Files;

/// <summary>
/// One file format's record parser (classic pcap or pcapng). It reads the next frame from the
/// buffer, or returns false at the end; when it stops early because the data is bad it says why
/// in the warnings list, so that a short read is never silent. A corrupt record in the middle of a
/// file is skipped: the parser scans forward to the next place where a plausible record starts
/// (<see cref="Resync"/>), so one damaged block does not cost the rest of the capture.
/// </summary>
internal abstract class CaptureFormat
{
    /// <summary>How far past a corrupt record the scan for the next good one goes before it gives up.</summary>
    private const long MaxResyncBytes = 64L << 20;

    /// <summary>Resyncs after which a file is judged garbage rather than damaged, and reading stops.</summary>
    private const int MaxResyncs = 1000;

    /// <summary>Resyncs that get a warning line each; later ones are only counted.</summary>
    private const int WarnedResyncs = 10;

    protected CaptureFormat(List<string> warnings) => Warnings = warnings;

    protected List<string> Warnings { get; }

    /// <summary>Corrupt regions skipped so far.</summary>
    public int Resyncs { get; private set; }

    /// <summary>Bytes skipped over corrupt regions so far.</summary>
    public long SkippedBytes { get; private set; }

    /// <summary>Bytes between two places the resync scan tries (the format's record alignment).</summary>
    protected virtual int ResyncStride => 1;

    /// <summary>
    /// Whether a record that looks whole and valid starts at the buffer's position — strict enough that random
    /// bytes almost never pass (the formats check the record after it too).
    /// </summary>
    protected abstract bool IsPlausibleRecordAt(ReadBuffer buffer);

    /// <summary>
    /// Skips from a corrupt record at the buffer's position to the next plausible one; false (and stopped, with the
    /// reason) when none is found within <see cref="MaxResyncBytes"/> or the file has had too many corrupt regions.
    /// </summary>
    protected bool Resync(ReadBuffer buffer, string problem)
    {
        if (Resyncs >= MaxResyncs)
        {
            return Stop($"{problem}; {MaxResyncs} corrupt regions already skipped, so the rest is not read; stopped");
        }
        var stride = ResyncStride;
        for (long skipped = stride; skipped <= MaxResyncBytes; skipped += stride)
        {
            if (!buffer.Ensure(stride + 1))
            {
                break;
            }
            buffer.Advance(stride);
            if (IsPlausibleRecordAt(buffer))
            {
                NoteSkipped($"{problem}; skipped {skipped} bytes to the next good record at byte {buffer.Position}", skipped);
                return true;
            }
        }
        return Stop($"{problem}; no good record follows it; stopped");
    }

    /// <summary>Counts a skipped region or record, with a warning line for the first few.</summary>
    protected void NoteSkipped(string warning, long bytes)
    {
        Resyncs++;
        SkippedBytes += bytes;
        if (Resyncs <= WarnedResyncs)
        {
            Warnings.Add(warning);
        }
        else if (Resyncs == WarnedResyncs + 1)
        {
            Warnings.Add("more corrupt regions were skipped without a warning each");
        }
    }

    /// <summary>A short description of the file, e.g. "pcap (nanoseconds, big-endian)".</summary>
    public abstract string Description { get; }

    /// <summary>Reads the next frame; false at the end of the data or at the first bad record.</summary>
    public abstract bool TryRead(ReadBuffer buffer, out RawFrame frame);

    /// <summary>Records why reading stopped before the end of the file.</summary>
    protected bool Stop(string warning)
    {
        Warnings.Add(warning);
        return false;
    }

    /// <summary>Records a truncated record, if any bytes of it are there at all.</summary>
    protected bool StopTruncated(ReadBuffer buffer, string what, long needed)
    {
        if (buffer.Available == 0)
        {
            return false;
        }
        return Stop($"truncated {what} at byte {buffer.Position}: {buffer.Available} of {needed} bytes; stopped");
    }
}
