using System.Diagnostics;
using System.Text;

namespace Vigil.Cluster.Tests.Support;

/// <summary>A `vigil` command running as its own process, with its output collected line by line.</summary>
public sealed class VigilProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();
    private TaskCompletionSource _lineArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private VigilProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static VigilProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return new VigilProcess(Process.Start(start)!);
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails with the output so far when it does not come in time.</summary>
    public async Task WaitForAsync(string text, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (_output.ToString().Contains(text, StringComparison.Ordinal))
                {
                    return;
                }
                arrived = _lineArrived.Task;
            }
            if (_process.HasExited)
            {
                // Let the last lines drain before judging.
                _process.WaitForExit();
                if (Output.Contains(text, StringComparison.Ordinal))
                {
                    return;
                }
                throw new InvalidOperationException($"vigil exited ({_process.ExitCode}) before printing '{text}':\n{Output}");
            }
            try
            {
                await arrived.WaitAsync(TimeSpan.FromMilliseconds(500), deadline.Token);
            }
            catch (TimeoutException)
            {
                // Poll again: the process may have exited without another line.
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"vigil did not print '{text}' within {timeout}:\n{Output}");
            }
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"vigil did not exit within {timeout}:\n{Output}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Sends a POSIX signal (SIGKILL = 9: a crash; SIGTERM = 15: an orderly stop).</summary>
    public void Signal(int signal)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            _output.AppendLine(line);
            _lineArrived.TrySetResult();
            _lineArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
