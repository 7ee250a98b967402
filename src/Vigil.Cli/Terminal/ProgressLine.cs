using System.Diagnostics;
using Vigil.Host.Analysis;

namespace Vigil.Cli.Terminal;

/// <summary>
/// Progress on long files, on stderr so stdout stays the report: a line rewritten in place on a
/// terminal, an occasional plain line when stderr is redirected.
/// </summary>
public sealed class ProgressLine(string name) : IProgress<AnalysisProgress>, IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private TimeSpan _lastPrint = TimeSpan.FromSeconds(1);
    private bool _printed;

    public void Report(AnalysisProgress value)
    {
        var now = _clock.Elapsed;
        if (now - _lastPrint < (_interactive ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(10)))
        {
            return;
        }
        _lastPrint = now;
        var percent = value.Length > 0 ? $"{100.0 * value.Position / value.Length,5:0.0}% " : "";
        var rate = value.Packets / Math.Max(now.TotalSeconds, 1e-3);
        var line = $"reading {Path.GetFileName(name)}: {percent}{value.Packets:N0} packets ({rate / 1e6:0.00}M pkt/s)";
        Console.Error.Write(_interactive ? $"\r{line}   " : line + Environment.NewLine);
        _printed = true;
    }

    public void Clear()
    {
        if (_printed && _interactive)
        {
            Console.Error.Write("\r" + new string(' ', Console.IsErrorRedirected ? 0 : Math.Max(0, Console.BufferWidth - 1)) + "\r");
        }
        _printed = false;
    }

    public void Dispose() => Clear();
}
