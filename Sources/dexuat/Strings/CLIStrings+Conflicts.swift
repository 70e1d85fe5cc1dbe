import Procedure

/// Conflicts of interest (PROCEDURE.md §7.4).
extension CLIText {
    // MARK: ConflictCommand.swift

    static let conflictReasonRequired = Localized(
        vi: "--reason: phải nêu lý do xung đột lợi ích.",
        en: "--reason: the reason for the conflict of interest is required.")

    static func conflictDeclared(_ id: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(id) — đã khai báo xung đột lợi ích: không thực hiện bước nào của đề xuất này",
                  en: "\(id) — conflict of interest declared: no step of this proposal is yours to take")
    }

    static let noConflicts = Localized(
        vi: "Chưa có xung đột lợi ích nào được khai báo.",
        en: "No conflict of interest has been declared.")
}
