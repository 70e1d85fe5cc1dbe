import Terminal

/// Where each pane goes: side by side from 120 columns, as tabs below that.
enum Layout {
    struct Panes {
        var inbox: Rect
        var detail: Rect
        var review: Rect
        /// The tab bar, in narrow mode.
        var tabs: Rect?
        /// The area forms and dialogs may cover.
        var body: Rect
    }

    static func panes(for state: DeskState) -> Panes {
        let width = state.size.width
        let height = max(0, state.size.height - 2)
        let body = Rect(x: 0, y: 0, width: width, height: height)
        if state.isWide {
            let left = max(58, width * 45 / 100)
            let right = width - left
            let detailHeight = max(8, height * 62 / 100)
            return Panes(inbox: Rect(x: 0, y: 0, width: left, height: height),
                         detail: Rect(x: left, y: 0, width: right, height: detailHeight),
                         review: Rect(x: left, y: detailHeight, width: right, height: height - detailHeight),
                         tabs: nil, body: body)
        }
        let pane = Rect(x: 0, y: 1, width: width, height: max(0, height - 1))
        return Panes(inbox: pane, detail: pane, review: pane, tabs: Rect(x: 0, y: 0, width: width, height: 1), body: body)
    }
}

extension DeskApp {
    /// The frame for the current state. Drawing never changes state.
    public func render() -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        buffer.cursor = nil
        if state.isTooSmall {
            drawTooSmall(into: &buffer)
            return buffer
        }
        let layout = Layout.panes(for: state)
        let today = self.today
        if state.board != .proposals {
            drawBoard(in: layout.body, into: &buffer)
        } else if let tabs = layout.tabs {
            drawTabs(tabs, into: &buffer)
            switch state.focus {
            case .inbox: InboxPane.draw(state, calendar: calendar, settings: settings, today: today, in: layout.inbox, focused: true, title: inboxTitle, into: &buffer)
            case .detail: DetailPane.draw(state, lines: wrapped(.detail, width: layout.detail.width - 2), in: layout.detail, focused: true, into: &buffer)
            case .review: ReviewPane.draw(state, lines: wrapped(.review, width: layout.review.width - 2), in: layout.review, focused: true, into: &buffer)
            }
        } else {
            var cursor: (x: Int, y: Int)?
            InboxPane.draw(state, calendar: calendar, settings: settings, today: today, in: layout.inbox, focused: state.focus == .inbox, title: inboxTitle, into: &buffer)
            if state.focus == .inbox { cursor = buffer.cursor }
            DetailPane.draw(state, lines: wrapped(.detail, width: layout.detail.width - 2), in: layout.detail, focused: state.focus == .detail, into: &buffer)
            if state.focus == .detail { cursor = buffer.cursor }
            ReviewPane.draw(state, lines: wrapped(.review, width: layout.review.width - 2), in: layout.review, focused: state.focus == .review, into: &buffer)
            if state.focus == .review { cursor = buffer.cursor }
            buffer.cursor = cursor
        }
        StatusBar.draw(state, into: &buffer)
        let screen = layout.body
        for (index, overlay) in state.overlays.enumerated() {
            switch overlay {
            case .help(let scroll): Overlays.help(state, scroll: scroll, screen: screen, into: &buffer)
            case .actionMenu(let items, let selected): Overlays.menu(state, items: items, selected: selected, screen: screen, into: &buffer)
            case .filterPicker(let presets, let selected): Overlays.picker(state, presets: presets, selected: selected, screen: screen, into: &buffer)
            case .prompt(let prompt): Overlays.prompt(state, prompt: prompt, screen: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height), into: &buffer)
            case .confirm(let confirm): Overlays.confirm(state, confirm: confirm, screen: screen, into: &buffer)
            case .chooser(let chooser): Overlays.chooser(state, chooser: chooser, screen: screen, into: &buffer)
            case .form(var host):
                let rect = formRect(in: screen)
                buffer.fill(rect, role: .dialog)
                let inner = Draw.box(rect, title: host.form.title[state.language], focused: true, into: &buffer)
                // The one state drawing may touch: a form keeps its scroll offset for the size it is drawn at.
                host.form.render(in: inner, into: &buffer, language: state.language)
                state.overlays[index] = .form(host)
            }
        }
        return buffer
    }

    func formRect(in screen: Rect) -> Rect {
        if state.isWide {
            let width = min(120, screen.width - 4)
            return Rect(x: (screen.width - width) / 2, y: 1, width: width, height: screen.height - 1)
        }
        return screen
    }

    func drawTabs(_ rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(rect, role: .tab)
        var x = rect.x
        for pane in Pane.allCases {
            let selected = pane == state.focus
            // The chosen tab is bracketed, not only coloured.
            let label = selected ? "[\(pane.rawValue + 1) \(pane.title[state.language])]" : " \(pane.rawValue + 1) \(pane.title[state.language]) "
            x += buffer.put(label, at: x, y: rect.y, role: selected ? .tabSelected : .tab)
            x += buffer.put(" ", at: x, y: rect.y, role: .tab)
        }
    }

    func drawTooSmall(into buffer: inout ScreenBuffer) {
        let vi = state.language == .vi
        let lines = [
            vi ? "Cửa sổ quá nhỏ: \(state.size.width)×\(state.size.height)." : "The window is too small: \(state.size.width)×\(state.size.height).",
            vi ? "Hãy mở rộng tối thiểu 80×24." : "Please enlarge it to at least 80×24.",
            vi ? "Nội dung đang nhập vẫn được giữ. (Q: thoát khi không có biểu mẫu đang soạn)" : "What you typed is kept. (Q: quit when no form is being written)",
        ]
        for (index, line) in lines.enumerated() where index < state.size.height {
            buffer.put(DisplayWidth.truncate(line, to: state.size.width), at: 0, y: index, role: index == 0 ? .statusWarning : .normal)
        }
    }
}
