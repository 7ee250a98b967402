namespace Vigil.Cluster.Sensor;

/// <summary>What a sensor does when its buffer of steps for the cluster is full.</summary>
public enum WhenFull
{
    /// <summary>Stop reading until the cluster catches up: right for files, which can wait.</summary>
    Block,

    /// <summary>Drop the oldest buffered steps and count them: right for live capture, which cannot wait.</summary>
    DropOldest,
}
