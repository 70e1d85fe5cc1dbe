import Foundation

/// A faster path than Foundation's `JSONDecoder` for what `Codec.json` writes (issue 16:
/// decoding was half of `verify`'s CPU). It reads a strict subset of JSON over the UTF-8
/// bytes into a small tree and decodes any `Decodable` from it through a hand-written
/// `Decoder`, with `Codec`'s rule for dates (whole milliseconds since 1970).
///
/// It never decides alone: whatever it does not take for certain — a number with a
/// fraction or exponent or more than 18 digits, `-0`, an escape giving a lone surrogate, a
/// raw control character, a repeated key, nesting deeper than `maxDepth`, trailing bytes,
/// a type asked of a value of another type, a missing key, `Data`/`URL`/`Decimal`, a
/// super-decoder — makes it give up (nil), and the caller decodes with `JSONDecoder`,
/// which then accepts or refuses as it always did. So on every input the result is the
/// one `JSONDecoder` gives (`FastJSONTests` checks it on every event and proposal of a
/// seeded demo and on hostile texts).
enum FastJSON {
    static let maxDepth = 200

    /// The value `JSONDecoder` (with `Codec`'s date rule) would decode, or nil when the fast
    /// path gives up.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = Parser(bytes)
            guard let value = try? parser.document() else { return nil }
            return decode(type, value)
        }
    }

    /// Decodes from a parsed tree; nil when any step was not certain (a thrown error, even
    /// one caught inside an `init(from:)`, counts: the whole decode is then left to
    /// `JSONDecoder`).
    static func decode<T: Decodable>(_ type: T.Type, _ value: Value) -> T? {
        let state = State()
        let decoder = ValueDecoder(value: value, path: nil, state: state)
        guard let result = try? decoder.decodeValue(T.self), !state.gaveUp else { return nil }
        return result
    }

    /// A parsed JSON value. Objects keep their keys in order (none repeated).
    enum Value {
        case null
        case bool(Bool)
        case int(Int64)
        case string(String)
        case array([Value])
        case object(Object)
    }

    struct Object {
        var keys: [String]
        var values: [Value]

        func value(for key: String) -> Value? {
            // Objects are small (a proposal has about 20 keys): a scan beats hashing.
            for i in keys.indices where keys[i] == key { return values[i] }
            return nil
        }
    }

    /// Why the fast path gave up.
    struct GiveUp: Error {}

    final class State {
        var gaveUp = false
    }

    // MARK: - Parsing

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func document() throws -> Value {
            let value = try parse(depth: 0)
            skipSpace()
            guard i == bytes.count else { throw GiveUp() }
            return value
        }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        mutating func literal(_ word: StaticString) throws {
            let count = word.utf8CodeUnitCount
            guard bytes.count - i >= count else { throw GiveUp() }
            let start = word.utf8Start
            for k in 0..<count where bytes[i + k] != start[k] { throw GiveUp() }
            i += count
        }

        mutating func parse(depth: Int) throws -> Value {
            guard depth < FastJSON.maxDepth else { throw GiveUp() }
            skipSpace()
            guard i < bytes.count else { throw GiveUp() }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var object = Object(keys: [], values: [])
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw GiveUp() }
                    let key = try string()
                    // A repeated key: which one JSONDecoder keeps is its business. So is an
                    // object of more than 64 keys (none of ours has as many): the scans for
                    // repeats and lookups stay short, never quadratic in hostile input.
                    if object.keys.count >= 64 || object.keys.contains(key) { throw GiveUp() }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw GiveUp() }
                    i += 1
                    let value = try parse(depth: depth + 1)
                    object.keys.append(key)
                    object.values.append(value)
                    skipSpace()
                    guard i < bytes.count else { throw GiveUp() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
                    throw GiveUp()
                }
            case UInt8(ascii: "["):
                i += 1
                var array: [Value] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
                while true {
                    array.append(try parse(depth: depth + 1))
                    skipSpace()
                    guard i < bytes.count else { throw GiveUp() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
                    throw GiveUp()
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            default:
                return .int(try integer())
            }
        }

        /// An integer of at most 18 digits, no fraction, no exponent, not `-0`.
        mutating func integer() throws -> Int64 {
            var negative = false
            if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            let start = i
            var value: Int64 = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                // 18 digits fit in an Int64; a 19th is JSONDecoder's to judge.
                guard i - start < 18 else { throw GiveUp() }
                value = value * 10 + Int64(bytes[i] - 0x30)
                i += 1
            }
            let digits = i - start
            guard digits > 0, !(digits > 1 && bytes[start] == 0x30), !(negative && value == 0) else { throw GiveUp() }
            if i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw GiveUp()
                default: break
                }
            }
            return negative ? -value : value
        }

        /// A string at `bytes[i] == "`; the bytes are valid UTF-8 (they come from a
        /// `String`), so a run without escapes is taken as it is.
        mutating func string() throws -> String {
            i += 1
            let start = i
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                guard byte >= 0x20 else { throw GiveUp() }
                i += 1
            }
            guard i < bytes.count else { throw GiveUp() }
            // With escapes.
            var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                guard byte >= 0x20 else { throw GiveUp() }
                if byte != UInt8(ascii: "\\") {
                    out.append(byte)
                    i += 1
                    continue
                }
                i += 1
                guard i < bytes.count else { throw GiveUp() }
                let escape = bytes[i]
                i += 1
                switch escape {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A pair, or give up (a lone half is JSONDecoder's to judge).
                        guard bytes.count - i >= 6, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw GiveUp() }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw GiveUp()
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw GiveUp() }
                    UTF8.encode(unicode) { out.append($0) }
                default:
                    throw GiveUp()
                }
            }
            throw GiveUp()
        }

        mutating func hex4() throws -> UInt32 {
            guard bytes.count - i >= 4 else { throw GiveUp() }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[i]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: throw GiveUp()
                }
                value = value << 4 | digit
                i += 1
            }
            return value
        }
    }

    // MARK: - Decoding

    /// The coding path as a chain from the leaf (built only when asked for).
    final class Path {
        let parent: Path?
        let key: any CodingKey

        init(parent: Path?, key: any CodingKey) {
            self.parent = parent
            self.key = key
        }

        static func array(_ path: Path?) -> [any CodingKey] {
            var keys: [any CodingKey] = []
            var node = path
            while let current = node {
                keys.append(current.key)
                node = current.parent
            }
            return keys.reversed()
        }
    }

    struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    struct ValueDecoder: Decoder, SingleValueDecodingContainer {
        let value: Value
        let path: Path?
        let state: State

        var codingPath: [any CodingKey] { Path.array(path) }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func giveUp() -> GiveUp {
            state.gaveUp = true
            return GiveUp()
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .object(let object) = value else { throw giveUp() }
            return KeyedDecodingContainer(Keyed<Key>(object: object, path: path, state: state))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard case .array(let array) = value else { throw giveUp() }
            return Unkeyed(array: array, path: path, state: state)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

        func decodeNil() -> Bool {
            if case .null = value { return true }
            return false
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let b) = value else { throw giveUp() }
            return b
        }

        func decode(_ type: String.Type) throws -> String {
            guard case .string(let s) = value else { throw giveUp() }
            return s
        }

        func integer() throws -> Int64 {
            guard case .int(let n) = value else { throw giveUp() }
            return n
        }

        func exactly<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
            guard let n = I(exactly: try integer()) else { throw giveUp() }
            return n
        }

        func decode(_ type: Double.Type) throws -> Double {
            let n = try integer()
            // Beyond 2^53 a Double is rounded: left to JSONDecoder's own reading of the digits.
            guard n.magnitude <= 1 << 53 else { throw giveUp() }
            return Double(n)
        }

        func decode(_ type: Float.Type) throws -> Float {
            let n = try integer()
            guard n.magnitude <= 1 << 24 else { throw giveUp() }
            return Float(n)
        }

        func decode(_ type: Int.Type) throws -> Int { try exactly(Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try exactly(Int8.self) }
        func decode(_ type: Int16.Type) throws -> Int16 { try exactly(Int16.self) }
        func decode(_ type: Int32.Type) throws -> Int32 { try exactly(Int32.self) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
        func decode(_ type: UInt.Type) throws -> UInt { try exactly(UInt.self) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try exactly(UInt8.self) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try exactly(UInt16.self) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try exactly(UInt32.self) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try exactly(UInt64.self) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

        /// `T` from this value, with the types `JSONDecoder` treats itself: dates as
        /// `Codec` writes them; `Data`, `URL`, `Decimal` left to it.
        func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
            if T.self == Date.self {
                let ms = try integer()
                guard let date = Date(timeIntervalSince1970: Double(ms) / 1000) as? T else { throw giveUp() }
                return date
            }
            if T.self == String.self, let text = try decode(String.self) as? T { return text }
            if T.self == Data.self || T.self == URL.self || T.self == Decimal.self { throw giveUp() }
            do {
                return try T(from: self)
            } catch {
                // Thrown by the type's own init(from:) (a malformed day, an unknown case):
                // JSONDecoder would throw too; the caller hears it from JSONDecoder.
                throw giveUp()
            }
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let object: Object
        let path: Path?
        let state: State

        var codingPath: [any CodingKey] { Path.array(path) }

        var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

        func giveUp() -> GiveUp {
            state.gaveUp = true
            return GiveUp()
        }

        func contains(_ key: Key) -> Bool { object.value(for: key.stringValue) != nil }

        func child(_ key: Key) throws -> ValueDecoder {
            guard let value = object.value(for: key.stringValue) else { throw giveUp() }
            return ValueDecoder(value: value, path: Path(parent: path, key: key), state: state)
        }

        func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decode(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).decode(type) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decode(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).decode(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).decode(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).decode(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decode(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).decode(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).decode(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).decode(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).decode(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decodeValue(type) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try child(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try child(key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { throw giveUp() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw giveUp() }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let array: [Value]
        let path: Path?
        let state: State
        var currentIndex = 0

        init(array: [Value], path: Path?, state: State) {
            self.array = array
            self.path = path
            self.state = state
        }

        var codingPath: [any CodingKey] { Path.array(path) }
        var count: Int? { array.count }
        var isAtEnd: Bool { currentIndex >= array.count }

        func giveUp() -> GiveUp {
            state.gaveUp = true
            return GiveUp()
        }

        mutating func next() throws -> ValueDecoder {
            guard currentIndex < array.count else { throw giveUp() }
            let decoder = ValueDecoder(value: array[currentIndex], path: Path(parent: path, key: IndexKey(currentIndex)), state: state)
            currentIndex += 1
            return decoder
        }

        mutating func decodeNil() throws -> Bool {
            guard currentIndex < array.count else { throw giveUp() }
            if case .null = array[currentIndex] {
                currentIndex += 1
                return true
            }
            return false
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
        mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

        mutating func superDecoder() throws -> any Decoder { throw giveUp() }
    }
}
