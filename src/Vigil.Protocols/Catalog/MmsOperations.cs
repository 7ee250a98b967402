using static Vigil.Protocols.Catalog.OperationCategory;

namespace Vigil.Protocols.Catalog;

/// <summary>MMS confirmed-service request choices (ISO 9506), as used by IEC 61850.</summary>
internal static class MmsOperations
{
    public static IReadOnlyList<OperationInfo> Rows { get; } =
    [
        new("mms/0", Discover, "Status"),
        new("mms/1", Discover, "GetNameList"),
        new("mms/2", Discover, "Identify"),
        new("mms/3", OperationCategory.Action, "Rename"),
        new("mms/4", Read, "Read"),
        new("mms/5", OperationCategory.Action, "Write"),
        new("mms/6", Discover, "GetVariableAccessAttributes"),
        new("mms/11", OperationCategory.Action, "DefineNamedVariableList"),
        new("mms/12", Discover, "GetNamedVariableListAttributes"),
        new("mms/13", OperationCategory.Action, "DeleteNamedVariableList"),
        new("mms/26", Reprogram, "InitiateDownloadSequence"),
        new("mms/27", Reprogram, "DownloadSegment"),
        new("mms/28", Reprogram, "TerminateDownloadSequence"),
        new("mms/29", Reprogram, "InitiateUploadSequence"),
        new("mms/30", Reprogram, "UploadSegment"),
        new("mms/31", Reprogram, "TerminateUploadSequence"),
        new("mms/32", OperationCategory.Action, "RequestDomainDownload"),
        new("mms/33", OperationCategory.Action, "RequestDomainUpload"),
        new("mms/34", Reprogram, "LoadDomainContent"),
        new("mms/35", Reprogram, "StoreDomainContent"),
        new("mms/36", Reprogram, "DeleteDomain"),
        new("mms/37", Discover, "GetDomainAttributes"),
        new("mms/38", OperationCategory.Action, "CreateProgramInvocation"),
        new("mms/39", OperationCategory.Action, "DeleteProgramInvocation"),
        new("mms/40", OperationCategory.Action, "Start", ChangesRunState: true),
        new("mms/41", OperationCategory.Action, "Stop", ChangesRunState: true),
        new("mms/42", OperationCategory.Action, "Resume", ChangesRunState: true),
        new("mms/43", OperationCategory.Action, "Reset", ChangesRunState: true),
        new("mms/44", OperationCategory.Action, "Kill", ChangesRunState: true),
        new("mms/45", Discover, "GetProgramInvocationAttributes"),
        new("mms/72", Reprogram, "FileOpen"),
        new("mms/73", Reprogram, "FileRead"),
        new("mms/74", Reprogram, "FileClose"),
        new("mms/75", Reprogram, "FileRename"),
        new("mms/76", Reprogram, "FileDelete"),
        new("mms/77", Discover, "FileDirectory"),
        new("mms/", Other, "MMS confirmed service"),
    ];
}
