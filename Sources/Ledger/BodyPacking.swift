import Foundation
import GRDB

/// v8-body-packing (issue 16, the file a third the size): a proposal's stored state, the JSON
/// `Codec.json` writes of it, is kept packed in `proposal.body_data` as `body_packing` says:
///
/// - ``Packing/plain`` (0): the JSON's bytes;
/// - ``Packing/deflateV1`` (1): raw deflate with the body dictionary v1: the frozen skeleton
///   of a proposal (``PackingDictionaryV1/proposal``), then the payload of the proposal's
///   `created` event (`body_dict` names that row of `event_log`); the last 32 KB.
///
/// The dossier is most of a proposal and its created event already holds it, so the body
/// costs little more than what changed since. `body_size` is the JSON's length; unpacking is
/// bounded by it and by ``Packing/largest`` as for events.
extension Packing {
    /// The body dictionary v1: the proposal skeleton, then the created payload; the last 32 KB.
    static func bodyDictionaryV1(created: [UInt8]?) -> [UInt8] {
        var dictionary = Array(PackingDictionaryV1.proposal.utf8)
        if let created { dictionary.append(contentsOf: created) }
        return dictionary.count > window ? Array(dictionary.suffix(window)) : dictionary
    }

    /// A body's stored form: (packing, data, size). Plain when deflate would not be smaller.
    static func packBody(_ json: [UInt8], created: [UInt8]?, deflater: Deflater) -> (packing: Int64, data: [UInt8], size: Int) {
        if let packed = deflater.deflate(json, dictionary: bodyDictionaryV1(created: created)), packed.count < json.count {
            return (deflateV1, packed, json.count)
        }
        return (plain, json, json.count)
    }

    /// A body's JSON bytes, or nil when the stored form cannot be read: an unknown packing,
    /// a size that is not the unpacked length (or past ``largest``), bytes that are not
    /// deflate with this dictionary.
    static func unpackBody(packing: Int64, data: [UInt8], size: Int64, created: [UInt8]?, inflater: Inflater) -> [UInt8]? {
        guard size >= 0, size <= Int64(largest) else { return nil }
        switch packing {
        case plain:
            return data.count == Int(size) ? data : nil
        case deflateV1:
            return inflater.inflate(data, size: Int(size), dictionary: bodyDictionaryV1(created: created))
        default:
            return nil
        }
    }

    /// The payload of a `created` event row of `event_log` (the body's dictionary), or nil
    /// when the row does not unpack.
    static func createdPayload(packing: Int64, data: [UInt8], size: Int64, inflater: Inflater) -> [UInt8]? {
        guard size >= 0, size <= Int64(largest),
              let content = unpackEvent(packing: packing, data: data, size: Int(size), kind: "created", created: nil,
                                        inflater: inflater),
              let split = splitEventContent(content) else { return nil }
        return Array(split.payload)
    }
}

/// A pool of deflaters or inflaters for work on every core (the demo's preparation,
/// `verify`'s readers): one per thread at a time, kept between values (setting one up
/// costs more than packing a small value).
final class CoderPool<Coder: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private let make: () -> Coder
    private var free: [Coder] = []

    init(_ make: @escaping () -> Coder) {
        self.make = make
    }

    func with<T>(_ body: (Coder) throws -> T) rethrows -> T {
        lock.lock()
        let coder = free.popLast() ?? make()
        lock.unlock()
        defer {
            lock.lock()
            if free.count < 8 { free.append(coder) }
            lock.unlock()
        }
        return try body(coder)
    }
}

typealias DeflaterPool = CoderPool<Packing.Deflater>

extension Packing {
    /// The inflaters of `verify`'s workers.
    static let inflaters = CoderPool { Packing.Inflater() }
}

extension Ledger {
    /// The one place dexuat reads a stored body from its columns (`verify`, and the
    /// `dexuat_body` SQL function every other reader goes through, by the `proposal_body`
    /// view): the JSON's bytes, or nil when the row does not unpack. `dictSeq` is the row's
    /// `body_dict` (nil: packed against the skeleton alone); `dictionary`, the `event_log`
    /// row it names when that is its proposal's `created` event (`Schema.bodyJoin`), else nil.
    static func unpackBody(packing: Int64, size: Int64, data: [UInt8], dictSeq: Int64?,
                           dictionary: (packing: Int64, size: Int64, data: [UInt8])?, inflater: Packing.Inflater) -> [UInt8]? {
        var created: [UInt8]? = nil
        if packing == Packing.deflateV1, dictSeq != nil {
            guard let dictionary, let payload = Packing.createdPayload(packing: dictionary.packing, data: dictionary.data,
                                                                        size: dictionary.size, inflater: inflater) else {
                return nil
            }
            created = payload
        }
        return Packing.unpackBody(packing: packing, data: data, size: size, created: created, inflater: inflater)
    }
}

extension Schema {
    /// The `event_log` row a proposal's body is packed against, joined as `dictionary` to
    /// the proposal row `proposal`: only the proposal's own created event counts.
    static func bodyJoin(_ proposal: String, _ dictionary: String) -> String {
        """
        LEFT JOIN event_log \(dictionary) ON \(dictionary).seq = \(proposal).body_dict \
        AND \(dictionary).proposal_id = \(proposal).id AND \(dictionary).kind = 'created'
        """
    }

    /// A stored body as JSON text (`''` when it does not unpack), over `proposal` joined to
    /// `dictionary` by `bodyJoin`. A value over the ceiling is not even read: SQLite gives
    /// `length` of a blob without loading it.
    static func bodySQL(_ proposal: String, _ dictionary: String) -> String {
        """
        \(BodyFunction.name)(\(proposal).body_packing, \(proposal).body_size, \
        CASE WHEN length(\(proposal).body_data) <= \(Packing.largest) THEN \(proposal).body_data END, \(proposal).body_dict, \
        \(dictionary).packing, \(dictionary).data_size, \
        CASE WHEN length(\(dictionary).data) <= \(Packing.largest) THEN \(dictionary).data END)
        """
    }

    /// The body of the proposal row `row` (`NEW` in a trigger, `p` in a query), read
    /// through the `proposal_body` view.
    static func bodyOf(_ row: String) -> String {
        "(SELECT b.body FROM proposal_body b WHERE b.seq = \(row).seq)"
    }
}

/// `dexuat_body(packing, size, data, dict_seq, dict_packing, dict_size, dict_data)`: a proposal's
/// body as JSON text, through which the `proposal_body` view (and so every reader but
/// `verify`, which calls `Ledger.unpackBody` itself) reads it. `''` when the row does not
/// unpack: the reader then fails to decode it, as it did a damaged JSON body, and
/// `verify` names the proposal.
final class BodyFunction: @unchecked Sendable {
    static let name = "dexuat_body"
    private let lock = NSLock()
    private let inflater = Packing.Inflater()
    /// The last created payloads unpacked, by their stored form (a trigger and the reads
    /// after a write ask for the same proposal's again).
    private var createdCache: [(packing: Int64, size: Int64, data: [UInt8], payload: [UInt8]?)] = []
    /// The last body unpacked, by everything it depends on (the statistics triggers read a
    /// body twice in a row).
    private var last: (key: [Int64?], data: [UInt8], dict: [UInt8]?, json: String)?

    static func register(on db: Database) {
        let state = BodyFunction()
        db.add(function: DatabaseFunction(name, argumentCount: 7, pure: true) { values in
            state.call(values)
        })
        let pack = PackBodyFunction()
        db.add(function: DatabaseFunction(PackBodyFunction.name, argumentCount: 3, pure: true) { values in
            pack.call(values)
        })
    }

    private static func bytes(_ value: DatabaseValue) -> [UInt8]? {
        switch value.storage {
        case .blob(let data): Array(data)
        case .string(let text): Array(text.utf8)
        default: nil
        }
    }

    private static func integer(_ value: DatabaseValue) -> Int64? {
        if case .int64(let number) = value.storage { return number }
        return nil
    }

    func call(_ values: [DatabaseValue]) -> String {
        lock.lock()
        defer { lock.unlock() }
        guard values.count == 7, let packing = Self.integer(values[0]), let size = Self.integer(values[1]),
              let data = Self.bytes(values[2]) else { return "" }
        let dictSeq = Self.integer(values[3])
        let dictData = Self.bytes(values[6])
        let key: [Int64?] = [packing, size, dictSeq, Self.integer(values[4]), Self.integer(values[5])]
        if let last, last.key == key, last.data == data, last.dict == dictData { return last.json }
        var created: [UInt8]? = nil
        if packing == Packing.deflateV1, dictSeq != nil {
            guard let dictData, let dictPacking = Self.integer(values[4]), let dictSize = Self.integer(values[5]),
                  let payload = createdPayload(packing: dictPacking, size: dictSize, data: dictData) else { return "" }
            created = payload
        }
        let json = Packing.unpackBody(packing: packing, data: data, size: size, created: created, inflater: inflater)
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        last = (key, data, dictData, json)
        return json
    }

    private func createdPayload(packing: Int64, size: Int64, data: [UInt8]) -> [UInt8]? {
        if let hit = createdCache.first(where: { $0.packing == packing && $0.size == size && $0.data == data }) { return hit.payload }
        let payload = Packing.createdPayload(packing: packing, data: data, size: size, inflater: inflater)
        createdCache.append((packing, size, data, payload))
        if createdCache.count > 16 { createdCache.removeFirst() }
        return payload
    }
}

/// `dexuat_pack_body(field, json, created_payload)`: the packed form of a body, for the
/// `proposal_body` view's INSTEAD OF UPDATE trigger: field 0 the packing, 1 the data, 2
/// the size. Nothing in dexuat writes through it (the writers pack in Swift); it is what
/// someone with dexuat's functions would use to write a body by SQL, and the tamper tests do.
final class PackBodyFunction: @unchecked Sendable {
    static let name = "dexuat_pack_body"
    private let lock = NSLock()
    private let deflater = Packing.Deflater()
    private var last: (json: [UInt8], created: [UInt8]?, packed: (packing: Int64, data: [UInt8], size: Int))?

    func call(_ values: [DatabaseValue]) -> DatabaseValueConvertible? {
        lock.lock()
        defer { lock.unlock() }
        guard values.count == 3, case .int64(let field) = values[0].storage else { return nil }
        func bytes(_ value: DatabaseValue) -> [UInt8]? {
            switch value.storage {
            case .string(let text): Array(text.utf8)
            case .blob(let data): Array(data)
            default: nil
            }
        }
        let json = bytes(values[1]) ?? []
        let created = bytes(values[2])
        let packed: (packing: Int64, data: [UInt8], size: Int)
        if let last, last.json == json, last.created == created {
            packed = last.packed
        } else {
            packed = Packing.packBody(json, created: created, deflater: deflater)
            last = (json, created, packed)
        }
        switch field {
        case 0: return packed.packing
        case 1: return Data(packed.data)
        case 2: return Int64(packed.size)
        default: return nil
        }
    }
}
