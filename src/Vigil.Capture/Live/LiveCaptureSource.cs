using SharpPcap;
using SharpPcap.LibPcap;
using Vigil.Capture.Files;

namespace Vigil.Capture.Live;

/// <summary>
/// Captures frames from a network interface through libpcap (SharpPcap), as a pull source: each
/// <see cref="TryRead(out RawFrame, CancellationToken)"/> waits for the next frame. The read
/// timeout bounds each wait inside libpcap so that cancellation and <see cref="Stop"/> are seen
/// promptly even on a silent link. Frames point into libpcap's buffer, valid until the next read.
/// Setup failures throw <see cref="CaptureUnavailableException"/>.
/// </summary>
public sealed class LiveCaptureSource : IPacketSource
{
    private readonly LibPcapLiveDevice _device;
    private volatile bool _stopped;

    private LiveCaptureSource(LibPcapLiveDevice device, string interfaceName)
    {
        _device = device;
        InterfaceName = interfaceName;
        LinkType = LinkTypeMapping.FromLinkLayer(device.LinkType);
    }

    /// <summary>The interface being captured, e.g. "eth1".</summary>
    public string InterfaceName { get; }

    /// <summary>The interface's link type, as files would record it.</summary>
    public LinkType LinkType { get; }

    /// <summary>Frames returned so far.</summary>
    public long FramesRead { get; private set; }

    /// <summary>Why capture ended, when libpcap reported an error; null otherwise.</summary>
    public string? LastError { get; private set; }

    /// <summary>Packets the kernel received for this capture (pcap statistics; a system call, poll it, don't spin on it).</summary>
    public long PacketsReceived => ReadStatistics().Received;

    /// <summary>Packets dropped because the capture buffer was full, plus those the interface dropped.</summary>
    public long PacketsDropped => ReadStatistics().Dropped;

    /// <summary>
    /// Opens <paramref name="interfaceName"/> for capture: promiscuous unless told otherwise, with an
    /// optional BPF <paramref name="filter"/> (tcpdump syntax) and <paramref name="snapLength"/>.
    /// </summary>
    public static LiveCaptureSource Open(string interfaceName, string? filter = null, int snapLength = 262_144,
        bool promiscuous = true, int readTimeoutMs = 200)
    {
        ArgumentNullException.ThrowIfNull(interfaceName);
        var device = LiveInterfaces.Find(interfaceName)
            ?? throw new CaptureUnavailableException($"interface {interfaceName} not found (have: {string.Join(", ", ListInterfaces())})");
        try
        {
            device.Open(new DeviceConfiguration
            {
                Mode = promiscuous ? DeviceModes.Promiscuous : DeviceModes.None,
                Snaplen = snapLength,
                ReadTimeout = readTimeoutMs,
                TimestampResolution = TimestampResolution.Nanosecond,
            });
            if (!string.IsNullOrWhiteSpace(filter))
            {
                device.Filter = filter;
            }
        }
        catch (Exception ex) when (ex is PcapException or DeviceNotReadyException or InvalidOperationException)
        {
            device.Close();
            throw new CaptureUnavailableException($"cannot capture on {interfaceName}: {OneLine(ex.Message)} (capture needs root or CAP_NET_RAW; filters use tcpdump syntax)", ex);
        }
        return new LiveCaptureSource(device, interfaceName);
    }

    /// <summary>Names of the interfaces libpcap can capture on (e.g. "lo", "eth0", "any").</summary>
    public static IReadOnlyList<string> ListInterfaces() => LiveInterfaces.Names();

    /// <summary>Waits for the next frame; false once stopped (or on a capture error, see <see cref="LastError"/>).</summary>
    public bool TryRead(out RawFrame frame) => TryRead(out frame, CancellationToken.None);

    /// <summary>Waits for the next frame; false when cancelled, stopped, or on a capture error.</summary>
    public bool TryRead(out RawFrame frame, CancellationToken cancellationToken)
    {
        // Each pass either returns or has waited up to the read timeout: a stop is seen within one timeout.
        while (!_stopped && !cancellationToken.IsCancellationRequested)
        {
            var status = _device.GetNextPacket(out var capture);
            if (status == GetPacketStatus.PacketRead)
            {
                var timestampNs = (long)(capture.Header.Timeval.Value * 1_000_000_000m);
                var original = capture.Header is PcapHeader header ? (int)Math.Min(header.PacketLength, int.MaxValue) : capture.Data.Length;
                frame = new RawFrame(timestampNs, LinkType, original, capture.Data);
                FramesRead++;
                return true;
            }
            if (status != GetPacketStatus.ReadTimeout)
            {
                LastError = status == GetPacketStatus.Error ? OneLine(_device.LastError) : null;
                _stopped = true;
            }
        }
        frame = default;
        return false;
    }

    /// <summary>Makes the reading thread's <see cref="TryRead(out RawFrame)"/> return false within one read timeout.</summary>
    public void Stop() => _stopped = true;

    /// <summary>Stops and closes the interface.</summary>
    public void Dispose()
    {
        _stopped = true;
        _device.Close();
    }

    private (long Received, long Dropped) ReadStatistics()
    {
        try
        {
            var statistics = _device.Statistics;
            return (statistics.ReceivedPackets, (long)statistics.DroppedPackets + statistics.InterfaceDroppedPackets);
        }
        catch (Exception ex) when (ex is PcapException or DeviceNotReadyException)
        {
            return (0, 0);
        }
    }

    private static string OneLine(string? text) => (text ?? "unknown error").ReplaceLineEndings(" ").Trim();
}
