import Terminal

/// Where each pane goes: side by side from 120 columns, as tabs below that.
enum DeskLayout {
    struct Panes {
        var inbox: Rect
        var detail: Rect
        var review: Rect
        /// The tab bar, in narrow mode.
        var tabs: Rect?
        /// The area forms and dialogs may cover.
        var body: Rect
    }

    /// The screen above the hint and status lines.
    static func body(for state: DeskState) -> Rect {
        Rect(x: 0, y: 0, width: state.size.width, height: max(0, state.size.height - 2 - messageRows(state)))
    }

    /// Rows a long message takes above the hints (it wraps instead of being cut).
    static func messageRows(_ state: DeskState) -> Int {
        guard let message = state.message else { return 0 }
        let text = message.text.visible
        // A message of 40 columns or less is on the status line alone; a longer one shows
        // its short form there and the whole text here.
        if !message.isLong { return 0 }
        return min(4, DisplayWidth.wrap(text, width: max(20, state.size.width - 2)).count)
    }

    /// Where a form goes: centred from 120 columns, the whole body below.
    static func formRect(_ state: DeskState, in screen: Rect) -> Rect {
        if state.isWide {
            let width = min(120, screen.width - 4)
            return Rect(x: (screen.width - width) / 2, y: 1, width: width, height: screen.height - 1)
        }
        return screen
    }

    static func panes(for state: DeskState) -> Panes {
        let body = body(for: state)
        let width = body.width
        let height = body.height
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

