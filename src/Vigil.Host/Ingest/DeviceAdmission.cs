using Vigil.Capture.Decoding;
using Vigil.Statistics;

namespace Vigil.Host.Ingest;

/// <summary>
/// Decides which internal addresses become device grains, so that a spoofer cannot make millions of them. An
/// address is <em>confirmed</em> by evidence a spoofed source cannot give: it answered as a server, or it sent
/// more than one packet in a flow that was answered (a completed TCP handshake, a UDP exchange). Unconfirmed
/// addresses (one packet, never answered: what a SYN flood from random sources looks like) are admitted too, but
/// only while fewer than <see cref="MaxUnconfirmed"/> of them are devices; past that they are refused and only
/// counted (flows, and a HyperLogLog of distinct sources). A normal estate never gets near the cap, so its
/// devices are the same with or without admission; a refused address that later shows evidence is admitted then.
/// </summary>
public sealed class DeviceAdmission
{
    /// <summary>Unconfirmed devices allowed at once: far above any plant's silent talkers, far below a flood.</summary>
    public const int DefaultMaxUnconfirmed = 4096;

    /// <summary>Admitted addresses; true once confirmed.</summary>
    private readonly Dictionary<NetAddress, bool> _admitted = [];
    private readonly HyperLogLog _refusedSources = new();
    private int _unconfirmed;

    /// <summary>Creates the admission with a cap on unconfirmed devices.</summary>
    public DeviceAdmission(int maxUnconfirmed = DefaultMaxUnconfirmed) => MaxUnconfirmed = maxUnconfirmed;

    /// <summary>Unconfirmed devices allowed at once.</summary>
    public int MaxUnconfirmed { get; }

    /// <summary>Flow reports whose endpoint was refused.</summary>
    public long RefusedReports { get; private set; }

    /// <summary>About how many distinct addresses were refused (a HyperLogLog estimate).</summary>
    public long RefusedSources => RefusedReports == 0 ? 0 : (long)Math.Round(_refusedSources.Estimate);

    /// <summary>Whether <paramref name="address"/> is (now) a device, given whether this report confirms it.</summary>
    public bool Admit(NetAddress address, bool confirmed)
    {
        if (_admitted.TryGetValue(address, out var wasConfirmed))
        {
            if (confirmed && !wasConfirmed)
            {
                _admitted[address] = true;
                _unconfirmed--;
            }
            return true;
        }
        if (!confirmed)
        {
            if (_unconfirmed >= MaxUnconfirmed)
            {
                RefusedReports++;
                _refusedSources.Add(Statistics.StableHash.Mix(address.High ^ Statistics.StableHash.Mix(address.Low)));
                return false;
            }
            _unconfirmed++;
        }
        _admitted[address] = confirmed;
        return true;
    }
}
