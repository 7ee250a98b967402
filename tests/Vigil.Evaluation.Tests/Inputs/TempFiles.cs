namespace Vigil.Evaluation.Tests.Inputs;

/// <summary>A temporary directory for files a test writes, deleted with the test class.</summary>
public sealed class TempFiles : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-eval-").FullName;

    /// <summary>A path in the directory that does not exist yet.</summary>
    public string PathOf(string name) => Path.Combine(_directory, name);

    /// <summary>Writes <paramref name="text"/> to a new file and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
