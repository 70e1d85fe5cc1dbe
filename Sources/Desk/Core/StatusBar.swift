import Procedure
import Terminal

/// The bottom of the screen: the message area (a long message wraps over up to four lines
/// above the hints instead of being cut), the hint line from the bindings of what has the
/// keys, and the status line with the officer, the counts and the clock.
enum StatusBar {
    static func role(_ kind: StatusMessage.Kind) -> StyleRole {
        switch kind {
        case .info: .statusInfo
        case .success: .statusSuccess
        case .warning: .statusWarning
        case .error: .statusError
        }
    }

    /// The bindings shown in the hint line: the board's, then the global ones, that have a
    /// short label. An unavailable one is drawn greyed.
    static func hints(_ state: DeskState) -> [Binding] {
        // An overlay (a form, a menu, the help) has the keys: the line shows its bindings,
        // F1 for the help of it first.
        if let top = state.overlays.last {
            let help = Binding([.function(1)], "help", DeskText.helpKey, hint: DeskText.hintHelp)
            // Moving in a list is the same everywhere: `?` lists those keys, the line does not.
            let moves = Set(ListState.bindings().map(\.name))
            return [help] + top.component.bindings(state).filter { !$0.keys.isEmpty && !moves.contains($0.name) }.map { binding in
                var shown = binding
                shown.hint = binding.hint ?? binding.label
                return shown
            }
        }
        // Help first: whatever else is cut on a narrow screen, `?` says where the rest is.
        let global = GlobalCommands.bindings(state)
        let ordered = global.filter { $0.name == "help" } + state.currentBoard.bindings(state) + global.filter { $0.name != "help" }
        return ordered.filter { $0.hint != nil && !$0.keys.isEmpty }
    }

    /// The counts and the clock at the right of the status line.
    static func right(_ state: DeskState) -> String {
        // A negative count is not worked out yet (it follows the first frame).
        let waiting = state.waitingCount < 0 ? "…" : String(state.waitingCount)
        return DeskText.counts(waiting, state.overdueCount)[state.language] + " │ " + state.clock
    }

    static func draw(_ state: DeskState, into buffer: inout ScreenBuffer) {
        let width = state.size.width
        let lang = state.language
        let hintY = state.size.height - 2, statusY = state.size.height - 1
        let messageRows = DeskLayout.messageRows(state)
        if messageRows > 0, let message = state.message {
            let lines = DisplayWidth.wrap(message.text.visible, width: max(20, width - 2))
            for (index, line) in lines.prefix(messageRows).enumerated() {
                let y = hintY - messageRows + index
                buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: role(message.kind))
                var text = " " + line
                if index == messageRows - 1 && lines.count > messageRows { text = DisplayWidth.truncate(text, to: width - 12) + " … :messages" }
                buffer.put(DisplayWidth.truncate(text, to: width), at: 0, y: y, role: role(message.kind))
            }
        }
        buffer.fill(Rect(x: 0, y: hintY, width: width, height: 1), role: .hintText)
        var seen = Set<String>()
        let shown = hints(state).filter { seen.insert($0.name).inserted }
        // No key is ever left out: when the line is short, the labels of the last keys
        // are; the keys themselves stay ("u" on the inspections board was cut off).
        let keyWidths = shown.map { DisplayWidth.width(of: $0.keys.first?.description ?? "") + 2 }
        var rest = keyWidths.reduce(0, +)
        var x = 0
        for (index, binding) in shown.enumerated() {
            rest -= keyWidths[index]
            let key = binding.keys.first?.description ?? ""
            let label = binding.hint?[lang] ?? ""
            let enabled = binding.why == nil
            let full = DisplayWidth.width(of: key + " " + label) + 2
            if x + full + rest <= width {
                x += buffer.put(key, at: x, y: hintY, role: enabled ? .hintKey : .textDisabled)
                x += buffer.put(" " + label + "  ", at: x, y: hintY, role: enabled ? .hintText : .textDisabled)
            } else if x + keyWidths[index] <= width {
                x += buffer.put(key, at: x, y: hintY, role: enabled ? .hintKey : .textDisabled)
                x += buffer.put("  ", at: x, y: hintY, role: .hintText)
            }
        }
        buffer.fill(Rect(x: 0, y: statusY, width: width, height: 1), role: .statusBar)
        let officerText = (state.officerName.isEmpty ? state.officer : state.officerName) + (state.played ? DeskText.playedMark[lang] : "")
            + (state.roleLine.isEmpty ? "" : " · " + state.roleLine)
        let right = right(state)
        let rightWidth = DisplayWidth.width(of: right)
        let leftRoom = max(0, width - rightWidth - 1)
        // The message's short form (40 columns at most) goes before the officer's roles:
        // the name gives way down to a few columns, so that an error is never pushed off
        // the line. A longer message is also in the message area above, whole.
        var who = officerText.visible
        let shortMessage = state.message.map { message in
            StatusMessage.short(message.text, message.kind, language: lang)
        }
        if let message = shortMessage {
            let wanted = DisplayWidth.width(of: message) + 3
            who = DisplayWidth.truncate(who, to: max(min(DisplayWidth.width(of: who), 8), leftRoom - wanted))
        }
        var left = who
        if let message = shortMessage { left += " │ " + message }
        buffer.put(DisplayWidth.truncate(left, to: leftRoom), at: 0, y: statusY, role: .statusBar)
        if let message = shortMessage, let kind = state.message?.kind {
            let start = DisplayWidth.width(of: DisplayWidth.truncate(who + " │ ", to: leftRoom))
            if start < leftRoom {
                buffer.put(DisplayWidth.truncate(message, to: leftRoom - start), at: start, y: statusY, role: role(kind))
            }
        }
        if rightWidth < width { buffer.put(right, at: width - rightWidth, y: statusY, role: .statusBar) }
    }
}
