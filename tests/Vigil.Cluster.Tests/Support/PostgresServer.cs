using System.Diagnostics;
using Npgsql;

namespace Vigil.Cluster.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL server for the tests of this assembly: initdb into a temporary folder,
/// started on a free loopback port with its socket in that folder, stopped and deleted at the end.
/// Runs the server as user postgres when the tests run as root (initdb refuses root).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _directory;
    private readonly string? _binaries = FindBinaries();
    private readonly bool _asPostgres = Environment.UserName == "root";
    private int _databases;

    public PostgresServer()
    {
        _directory = Directory.CreateTempSubdirectory("vigil-pg-").FullName;
        if (_binaries is null)
        {
            return;
        }
        Port = FreePorts.Next();
        var data = Path.Combine(_directory, "data");
        Directory.CreateDirectory(data);
        if (_asPostgres)
        {
            Run("chown", "-R", "postgres", _directory);
        }
        PgTool("initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync");
        Start();
    }

    /// <summary>Why the tests that need a server are skipped, or null when it runs.</summary>
    public string? Missing => _binaries is null
        ? "Skipped: PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (Debian package postgresql)."
        : null;

    public bool IsRunning { get; private set; }

    public int Port { get; }

    /// <summary>A connection string to a new, not yet created database (the migrator creates it).</summary>
    public string NewDatabase() => ConnectionString($"vigil_test_{Interlocked.Increment(ref _databases)}_{Environment.ProcessId}");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = false }.ConnectionString;

    /// <summary>Stops the server as an outage would (fast shutdown: sessions are cut, nothing waits for clients).</summary>
    public void Stop()
    {
        PgTool("pg_ctl", "-D", Path.Combine(_directory, "data"), "-m", "fast", "-w", "stop");
        IsRunning = false;
    }

    /// <summary>Starts the stopped server again on the same port.</summary>
    public void Start()
    {
        PgTool("pg_ctl", "-D", Path.Combine(_directory, "data"), "-l", Path.Combine(_directory, "log"), "-w", "-o",
            $"-c listen_addresses=127.0.0.1 -p {Port} -k {_directory} -c fsync=off -c max_connections=200", "start");
        IsRunning = true;
    }

    public void Dispose()
    {
        if (IsRunning)
        {
            PgTool("pg_ctl", "-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop");
            IsRunning = false;
        }
        Directory.Delete(_directory, recursive: true);
    }

    private void PgTool(string tool, params string[] args)
    {
        var path = Path.Combine(_binaries!, tool);
        if (_asPostgres)
        {
            Run("su", ["postgres", "-s", "/bin/sh", "-c", string.Join(' ', new[] { path }.Concat(args).Select(Quote))]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {output.Result}{error.Result}");
        }
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }
        return Directory.EnumerateDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => b, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
