import Foundation
@testable import SafeTOML

/// Compares a parsed document with the JSON answer of the toml-test corpus
/// (github.com/toml-lang/toml-test: `{"type": "integer", "value": "42"}` for each scalar).
enum TomlTestJSON {
    /// nil when they agree, else the dotted path of the first difference.
    static func difference(_ value: TOMLValue, _ json: Any, path: String = "") -> String? {
        switch value {
        case .table(let table):
            guard let object = json as? [String: Any], Set(object.keys) == Set(table.keys) else { return path + " (keys)" }
            for key in table.keys {
                guard let item = table[key], let expected = object[key] else { return path + "." + key }
                if let found = difference(item, expected, path: path + "." + key) { return found }
            }
            return nil
        case .array(let items):
            guard let list = json as? [Any], list.count == items.count else { return path + " (array)" }
            for (index, pair) in zip(items, list).enumerated() {
                if let found = difference(pair.0, pair.1, path: path + "[\(index)]") { return found }
            }
            return nil
        default:
            guard let scalar = json as? [String: Any], let type = scalar["type"] as? String,
                  let text = scalar["value"] as? String else { return path + " (scalar)" }
            return agrees(value, type: type, text: text) ? nil : path + " = \(value) ≠ \(type) \(text)"
        }
    }

    static func agrees(_ value: TOMLValue, type: String, text: String) -> Bool {
        switch (value, type) {
        case (.string(let s), "string"): return s == text
        case (.integer(let i), "integer"): return Int64(text) == i
        case (.bool(let b), "bool"): return String(b) == text
        case (.float(let d), "float"):
            if d.isNaN { return text.hasSuffix("nan") }
            if d.isInfinite { return text == (d > 0 ? "inf" : "-inf") || (d > 0 && text == "+inf") }
            return Double(text) == d
        default:
            var reader = DateTimeReader(Array(text.utf8))
            guard let expected = reader.read() else { return false }
            switch (value, expected, type) {
            case (.dateTime(let a), .dateTime(let e), "datetime"): return a == e && a.offsetMinutes != nil
            case (.dateTime(let a), .dateTime(let e), "datetime-local"): return a == e && a.offsetMinutes == nil
            case (.date(let a), .date(let e), "date-local"): return a == e
            case (.time(let a), .time(let e), "time-local"): return a == e
            default: return false
            }
        }
    }
}
