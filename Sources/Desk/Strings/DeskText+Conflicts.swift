import Procedure

/// §7.4: the `:conflict REASON` command of the proposals board.
extension DeskText {
    static let declareConflictHelp = Localized(
        vi: "Khai báo xung đột lợi ích với đề xuất đang chọn (:conflict LÝ DO)",
        en: "Declare a conflict of interest on the selected proposal (:conflict REASON)")
    static let conflictUsage = Localized(
        vi: "Dùng :conflict LÝ DO; ví dụ :conflict người đề xuất là em ruột",
        en: "Use :conflict REASON (e.g. :conflict the proposer is my brother)")
    static let conflictDeclaredLabel = Localized(vi: "Khai báo xung đột lợi ích", en: "Conflict of interest declared")
}
