import CDexuatZlib
import Foundation
import GRDB

/// Packing of stored text (docs/CHAIN.md, "Packing"): raw deflate (zlib, window 2^15,
/// level 6) with a preset dictionary. A packed value is self-describing through a small
/// integer stored beside it:
///
/// - ``plain`` (0): the bytes as they are;
/// - ``deflateV1`` (1): raw deflate with dictionary v1 (``PackingDictionaryV1``).
///
/// Unpacking is bounded: the uncompressed size is stored beside the value and must come out
/// exactly; a value that inflates past it, stops short of it, carries trailing bytes or
/// is not deflate at all is refused (nil), never a crash.
public enum Packing {
    public static let plain: Int64 = 0
    public static let deflateV1: Int64 = 1

    /// Deflate's window: a dictionary longer than this is cut to its last 32 KB.
    static let window = 32 * 1024
    /// No stored value unpacks to more than this (a hostile size is refused before
    /// allocating). The largest event dexuat writes is a dossier of ten fields of 50,000
    /// characters (TextInput.multiLineLimit), under 2 MB of JSON even escaped.
    static let largest = 16 * 1024 * 1024

    /// Raw deflate with a preset dictionary. One deflater is reused (``deflateReset``)
    /// across values; not shared between threads.
    final class Deflater {
        private let stream: UnsafeMutablePointer<z_stream>
        private let ready: Bool

        init(level: Int32 = 6) {
            stream = .allocate(capacity: 1)
            stream.initialize(to: z_stream())
            ready = deflateInit2_(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                                  Int32(MemoryLayout<z_stream>.size)) == Z_OK
        }

        deinit {
            if ready { deflateEnd(stream) }
            stream.deinitialize(count: 1)
            stream.deallocate()
        }

        /// The deflated bytes, or nil if zlib refused (never for valid input).
        func deflate(_ input: [UInt8], dictionary: [UInt8]) -> [UInt8]? {
            guard ready, deflateReset(stream) == Z_OK else { return nil }
            let dictionary = dictionary.count > Packing.window ? Array(dictionary.suffix(Packing.window)) : dictionary
            if !dictionary.isEmpty {
                let set = dictionary.withUnsafeBufferPointer { buffer in
                    deflateSetDictionary(stream, buffer.baseAddress, uInt(buffer.count))
                }
                guard set == Z_OK else { return nil }
            }
            let bound = Int(deflateBound(stream, uLong(input.count))) + 16
            var output = [UInt8](repeating: 0, count: bound)
            let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                    stream.pointee.avail_in = uInt(inBuffer.count)
                    stream.pointee.next_out = outBuffer.baseAddress
                    stream.pointee.avail_out = uInt(outBuffer.count)
                    let status = CDexuatZlib.deflate(stream, Z_FINISH)
                    stream.pointee.next_in = nil
                    stream.pointee.next_out = nil
                    return status
                }
            }
            guard status == Z_STREAM_END else { return nil }
            output.removeLast(Int(stream.pointee.avail_out))
            return output
        }
    }

    /// Raw inflate with a preset dictionary, bounded by the stored size. Reused across
    /// values; not shared between threads.
    final class Inflater {
        private let stream: UnsafeMutablePointer<z_stream>
        private let ready: Bool

        init() {
            stream = .allocate(capacity: 1)
            stream.initialize(to: z_stream())
            ready = inflateInit2_(stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        }

        deinit {
            if ready { inflateEnd(stream) }
            stream.deinitialize(count: 1)
            stream.deallocate()
        }

        /// Exactly `size` bytes, or nil: not deflate, a wrong dictionary, more or fewer
        /// bytes than `size`, or bytes left over after the end of the stream.
        func inflate(_ input: [UInt8], size: Int, dictionary: [UInt8]) -> [UInt8]? {
            // Deflate cannot expand more than 1032 to 1: a larger claim is false before we allocate.
            guard ready, size >= 0, size <= Packing.largest, size <= input.count * 1032 + 64 else { return nil }
            guard inflateReset(stream) == Z_OK else { return nil }
            let dictionary = dictionary.count > Packing.window ? Array(dictionary.suffix(Packing.window)) : dictionary
            if !dictionary.isEmpty {
                let set = dictionary.withUnsafeBufferPointer { buffer in
                    inflateSetDictionary(stream, buffer.baseAddress, uInt(buffer.count))
                }
                guard set == Z_OK else { return nil }
            }
            // One byte more than promised: a value that fills it inflates past its size.
            var output = [UInt8](repeating: 0, count: size + 1)
            let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                    stream.pointee.avail_in = uInt(inBuffer.count)
                    stream.pointee.next_out = outBuffer.baseAddress
                    stream.pointee.avail_out = uInt(outBuffer.count)
                    let status = CDexuatZlib.inflate(stream, Z_NO_FLUSH)
                    stream.pointee.next_in = nil
                    stream.pointee.next_out = nil
                    return status
                }
            }
            guard status == Z_STREAM_END, stream.pointee.avail_in == 0, stream.pointee.avail_out == 1 else { return nil }
            output.removeLast()
            return output
        }
    }

    // MARK: Events

    /// An event's reason and payload as one value: `<reason's byte length>:` then the
    /// reason's bytes, then the payload's. The length comes first, so no byte inside either
    /// (a NUL, a colon) can move the boundary.
    static func eventContent(reason: [UInt8], payload: [UInt8]) -> [UInt8] {
        var bytes = Array(String(reason.count).utf8)
        bytes.reserveCapacity(bytes.count + 1 + reason.count + payload.count)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: reason)
        bytes.append(contentsOf: payload)
        return bytes
    }

    /// The reason and the payload back, or nil when the length prefix is not one.
    static func splitEventContent(_ bytes: [UInt8]) -> (reason: ArraySlice<UInt8>, payload: ArraySlice<UInt8>)? {
        guard let colon = bytes.prefix(12).firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        var length = 0
        for byte in bytes[..<colon] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            length = length * 10 + Int(byte - UInt8(ascii: "0"))
        }
        // No leading zeros: one content, one spelling.
        guard colon == 1 || bytes[0] != UInt8(ascii: "0") else { return nil }
        let start = colon + 1
        guard length <= bytes.count - start else { return nil }
        return (bytes[start ..< start + length], bytes[(start + length)...])
    }

    /// Dictionary v1 for an event: the frozen skeleton of its kind, then (for an event of a
    /// proposal other than its `created`) that proposal's `created` payload; the last 32 KB.
    static func eventDictionaryV1(kind: String, created: [UInt8]?) -> [UInt8] {
        var dictionary = Array((PackingDictionaryV1.skeletons[kind] ?? "").utf8)
        if let created { dictionary.append(contentsOf: created) }
        return dictionary.count > window ? Array(dictionary.suffix(window)) : dictionary
    }

    /// An event's stored form: (packing, data, uncompressed size). Plain when deflate would
    /// not be smaller.
    static func packEvent(reason: [UInt8], payload: [UInt8], kind: String, created: [UInt8]?,
                          deflater: Deflater) -> (packing: Int64, data: [UInt8], size: Int) {
        let content = eventContent(reason: reason, payload: payload)
        if let packed = deflater.deflate(content, dictionary: eventDictionaryV1(kind: kind, created: created)),
           packed.count < content.count {
            return (deflateV1, packed, content.count)
        }
        return (plain, content, content.count)
    }

    /// An event's content unpacked (the `eventContent` layout), or nil when it cannot be read.
    static func unpackEvent(packing: Int64, data: [UInt8], size: Int, kind: String, created: [UInt8]?,
                            inflater: Inflater) -> [UInt8]? {
        switch packing {
        case plain:
            return data.count == size ? data : nil
        case deflateV1:
            return inflater.inflate(data, size: size, dictionary: eventDictionaryV1(kind: kind, created: created))
        default:
            return nil
        }
    }
}

/// `dexuat_unpack(packing, data, data_size, kind, dict_packing, dict_data, dict_size, part)`:
/// the SQL function the `event` view reads reason (part 0) and payload (part 1) through.
/// The `dict_*` arguments are the proposal's `created` row (NULL for a row packed without
/// one). A value that does not unpack reads as empty text here; `verify` reads `event_log`
/// itself and reports it.
final class UnpackFunction: @unchecked Sendable {
    private let lock = NSLock()
    private let inflater = Packing.Inflater()
    /// The last `created` payloads used as dictionaries, by their stored bytes.
    /// The created payloads last used as dictionaries, by everything that was unpacked.
    private var createdCache: [(packing: Int64, size: Int64, data: [UInt8], payload: [UInt8]?)] = []
    /// The last row unpacked (the view asks for its reason, then its payload).
    /// The last row unpacked, by everything its content depends on (two rows with the same
    /// bytes but another packing, size, kind or dictionary are not the same content).
    private var lastRow: (key: [Int64], kind: String, data: [UInt8], dict: [UInt8]?, content: [UInt8]?)?

    static let name = "dexuat_unpack"

    static func register(on db: Database) {
        let state = UnpackFunction()
        db.add(function: DatabaseFunction(name, argumentCount: 8, pure: true) { values in
            state.call(values)
        })
        let pack = PackFunction()
        db.add(function: DatabaseFunction(PackFunction.name, argumentCount: 5, pure: true) { values in
            pack.call(values)
        })
        // v8-body-packing: the `proposal_body` view reads through it (BodyPacking.swift).
        BodyFunction.register(on: db)
    }

    private func bytes(_ value: DatabaseValue) -> [UInt8]? {
        switch value.storage {
        case .blob(let data): Array(data)
        case .string(let text): Array(text.utf8)
        default: nil
        }
    }

    private func integer(_ value: DatabaseValue) -> Int64? {
        if case .int64(let number) = value.storage { return number }
        return nil
    }

    func call(_ values: [DatabaseValue]) -> String {
        lock.lock()
        defer { lock.unlock() }
        guard values.count == 8, let packing = integer(values[0]), let data = bytes(values[1]),
              let size = integer(values[2]), size >= 0, size <= Int64(Packing.largest),
              case .string(let kind) = values[3].storage, let part = integer(values[7]) else { return "" }
        let dictData = bytes(values[5])
        let content: [UInt8]?
        let key = [packing, size, integer(values[4]) ?? -1, integer(values[6]) ?? -1]
        if let lastRow, lastRow.key == key, lastRow.kind == kind, lastRow.data == data, lastRow.dict == dictData {
            content = lastRow.content
        } else {
            var created: [UInt8]? = nil
            if let dictData {
                guard let dictPacking = integer(values[4]), let dictSize = integer(values[6]) else { return "" }
                guard let payload = createdPayload(packing: dictPacking, data: dictData, size: dictSize) else { return "" }
                created = payload
            }
            content = Packing.unpackEvent(packing: packing, data: data, size: Int(size), kind: kind, created: created,
                                          inflater: inflater)
            lastRow = (key, kind, data, dictData, content)
        }
        guard let content, let split = Packing.splitEventContent(content) else { return "" }
        return String(decoding: part == 0 ? split.reason : split.payload, as: UTF8.self)
    }

    private func createdPayload(packing: Int64, data: [UInt8], size: Int64) -> [UInt8]? {
        if let hit = createdCache.first(where: { $0.packing == packing && $0.size == size && $0.data == data }) { return hit.payload }
        var payload: [UInt8]? = nil
        if size >= 0, size <= Int64(Packing.largest),
           let content = Packing.unpackEvent(packing: packing, data: data, size: Int(size), kind: "created", created: nil,
                                             inflater: inflater),
           let split = Packing.splitEventContent(content) {
            payload = Array(split.payload)
        }
        createdCache.append((packing, size, data, payload))
        if createdCache.count > 16 { createdCache.removeFirst() }
        return payload
    }
}

extension Ledger {
    /// What every connection to a dexuat file needs beyond SQLite itself: the `dexuat_unpack`
    /// function the `event` view reads through (v7-event-packing), and `dexuat_body`, the
    /// `proposal_body` view's (v8-body-packing). For tools and tests that
    /// open the file with their own GRDB connection (`Configuration.prepareDatabase`).
    public static func prepareConnection(_ db: Database) {
        UnpackFunction.register(on: db)
    }
}

/// `dexuat_pack(field, kind, reason, payload, created_payload)`: the packed form of an event
/// for the `event` view's INSTEAD OF UPDATE trigger: field 0 the packing, 1 the data, 2 the
/// unpacked size; field 3 the 32 bytes of the hex hash given as `reason`.
final class PackFunction: @unchecked Sendable {
    static let name = "dexuat_pack"
    private let lock = NSLock()
    private let deflater = Packing.Deflater()
    private var last: (key: [String?], packed: (packing: Int64, data: [UInt8], size: Int))?

    func call(_ values: [DatabaseValue]) -> DatabaseValueConvertible? {
        lock.lock()
        defer { lock.unlock() }
        guard values.count == 5, case .int64(let field) = values[0].storage else { return nil }
        func text(_ value: DatabaseValue) -> String? {
            switch value.storage {
            case .string(let text): text
            case .blob(let data): String(decoding: data, as: UTF8.self)
            case .int64(let number): String(number)
            case .double(let number): String(number)
            case .null: nil
            }
        }
        if field == 3 {
            return text(values[2]).flatMap(Schema.hashBytes).map { Data($0) }
        }
        let key = [text(values[1]), text(values[2]), text(values[3]), text(values[4])]
        let packed: (packing: Int64, data: [UInt8], size: Int)
        if let last, last.key == key {
            packed = last.packed
        } else {
            packed = Packing.packEvent(reason: Array((key[1] ?? "").utf8), payload: Array((key[2] ?? "").utf8), kind: key[0] ?? "",
                                       created: key[3].map { Array($0.utf8) }, deflater: deflater)
            last = (key, packed)
        }
        switch field {
        case 0: return packed.packing
        case 1: return Data(packed.data)
        case 2: return Int64(packed.size)
        default: return nil
        }
    }
}
