import Foundation
import Procedure
import Terminal

/// A one-line prompt at the bottom: `/` search or `:` command, with readline keys; on the
/// `:` line Tab completes from the bindings of what has the keys (and their arguments).
public struct Prompt: DeskComponent {
    public enum Purpose: Sendable { case search, command }
    /// What the `:` line knows: command names, and the words each one's argument takes.
    public struct Vocabulary: Sendable {
        public var names: [String]
        public var arguments: [String: [String]]

        public init(names: [String], arguments: [String: [String]]) {
            self.names = names
            self.arguments = arguments
        }
    }
    public var purpose: Purpose
    public var text = ""
    /// Caret position, in characters.
    public var caret = 0
    public var completions: [String] = []
    var vocabulary: Vocabulary

    public init(purpose: Purpose, vocabulary: Vocabulary = Vocabulary(names: [], arguments: [:])) {
        self.purpose = purpose
        self.vocabulary = vocabulary
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        var all = [
            Binding([.enter], "enter", purpose == .search ? DeskText.runSearch : DeskText.runCommand),
            Binding([.escape, .ctrl("c")], "cancel", DeskText.cancelPrompt),
            .documented("C-a C-e ← →", DeskText.lineStartEnd),
            .documented("C-u", DeskText.killToStart),
        ]
        if purpose == .command { all.append(Binding([.tab], "complete", DeskText.complete)) }
        return all
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        switch name {
        case "cancel": return [.close]
        case "enter":
            let typed = text.precomposedStringWithCanonicalMapping
            if purpose == .search { return [.close, .send(.proposals, ProposalsIntent.search(typed))] }
            let parts = typed.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
            guard let command = parts.first else { return [.close] }
            let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
            return [.close, .run(Self.alias[command] ?? command, argument: argument)]
        case "complete":
            complete()
        default: break
        }
        return []
    }

    /// Short names officers type.
    static let alias = ["o": "open", "q": "quit", "h": "help"]

    public mutating func input(_ key: Key, _ desk: DeskState) -> [DeskAction]? {
        var characters = Array(text)
        switch key {
        case .char(let c):
            characters.insert(c, at: caret)
            caret += 1
        case .paste(let pasted):
            let clean = pasted.replacingOccurrences(of: "\n", with: " ")
            characters.insert(contentsOf: Array(clean), at: caret)
            caret += clean.count
        case .backspace:
            if caret > 0 {
                characters.remove(at: caret - 1)
                caret -= 1
            } else if characters.isEmpty {
                return [.close]
            }
        case .delete, .ctrl("d"):
            if caret < characters.count { characters.remove(at: caret) }
        case .left, .ctrl("b"): caret = max(0, caret - 1)
        case .right, .ctrl("f"): caret = min(characters.count, caret + 1)
        case .home, .ctrl("a"): caret = 0
        case .end, .ctrl("e"): caret = characters.count
        case .ctrl("u"):
            characters.removeFirst(caret)
            caret = 0
        default:
            return []
        }
        text = String(characters)
        caret = min(caret, text.count)
        return []
    }

    mutating func complete() {
        let found = completions(for: text)
        if found.count == 1, let only = found.first {
            text = only + " "
            completions = []
        } else {
            completions = found
            let common = Self.commonPrefix(found)
            if common.count > text.count { text = common }
        }
        caret = text.count
    }

    /// The names (or, after a name, the argument words) that start with what is typed.
    func completions(for typed: String) -> [String] {
        let parts = typed.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count <= 1 {
            return Array(Set(vocabulary.names)).filter { $0.hasPrefix(typed) }.sorted()
        }
        let options = vocabulary.arguments[parts[0]] ?? []
        return options.filter { $0.hasPrefix(parts[1]) }.map { parts[0] + " " + $0 }.sorted()
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let width = desk.size.width
        let y = desk.size.height - 1
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .statusBar)
        let lead = purpose == .search ? "/" : ":"
        let before = String(text.prefix(caret))
        buffer.put(DisplayWidth.truncate(lead + text, to: width - 1), at: 0, y: y, role: .statusBar)
        buffer.cursor = (min(width - 1, DisplayWidth.width(of: lead + before)), y)
        if !completions.isEmpty, y > 0 {
            let line = completions.prefix(12).joined(separator: "  ")
            buffer.fill(Rect(x: 0, y: y - 1, width: width, height: 1), role: .dialog)
            buffer.put(DisplayWidth.truncate(line, to: width), at: 0, y: y - 1, role: .hintText)
        }
    }
}
