using Vigil.Capture.Files;

namespace Vigil.Capture;

/// <summary>
/// Anything that yields captured frames one at a time: a capture file or a live interface.
/// The pipeline pulls from it without knowing which.
/// </summary>
public interface IPacketSource : IDisposable
{
    /// <summary>
    /// Reads the next frame. Its <see cref="RawFrame.Data"/> points into the source's buffer and
    /// is valid only until the next call. Returns false when the source has ended (end of file,
    /// or a live capture that was stopped) and never throws for bad input.
    /// </summary>
    bool TryRead(out RawFrame frame);
}
