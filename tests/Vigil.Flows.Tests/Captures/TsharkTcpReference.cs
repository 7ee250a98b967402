using System.Globalization;

namespace Vigil.Flows.Tests.Captures;

/// <summary>
/// What tshark says about a capture's TCP: per tcp.stream (in stream order, which is order of first
/// packet) the frames, the sum of tcp.len and the tcp.completeness bits; and the number of rows of
/// its conv,tcp table. One two-pass tshark run gives both (two passes, so that every frame shows
/// the stream's final completeness).
/// </summary>
internal sealed record TsharkTcpReference(IReadOnlyList<TsharkTcpStream> Streams, int Conversations)
{
    public static TsharkTcpReference Of(string capture)
    {
        var output = Tshark.Run(capture, "-2", "-Y", "tcp", "-T", "fields", "-e", "tcp.stream", "-e", "tcp.len", "-e", "tcp.completeness", "-z", "conv,tcp");
        var streams = new SortedDictionary<int, TsharkTcpStream>();
        var conversations = 0;
        foreach (var line in output.Split('\n'))
        {
            if (line.Contains("<->", StringComparison.Ordinal))
            {
                conversations++;
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 3 || !int.TryParse(fields[0], CultureInfo.InvariantCulture, out var stream))
            {
                continue;
            }
            var length = int.TryParse(fields[1], CultureInfo.InvariantCulture, out var l) ? l : 0;
            var completeness = int.TryParse(fields[2], CultureInfo.InvariantCulture, out var c) ? c : 0;
            var seen = streams.GetValueOrDefault(stream) ?? new TsharkTcpStream(stream, 0, 0, 0);
            streams[stream] = seen with { Frames = seen.Frames + 1, PayloadBytes = seen.PayloadBytes + length, Completeness = seen.Completeness | completeness };
        }
        return new TsharkTcpReference([.. streams.Values], conversations);
    }
}
