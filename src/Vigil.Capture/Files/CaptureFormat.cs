namespace Vigil.Capture.Files;

/// <summary>
/// One file format's record parser (classic pcap or pcapng). It reads the next frame from the
/// buffer, or returns false at the end; when it stops early because the data is bad it says why
/// in the warnings list, so that a short read is never silent.
/// </summary>
internal abstract class CaptureFormat
{
    protected CaptureFormat(List<string> warnings) => Warnings = warnings;

    protected List<string> Warnings { get; }

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
