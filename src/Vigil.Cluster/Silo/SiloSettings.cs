namespace Vigil.Cluster.Silo;

/// <summary>
/// A silo's settings, bound from the configuration section <see cref="Section"/> (appsettings.json,
/// environment variables such as <c>VIGIL_Silo__ClusterId</c>, or the command line). The connection
/// string may also come from <c>ConnectionStrings:Vigil</c>.
/// </summary>
public sealed class SiloSettings
{
    public const string Section = "Silo";

    /// <summary>Silos with the same cluster id form one cluster; sensors connect to it by this id.</summary>
    public string ClusterId { get; set; } = "vigil";

    /// <summary>Names the stored state: a new cluster id with the same service id keeps every device's model.</summary>
    public string ServiceId { get; set; } = "vigil";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port sensors (Orleans clients) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and sensors reach this silo at; empty: the host name's first address.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Npgsql connection string of the Vigil database (created by `vigil db migrate`).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Connections this silo opens to PostgreSQL at most, unless the connection string sets Maximum
    /// Pool Size. Npgsql's default (100 per silo) lets a few silos deactivating thousands of grains at
    /// once exhaust the server's max_connections, and those checkpoints fail.
    /// </summary>
    public int MaxDatabaseConnections { get; set; } = 20;

    /// <summary>How long to keep retrying an unreachable PostgreSQL at start before giving up with a non-zero exit.</summary>
    public TimeSpan DatabaseWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Idle devices are deactivated (and checkpointed) after this long without a step, freeing their memory.</summary>
    public TimeSpan IdleDeactivation { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Rows of silos that died stay this long in the membership table, for post-mortems, then are removed.</summary>
    public TimeSpan DefunctSiloExpiration { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Running as a Kubernetes pod (deploy/k8s): Orleans' Kubernetes hosting takes the silo's name, address,
    /// cluster id and service id from the pod (POD_NAME, POD_IP, ORLEANS_CLUSTER_ID, ORLEANS_SERVICE_ID) and
    /// deletes the pods of silos the cluster declared dead.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>Log lines as JSON objects (one per line) instead of plain text.</summary>
    public bool JsonLogs { get; set; }
}
