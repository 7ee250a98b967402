using static Vigil.Protocols.Catalog.OperationCategory;

namespace Vigil.Protocols.Catalog;

/// <summary>DNP3 application-layer request function codes and notable object groups.</summary>
internal static class Dnp3Operations
{
    public static IReadOnlyList<OperationInfo> Rows { get; } =
    [
        new("dnp3/0", Session, "Confirm"),
        new("dnp3/1", Read, "Read"),
        new("dnp3/2", OperationCategory.Action, "Write"),
        new("dnp3/3", OperationCategory.Action, "Select"),
        new("dnp3/4", OperationCategory.Action, "Operate"),
        new("dnp3/5", OperationCategory.Action, "Direct Operate"),
        new("dnp3/6", OperationCategory.Action, "Direct Operate No Ack"),
        new("dnp3/7", OperationCategory.Action, "Immediate Freeze"),
        new("dnp3/8", OperationCategory.Action, "Immediate Freeze No Ack"),
        new("dnp3/9", OperationCategory.Action, "Freeze and Clear"),
        new("dnp3/10", OperationCategory.Action, "Freeze and Clear No Ack"),
        new("dnp3/11", OperationCategory.Action, "Freeze at Time"),
        new("dnp3/12", OperationCategory.Action, "Freeze at Time No Ack"),
        new("dnp3/13", OperationCategory.Action, "Cold Restart", ChangesRunState: true),
        new("dnp3/14", OperationCategory.Action, "Warm Restart", ChangesRunState: true),
        new("dnp3/15", OperationCategory.Action, "Initialize Data", ChangesRunState: true),
        new("dnp3/16", OperationCategory.Action, "Initialize Application", ChangesRunState: true),
        new("dnp3/17", OperationCategory.Action, "Start Application", ChangesRunState: true),
        new("dnp3/18", OperationCategory.Action, "Stop Application", ChangesRunState: true),
        new("dnp3/19", Reprogram, "Save Configuration"),
        new("dnp3/20", Session, "Enable Unsolicited"),
        new("dnp3/21", Session, "Disable Unsolicited"),
        new("dnp3/22", OperationCategory.Action, "Assign Class"),
        new("dnp3/23", Diagnostic, "Delay Measurement"),
        new("dnp3/24", Diagnostic, "Record Current Time"),
        new("dnp3/25", Reprogram, "Open File"),
        new("dnp3/26", Reprogram, "Close File"),
        new("dnp3/27", Reprogram, "Delete File"),
        new("dnp3/28", Discover, "Get File Info"),
        new("dnp3/29", Session, "Authenticate File"),
        new("dnp3/30", Reprogram, "Abort File"),
        new("dnp3/31", Reprogram, "Activate Config"),
        new("dnp3/32", Session, "Authentication Request"),
        new("dnp3/33", Session, "Authentication Request No Ack"),
        new("dnp3/group/0", Discover, "Device attributes (group 0)"),
        new("dnp3/group/12", OperationCategory.Action, "Control relay output block (group 12)"),
        new("dnp3/group/41", OperationCategory.Action, "Analog output (group 41)"),
        new("dnp3/group/50", OperationCategory.Action, "Time and date (group 50)"),
        new("dnp3/group/70", Reprogram, "File control (group 70)"),
        new("dnp3/group/", Other, "Object group of a write/control request"),
    ];
}
