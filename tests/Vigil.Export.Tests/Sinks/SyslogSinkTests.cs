using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Vigil.Export.Formats;
using Vigil.Export.Sinks;

namespace Vigil.Export.Tests.Sinks;

/// <summary>Syslog to real receivers on loopback: a UDP socket, a TCP listener, and a TLS server with a self-signed certificate.</summary>
public sealed class SyslogSinkTests
{
    private static readonly Rfc5424Formatter Formatter = new("vigil-test");

    [Fact]
    public async Task Udp_sends_one_datagram_per_alert()
    {
        using var receiver = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)receiver.Client.LocalEndPoint!).Port;
        await using (var sink = new UdpSyslogSink("127.0.0.1", port, Formatter.Format))
        {
            await sink.SendAsync([Alerts.Scan(1), Alerts.Scan(2)]);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = Encoding.UTF8.GetString((await receiver.ReceiveAsync(timeout.Token)).Buffer);
        var second = Encoding.UTF8.GetString((await receiver.ReceiveAsync(timeout.Token)).Buffer);
        Assert.StartsWith("<130>1 2024-04-22T02:01:02.500000Z vigil-test vigil - MultipleFailedInternalConnection [vigil@32473 id=\"1\"", first);
        Assert.Contains("id=\"2\"", second);
    }

    [Fact]
    public async Task Tcp_frames_messages_by_octet_counting()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var received = Task.Run(async () =>
            {
                using var connection = await listener.AcceptTcpClientAsync(timeout.Token);
                return await OctetCountingReader.ReadAsync(connection.GetStream(), 3, timeout.Token);
            });
            // CEF inside syslog, as many SIEMs want it: the MSG is the CEF record.
            await using (var sink = new TcpSyslogSink("127.0.0.1", port, a => Formatter.Format(a, CefFormatter.Format(a))))
            {
                await sink.SendAsync([Alerts.Scan(1), Alerts.Scan(2)]);
                await sink.SendAsync([Alerts.Scan(3)]);
            }
            var messages = await received;
            Assert.Equal(3, messages.Count);
            Assert.All(messages, m => Assert.Contains("] CEF:0|Vigil|Vigil|1.0|vigil-5|", m));
            Assert.Contains("externalId=3 ", messages[2]);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Tls_delivers_to_a_server_whose_certificate_is_pinned()
    {
        using var certificate = SelfSigned();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            var received = Task.Run(async () =>
            {
                using var connection = await listener.AcceptTcpClientAsync(timeout.Token);
                await using var tls = new SslStream(connection.GetStream());
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, timeout.Token);
                return await OctetCountingReader.ReadAsync(tls, 2, timeout.Token);
            });
            var pinned = certificate.GetCertHashString(HashAlgorithmName.SHA256);
            var options = new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                // The receiver's certificate is self-signed: trust exactly that certificate, nothing else.
                RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && string.Equals(cert.GetCertHashString(HashAlgorithmName.SHA256), pinned, StringComparison.OrdinalIgnoreCase),
            };
            await using (var sink = new TcpSyslogSink("127.0.0.1", port, Formatter.Format, options))
            {
                await sink.SendAsync([Alerts.Scan(1), Alerts.Scan(2)]);
            }
            var messages = await received;
            Assert.Equal(["1", "2"], messages.Select(m => m.Split("id=\"")[1].Split('"')[0]));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Tls_refuses_a_server_it_does_not_trust()
    {
        using var certificate = SelfSigned();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var server = Task.Run(async () =>
            {
                using var connection = await listener.AcceptTcpClientAsync();
                await using var tls = new SslStream(connection.GetStream());
                try
                {
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate });
                }
                catch (Exception error) when (error is IOException or System.Security.Authentication.AuthenticationException)
                {
                    // The client hung up on the handshake: what the test expects.
                }
            });
            await using var sink = new TcpSyslogSink("127.0.0.1", port, Formatter.Format, new SslClientAuthenticationOptions { TargetHost = "localhost" });
            await Assert.ThrowsAsync<System.Security.Authentication.AuthenticationException>(() => sink.SendAsync([Alerts.Scan()]));
            await server;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // A PFX round trip gives a certificate whose key SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
