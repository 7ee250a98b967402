using Microsoft.Extensions.Logging;

namespace Vigil.Host.Silo;

/// <summary>
/// Where the embedded silo's own log lines go during an analysis: a file beside the outputs, so the analyst's
/// terminal shows Vigil's lines (progress, summary, warnings) and not the runtime's scheduler chatter. Counts
/// the warnings it wrote, so the summary can say that there were some and where they are.
/// </summary>
public sealed class RuntimeLogFile : ILoggerProvider
{
    private readonly StreamWriter _writer;
    private readonly Lock _lock = new();
    private int _warnings;
    private bool _closed;

    /// <summary>Creates (or truncates) the log file at <paramref name="path"/>.</summary>
    public RuntimeLogFile(string path)
    {
        Path = path;
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = false };
    }

    /// <summary>The file written.</summary>
    public string Path { get; }

    /// <summary>Lines of level Warning or above written so far.</summary>
    public int Warnings => Volatile.Read(ref _warnings);

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
        // The silo's host disposes its providers too; whichever comes first closes the file.
        lock (_lock)
        {
            _closed = true;
            _writer.Dispose();
        }
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        if (level >= LogLevel.Warning)
        {
            Interlocked.Increment(ref _warnings);
        }
        lock (_lock)
        {
            if (_closed)
            {
                return;
            }
            // Wall-clock time: these lines are about the process, not the capture.
            _writer.Write($"{DateTime.UtcNow:O} {level} {category}: {message}\n");
            if (exception is not null)
            {
                _writer.Write($"{exception}\n");
            }
            _writer.Flush();
        }
    }

    private sealed class Writer(RuntimeLogFile file, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            file.Write(logLevel, category, formatter(state, exception), exception);
    }
}
