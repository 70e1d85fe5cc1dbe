import TOMLKit

extension Theme {
    /// The keys a role table may hold.
    static let attributeKeys: Set<String> = ["fg", "bg", "bold", "underline", "reverse", "dim"]

    /// Reads a theme file's text: each table is a role (`[list.row.selected]` or
    /// `["list.row.selected"]`) with `fg`, `bg`, `bold`, `underline`, `reverse`, `dim`.
    /// Roles it styles replace those of `base`, whole; the others stay as in `base`.
    ///
    /// - Throws: ``ThemeError`` as `file:line: …` for a TOML syntax error, an unknown key,
    ///   an unknown colour, a number outside 0–255 or a value of the wrong type.
    public static func parse(_ text: String, file: String, name: String, base: Theme) throws(ThemeError) -> Theme {
        let table: TOMLTable
        if let problem = TOMLSafety.problem(in: text) {
            throw ThemeError(file: file, line: problem.line, message: "TOML syntax error: \(problem.en)")
        }
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: max(error.source.begin.line, 1), message: "TOML syntax error: \(error.description)")
        } catch {
            throw ThemeError(file: file, line: 1, message: "TOML syntax error: \(error)")
        }
        let locator = LineLocator(text: text)
        var overrides: [StyleRole: Style] = [:]
        try collect(table, path: [], into: &overrides, file: file, locator: locator)
        return base.overriding(with: overrides, name: name)
    }

    private static func collect(_ table: TOMLTable, path: [String], into styles: inout [StyleRole: Style],
                                file: String, locator: LineLocator) throws(ThemeError) {
        let role = StyleRole(path.joined(separator: "."))
        var style = Style()
        var isRole = !path.isEmpty && table.isEmpty
        for key in table.keys {
            guard let value = table[key] else { continue }
            func fail(_ message: String) -> ThemeError {
                ThemeError(file: file, line: locator.line(ofKey: key, inTable: role.rawValue), message: message)
            }
            if let subtable = value.table {
                try collect(subtable, path: path + [key], into: &styles, file: file, locator: locator)
                continue
            }
            if path.isEmpty {
                guard key == "description" || key == "name" else {
                    throw fail("unknown key \"\(key)\" at the top (roles are tables, such as [list.row.selected])")
                }
                guard value.string != nil else { throw fail("\"\(key)\" must be a string") }
                continue
            }
            guard attributeKeys.contains(key) else {
                throw fail("unknown key \"\(key)\" in [\(role)] (use fg, bg, bold, underline, reverse, dim)")
            }
            isRole = true
            switch key {
            case "fg", "bg":
                let color: TerminalColor
                if let number = value.int {
                    guard let indexed = TerminalColor(index: number) else {
                        throw fail("colour number \(number) in [\(role)] \(key) is not in 0–255")
                    }
                    color = indexed
                } else if let name = value.string {
                    guard let parsed = TerminalColor(parsing: name) else {
                        throw fail("unknown colour \"\(name)\" in [\(role)] \(key) (use default, an ANSI name such as bright_red, 0–255 or \"#RRGGBB\")")
                    }
                    color = parsed
                } else {
                    throw fail("[\(role)] \(key) must be a colour name, a number or \"#RRGGBB\"")
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            default:
                guard let flag = value.bool else { throw fail("[\(role)] \(key) must be true or false") }
                switch key {
                case "bold": style.bold = flag
                case "underline": style.underline = flag
                case "reverse": style.reverse = flag
                default: style.dim = flag
                }
            }
        }
        if isRole {
            guard role.rawValue.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
                throw ThemeError(file: file, line: locator.line(ofTable: role.rawValue),
                                 message: "role name \"\(role)\" may hold only letters, digits, dots, - and _")
            }
            styles[role] = style
        }
    }
}

/// Finds the line of a table or key in a theme file, because TOMLKit reports lines only
/// for syntax errors and a theme author needs one for every mistake.
struct LineLocator {
    private let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `[table]` (any quoting or spacing), or 1.
    func line(ofTable table: String) -> Int {
        headerIndex(of: table).map { $0 + 1 } ?? 1
    }

    /// The 1-based line of `key = …` inside `[table]`, or of the table, or 1.
    func line(ofKey key: String, inTable table: String) -> Int {
        let header = table.isEmpty ? nil : headerIndex(of: table)
        var index = header.map { $0 + 1 } ?? 0
        while index < lines.count {
            let line = lines[index].drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("[") { break }
            if line.contains("="), line.prefix(while: { $0 != "=" }).trimmingSpacesAndQuotes() == key {
                return index + 1
            }
            index += 1
        }
        return header.map { $0 + 1 } ?? 1
    }

    private func headerIndex(of table: String) -> Int? {
        lines.firstIndex { raw in
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            guard line.hasPrefix("["), let close = line.lastIndex(of: "]") else { return false }
            let inside = line[line.index(after: line.startIndex)..<close]
            let normalised = inside.split(separator: ".").map { $0.trimmingSpacesAndQuotes() }.joined(separator: ".")
            return normalised == table
        }
    }
}

extension Substring {
    fileprivate func trimmingSpacesAndQuotes() -> String {
        String(drop(while: { " \t\"'".contains($0) }).reversed().drop(while: { " \t\"'".contains($0) }).reversed())
    }
}
