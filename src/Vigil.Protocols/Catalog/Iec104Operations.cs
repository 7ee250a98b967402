using static Vigil.Protocols.Catalog.OperationCategory;

namespace Vigil.Protocols.Catalog;

/// <summary>IEC 60870-5-104 ASDU type ids (control direction) and U-frame functions.</summary>
internal static class Iec104Operations
{
    public static IReadOnlyList<OperationInfo> Rows { get; } =
    [
        new("iec104/45", OperationCategory.Action, "C_SC_NA_1 Single command"),
        new("iec104/46", OperationCategory.Action, "C_DC_NA_1 Double command"),
        new("iec104/47", OperationCategory.Action, "C_RC_NA_1 Regulating step command"),
        new("iec104/48", OperationCategory.Action, "C_SE_NA_1 Set point, normalised"),
        new("iec104/49", OperationCategory.Action, "C_SE_NB_1 Set point, scaled"),
        new("iec104/50", OperationCategory.Action, "C_SE_NC_1 Set point, short float"),
        new("iec104/51", OperationCategory.Action, "C_BO_NA_1 Bitstring of 32 bit"),
        new("iec104/58", OperationCategory.Action, "C_SC_TA_1 Single command with time"),
        new("iec104/59", OperationCategory.Action, "C_DC_TA_1 Double command with time"),
        new("iec104/60", OperationCategory.Action, "C_RC_TA_1 Regulating step command with time"),
        new("iec104/61", OperationCategory.Action, "C_SE_TA_1 Set point, normalised, with time"),
        new("iec104/62", OperationCategory.Action, "C_SE_TB_1 Set point, scaled, with time"),
        new("iec104/63", OperationCategory.Action, "C_SE_TC_1 Set point, short float, with time"),
        new("iec104/64", OperationCategory.Action, "C_BO_TA_1 Bitstring of 32 bit with time"),
        new("iec104/100", Read, "C_IC_NA_1 Interrogation"),
        new("iec104/101", Read, "C_CI_NA_1 Counter interrogation"),
        new("iec104/102", Read, "C_RD_NA_1 Read"),
        new("iec104/103", OperationCategory.Action, "C_CS_NA_1 Clock synchronisation"),
        new("iec104/104", Diagnostic, "C_TS_NA_1 Test"),
        new("iec104/105", OperationCategory.Action, "C_RP_NA_1 Reset process", ChangesRunState: true),
        new("iec104/106", Diagnostic, "C_CD_NA_1 Delay acquisition"),
        new("iec104/107", Diagnostic, "C_TS_TA_1 Test with time"),
        new("iec104/110", OperationCategory.Action, "P_ME_NA_1 Parameter, normalised"),
        new("iec104/111", OperationCategory.Action, "P_ME_NB_1 Parameter, scaled"),
        new("iec104/112", OperationCategory.Action, "P_ME_NC_1 Parameter, short float"),
        new("iec104/113", OperationCategory.Action, "P_AC_NA_1 Parameter activation"),
        new("iec104/120", Reprogram, "F_FR_NA_1 File ready"),
        new("iec104/121", Reprogram, "F_SR_NA_1 Section ready"),
        new("iec104/122", Reprogram, "F_SC_NA_1 Call directory/select file"),
        new("iec104/123", Reprogram, "F_LS_NA_1 Last section"),
        new("iec104/124", Reprogram, "F_AF_NA_1 Ack file"),
        new("iec104/125", Reprogram, "F_SG_NA_1 Segment"),
        new("iec104/126", Discover, "F_DR_TA_1 Directory"),
        new("iec104/u/7", Session, "STARTDT act"),
        new("iec104/u/19", Session, "STOPDT act"),
        new("iec104/u/67", Session, "TESTFR act"),
        new("iec104/", Other, "Monitor-direction ASDU"),
    ];
}
