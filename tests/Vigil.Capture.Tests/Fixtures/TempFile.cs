namespace Vigil.Capture.Tests.Fixtures;

/// <summary>A temporary file deleted on dispose, so that fixtures never litter /tmp.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension = ".pcap") =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"vigil-capture-{Guid.NewGuid():N}{extension}");

    public string Path { get; }

    public static TempFile WithBytes(byte[] bytes, string extension = ".pcap")
    {
        var file = new TempFile(extension);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
