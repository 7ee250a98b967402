using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;
using Vigil.Protocols.Catalog;

namespace Vigil.Detection.Identity;

/// <summary>
/// Who a device is, as its traffic tells: names from DHCP and DNS, what it said about itself over
/// an ICS protocol, and which kinds of ICS operation it sends — the raw material of the role guess.
/// Bounded like every other part of the device state.
/// </summary>
public sealed class DeviceIdentityState
{
    public const int MaxNames = 8;

    /// <summary>"name (source)", oldest first; past <see cref="MaxNames"/> the oldest is dropped.</summary>
    public List<string> Names { get; set; } = [];
    public string? Vendor { get; set; }
    public string? Product { get; set; }
    /// <summary>Where <see cref="Vendor"/>/<see cref="Product"/> came from, e.g. "modbus 43/14".</summary>
    public string? IdentitySource { get; set; }
    /// <summary>Operation categories ("read", "discover", "action", "reprogram") this device sent as a client, per protocol: "s7comm:read".</summary>
    public SortedSet<string> ClientOperations { get; set; } = new(StringComparer.Ordinal);

    public void Observe(FlowEvent flow, bool isOriginator)
    {
        if (flow.App is not { } app)
        {
            return;
        }
        if (!isOriginator && app.ResponderIdentity is { } identity)
        {
            Vendor = identity.Vendor ?? Vendor;
            Product = string.Join(' ', new[] { identity.Product, identity.Version }.Where(p => !string.IsNullOrEmpty(p))) is { Length: > 0 } product ? product : Product;
            IdentitySource = identity.Source;
        }
        if (!isOriginator || ClientOperations.Count >= 32)
        {
            return;
        }
        foreach (var key in app.Operations.Keys)
        {
            var category = OperationCatalog.Describe(key).Category;
            if (category is OperationCategory.Read or OperationCategory.Discover or OperationCategory.Action or OperationCategory.Reprogram)
            {
                ClientOperations.Add($"{key[..Math.Max(0, key.IndexOf('/'))]}:{category.ToString().ToLowerInvariant()}");
            }
        }
    }

    public void Name(IEnumerable<NameObservation> names)
    {
        foreach (var observation in names)
        {
            var entry = $"{observation.Name} ({observation.Source})";
            Names.Remove(entry);
            Names.Add(entry);
            if (Names.Count > MaxNames)
            {
                Names.RemoveAt(0);
            }
        }
    }
}
