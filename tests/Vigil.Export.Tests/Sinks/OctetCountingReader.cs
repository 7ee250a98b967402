using System.Text;

namespace Vigil.Export.Tests.Sinks;

/// <summary>The receiving side of RFC 6587 octet counting: "LEN SP MSG", repeated.</summary>
internal static class OctetCountingReader
{
    public static async Task<List<string>> ReadAsync(Stream stream, int count, CancellationToken cancellation)
    {
        var messages = new List<string>();
        var one = new byte[1];
        while (messages.Count < count)
        {
            var length = 0;
            while (true)
            {
                await stream.ReadExactlyAsync(one, cancellation);
                if (one[0] == (byte)' ')
                {
                    break;
                }
                Assert.InRange(one[0], (byte)'0', (byte)'9');
                length = length * 10 + (one[0] - '0');
            }
            var message = new byte[length];
            await stream.ReadExactlyAsync(message, cancellation);
            messages.Add(Encoding.UTF8.GetString(message));
        }
        return messages;
    }
}
