import Foundation
import Ledger
import Procedure
import Terminal

/// Drawing of everything that covers the panes: help, menus, prompts, questions.
enum Overlays {
    /// A centred dialog rectangle for a given content size, clipped to the screen.
    static func dialogRect(width: Int, height: Int, in screen: Rect) -> Rect {
        let w = min(width + 4, screen.width - 2)
        let h = min(height + 2, screen.height - 2)
        return Rect(x: screen.x + max(1, (screen.width - w) / 2), y: screen.y + max(1, (screen.height - h) / 2), width: w, height: h)
    }

    static func frame(_ rect: Rect, title: String, into buffer: inout ScreenBuffer) -> Rect {
        buffer.fill(rect, role: .dialog)
        return Draw.box(rect, title: title, focused: true, into: &buffer).inset(by: 0)
    }

    static func help(_ state: DeskState, scroll: Int, screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = state.language
        var lines: [StyledLine] = []
        for binding in Bindings.all {
            let keys = binding.keys.map(\.description).joined(separator: " ")
            var spans: StyledLine = [Span(DisplayWidth.pad(keys, to: 12), .hintKey), Span(binding.label[lang])]
            if let why = binding.unavailable(state) { spans.append(Span(" — " + why[lang], .textDisabled)) }
            lines.append(spans)
        }
        lines.append([])
        lines.append([Span(lang == .vi ? "Trong biểu mẫu" : "In forms", .paneTitle)])
        let formKeys: [(String, Localized)] = [
            ("Tab S-Tab", Localized(vi: "Trường kế / trước (cũng C-n / C-p)", en: "Next / previous field (also C-n / C-p)")),
            ("C-s F10", Localized(vi: "Lưu, gửi biểu mẫu", en: "Save, submit the form")),
            ("Esc", Localized(vi: "Thoát biểu mẫu (hỏi nếu chưa lưu; mặc định Không)", en: "Leave the form (asks if unsaved; No by default)")),
            ("C-e", Localized(vi: "Soạn trường dài trong $EDITOR", en: "Edit a long field in $EDITOR")),
            ("C-a End", Localized(vi: "Đầu / cuối dòng", en: "Start / end of line")),
            ("C-k C-u C-w", Localized(vi: "Xóa đến cuối / đầu dòng / một từ", en: "Kill to end / start / a word")),
            ("Space ← →", Localized(vi: "Đổi lựa chọn", en: "Change a choice")),
        ]
        for (keys, label) in formKeys { lines.append([Span(DisplayWidth.pad(keys, to: 12), .hintKey), Span(label[lang])]) }
        lines.append([])
        lines.append([Span(lang == .vi ? "Dòng lệnh (:) — Tab gợi ý: " : "Command line (:) — Tab completes: ", .paneTitle),
                      Span(Command.allCases.map(\.rawValue).joined(separator: " "), .textMuted)])
        let rect = dialogRect(width: min(100, screen.width - 6), height: min(lines.count, screen.height - 6), in: screen)
        let inner = frame(rect, title: lang == .vi ? "Trợ giúp — q hoặc Esc để đóng" : "Help — q or Esc to close", into: &buffer)
        let wrapped = Draw.wrap(lines, width: inner.width)
        let top = min(scroll, max(0, wrapped.count - inner.height))
        for row in 0..<inner.height where wrapped.indices.contains(top + row) {
            Draw.line(wrapped[top + row], at: inner.x, y: inner.y + row, width: inner.width, into: &buffer)
        }
    }

    static func menu(_ state: DeskState, items: [MenuItem], selected: Int, screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let width = min(96, screen.width - 6)
        let rect = dialogRect(width: width, height: min(items.count + 2, screen.height - 6), in: screen)
        let inner = frame(rect, title: lang == .vi ? "Thao tác — Enter chọn, Esc đóng" : "Actions — Enter picks, Esc closes", into: &buffer)
        let visible = inner.height
        let top = max(0, min(selected - visible + 1, items.count - visible))
        for row in 0..<visible {
            let index = top + row
            guard items.indices.contains(index) else { break }
            let item = items[index]
            let y = inner.y + row
            let isSelected = index == selected
            let role: StyleRole = item.refusal != nil ? (isSelected ? .menuItemSelected : .menuItemDisabled) : (isSelected ? .menuItemSelected : .menuItem)
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            // The first nine carry their digit: pressing it picks the action at once.
            let digit = index < 9 ? "\(index + 1) " : "  "
            var text = (isSelected ? "› " : "  ") + digit + item.label[lang]
            if let refusal = item.refusal { text += " — " + (lang == .vi ? "không được: " : "not allowed: ") + refusal.message(lang) }
            buffer.put(DisplayWidth.truncate(text.visible, to: inner.width), at: inner.x, y: y, role: role)
            if isSelected { buffer.cursor = (inner.x, y) }
        }
    }

    static func picker(_ state: DeskState, presets: [InboxPreset], selected: Int, screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let rect = dialogRect(width: 56, height: min(presets.count, screen.height - 6), in: screen)
        let inner = frame(rect, title: lang == .vi ? "Bộ lọc — Enter chọn" : "Filter — Enter picks", into: &buffer)
        let visible = inner.height
        let top = max(0, min(selected - visible + 1, presets.count - visible))
        for row in 0..<visible {
            let index = top + row
            guard presets.indices.contains(index) else { break }
            let preset = presets[index]
            let isSelected = index == selected
            let role: StyleRole = isSelected ? .menuItemSelected : .menuItem
            let y = inner.y + row
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            let count = String(preset.count)
            let label = DisplayWidth.truncate((isSelected ? "› " : "  ") + preset.label[lang], to: inner.width - count.count - 1)
            buffer.put(DisplayWidth.pad(label, to: inner.width - count.count) + count, at: inner.x, y: y, role: role)
            if isSelected { buffer.cursor = (inner.x, y) }
        }
    }

    static func prompt(_ state: DeskState, prompt: PromptState, screen: Rect, into buffer: inout ScreenBuffer) {
        let y = screen.maxY - 1
        buffer.fill(Rect(x: 0, y: y, width: screen.width, height: 1), role: .statusBar)
        let lead = prompt.purpose == .search ? "/" : ":"
        let before = String(prompt.text.prefix(prompt.caret))
        let shown = lead + prompt.text
        buffer.put(DisplayWidth.truncate(shown, to: screen.width - 1), at: 0, y: y, role: .statusBar)
        buffer.cursor = (min(screen.width - 1, DisplayWidth.width(of: lead + before)), y)
        if !prompt.completions.isEmpty, y > 0 {
            let line = prompt.completions.prefix(12).joined(separator: "  ")
            buffer.fill(Rect(x: 0, y: y - 1, width: screen.width, height: 1), role: .dialog)
            buffer.put(DisplayWidth.truncate(line, to: screen.width), at: 0, y: y - 1, role: .hintText)
        }
    }

    static func confirm(_ state: DeskState, confirm: ConfirmState, screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let question = confirm.question[lang]
        let lines = DisplayWidth.wrap(question.visible, width: min(70, screen.width - 8))
        let rect = dialogRect(width: min(70, screen.width - 8), height: lines.count + 2, in: screen)
        let inner = frame(rect, title: lang == .vi ? "Xác nhận" : "Confirm", into: &buffer)
        for (row, line) in lines.enumerated() where row < inner.height {
            buffer.put(line, at: inner.x, y: inner.y + row, role: .dialog)
        }
        let answer = lang == .vi ? "[y] Có   [N] Không (mặc định)" : "[y] Yes   [N] No (default)"
        buffer.put(answer, at: inner.x, y: inner.maxY - 1, role: .hintKey, maxWidth: inner.width)
        buffer.cursor = (min(inner.maxX - 1, inner.x + DisplayWidth.width(of: answer)), inner.maxY - 1)
    }

    static func chooser(_ state: DeskState, chooser: ChooserState, screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let shown = chooser.shown
        let rect = dialogRect(width: min(90, screen.width - 6), height: min(max(shown.count, 1) + 4, screen.height - 4), in: screen)
        let inner = frame(rect, title: lang == .vi ? "Demo — chọn vai để thử (Enter)" : "Demo — pick a role to play (Enter)", into: &buffer)
        if chooser.searching || !chooser.query.isEmpty {
            buffer.put("/" + chooser.query, at: inner.x, y: inner.y, role: .formFieldFocused, maxWidth: inner.width)
            if chooser.searching { buffer.cursor = (min(inner.maxX - 1, inner.x + 1 + DisplayWidth.width(of: chooser.query)), inner.y) }
        } else {
            buffer.put(lang == .vi ? "Cơ sở dữ liệu demo: mọi thao tác đều được ghi là \"đóng vai\"." : "Demo database: every action is recorded as played.",
                       at: inner.x, y: inner.y, role: .textMuted, maxWidth: inner.width)
        }
        buffer.put(lang == .vi ? "\(shown.count)/\(chooser.choices.count) cán bộ · / tìm · ? trợ giúp · Esc đóng"
                               : "\(shown.count)/\(chooser.choices.count) officers · / search · ? help · Esc close",
                   at: inner.x, y: inner.maxY - 1, role: .hintText, maxWidth: inner.width)
        let visible = inner.height - 3
        let top = max(0, min(chooser.selected - visible + 1, shown.count - visible))
        for row in 0..<max(0, visible) {
            let index = top + row
            guard shown.indices.contains(index) else { break }
            let isSelected = index == chooser.selected
            let y = inner.y + 2 + row
            let role: StyleRole = isSelected ? .menuItemSelected : .menuItem
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            buffer.put(DisplayWidth.truncate((isSelected ? "› " : "  ") + shown[index].label.visible, to: inner.width), at: inner.x, y: y, role: role)
            if isSelected && !chooser.searching { buffer.cursor = (inner.x, y) }
        }
    }
}

/// The two bottom lines: key hints from the binding registry, and the status line with the
/// officer, role and unit, the counts, the clock and the message area.
enum StatusBar {
    static func draw(_ state: DeskState, into buffer: inout ScreenBuffer) {
        let width = state.size.width
        let lang = state.language
        let hintY = state.size.height - 2, statusY = state.size.height - 1
        buffer.fill(Rect(x: 0, y: hintY, width: width, height: 1), role: .hintText)
        var x = 0
        // On a full-screen board the panes' keys do not apply: the bar offers the boards.
        let onBoard = state.board != .proposals
        for binding in Bindings.all where onBoard ? Self.boardHints.contains(binding.command) : binding.hint {
            let key = binding.keys.first?.description ?? ""
            let label = shortLabel(binding.command, lang)
            let enabled = binding.unavailable(state) == nil
            guard x + DisplayWidth.width(of: key + " " + label) + 2 < width else { break }
            x += buffer.put(key, at: x, y: hintY, role: enabled ? .hintKey : .textDisabled)
            x += buffer.put(" " + label + "  ", at: x, y: hintY, role: enabled ? .hintText : .textDisabled)
        }
        buffer.fill(Rect(x: 0, y: statusY, width: width, height: 1), role: .statusBar)
        let officerText = (state.officerName.isEmpty ? state.officer : state.officerName) + (state.played ? (lang == .vi ? " [đóng vai]" : " [played]") : "")
            + (state.roleLine.isEmpty ? "" : " · " + state.roleLine)
        // A negative count is not worked out yet (it follows the first frame).
        let waiting = state.waitingCount < 0 ? "…" : String(state.waitingCount)
        let counts = lang == .vi ? "chờ tôi \(waiting) · quá hạn \(state.overdueCount)" : "waiting \(waiting) · overdue \(state.overdueCount)"
        let right = counts + " │ " + state.clock
        let rightWidth = DisplayWidth.width(of: right)
        let leftRoom = max(0, width - rightWidth - 1)
        // A message goes before the officer's roles: the name gives way down to a few
        // columns, so that an error is never pushed off the line.
        var who = officerText.visible
        if let message = state.message {
            let wanted = DisplayWidth.width(of: message.text.visible) + 3
            who = DisplayWidth.truncate(who, to: max(min(DisplayWidth.width(of: who), 8), leftRoom - wanted))
        }
        var left = who
        if let message = state.message { left += " │ " + message.text.visible }
        buffer.put(DisplayWidth.truncate(left, to: leftRoom), at: 0, y: statusY, role: .statusBar)
        if let message = state.message {
            let start = DisplayWidth.width(of: DisplayWidth.truncate(who + " │ ", to: leftRoom))
            let role: StyleRole = switch message.kind {
            case .info: .statusInfo
            case .success: .statusSuccess
            case .warning: .statusWarning
            case .error: .statusError
            }
            if start < leftRoom {
                buffer.put(DisplayWidth.truncate(message.text.visible, to: leftRoom - start), at: start, y: statusY, role: role)
            }
        }
        if rightWidth < width { buffer.put(right, at: width - rightWidth, y: statusY, role: .statusBar) }
    }

    /// The hint bar's commands on a full-screen board.
    static let boardHints: [Command] = [.help, .back, .showProposals, .dashboard, .dissemination, .oversight, .commandLine]

    static func shortLabel(_ command: Command, _ lang: Language) -> String {
        let vi = lang == .vi
        switch command {
        case .help: return vi ? "Trợ giúp" : "Help"
        case .commandLine: return vi ? "Lệnh" : "Command"
        case .back: return vi ? "Quay lại" : "Back"
        case .nextPane: return vi ? "Khung" : "Pane"
        case .open: return vi ? "Mở" : "Open"
        case .search: return vi ? "Tìm" : "Search"
        case .filter: return vi ? "Lọc" : "Filter"
        case .actions: return vi ? "Thao tác" : "Actions"
        case .newProposal: return vi ? "Đề xuất mới" : "New"
        case .showProposals: return vi ? "Đề xuất" : "Proposals"
        case .dashboard: return vi ? "Tổng hợp" : "Dashboard"
        case .dissemination: return vi ? "Văn bản" : "Texts"
        case .oversight: return vi ? "Kiểm tra" : "Inspections"
        default: return command.rawValue
        }
    }
}
