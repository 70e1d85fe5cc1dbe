import Procedure

/// The Desk's strings: Vietnamese and English side by side, one entry per message. Views
/// and components read them from here, never inline pairs (a test scans for those).
enum DeskText {
    // MARK: Panes and boards
    static let inboxTitle = Localized(vi: "Hộp việc", en: "Inbox")
    static let detailTitle = Localized(vi: "Chi tiết", en: "Detail")
    static let reviewTitle = Localized(vi: "Rà soát, biểu quyết", en: "Review and vote")
    static let proposalsBoardTitle = Localized(vi: "Đề xuất", en: "Proposals")
    static let board = Localized(vi: "Bảng", en: "Board")
    static let everywhere = Localized(vi: "Ở mọi màn hình", en: "Everywhere")
    static let presetAll = Localized(vi: "Tất cả", en: "All")
    static let presetWaitingOnMe = Localized(vi: "Việc cần xử lý", en: "Waiting on me")
    static let loading = Localized(vi: "Đang tải…", en: "Loading…")
    static let pickAProposal = Localized(vi: "Chọn một đề xuất trong hộp việc (Enter).", en: "Pick a proposal in the inbox (Enter).")
    static let noProposalSelectedShort = Localized(vi: "Chưa chọn đề xuất.", en: "No proposal selected.")
    static let playedMark = Localized(vi: " [đóng vai]", en: " [played]")

    static func counts(_ waiting: String, _ overdue: Int) -> Localized {
        Localized(vi: "cần xử lý \(waiting) · quá hạn \(overdue)", en: "waiting \(waiting) · overdue \(overdue)")
    }

    static func tooSmall(_ width: Int, _ height: Int) -> [Localized] {
        [Localized(vi: "Cửa sổ quá nhỏ: \(width)×\(height).", en: "The window is too small: \(width)×\(height)."),
         Localized(vi: "Cần mở rộng tối thiểu 80×24.", en: "Please enlarge it to at least 80×24."),
         Localized(vi: "Nội dung đang nhập vẫn được giữ. (Q: thoát khi không có biểu mẫu đang soạn)",
                   en: "What you typed is kept. (Q: quit when no form is being written)")]
    }

    // MARK: Bindings: what each key does (the `?` help)
    static let helpKey = Localized(vi: "Trợ giúp: các phím dùng được ở đây", en: "Help: the keys that work here")
    static let backOneLevel = Localized(vi: "Quay lại một cấp; thoát ở màn hình gốc", en: "Back one level; quit at the root")
    static let backToProposals = Localized(vi: "Về bảng đề xuất", en: "Back to the proposals board")
    static let quitAsks = Localized(vi: "Thoát (hỏi trước nếu biểu mẫu chưa lưu)", en: "Quit (asks first if a form is unsaved)")
    static let quitNow = Localized(vi: "Thoát ngay, không hỏi", en: "Quit at once, without asking")
    static let nextPane = Localized(vi: "Khung kế tiếp", en: "Next pane")
    static let previousPane = Localized(vi: "Khung trước", en: "Previous pane")
    static let inboxPane = Localized(vi: "Khung hộp việc", en: "Inbox pane")
    static let detailPane = Localized(vi: "Khung chi tiết", en: "Detail pane")
    static let reviewPane = Localized(vi: "Khung rà soát, biểu quyết", en: "Review and vote pane")
    static let rowDown = Localized(vi: "Xuống một dòng", en: "Down one row")
    static let rowUp = Localized(vi: "Lên một dòng", en: "Up one row")
    static let lineDown = Localized(vi: "Cuộn xuống một dòng", en: "Scroll down one line")
    static let lineUp = Localized(vi: "Cuộn lên một dòng", en: "Scroll up one line")
    static let toTop = Localized(vi: "Về đầu", en: "To the top")
    static let toBottom = Localized(vi: "Về cuối", en: "To the bottom")
    static let pageDown = Localized(vi: "Trang sau", en: "Page down")
    static let pageUp = Localized(vi: "Trang trước", en: "Page up")
    static let halfDown = Localized(vi: "Xuống nửa trang", en: "Half a page down")
    static let halfUp = Localized(vi: "Lên nửa trang", en: "Half a page up")
    static let openProposal = Localized(vi: "Mở đề xuất", en: "Open the proposal")
    static let searchHelp = Localized(vi: "Tìm (không dấu: bỏ qua dấu; có dấu: khớp đúng dấu)", en: "Search (no accents: ignores them; with accents: exact)")
    static let searchNext = Localized(vi: "Kết quả tìm kế tiếp", en: "Next search result")
    static let searchPrevious = Localized(vi: "Kết quả tìm trước", en: "Previous search result")
    static let filterHelp = Localized(vi: "Chọn bộ lọc (việc cần xử lý, sắp đến hạn, quá hạn, trạng thái, đơn vị)", en: "Pick a filter (waiting on me, due soon, overdue, state, unit)")
    static let commandLine = Localized(vi: "Dòng lệnh (Tab để gợi ý)", en: "Command line (Tab completes)")
    static let actionsHelp = Localized(vi: "Các thao tác được phép trên đề xuất này (cả cuộc họp: M mở họp, D điểm danh)",
                                       en: "Actions allowed on this proposal (the meeting too: M opens it, D records attendance)")
    static let actionByName = Localized(vi: "Một thao tác theo tên (:action ballot, :action member-evaluation)",
                                        en: "An action by name (:action ballot, :action member-evaluation)")
    static let newProposal = Localized(vi: "Soạn đề xuất mới", en: "Write a new proposal")
    static let proposalsBoard = Localized(vi: "Bảng đề xuất (hộp việc, chi tiết, rà soát)", en: "The proposals board (inbox, detail, review)")
    static let reload = Localized(vi: "Tải lại dữ liệu", en: "Reload the data")
    static let messagesHelp = Localized(vi: "Các thông báo gần đây (:messages)", en: "The recent messages (:messages)")
    static let openHelp = Localized(vi: "Mở đề xuất theo mã (:open 58, :open 2026-58)", en: "Open a proposal by id (:open 58, :open 2026-58)")
    static let asHelp = Localized(vi: "Đóng vai cán bộ khác (chỉ trên cơ sở dữ liệu demo)", en: "Play another officer (demo databases only)")
    static let langHelp = Localized(vi: "Đổi ngôn ngữ (:lang vi, :lang en)", en: "Change the language (:lang vi, :lang en)")
    static let close = Localized(vi: "Đóng", en: "Close")
    static let pickAction = Localized(vi: "Chọn thao tác", en: "Pick the action")
    static let pickByKey = Localized(vi: "Chọn ngay thao tác có phím này (mỗi thao tác giữ một phím ở mọi trạng thái)",
                                     en: "Pick the action with this key at once (each action keeps its key in every state)")
    static let menuKeysShown = Localized(vi: "1–9 0 b…z", en: "1–9 0 b…z")
    static let foldGreyed = Localized(vi: "Hiện / ẩn các thao tác chưa thực hiện được", en: "Show / hide the actions not available now")
    static let pickFilter = Localized(vi: "Chọn bộ lọc", en: "Pick the filter")
    static let playThisOfficer = Localized(vi: "Đóng vai cán bộ này", en: "Play this officer")
    static let chooserSearch = Localized(vi: "Tìm theo tên, mã, đơn vị (không cần dấu)", en: "Search by name, login, unit (accents ignored)")
    static let chooserSearchTyping = Localized(vi: "Gõ để lọc danh sách", en: "Type to narrow the list")
    static let typing = Localized(vi: "chữ", en: "letters")
    static let endSearch = Localized(vi: "Xong tìm, về danh sách", en: "Done searching, back to the list")
    static let clearSearch = Localized(vi: "Bỏ tìm", en: "Clear the search")
    static let clearOrClose = Localized(vi: "Bỏ tìm; đóng khi không tìm gì", en: "Clear the search; close when there is none")
    static let yes = Localized(vi: "Có", en: "Yes")
    static let no = Localized(vi: "Không (mặc định)", en: "No (the default)")
    static let anyOtherKey = Localized(vi: "phím khác", en: "other key")
    static let runSearch = Localized(vi: "Tìm", en: "Search")
    static let runCommand = Localized(vi: "Chạy lệnh", en: "Run the command")
    static let cancelPrompt = Localized(vi: "Bỏ", en: "Cancel")
    static let complete = Localized(vi: "Gợi ý, điền tiếp tên lệnh", en: "Complete the command")
    static let killToStart = Localized(vi: "Xóa đến đầu dòng", en: "Kill to the start")
    // In forms.
    static let leaveForm = Localized(vi: "Thoát biểu mẫu (hỏi nếu chưa lưu; mặc định Không)", en: "Leave the form (asks if unsaved; No by default)")
    static let editExternally = Localized(vi: "Soạn trường dài trong $EDITOR", en: "Edit a long field in $EDITOR")
    static let nextPreviousField = Localized(vi: "Mục sau / trước (cũng C-n / C-p)", en: "Next / previous field (also C-n / C-p)")
    static let lineStartEnd = Localized(vi: "Đầu / cuối dòng, sang trái / phải", en: "Start / end of line, left / right")
    static let killKeys = Localized(vi: "Xóa đến cuối / đầu dòng / một từ", en: "Kill to end / start / a word")
    static let yank = Localized(vi: "Dán lại đoạn vừa xóa", en: "Yank what was killed")
    static let changeChoice = Localized(vi: "Đổi lựa chọn", en: "Change a choice")
    static let enterInForm = Localized(vi: "Xuống dòng trong ô nhiều dòng; sang mục sau ở ô một dòng", en: "New line in a text area; next field in a one-line field")
    static let saving = Localized(vi: "Đang ghi…", en: "Saving…")

    // MARK: Hint bar
    static let hintHelp = Localized(vi: "Trợ giúp", en: "Help")
    static let hintBack = Localized(vi: "Quay lại", en: "Back")
    static let hintCommand = Localized(vi: "Lệnh", en: "Command")
    static let hintPane = Localized(vi: "Khung", en: "Pane")
    static let hintOpen = Localized(vi: "Mở", en: "Open")
    static let hintSearch = Localized(vi: "Tìm", en: "Search")
    static let hintFilter = Localized(vi: "Lọc", en: "Filter")
    static let hintActions = Localized(vi: "Thao tác", en: "Actions")
    static let hintNew = Localized(vi: "Đề xuất mới", en: "New")

    // MARK: Overlay titles
    static let helpTitle = Localized(vi: "Trợ giúp — q hoặc Esc để đóng", en: "Help — q or Esc to close")
    static let actionsTitle = Localized(vi: "Thao tác — Enter chọn, Esc đóng", en: "Actions — Enter picks, Esc closes")
    static let filterTitle = Localized(vi: "Bộ lọc — Enter chọn", en: "Filter — Enter picks")
    static let searchTitle = Localized(vi: "Tìm", en: "Search")
    static let commandTitle = Localized(vi: "Dòng lệnh", en: "Command line")
    static let confirmTitle = Localized(vi: "Xác nhận", en: "Confirm")
    static let chooserTitle = Localized(vi: "Demo — chọn vai để thử (Enter)", en: "Demo — pick a role to play (Enter)")
    static let messagesTitle = Localized(vi: "Thông báo gần đây — q để đóng", en: "Recent messages — q to close")
    static let yesNo = Localized(vi: "[y] Có   [N] Không (mặc định)", en: "[y] Yes   [N] No (default)")
    static let demoEveryActionPlayed = Localized(vi: "Cơ sở dữ liệu demo: mọi thao tác đều được ghi là \"đóng vai\".",
                                                 en: "Demo database: every action is recorded as played.")
    static let notAllowed = Localized(vi: "không được: ", en: "not allowed: ")

    static func chooserFooter(_ shown: Int, _ all: Int) -> Localized {
        Localized(vi: "\(shown)/\(all) cán bộ · / tìm · ? trợ giúp · Esc đóng", en: "\(shown)/\(all) officers · / search · ? help · Esc close")
    }

    // MARK: Messages
    static let pasteOnlyInFields = Localized(vi: "Chỉ dán được vào ô nhập liệu", en: "Paste works only in input fields")
    static let reloaded = Localized(vi: "Đã tải lại", en: "Reloaded")
    static let formDiscarded = Localized(vi: "Đã bỏ biểu mẫu", en: "Form discarded")
    static let discardForm = Localized(vi: "Bỏ những gì đã nhập trong biểu mẫu này?", en: "Discard what you typed in this form?")
    static let quitLosesForm = Localized(vi: "Biểu mẫu chưa lưu sẽ mất. Vẫn thoát?", en: "The unsaved form will be lost. Quit anyway?")
    static let noProposalSelected = Localized(vi: "Chưa chọn đề xuất nào", en: "No proposal selected")
    static let noSearchYet = Localized(vi: "Chưa tìm gì", en: "No search yet")
    static let asDemoOnly = Localized(vi: ":as chỉ dùng với dữ liệu mẫu", en: ":as works on demo databases only")
    static let langUsage = Localized(vi: "Dùng :lang vi hoặc :lang en", en: "Use :lang vi or :lang en")
    static let actionUsage = Localized(vi: "Dùng :action TÊN (ví dụ :action ballot)", en: "Use :action NAME (e.g. :action ballot)")
    static let openUsage = Localized(vi: "Dùng :open MÃ (ví dụ :open 58)", en: "Use :open ID (e.g. :open 58)")
    static let noFormForStep = Localized(vi: "Chưa có biểu mẫu cho bước này", en: "No form for this step")
    static let nothingToSave = Localized(vi: "Biểu mẫu không có nội dung để ghi", en: "The form has nothing to record")
    static let noMessages = Localized(vi: "Chưa có thông báo nào.", en: "No messages yet.")

    static func keyUnbound(_ key: String) -> Localized {
        Localized(vi: "Phím \(key) chưa được gán (? trợ giúp)", en: "Key \(key) does nothing here (? for help)")
    }
    static func noCommand(_ name: String) -> Localized {
        Localized(vi: "Không có lệnh \"\(name)\" (Tab gợi ý)", en: "No command \"\(name)\" (Tab completes)")
    }
    static func noFilter(_ id: String) -> Localized { Localized(vi: "Không có bộ lọc \"\(id)\"", en: "No filter \"\(id)\"") }
    static func noOfficer(_ login: String) -> Localized { Localized(vi: "Không có cán bộ \"\(login)\"", en: "No officer \"\(login)\"") }
    static func noProposal(_ typed: String) -> Localized { Localized(vi: "Không tìm thấy đề xuất \(typed)", en: "No proposal \(typed)") }
    static func playing(_ name: String, _ login: String) -> Localized {
        Localized(vi: "Đang đóng vai \(name) (\(login))", en: "Now playing \(name) (\(login))")
    }
    static func searchResults(_ count: Int) -> Localized {
        Localized(vi: "\(count) kết quả; n/N để chuyển, q để bỏ tìm", en: "\(count) results; n/N to move, q to clear")
    }
    static func draftCreated(_ id: String) -> Localized {
        Localized(vi: "Đã tạo bản nháp \(id); nhấn a để gửi khi hồ sơ đủ nội dung", en: "Draft \(id) created; press a to submit once complete")
    }
    static func recorded(_ label: Localized, _ id: String, _ state: Localized) -> Localized {
        Localized(vi: "Đã ghi: \(label.vi) — \(id) \(state.vi)", en: "Recorded: \(label.en) — \(id) \(state.en)")
    }
    static func leftFilter(_ recorded: Localized, _ filter: Localized) -> Localized {
        Localized(vi: recorded.vi + "; đề xuất không còn trong bộ lọc «\(filter.vi)»",
                  en: recorded.en + "; the proposal is no longer in the filter «\(filter.en)»")
    }
    static func ballotFor(_ name: String) -> Localized {
        Localized(vi: "Ghi biểu quyết của \(name) theo biên bản", en: "Record \(name)'s ballot from the minutes")
    }
    static func partyOpinionFrom(_ committee: String) -> Localized {
        Localized(vi: "Ghi ý kiến cấp ủy theo văn bản của \(committee)", en: "Record the Party opinion from \(committee)'s letter")
    }
    /// The line the greyed actions are folded under.
    static func foldLine(_ count: Int, expanded: Bool, state: Localized? = nil) -> Localized {
        let inState = state.map { Localized(vi: " (đang ở trạng thái “\($0.vi)”)", en: " (the proposal is “\($0.en)”)") } ?? Localized(vi: "", en: "")
        return expanded
            ? Localized(vi: "▾ \(count) thao tác chưa thực hiện được\(inState.vi) — Tab để thu gọn", en: "▾ \(count) actions not available now\(inState.en) — Tab to fold")
            : Localized(vi: "▸ \(count) thao tác chưa thực hiện được\(inState.vi) — Tab để xem", en: "▸ \(count) actions not available now\(inState.en) — Tab to show")
    }
    static func confirmStep(_ label: Localized, _ id: String) -> Localized {
        Localized(vi: "\(label.vi): \(id)?", en: "\(label.en): proposal \(id)?")
    }
    static func unexpected(_ error: String) -> Localized {
        Localized(vi: "Lỗi không lường trước: \(error)", en: "Unexpected error: \(error)")
    }

    /// The stale-save message: who changed the proposal, what they recorded and when, and
    /// what the officer does now — in plain words, whole (it wraps; `:messages` keeps it).
    static func staleChanged(_ id: String, _ changes: [(who: String, what: Localized, at: String)]) -> Localized {
        let vi = changes.map { "\($0.who) đã ghi «\($0.what.vi)» lúc \($0.at)" }.joined(separator: "; ")
        let en = changes.map { "\($0.who) recorded «\($0.what.en)» at \($0.at)" }.joined(separator: "; ")
        return Localized(
            vi: "Chưa ghi: trong lúc biểu mẫu đang mở, đề xuất \(id) đã thay đổi — \(vi.isEmpty ? "do người khác" : vi). "
                + "Nội dung đã nhập vẫn giữ nguyên trong biểu mẫu. Xem lại khung chi tiết, sửa nếu cần rồi nhấn C-s để gửi lại; các quy định được kiểm tra lại.",
            en: "Not recorded: while the form was open, proposal \(id) changed — \(en.isEmpty ? "by someone else" : en). "
                + "What you typed is still in the form. Check the detail pane, change what is needed and press C-s to send again; the rules are checked again.")
    }

    // MARK: The status line's word for a message too long for it (the whole text is in
    // the message area above and in :messages)
    static func statusHeadline(_ kind: StatusMessage.Kind) -> Localized {
        switch kind {
        case .error: Localized(vi: "Chưa thực hiện được (xem bên trên)", en: "Not done (see above)")
        case .warning: Localized(vi: "Lưu ý (xem bên trên)", en: "Note (see above)")
        case .success: Localized(vi: "Đã xong (xem bên trên)", en: "Done (see above)")
        case .info: Localized(vi: "Thông báo (xem bên trên)", en: "Message (see above)")
        }
    }
}
