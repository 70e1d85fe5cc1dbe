import Foundation
@testable import SafeTOML

/// Runs a folder laid out as toml-test's `tests/` (`valid/**/*.toml` with a `.json` answer
/// beside each, `invalid/**/*.toml`), as written (LF) or with every line feed turned into
/// CR LF (as Notepad saves): every valid file must parse to its answer, every invalid one
/// must be refused with a line inside the file (and a column inside that line when one is
/// given). A trap would end the test process, so finishing is the proof of no abort.
struct CorpusRunner {
    enum LineEnds: String { case lf = "LF", crlf = "CRLF" }

    struct Outcome {
        var files = 0
        var valid = 0
        var parsed = 0
        var invalid = 0
        var refused = 0
        /// Valid files refused, valid files parsed to another value, invalid files accepted,
        /// refusals whose line or column lies outside the file: each with its path and why.
        var faults: [String] = []
        /// Invalid files per category (`invalid/<category>/…`), to show each was read.
        var categories: [String: Int] = [:]
        /// Each invalid file's refusal.
        var refusals: [String: TOMLError] = [:]
        var summary: String {
            "files \(files): valid \(valid) (parsed as answered \(parsed)), invalid \(invalid) (refused \(refused)), faults \(faults.count)"
        }
    }

    let root: String
    let lineEnds: LineEnds
    /// `\u0000` read as TOML 1.0 says (the program's callers refuse it).
    var allowingNULEscapes = true

    /// The `.toml` files under `valid/` and `invalid/`, or only those listed in `list`
    /// (toml-test's `files-toml-1.0.0`, which leaves out the TOML 1.1 cases).
    func files(list: String? = nil) throws -> [String] {
        if let list {
            return try String(contentsOfFile: root + "/" + list, encoding: .utf8)
                .split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
        }
        var found: [String] = []
        for top in ["valid", "invalid"] {
            guard let walker = FileManager.default.enumerator(atPath: root + "/" + top) else { continue }
            while let next = walker.nextObject() as? String {
                if next.hasSuffix(".toml") { found.append(top + "/" + next) }
            }
        }
        return found.sorted()
    }

    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for (i, byte) in bytes.enumerated() {
            // A CR LF already there stays one line end.
            if byte == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) { out.append(0x0D) }
            out.append(byte)
        }
        return out
    }

    func run(_ list: [String]) throws -> Outcome {
        var outcome = Outcome()
        for file in list {
            guard let data = FileManager.default.contents(atPath: root + "/" + file) else {
                outcome.faults.append("\(file): unreadable")
                continue
            }
            let bytes = lineEnds == .crlf ? Self.crlf(Array(data)) : Array(data)
            outcome.files += 1
            let result = Result { () throws(TOMLError) in try TOML.parse(bytes: bytes, allowingNULEscapes: allowingNULEscapes) }
            if file.hasPrefix("valid/") {
                outcome.valid += 1
                switch result {
                case .success(let table):
                    guard let answer = FileManager.default.contents(atPath: root + "/" + file.dropLast(5) + ".json") else {
                        outcome.faults.append("\(file): no .json answer")
                        continue
                    }
                    let json = try JSONSerialization.jsonObject(with: answer)
                    if let difference = TomlTestJSON.difference(.table(table), json) {
                        outcome.faults.append("\(file) [\(lineEnds.rawValue)]: parsed differently at \(difference)")
                    } else {
                        outcome.parsed += 1
                    }
                case .failure(let error):
                    outcome.faults.append("\(file) [\(lineEnds.rawValue)]: refused, \(error)")
                }
            } else {
                outcome.invalid += 1
                let category = file.split(separator: "/").dropFirst().first.map(String.init) ?? ""
                outcome.categories[category, default: 0] += 1
                switch result {
                case .success:
                    outcome.faults.append("\(file) [\(lineEnds.rawValue)]: accepted")
                case .failure(let error):
                    outcome.refusals[file] = error
                    if let why = Self.misplaced(error, in: bytes) {
                        outcome.faults.append("\(file) [\(lineEnds.rawValue)]: \(why) (\(error))")
                    } else {
                        outcome.refused += 1
                    }
                }
            }
        }
        return outcome
    }

    /// Why the line or column of a refusal cannot be right: outside the text.
    static func misplaced(_ error: TOMLError, in bytes: [UInt8]) -> String? {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard error.line >= 1 && error.line <= lines.count else { return "line \(error.line) of \(lines.count)" }
        guard let column = error.column else { return nil }
        // Characters of the line, its line end included (a fault may be found there).
        let characters = lines[lines.startIndex + error.line - 1].filter { $0 & 0xC0 != 0x80 }.count
        guard column >= 1 && column <= characters + 1 else { return "column \(column) of \(characters + 1)" }
        return nil
    }
}
