/// A table while the document is read: mutable, and remembering how it came to be, because
/// TOML's rules on defining a table twice depend on it (toml.io/en/v1.0.0#table):
/// a `[header]` may define a table only once and never one made by dotted keys; dotted
/// keys may not reach into a table defined by a header, an array of tables or a value.
final class TableBuilder {
    enum Origin {
        case root
        /// Named on the way to a deeper `[a.b.c]` header, not yet defined itself.
        case implicit
        case header
        /// Made or reached by dotted keys (`a.b = 1`); a header may no longer define it.
        case dotted
        case arrayElement
    }

    enum Entry {
        case value(TOMLValue)
        case table(TableBuilder)
        case tables(TableList)
    }

    /// The elements of an array of tables, shared so that appending one costs O(1) even
    /// after a hundred thousand `[[a]]` headers.
    final class TableList {
        var items: [TableBuilder]
        init(_ items: [TableBuilder]) { self.items = items }
    }

    var origin: Origin
    let line: Int
    private(set) var order: [String] = []
    /// Keyed by String, whose equality is canonical equivalence: two keys that differ only
    /// in Unicode normalisation (NFC/NFD) are one key, as they would be once stored as NFC.
    private(set) var entries: [String: Entry] = [:]
    private var lines: [String: Int] = [:]

    init(origin: Origin, line: Int) {
        self.origin = origin
        self.line = line
    }

    private func set(_ key: String, _ entry: Entry, line: Int) {
        if entries[key] == nil {
            order.append(key)
            lines[key] = line
        }
        entries[key] = entry
    }

    /// Walks a header's path but its last key, making implicit tables as it goes; an array
    /// of tables leads to its last element.
    func descendForHeader(_ path: ArraySlice<String>, line: Int) throws(TOMLProblem) -> TableBuilder {
        var table = self
        for key in path {
            switch table.entries[key] {
            case nil:
                let child = TableBuilder(origin: .implicit, line: line)
                table.set(key, .table(child), line: line)
                table = child
            case .table(let child)?:
                table = child
            case .tables(let elements)?:
                guard let last = elements.items.last else { throw .notATable(visible(key)) }
                table = last
            case .value?:
                throw .notATable(visible(key))
            }
        }
        return table
    }

    /// `[a.b]`: the table it opens.
    func openTable(_ path: [String], line: Int) throws(TOMLProblem) -> TableBuilder {
        guard let last = path.last else { throw .expectedKey }
        let parent = try descendForHeader(path.dropLast(), line: line)
        switch parent.entries[last] {
        case nil:
            let table = TableBuilder(origin: .header, line: line)
            parent.set(last, .table(table), line: line)
            return table
        case .table(let table)? where table.origin == .implicit:
            table.origin = .header
            return table
        case .table?, .tables?:
            throw .tableDefinedTwice(visible(path.joined(separator: ".")))
        case .value?:
            throw .notATable(visible(path.joined(separator: ".")))
        }
    }

    /// `[[a.b]]`: the new element it appends.
    func appendTable(_ path: [String], line: Int) throws(TOMLProblem) -> TableBuilder {
        guard let last = path.last else { throw .expectedKey }
        let parent = try descendForHeader(path.dropLast(), line: line)
        let element = TableBuilder(origin: .arrayElement, line: line)
        switch parent.entries[last] {
        case nil:
            parent.set(last, .tables(TableList([element])), line: line)
        case .tables(let elements)?:
            elements.items.append(element)
        case .table?:
            throw .tableDefinedTwice(visible(path.joined(separator: ".")))
        case .value?:
            throw .notATable(visible(path.joined(separator: ".")))
        }
        return element
    }

    /// `a.b.c = value` inside this table (a section or an inline table).
    func insert(_ path: [String], _ value: TOMLValue, line: Int) throws(TOMLProblem) {
        guard let last = path.last else { throw .expectedKey }
        var table = self
        for key in path.dropLast() {
            switch table.entries[key] {
            case nil:
                let child = TableBuilder(origin: .dotted, line: line)
                table.set(key, .table(child), line: line)
                table = child
            case .table(let child)? where child.origin == .implicit || child.origin == .dotted:
                child.origin = .dotted
                table = child
            case .table?:
                throw .tableDefinedTwice(visible(key))
            case .tables?, .value?:
                throw .notATable(visible(key))
            }
        }
        guard table.entries[last] == nil else { throw .duplicateKey(visible(last)) }
        table.set(last, .value(value), line: line)
    }

    /// The finished table. Its depth is bounded by the parser's nesting limit.
    func freeze() -> TOMLTable {
        var values: [String: TOMLValue] = [:]
        for (key, entry) in entries {
            switch entry {
            case .value(let value): values[key] = value
            case .table(let table): values[key] = .table(table.freeze())
            case .tables(let tables): values[key] = .array(tables.items.map { .table($0.freeze()) })
            }
        }
        return TOMLTable(line: line, keys: order, values: values, lines: lines)
    }
}

/// A key as it may be shown in a message: controls and bidi marks written as U+XXXX.
func visible(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars.prefix(200) {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x200B...0x200F).contains(v)
            || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0xFEFF {
            out += "U+" + String(v, radix: 16, uppercase: true)
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
