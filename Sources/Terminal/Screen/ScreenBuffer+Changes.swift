extension ScreenBuffer {
    /// A run of cells on one row that differ from the previous frame.
    public struct Span: Hashable, Sendable {
        public var y: Int
        public var x: Int
        public var width: Int
    }

    /// The runs of cells that differ from `previous`: every row when there is no previous
    /// frame or its size differs. A run never starts or ends inside a wide grapheme, and
    /// runs separated by a few unchanged cells are merged (moving the cursor costs more
    /// than rewriting them).
    public func changes(from previous: ScreenBuffer?) -> [Span] {
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).map { Span(y: $0, x: 0, width: width) }
        }
        var spans: [Span] = []
        for y in 0..<height {
            let base = y * width
            var x = 0
            var current: Span?
            while x < width {
                if cells[base + x] != previous.cells[base + x] {
                    var start = x
                    if cells[base + start].isContinuation && start > 0 { start -= 1 }
                    var end = x
                    while end + 1 < width && cells[base + end + 1] != previous.cells[base + end + 1] { end += 1 }
                    if end + 1 < width && cells[base + end + 1].isContinuation { end += 1 }
                    if var open = current, start - (open.x + open.width) <= 3 {
                        open.width = end - open.x + 1
                        current = open
                    } else {
                        if let open = current { spans.append(open) }
                        current = Span(y: y, x: start, width: end - start + 1)
                    }
                    x = end + 1
                } else {
                    x += 1
                }
            }
            if let open = current { spans.append(open) }
        }
        return spans
    }

    /// How many cells differ from `previous` (all of them when the size differs).
    public func changedCellCount(from previous: ScreenBuffer?) -> Int {
        guard let previous, previous.width == width, previous.height == height else { return cells.count }
        return zip(cells, previous.cells).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    }
}
