/// A TOML document read by ``TOML/parse(_:)``: plain values, no reference to the text.
public indirect enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case bool(Bool)
    /// An offset date-time (`offsetMinutes` set) or a local date-time (nil).
    case dateTime(TOMLDateTime)
    case date(TOMLDate)
    case time(TOMLTime)
    case array([TOMLValue])
    case table(TOMLTable)

    public var string: String? { if case .string(let s) = self { s } else { nil } }
    public var integer: Int64? { if case .integer(let i) = self { i } else { nil } }
    public var float: Double? { if case .float(let d) = self { d } else { nil } }
    public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    /// A local date (`2027-01-04`), not the date part of a date-time.
    public var date: TOMLDate? { if case .date(let d) = self { d } else { nil } }
    public var array: [TOMLValue]? { if case .array(let a) = self { a } else { nil } }
    public var table: TOMLTable? { if case .table(let t) = self { t } else { nil } }
}

/// A table: its keys in the order of the document, and the line each was set on.
public struct TOMLTable: Equatable, Sendable {
    /// The line of the table's header (`[a]`, `[[a]]`), of its first dotted key, or of its
    /// `{`; 1 for the document.
    public let line: Int
    public private(set) var keys: [String]
    private var values: [String: TOMLValue]
    private var lines: [String: Int]

    init(line: Int, keys: [String], values: [String: TOMLValue], lines: [String: Int]) {
        self.line = line
        self.keys = keys
        self.values = values
        self.lines = lines
    }

    public subscript(key: String) -> TOMLValue? { values[key] }
    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    /// The line `key` was set on (a sub-table: the line of its header), or nil.
    public func line(of key: String) -> Int? { lines[key] }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> TOMLValue? {
        keys.removeAll { $0 == key }
        lines[key] = nil
        return values.removeValue(forKey: key)
    }
}

public struct TOMLDate: Equatable, Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
}

public struct TOMLTime: Equatable, Hashable, Sendable {
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Fractions of a second beyond nanoseconds are dropped, as the spec allows.
    public var nanosecond: Int
}

public struct TOMLDateTime: Equatable, Hashable, Sendable {
    public var date: TOMLDate
    public var time: TOMLTime
    /// Minutes east of UTC (`Z` is 0); nil for a local date-time.
    public var offsetMinutes: Int?
}
