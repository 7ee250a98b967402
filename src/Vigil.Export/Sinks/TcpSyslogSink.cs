using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using Vigil.Contracts.Alerts;

namespace Vigil.Export.Sinks;

/// <summary>
/// Syslog over TCP with octet-counting framing (RFC 6587 §3.4.1: <c>MSG-LEN SP SYSLOG-MSG</c>), or over
/// TLS (RFC 5425, the same framing) when <c>tls</c> is given. Connects on first use and once more
/// after a broken connection; a second failure is thrown to the caller.
/// </summary>
public sealed class TcpSyslogSink(string host, int port, Func<AlertRecord, string> format, SslClientAuthenticationOptions? tls = null) : IAlertSink
{
    private TcpClient? _client;
    private Stream? _stream;

    public async Task SendAsync(IReadOnlyList<AlertRecord> alerts, CancellationToken cancellation = default)
    {
        var frames = new MemoryStream();
        foreach (var alert in alerts)
        {
            var message = Encoding.UTF8.GetBytes(format(alert));
            frames.Write(Encoding.ASCII.GetBytes(message.Length.ToString(CultureInfo.InvariantCulture) + " "));
            frames.Write(message);
        }
        try
        {
            await WriteAsync(frames, cancellation);
        }
        catch (IOException)
        {
            Close();
            await WriteAsync(frames, cancellation);
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private async Task WriteAsync(MemoryStream frames, CancellationToken cancellation)
    {
        var stream = _stream ?? await ConnectAsync(cancellation);
        await stream.WriteAsync(frames.GetBuffer().AsMemory(0, (int)frames.Length), cancellation);
        await stream.FlushAsync(cancellation);
    }

    private async Task<Stream> ConnectAsync(CancellationToken cancellation)
    {
        _client = new TcpClient { NoDelay = true };
        await _client.ConnectAsync(host, port, cancellation);
        Stream stream = _client.GetStream();
        if (tls is not null)
        {
            var secure = new SslStream(stream, leaveInnerStreamOpen: false);
            await secure.AuthenticateAsClientAsync(tls, cancellation);
            stream = secure;
        }
        return _stream = stream;
    }

    private void Close()
    {
        _stream?.Dispose();
        _client?.Dispose();
        _stream = null;
        _client = null;
    }
}
