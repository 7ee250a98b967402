namespace Vigil.Capture.Files;

/// <summary>
/// A capture file cannot be opened: it is missing, unreadable, empty or not a pcap/pcapng file.
/// The message is one line naming the file and the reason, fit to show an analyst as it is.
/// Problems found later, while reading records, never throw: they end up in
/// <see cref="CaptureFileReader.Warnings"/>.
/// </summary>
public sealed class CaptureFormatException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public CaptureFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the I/O error behind it.</summary>
    public CaptureFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
