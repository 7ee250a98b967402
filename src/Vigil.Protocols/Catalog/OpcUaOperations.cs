using static Vigil.Protocols.Catalog.OperationCategory;

namespace Vigil.Protocols.Catalog;

/// <summary>OPC UA service request type ids (numeric node ids in namespace 0, binary encoding).</summary>
internal static class OpcUaOperations
{
    public static IReadOnlyList<OperationInfo> Rows { get; } =
    [
        new("opcua/422", Discover, "FindServers"),
        new("opcua/428", Discover, "GetEndpoints"),
        new("opcua/446", Session, "OpenSecureChannel"),
        new("opcua/452", Session, "CloseSecureChannel"),
        new("opcua/461", Session, "CreateSession"),
        new("opcua/467", Session, "ActivateSession"),
        new("opcua/473", Session, "CloseSession"),
        new("opcua/479", Session, "Cancel"),
        new("opcua/488", OperationCategory.Action, "AddNodes"),
        new("opcua/494", OperationCategory.Action, "AddReferences"),
        new("opcua/500", OperationCategory.Action, "DeleteNodes"),
        new("opcua/506", OperationCategory.Action, "DeleteReferences"),
        new("opcua/527", Discover, "Browse"),
        new("opcua/533", Discover, "BrowseNext"),
        new("opcua/554", Discover, "TranslateBrowsePathsToNodeIds"),
        new("opcua/560", Read, "RegisterNodes"),
        new("opcua/566", Read, "UnregisterNodes"),
        new("opcua/615", Read, "QueryFirst"),
        new("opcua/631", Read, "Read"),
        new("opcua/664", Read, "HistoryRead"),
        new("opcua/673", OperationCategory.Action, "Write"),
        new("opcua/700", OperationCategory.Action, "HistoryUpdate"),
        new("opcua/712", OperationCategory.Action, "Call"),
        new("opcua/751", Read, "CreateMonitoredItems"),
        new("opcua/787", Read, "CreateSubscription"),
        new("opcua/826", Read, "Publish"),
        new("opcua/", Other, "OPC UA service"),
    ];
}
