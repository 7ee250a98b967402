using static Vigil.Protocols.Catalog.OperationCategory;

namespace Vigil.Protocols.Catalog;

/// <summary>EtherNet/IP encapsulation commands and CIP services and classes.</summary>
internal static class EnipOperations
{
    public static IReadOnlyList<OperationInfo> Rows { get; } =
    [
        new("enip/0", Session, "NOP"),
        new("enip/4", Discover, "ListServices"),
        new("enip/99", Discover, "ListIdentity"),
        new("enip/100", Discover, "ListInterfaces"),
        new("enip/101", Session, "RegisterSession"),
        new("enip/102", Session, "UnregisterSession"),
        new("enip/111", Other, "SendRRData"),
        new("enip/112", Other, "SendUnitData"),
        new("enip/114", Diagnostic, "IndicateStatus"),
        new("enip/115", Session, "Cancel"),
        new("cip/1", Discover, "Get Attributes All"),
        new("cip/2", OperationCategory.Action, "Set Attributes All"),
        new("cip/3", Read, "Get Attribute List"),
        new("cip/4", OperationCategory.Action, "Set Attribute List"),
        new("cip/5", OperationCategory.Action, "Reset", ChangesRunState: true),
        new("cip/6", OperationCategory.Action, "Start", ChangesRunState: true),
        new("cip/7", OperationCategory.Action, "Stop", ChangesRunState: true),
        new("cip/8", OperationCategory.Action, "Create"),
        new("cip/9", OperationCategory.Action, "Delete"),
        new("cip/10", Other, "Multiple Service Packet"),
        new("cip/13", OperationCategory.Action, "Apply Attributes"),
        new("cip/14", Read, "Get Attribute Single"),
        new("cip/16", OperationCategory.Action, "Set Attribute Single"),
        new("cip/17", Discover, "Find Next Object Instance"),
        new("cip/21", Reprogram, "Restore"),
        new("cip/22", Reprogram, "Save"),
        new("cip/23", Session, "NOP"),
        new("cip/24", Read, "Get Member"),
        new("cip/25", OperationCategory.Action, "Set Member"),
        new("cip/75", Other, "Execute PCCC"),
        new("cip/76", Read, "Read Tag (Logix)"),
        new("cip/77", OperationCategory.Action, "Write Tag (Logix)"),
        new("cip/78", Session, "Forward Close / Read-Modify-Write Tag"),
        new("cip/82", Other, "Unconnected Send / Read Tag Fragmented"),
        new("cip/83", OperationCategory.Action, "Write Tag Fragmented (Logix)"),
        new("cip/84", Session, "Forward Open"),
        new("cip/85", Read, "Get Instance Attribute List (Logix)"),
        new("cip/91", Session, "Large Forward Open"),
        new("cip/class/1", Discover, "Identity object"),
        new("cip/class/2", Other, "Message Router object"),
        new("cip/class/6", Session, "Connection Manager object"),
        new("cip/class/103", Other, "PCCC object"),
        new("cip/class/142", OperationCategory.Action, "Controller mode / wall clock (Logix class 0x8E)"),
        new("cip/class/161", Reprogram, "Non-Volatile Storage (firmware update)"),
        new("cip/class/172", Reprogram, "Program/task objects (Logix class 0xAC)"),
        new("cip/class/245", OperationCategory.Action, "TCP/IP Interface object"),
        new("cip/class/246", OperationCategory.Action, "Ethernet Link object"),
        new("cip/class/", Other, "CIP object class addressed by a request"),
    ];
}
