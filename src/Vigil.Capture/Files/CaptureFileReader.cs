using System.Buffers.Binary;

namespace Vigil.Capture.Files;

/// <summary>
/// Reads frames from a classic pcap or a pcapng file, whichever the file's magic says, fast and
/// without allocating per frame. Opening a file that is not a capture throws
/// <see cref="CaptureFormatException"/>; after that nothing throws: a corrupt record is skipped to the
/// next good one, a truncated end stops the reading, and both say so in <see cref="Warnings"/>.
/// </summary>
public sealed class CaptureFileReader : IPacketSource
{
    private readonly ReadBuffer _buffer;
    private readonly CaptureFormat _format;
    private readonly List<string> _warnings;
    private bool _ended;

    private CaptureFileReader(string path, long length, ReadBuffer buffer, CaptureFormat format, List<string> warnings)
    {
        Path = path;
        Length = length;
        _buffer = buffer;
        _format = format;
        _warnings = warnings;
    }

    /// <summary>The file being read, as given to <see cref="Open"/>.</summary>
    public string Path { get; }

    /// <summary>The file's size in bytes when it was opened (with <see cref="Position"/>, for progress).</summary>
    public long Length { get; }

    /// <summary>File offset of the next unread byte.</summary>
    public long Position => _buffer.Position;

    /// <summary>Frames returned so far.</summary>
    public long FramesRead { get; private set; }

    /// <summary>The format as read, e.g. "pcap (microseconds, little-endian, link type 1)".</summary>
    public string Format => _format.Description;

    /// <summary>Corrupt regions or records skipped to read on (see <see cref="Warnings"/> for where).</summary>
    public int CorruptRegionsSkipped => _format.Resyncs;

    /// <summary>Bytes of the file skipped over corrupt regions and records.</summary>
    public long BytesSkipped => _format.SkippedBytes;

    /// <summary>Why reading stopped early or what looked wrong; empty for a clean file.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>
    /// Opens a capture file and reads its header. Throws <see cref="CaptureFormatException"/> with a
    /// one-line message when the file is missing, unreadable, empty or not pcap/pcapng.
    /// </summary>
    public static CaptureFileReader Open(string path) => Open(path, ReadBuffer.DefaultSize);

    /// <summary>Opens with a chosen buffer size; tests use tiny ones to hit every refill boundary.</summary>
    internal static CaptureFileReader Open(string path, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = OpenStream(path);
        var buffer = new ReadBuffer(stream, bufferSize);
        try
        {
            var warnings = new List<string>();
            var format = ReadFileHeader(path, buffer, warnings);
            return new CaptureFileReader(path, stream.Length, buffer, format, warnings);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the next frame; false at the end of the file or at the first bad record (see
    /// <see cref="Warnings"/>). The frame's data is valid until the next call.
    /// </summary>
    public bool TryRead(out RawFrame frame)
    {
        if (_ended || !_format.TryRead(_buffer, out frame))
        {
            _ended = true;
            frame = default;
            return false;
        }
        FramesRead++;
        return true;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _buffer.Dispose();

    private static FileStream OpenStream(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CaptureFormatException($"{path} is a directory, not a capture file");
        }
        try
        {
            // No FileStream buffer (size 1): ReadBuffer reads straight into its own 1 MiB array.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CaptureFormatException($"{path}: file not found", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CaptureFormatException($"{path}: permission denied", ex);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            throw new CaptureFormatException($"{path}: cannot be opened ({ex.Message})", ex);
        }
    }

    private static CaptureFormat ReadFileHeader(string path, ReadBuffer buffer, List<string> warnings)
    {
        buffer.Ensure(PcapFormat.FileHeaderLength);
        var available = buffer.Available;
        if (available == 0)
        {
            throw new CaptureFormatException($"{path} is empty (0 bytes), not a pcap or pcapng capture");
        }
        var start = buffer.Peek(Math.Min(available, PcapFormat.FileHeaderLength));
        var magic = start.Length >= 4 ? BinaryPrimitives.ReadUInt32LittleEndian(start) : 0;
        if (magic == PcapngFormat.SectionHeaderType && start.Length >= 12)
        {
            if (!PcapngFormat.HasByteOrderMagic(start))
            {
                throw new CaptureFormatException($"{path} starts like pcapng but its byte-order magic is wrong (0x{Convert.ToHexString(start[8..12])})");
            }
            // The section header stays in the buffer: the pcapng parser reads it as its first block.
            return new PcapngFormat(warnings);
        }
        if (PcapFormat.IsMagic(magic) && start.Length == PcapFormat.FileHeaderLength)
        {
            var format = PcapFormat.FromHeader(start, warnings);
            buffer.Advance(PcapFormat.FileHeaderLength);
            return format;
        }
        if (PcapFormat.IsMagic(magic) || magic == PcapngFormat.SectionHeaderType)
        {
            throw new CaptureFormatException($"{path} is too short to be a capture ({available} bytes of header)");
        }
        throw new CaptureFormatException($"{path} is not a pcap or pcapng capture (starts with 0x{Convert.ToHexString(start[..Math.Min(start.Length, 8)])})");
    }
}
