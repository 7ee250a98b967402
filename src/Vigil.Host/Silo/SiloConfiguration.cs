using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Vigil.Host.Silo;

/// <summary>What every Vigil silo needs whatever its hosting: the model state serializer.</summary>
public static class SiloConfiguration
{
    /// <summary>
    /// Model state (Vigil.Detection, Vigil.Statistics) is plain classes serialised as System.Text.Json:
    /// readable in the database, tolerant of added members, and free of Orleans attributes so the
    /// statistics stay pure. Chosen before any state was stored; changing it needs a migration.
    /// </summary>
    public static ISiloBuilder AddVigilSerialization(this ISiloBuilder silo)
    {
        silo.Services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: IsModelType));
        return silo;
    }

    /// <summary>
    /// How grain state is written to storage: System.Text.Json, not Orleans' default Newtonsoft writer —
    /// no $type or assembly names in stored rows (renaming a class never strands a model, psql can read
    /// a device as jsonb), and several times cheaper to write.
    /// </summary>
    public static IGrainStorageSerializer StorageSerializer() =>
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    private static bool IsModelType(Type type) =>
        type.Namespace is { } ns && (ns.StartsWith("Vigil.Detection", StringComparison.Ordinal) || ns.StartsWith("Vigil.Statistics", StringComparison.Ordinal));
}
