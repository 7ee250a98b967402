using static Vigil.Protocols.Catalog.OperationCategory;

namespace Vigil.Protocols.Catalog;

/// <summary>BACnet confirmed and unconfirmed service choices and network-layer messages.</summary>
internal static class BacnetOperations
{
    public static IReadOnlyList<OperationInfo> Rows { get; } =
    [
        new("bacnet/confirmed/0", OperationCategory.Action, "AcknowledgeAlarm"),
        new("bacnet/confirmed/1", Other, "ConfirmedCOVNotification"),
        new("bacnet/confirmed/2", Other, "ConfirmedEventNotification"),
        new("bacnet/confirmed/3", Read, "GetAlarmSummary"),
        new("bacnet/confirmed/4", Read, "GetEnrollmentSummary"),
        new("bacnet/confirmed/5", Read, "SubscribeCOV"),
        new("bacnet/confirmed/6", Read, "AtomicReadFile"),
        new("bacnet/confirmed/7", Reprogram, "AtomicWriteFile"),
        new("bacnet/confirmed/8", OperationCategory.Action, "AddListElement"),
        new("bacnet/confirmed/9", OperationCategory.Action, "RemoveListElement"),
        new("bacnet/confirmed/10", OperationCategory.Action, "CreateObject"),
        new("bacnet/confirmed/11", OperationCategory.Action, "DeleteObject"),
        new("bacnet/confirmed/12", Read, "ReadProperty"),
        new("bacnet/confirmed/13", Read, "ReadPropertyConditional"),
        new("bacnet/confirmed/14", Read, "ReadPropertyMultiple"),
        new("bacnet/confirmed/15", OperationCategory.Action, "WriteProperty"),
        new("bacnet/confirmed/16", OperationCategory.Action, "WritePropertyMultiple"),
        new("bacnet/confirmed/17", OperationCategory.Action, "DeviceCommunicationControl", ChangesRunState: true),
        new("bacnet/confirmed/18", Other, "ConfirmedPrivateTransfer"),
        new("bacnet/confirmed/19", Other, "ConfirmedTextMessage"),
        new("bacnet/confirmed/20", OperationCategory.Action, "ReinitializeDevice", ChangesRunState: true),
        new("bacnet/confirmed/21", Session, "VT-Open"),
        new("bacnet/confirmed/22", Session, "VT-Close"),
        new("bacnet/confirmed/23", Other, "VT-Data"),
        new("bacnet/confirmed/24", Session, "Authenticate"),
        new("bacnet/confirmed/25", Session, "RequestKey"),
        new("bacnet/confirmed/26", Read, "ReadRange"),
        new("bacnet/confirmed/27", OperationCategory.Action, "LifeSafetyOperation"),
        new("bacnet/confirmed/28", Read, "SubscribeCOVProperty"),
        new("bacnet/confirmed/29", Read, "GetEventInformation"),
        new("bacnet/unconfirmed/0", Other, "I-Am"),
        new("bacnet/unconfirmed/1", Other, "I-Have"),
        new("bacnet/unconfirmed/2", Other, "UnconfirmedCOVNotification"),
        new("bacnet/unconfirmed/3", Other, "UnconfirmedEventNotification"),
        new("bacnet/unconfirmed/4", Other, "UnconfirmedPrivateTransfer"),
        new("bacnet/unconfirmed/5", Other, "UnconfirmedTextMessage"),
        new("bacnet/unconfirmed/6", OperationCategory.Action, "TimeSynchronization"),
        new("bacnet/unconfirmed/7", Discover, "Who-Has"),
        new("bacnet/unconfirmed/8", Discover, "Who-Is"),
        new("bacnet/unconfirmed/9", OperationCategory.Action, "UTCTimeSynchronization"),
        new("bacnet/unconfirmed/10", OperationCategory.Action, "WriteGroup"),
        new("bacnet/unconfirmed/13", Discover, "Who-Am-I"),
        new("bacnet/unconfirmed/14", OperationCategory.Action, "You-Are"),
        new("bacnet/network/0", Discover, "Who-Is-Router-To-Network"),
        new("bacnet/network/1", Other, "I-Am-Router-To-Network"),
        new("bacnet/network/6", OperationCategory.Action, "Initialize-Routing-Table"),
        new("bacnet/network/", Other, "Network-layer message"),
    ];
}
