import Procedure

/// The inbox pane's words: its column heads and what it says when a filter finds nothing.
extension DeskText {
    static let inboxIdColumn = Localized(vi: "Mã", en: "Id")
    static let inboxDueColumn = Localized(vi: "Hạn", en: "Due")
    static let inboxStateColumn = Localized(vi: "Trạng thái", en: "State")
    static let inboxTitleColumn = Localized(vi: "Tên đề xuất", en: "Title")
    static let inboxEmptyFilter = Localized(vi: "  Không có đề xuất nào trong bộ lọc này.", en: "  No proposals in this filter.")
}
