namespace Vigil.Capture.Live;

/// <summary>
/// Live capture cannot start: libpcap is not installed, the interface does not exist, the process
/// lacks the right to capture (root or CAP_NET_RAW), or the BPF filter does not compile. The
/// message is one line saying which, fit to show an operator as it is. File problems use
/// <see cref="Files.CaptureFormatException"/> instead, so that callers can tell "fix the file"
/// from "fix the machine".
/// </summary>
public sealed class CaptureUnavailableException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public CaptureUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the library error behind it.</summary>
    public CaptureUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
