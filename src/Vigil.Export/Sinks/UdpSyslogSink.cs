using System.Net.Sockets;
using System.Text;
using Vigil.Contracts.Alerts;

namespace Vigil.Export.Sinks;

/// <summary>Syslog over UDP (RFC 5426): one message per datagram, UTF-8, no framing. Fire and forget by nature.</summary>
public sealed class UdpSyslogSink(string host, int port, Func<AlertRecord, string> format) : IAlertSink
{
    /// <summary>RFC 5426 asks receivers to take at least 480 bytes (IPv4) and senders to stay within the path MTU; long messages are cut here rather than fragmented.</summary>
    public const int MaxDatagram = 8192;

    private readonly UdpClient _udp = new();

    public async Task SendAsync(IReadOnlyList<AlertRecord> alerts, CancellationToken cancellation = default)
    {
        foreach (var alert in alerts)
        {
            var bytes = Encoding.UTF8.GetBytes(format(alert));
            await _udp.SendAsync(bytes.AsMemory(0, Math.Min(bytes.Length, MaxDatagram)), host, port, cancellation);
        }
    }

    public ValueTask DisposeAsync()
    {
        _udp.Dispose();
        return ValueTask.CompletedTask;
    }
}
