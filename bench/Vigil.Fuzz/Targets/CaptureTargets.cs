using System.Buffers.Binary;
using Vigil.Capture.Decoding;
using Vigil.Capture.Files;

namespace Vigil.Fuzz.Targets;

/// <summary>
/// The capture-layer targets: the link/IP/transport decoder on one frame, and the file reader on a
/// whole pcap or pcapng image (every frame it returns is decoded too). Opening something that is
/// not a capture throws <see cref="CaptureFormatException"/> by contract; nothing else may throw.
/// </summary>
internal static class CaptureTargets
{
    /// <summary>Bytes before the frame of a "decode" input: link type index (1) | bytes the snap length cut (2, big-endian).</summary>
    public const int DecodeHeaderLength = 3;

    /// <summary>The link types the decoder handles, chosen by the first input byte (modulo the count).</summary>
    public static IReadOnlyList<LinkType> LinkTypes { get; } =
        [LinkType.Ethernet, LinkType.LinuxSll, LinkType.LinuxSll2, LinkType.Raw, LinkType.RawIPv4, LinkType.RawIPv6, LinkType.Null, LinkType.Loop];

    /// <summary>"decode", "pcap", "pcapng".</summary>
    public static IReadOnlyList<HarnessTarget> All { get; } =
    [
        new("decode", "PacketDecoder on one frame: link type index (1) | bytes cut by the snap length (2) | frame", Decode),
        new("pcap", "CaptureFileReader on a classic pcap file image, every frame decoded", image => ReadImage(image, pcapng: false)),
        new("pcapng", "CaptureFileReader on a pcapng file image, every frame decoded", image => ReadImage(image, pcapng: true)),
    ];

    /// <summary>The capture time of a "decode" frame (2023-11-14): fixed, so a run is deterministic.</summary>
    private const long FrameTimestampNs = 1_700_000_000_000_000_000;

    [ThreadStatic]
    private static string? _imagePath;

    private static void Decode(byte[] input)
    {
        if (input.Length < DecodeHeaderLength)
        {
            return;
        }
        var linkType = LinkTypes[input[0] % LinkTypes.Count];
        var cut = BinaryPrimitives.ReadUInt16BigEndian(input.AsSpan(1));
        var data = input.AsSpan(DecodeHeaderLength);
        PacketDecoder.Decode(new RawFrame(FrameTimestampNs, linkType, data.Length + cut, data), out _);
    }

    // The reader's public surface takes a path, so the image goes through a file (in /dev/shm when
    // there is one: no disk I/O per execution).
    private static void ReadImage(byte[] image, bool pcapng)
    {
        var startsPcapng = image.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(image) == 0x0A0D0D0A;
        if (startsPcapng != pcapng)
        {
            return; // the other target's format: not this target's business
        }
        var path = _imagePath ??= Path.Combine(
            Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(),
            $"vigil-fuzz-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}.cap");
        File.WriteAllBytes(path, image);
        try
        {
            ReadFile(path, image.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void ReadFile(string path, int length)
    {
        CaptureFileReader reader;
        try
        {
            reader = CaptureFileReader.Open(path);
        }
        catch (CaptureFormatException)
        {
            return;
        }
        using (reader)
        {
            // Every record takes at least 8 bytes of the file: more frames than that means the reader
            // returned a frame without consuming input, which would loop forever on a real file.
            var maxFrames = length / 8 + 1;
            var frames = 0;
            while (reader.TryRead(out var frame))
            {
                if (++frames > maxFrames)
                {
                    throw new InvalidOperationException($"reader returned {frames} frames from a {length}-byte file: no progress");
                }
                PacketDecoder.Decode(frame, out _);
            }
        }
    }
}
