import SafeTOML

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
        do {
            table = try TOML.parse(text)
        } catch {
            throw ThemeError(file: file, line: error.line, message: "TOML syntax error: \(error.en)")
        }
        var overrides: [StyleRole: Style] = [:]
        try collect(table, path: [], into: &overrides, file: file)
        return base.overriding(with: overrides, name: name)
    }

    private static func collect(_ table: TOMLTable, path: [String], into styles: inout [StyleRole: Style],
                                file: String) throws(ThemeError) {
        let role = StyleRole(path.joined(separator: "."))
        var style = Style()
        var isRole = !path.isEmpty && table.isEmpty
        for key in table.keys {
            guard let value = table[key] else { continue }
            func fail(_ message: String) -> ThemeError {
                ThemeError(file: file, line: table.line(of: key) ?? table.line, message: message)
            }
            if let subtable = value.table {
                try collect(subtable, path: path + [key], into: &styles, file: file)
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
                if let number = value.integer {
                    guard let indexed = TerminalColor(index: Int(exactly: number) ?? -1) else {
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
                throw ThemeError(file: file, line: table.line,
                                 message: "role name \"\(role)\" may hold only letters, digits, dots, - and _")
            }
            styles[role] = style
        }
    }
}
