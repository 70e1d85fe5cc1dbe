/// The one list state of the Desk: every list (the inbox, menus, pickers, boards, the role
/// chooser) and every scrolled document keeps its selection and scroll here, so that
/// j/k, g/G, PgUp/PgDn, C-d/C-u mean the same everywhere.
public struct ListState: Sendable, Hashable {
    /// How many rows (or lines) there are.
    public var count = 0
    /// The selected row; for a document (`scrollsOnly`) the first line shown.
    public var selected = 0
    /// The first row shown.
    public var top = 0
    /// How many rows fit (set by the layout pass).
    public var visible = 1
    /// A document: moving scrolls the text, there is no selected row.
    public var scrollsOnly = false
    /// When the selection leaves the view by a few rows, the view moves by half a page
    /// instead of by those rows (the inbox: a row-by-row scroll redraws every row of a
    /// pane the terminal cannot scroll on its own, so each line move would send the whole
    /// list; by half pages, most line moves send only the two rows whose selection changed).
    public var scrollsByHalfPage = false

    public init(count: Int = 0, scrollsOnly: Bool = false, scrollsByHalfPage: Bool = false) {
        self.count = count
        self.scrollsOnly = scrollsOnly
        self.scrollsByHalfPage = scrollsByHalfPage
    }

    public var page: Int { max(1, visible) }
    public var half: Int { max(1, visible / 2) }
    public var maxTop: Int { max(0, count - max(1, visible)) }

    /// Moves the selection (or the scroll) by `delta`, clamped.
    public mutating func move(_ delta: Int) {
        if scrollsOnly {
            top = max(0, min(maxTop, top &+ delta))
            selected = top
        } else {
            selected = max(0, min(count - 1, selected &+ delta))
            clamp()
        }
    }

    public mutating func toTop() { move(Int.min / 2) }
    public mutating func toBottom() { move(Int.max / 2) }

    public mutating func select(_ index: Int) {
        selected = index
        clamp()
    }

    /// Keeps the selection within the rows and in view.
    public mutating func clamp() {
        if scrollsOnly {
            top = max(0, min(top, maxTop))
            selected = top
            return
        }
        selected = max(0, min(selected, count - 1))
        let rows = max(1, visible)
        if selected < top {
            let by = top - selected
            top = scrollsByHalfPage && by <= half ? top - half : selected
        }
        if selected >= top + rows {
            let by = selected - (top + rows) + 1
            top = scrollsByHalfPage && by <= half ? top + half : selected - rows + 1
        }
        top = max(0, min(top, maxTop))
    }

    /// Sets the row count (new data) and clamps.
    public mutating func resize(count: Int) {
        self.count = count
        clamp()
    }

    /// Sets how many rows fit (the layout pass) and clamps.
    public mutating func fit(_ rows: Int) {
        visible = max(1, rows)
        clamp()
    }

    /// The common movement keys, by the name of their command; nil for another name.
    @discardableResult
    public mutating func apply(_ command: String) -> Bool {
        switch command {
        case "down": move(1)
        case "up": move(-1)
        case "top": toTop()
        case "bottom": toBottom()
        case "page-down": move(page)
        case "page-up": move(-page)
        case "half-down": move(half)
        case "half-up": move(-half)
        default: return false
        }
        return true
    }

    /// The movement bindings every list offers (j/k, g/G, PgDn/PgUp, C-d/C-u).
    public static func bindings(document: Bool = false) -> [Binding] {
        let line = document ? DeskText.lineDown : DeskText.rowDown
        let lineUp = document ? DeskText.lineUp : DeskText.rowUp
        return [
            Binding([.char("j"), .down], "down", line),
            Binding([.char("k"), .up], "up", lineUp),
            Binding([.char("g"), .home], "top", DeskText.toTop),
            Binding([.char("G"), .end], "bottom", DeskText.toBottom),
            Binding([.pageDown], "page-down", DeskText.pageDown),
            Binding([.pageUp], "page-up", DeskText.pageUp),
            Binding([.ctrl("d")], "half-down", DeskText.halfDown),
            Binding([.ctrl("u")], "half-up", DeskText.halfUp),
        ]
    }
}
