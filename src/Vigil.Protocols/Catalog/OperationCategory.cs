namespace Vigil.Protocols.Catalog;

/// <summary>What an ICS request does to the device it is sent to; the detection models key on this.</summary>
public enum OperationCategory : byte
{
    /// <summary>Not classified (unknown keys, replies, keep-alives).</summary>
    Other = 0,

    /// <summary>Reads process values or state.</summary>
    Read = 1,

    /// <summary>Identifies or enumerates the device (Modbus 43/14, S7 SZL read, ListIdentity, Who-Is).</summary>
    Discover = 2,

    /// <summary>Changes the process (writes, operate, start/stop).</summary>
    Action = 3,

    /// <summary>Transfers or deletes program logic or firmware.</summary>
    Reprogram = 4,

    /// <summary>Diagnostics and maintenance that do not change the process (counters, event logs).</summary>
    Diagnostic = 5,

    /// <summary>Sets up, keeps alive or ends an application session.</summary>
    Session = 6,
}
