using static Vigil.Protocols.Catalog.OperationCategory;

namespace Vigil.Protocols.Catalog;

/// <summary>S7comm job functions, userdata groups/sub-functions, SZL ids and S7comm-plus functions.</summary>
internal static class S7Operations
{
    public static IReadOnlyList<OperationInfo> Rows { get; } =
    [
        new("s7comm/job/0", Diagnostic, "CPU services"),
        new("s7comm/job/4", Read, "Read Var"),
        new("s7comm/job/5", OperationCategory.Action, "Write Var"),
        new("s7comm/job/26", Reprogram, "Request Download"),
        new("s7comm/job/27", Reprogram, "Download Block"),
        new("s7comm/job/28", Reprogram, "Download Ended"),
        new("s7comm/job/29", Reprogram, "Start Upload"),
        new("s7comm/job/30", Reprogram, "Upload"),
        new("s7comm/job/31", Reprogram, "End Upload"),
        new("s7comm/job/40", OperationCategory.Action, "PI Service (PLC start, block delete, compress)"),
        new("s7comm/job/41", OperationCategory.Action, "PLC Stop", ChangesRunState: true),
        new("s7comm/job/240", Session, "Setup Communication"),
        new("s7comm/pi/_DELE", Reprogram, "PI Service: Delete Block"),
        new("s7comm/pi/P_PROGRAM", OperationCategory.Action, "PI Service: PLC Start", ChangesRunState: true),
        new("s7comm/pi/_INSE", Reprogram, "PI Service: Insert Block"),
        new("s7comm/pi/_GARB", Reprogram, "PI Service: Compress Memory"),
        new("s7comm/pi/_MODU", Reprogram, "PI Service: Copy RAM to ROM"),
        new("s7comm/pi/", OperationCategory.Action, "PI Service (other)"),
        new("s7comm/userdata/1/", Diagnostic, "Programmer commands"),
        new("s7comm/userdata/2/", Read, "Cyclic data"),
        new("s7comm/userdata/3/", Discover, "Block functions (list/read block info)"),
        new("s7comm/userdata/4/1", Discover, "SZL read"),
        new("s7comm/userdata/4/", Diagnostic, "CPU functions"),
        new("s7comm/userdata/5/", OperationCategory.Action, "Security (password)"),
        new("s7comm/userdata/6/", Read, "PBC BSEND/BRECV"),
        new("s7comm/userdata/7/1", Read, "Clock: read"),
        new("s7comm/userdata/7/2", OperationCategory.Action, "Clock: set"),
        new("s7comm/userdata/7/", Read, "Time functions"),
        new("s7comm/userdata/", Other, "Userdata (other group)"),
        new("s7comm/szl/", Discover, "SZL read (id)"),
        new("s7commplus/49/1211", Discover, "S7comm-plus Explore"),
        new("s7commplus/49/1226", Session, "S7comm-plus CreateObject"),
        new("s7commplus/49/1236", Session, "S7comm-plus DeleteObject"),
        new("s7commplus/49/1266", OperationCategory.Action, "S7comm-plus SetVariable"),
        new("s7commplus/49/1276", Read, "S7comm-plus GetVariable"),
        new("s7commplus/49/1346", OperationCategory.Action, "S7comm-plus SetMultiVariables"),
        new("s7commplus/49/1356", Read, "S7comm-plus GetMultiVariables"),
        new("s7commplus/49/1366", Session, "S7comm-plus BeginSequence"),
        new("s7commplus/49/1376", Session, "S7comm-plus EndSequence"),
        new("s7commplus/49/1387", OperationCategory.Action, "S7comm-plus Invoke"),
        new("s7commplus/49/1404", Reprogram, "S7comm-plus SetVarSubStreamed (block transfer)"),
        new("s7commplus/49/1414", Read, "S7comm-plus GetVarSubStreamed"),
        new("s7commplus/", Other, "S7comm-plus (other function)"),
    ];
}
