import Procedure
import Terminal

/// Everything a key or the `:` command line can ask the Desk to do. The raw value is the
/// command's name on the `:` line.
public enum Command: String, CaseIterable, Sendable {
    case help
    case quit
    case quitNow = "quit!"
    case back
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case showInbox = "inbox"
    case showDetail = "detail"
    case showReview = "review"
    case down, up, top, bottom
    case pageDown = "page-down"
    case pageUp = "page-up"
    case halfDown = "half-down"
    case halfUp = "half-up"
    case open
    case search
    case searchNext = "search-next"
    case searchPrevious = "search-previous"
    case filter
    case commandLine = "command"
    case actions
    case newProposal = "new"
    case refresh
    case showProposals = "proposals"
    case dashboard
    case period
    case dissemination
    case oversight
}

/// Where a binding applies.
public enum BindingScope: Sendable, Hashable {
    /// Anywhere no overlay or form has the keys.
    case global
    /// In the panes, when a list or a text is focused.
    case panes
}

/// One binding: its keys, its command, what it does, and, when it cannot be used now,
/// why. The key handling, the hint bar, the `?` help and the `:` completion all read the
/// same table, so they cannot disagree.
public struct Binding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var label: Localized
    public var scope: BindingScope
    /// Shown in the hint bar (the most used ones only).
    public var hint: Bool
    /// Nil when usable now; else the reason it is not.
    public var unavailable: @Sendable (DeskState) -> Localized?

    public init(_ keys: [Key], _ command: Command, _ label: Localized, scope: BindingScope = .panes, hint: Bool = false,
                unavailable: @escaping @Sendable (DeskState) -> Localized? = { _ in nil }) {
        self.keys = keys
        self.command = command
        self.label = label
        self.scope = scope
        self.hint = hint
        self.unavailable = unavailable
    }
}

/// The one binding registry of the Desk.
public enum Bindings {
    static let needsProposal: @Sendable (DeskState) -> Localized? = { state in
        state.detail.proposal == nil ? Localized(vi: "Chưa chọn đề xuất nào", en: "No proposal selected") : nil
    }

    public static let all: [Binding] = [
        Binding([.char("?"), .function(1)], .help, Localized(vi: "Trợ giúp: mọi phím tắt", en: "Help: every key"), scope: .global, hint: true),
        Binding([.char("q")], .back, Localized(vi: "Quay lại một cấp; thoát ở màn hình gốc", en: "Back one level; quit at the root"), hint: true),
        Binding([.char("Q"), .ctrl("c")], .quit, Localized(vi: "Thoát (hỏi trước nếu biểu mẫu chưa lưu)", en: "Quit (asks first if a form is unsaved)"), scope: .global),
        Binding([.tab], .nextPane, Localized(vi: "Khung kế tiếp", en: "Next pane"), hint: true),
        Binding([.backTab], .previousPane, Localized(vi: "Khung trước", en: "Previous pane")),
        Binding([.char("1")], .showInbox, Localized(vi: "Khung hộp việc", en: "Inbox pane")),
        Binding([.char("2")], .showDetail, Localized(vi: "Khung chi tiết", en: "Detail pane")),
        Binding([.char("3")], .showReview, Localized(vi: "Khung rà soát, biểu quyết", en: "Review and vote pane")),
        Binding([.char("j"), .down], .down, Localized(vi: "Xuống một dòng", en: "Down one line")),
        Binding([.char("k"), .up], .up, Localized(vi: "Lên một dòng", en: "Up one line")),
        Binding([.char("g"), .home], .top, Localized(vi: "Về đầu", en: "To the top")),
        Binding([.char("G"), .end], .bottom, Localized(vi: "Về cuối", en: "To the bottom")),
        Binding([.pageDown], .pageDown, Localized(vi: "Trang sau", en: "Page down")),
        Binding([.pageUp], .pageUp, Localized(vi: "Trang trước", en: "Page up")),
        Binding([.ctrl("d")], .halfDown, Localized(vi: "Xuống nửa trang", en: "Half a page down")),
        Binding([.ctrl("u")], .halfUp, Localized(vi: "Lên nửa trang", en: "Half a page up")),
        Binding([.enter], .open, Localized(vi: "Mở đề xuất", en: "Open the proposal"), hint: true, unavailable: needsProposal),
        Binding([.char("/")], .search, Localized(vi: "Tìm (không dấu: bỏ qua dấu; có dấu: khớp đúng dấu)", en: "Search (no accents: ignores them; with accents: exact)"), hint: true),
        Binding([.char("n")], .searchNext, Localized(vi: "Kết quả tìm kế tiếp", en: "Next search result"), unavailable: { state in
            state.inbox.search == nil ? Localized(vi: "Chưa tìm gì", en: "No search yet") : nil }),
        Binding([.char("N")], .searchPrevious, Localized(vi: "Kết quả tìm trước", en: "Previous search result"), unavailable: { state in
            state.inbox.search == nil ? Localized(vi: "Chưa tìm gì", en: "No search yet") : nil }),
        Binding([.char("f")], .filter, Localized(vi: "Chọn bộ lọc (việc chờ tôi, sắp đến hạn, quá hạn, trạng thái, đơn vị)", en: "Pick a filter (waiting on me, due soon, overdue, state, unit)"), hint: true),
        Binding([.char(":")], .commandLine, Localized(vi: "Dòng lệnh (Tab để gợi ý)", en: "Command line (Tab completes)"), scope: .global),
        Binding([.char("a")], .actions, Localized(vi: "Các thao tác được phép trên đề xuất này", en: "Actions allowed on this proposal"), hint: true, unavailable: needsProposal),
        Binding([.char("c")], .newProposal, Localized(vi: "Soạn đề xuất mới", en: "Write a new proposal"), hint: true),
        Binding([.char("P")], .showProposals, Localized(vi: "Bảng đề xuất (hộp việc, chi tiết, rà soát)", en: "The proposals board (inbox, detail, review)"), scope: .global),
        Binding([.char("T")], .dashboard, Localized(vi: "Bảng tổng hợp (số liệu theo kỳ, thời hạn, quá hạn)", en: "The dashboard (figures by period, limits, overdue)"), scope: .global),
        Binding([.char("p")], .period, Localized(vi: "Đổi loại kỳ: tháng, quý, 6 tháng, năm (:period 2026-Q3 chọn kỳ)", en: "Change the period kind: month, quarter, half, year (:period 2026-Q3 picks one)"), unavailable: { state in
            state.board == .dashboard ? nil : Localized(vi: "Chỉ dùng trên bảng Tổng hợp (T)", en: "Only on the dashboard (T)") }),
        Binding([.char("V")], .dissemination, Localized(vi: "Bảng văn bản, quán triệt: thư viện, tôi đã đọc, tỷ lệ quán triệt, hội nghị", en: "Texts and briefings board: library, I have read it, coverage, briefings"), scope: .global),
        Binding([.char("K")], .oversight, Localized(vi: "Bảng kiểm tra, vướng mắc: biên bản kiểm tra, kiến nghị, báo cáo vướng mắc", en: "Inspections and difficulties board: inspections, recommendations, difficulty reports"), scope: .global),
        Binding([.ctrl("r"), .function(5)], .refresh, Localized(vi: "Tải lại dữ liệu", en: "Reload the data")),
    ]

    /// The binding a key triggers in this scope, if any.
    public static func binding(for key: Key, scope: BindingScope) -> Binding? {
        all.first { binding in binding.keys.contains(key) && (binding.scope == .global || binding.scope == scope) }
    }

    public static func binding(for command: Command) -> Binding? {
        all.first { $0.command == command }
    }
}
