import Crypto
import Foundation
import GRDB
import Procedure

/// One attached file as stored (PROCEDURE.md §7.8): the `attachment` row of its
/// `attachment_added` event.
public struct AttachmentRecord: Sendable, Hashable, Codable {
    public var seq: Int64
    public var proposalID: String
    public var number: Int
    public var step: StepKind?
    public var name: String
    public var mediaType: String
    public var size: Int64
    public var sha256: String
    public var attachedBy: String
    /// The event's time, as the chain writes it (UTC, ISO 8601 with milliseconds).
    public var attachedAt: String

    public init(seq: Int64, proposalID: String, number: Int, step: StepKind?, name: String, mediaType: String, size: Int64,
                sha256: String, attachedBy: String, attachedAt: String) {
        self.seq = seq
        self.proposalID = proposalID
        self.number = number
        self.step = step
        self.name = name
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
        self.attachedBy = attachedBy
        self.attachedAt = attachedAt
    }

    public var date: Date? { Codec.parseUTC(attachedAt) }
    public var isTextLike: Bool { AttachmentRules.isTextLike(mediaType: mediaType, name: name) }
}

extension Ledger {
    /// Contents are stored in chunks of 1 MiB: what streams in and out holds one chunk.
    public static let attachmentChunkSize = 1_048_576

    /// §7.8: `actor` attaches the bytes read from `input` (to its end) to proposal `id`,
    /// for `step` or (nil) the dossier. The bytes are first spooled to a private temporary
    /// file while their SHA-256 is computed, so that no write lock is held while a slow
    /// client sends them; then the event, the row and (unless the same content is already
    /// stored) the chunks are one transaction. A file over the limit is refused before
    /// anything is written.
    @discardableResult
    public func attach(to id: String, step: StepKind?, name: String, mediaType: String?, from input: FileHandle,
                       by actor: Actor, at now: Date = Date()) throws -> AttachmentRecord {
        try attach(to: id, step: step, name: name, mediaType: mediaType, by: actor, at: now) { try input.read(upToCount: $0) }
    }

    /// The same, for bytes already in memory (the demo's small files).
    @discardableResult
    public func attach(to id: String, step: StepKind?, name: String, mediaType: String?, data: Data,
                       by actor: Actor, at now: Date = Date()) throws -> AttachmentRecord {
        var offset = 0
        return try attach(to: id, step: step, name: name, mediaType: mediaType, by: actor, at: now) { count in
            guard offset < data.count else { return nil }
            let end = min(data.count, offset + count)
            defer { offset = end }
            return data.subdata(in: (data.startIndex + offset)..<(data.startIndex + end))
        }
    }

    /// `read(n)` gives the next at most `n` bytes, nil or empty at the end.
    func attach(to id: String, step: StepKind?, name: String, mediaType: String?, by actor: Actor, at now: Date,
                read next: (Int) throws -> Data?) throws -> AttachmentRecord {
        let now = Codec.millisecond(now)
        let name = try AttachmentRules.checkName(name).mapError { LedgerError.refused($0) }.get()
        let type = AttachmentRules.mediaType(given: mediaType, name: name)
        // Refused before a byte is read when the officer may not attach at all.
        let limitMB = try read { db in
            try Self.checkMayAttach(id, actor: actor, db: db)
            return try Self.loadSettings(db).attachmentMaxMB
        }
        let spool = try Spool(limit: AttachmentRules.limitBytes(mb: limitMB), limitMB: limitMB, read: next)
        defer { spool.remove() }
        return try write { db in
            try Self.checkMayAttach(id, actor: actor, db: db)
            let limitMB = try Self.loadSettings(db).attachmentMaxMB
            guard spool.size <= AttachmentRules.limitBytes(mb: limitMB) else {
                throw LedgerError.refused(AttachmentRules.tooLarge(limitMB: limitMB))
            }
            let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attachment_blob WHERE sha256 = ?", arguments: [spool.sha256]) ?? 0
            if stored == 0 { try Self.withSmallCache(db) { try spool.copyChunks(into: db) } }
            let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM attachment WHERE proposal_id = ?", arguments: [id]) ?? 0) + 1
            let added = AttachmentAdded(proposalID: id, number: number, step: step, name: name, mediaType: type,
                                        size: spool.size, sha256: spool.sha256)
            var tip = try EventChain.tip(db)
            let row = try EventChain.append(db, proposalID: nil, kind: AttachmentAdded.kind, actor: actor, at: now, reason: "",
                                            payload: try Codec.json(added), tip: &tip)
            let record = AttachmentRecord(seq: row.seq, proposalID: id, number: number, step: step, name: name, mediaType: type,
                                          size: spool.size, sha256: spool.sha256, attachedBy: actor.login, attachedAt: row.atUTC)
            try db.execute(sql: """
                INSERT INTO attachment (seq, proposal_id, number, step, name, media_type, size, sha256, attached_by, attached_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.seq, id, number, step?.rawValue, name, type, record.size, record.sha256,
                                 record.attachedBy, record.attachedAt])
            return record
        }
    }

    /// Whether `actor` may attach to `id`: it must exist and be visible to them (a draft
    /// only to its proposer, as `show`), and they must be its proposer or hold a role on it.
    static func checkMayAttach(_ id: String, actor: Actor, db: Database) throws {
        guard let proposal = try loadProposal(id, visibleTo: actor.login, db: db) else { throw LedgerError.notFound(id) }
        if let refusal = AttachmentRules.mayAttach(proposal, login: actor.login, in: try loadOrganization(db)) {
            throw LedgerError.refused(refusal)
        }
    }

    /// The files attached to proposal `id`, by number; `viewer` must be able to see it.
    public func attachments(of id: String, viewer: String?) throws -> [AttachmentRecord] {
        try read { db in
            guard try Self.loadProposal(id, visibleTo: viewer, db: db) != nil else { throw LedgerError.notFound(id) }
            return try Self.storedAttachments(db, proposalID: id)
        }
    }

    /// The files attached to `proposal`, which the caller obtained through a check of its
    /// visibility (`proposal(_:visibleTo:)`), by number.
    public func attachments(ofVisible proposal: Proposal) throws -> [AttachmentRecord] {
        try read { db in try Self.storedAttachments(db, proposalID: proposal.id) }
    }

    /// Every attachment of every proposal that is not a draft (for the public register).
    public func attachmentsOfPublicProposals() throws -> [AttachmentRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.* FROM attachment a JOIN proposal p ON p.id = a.proposal_id
                WHERE p.state <> 'draft' ORDER BY a.proposal_id, a.number
                """).map(Self.attachmentRecord)
        }
    }

    static func storedAttachments(_ db: Database, proposalID: String) throws -> [AttachmentRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM attachment WHERE proposal_id = ? ORDER BY number"), arguments: [proposalID])
            .map(attachmentRecord)
    }

    static func attachmentRecord(_ row: Row) -> AttachmentRecord {
        let step: String? = row["step"]
        return AttachmentRecord(seq: row["seq"], proposalID: row["proposal_id"], number: row["number"],
                                step: step.flatMap(StepKind.init(rawValue:)), name: row["name"], mediaType: row["media_type"],
                                size: row["size"], sha256: row["sha256"], attachedBy: row["attached_by"], attachedAt: row["attached_at"])
    }

    /// Streams the content of attachment `number` of proposal `id` to `output`, chunk by
    /// chunk, checking its SHA-256 on the way: a content changed in the file is reported
    /// (exit 3) after what was read has been written, never passed off as good.
    @discardableResult
    public func writeAttachment(of id: String, number: Int, viewer: String?, to output: (Data) throws -> Void) throws -> AttachmentRecord {
        try read { db in
            guard try Self.loadProposal(id, visibleTo: viewer, db: db) != nil else { throw LedgerError.notFound(id) }
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM attachment WHERE proposal_id = ? AND number = ?", arguments: [id, number]) else {
                throw LedgerError.badInput(LedgerText.noAttachment(id, number))
            }
            let record = Self.attachmentRecord(row)
            var hasher = SHA256()
            var size: Int64 = 0
            try Self.withSmallCache(db) {
                let chunks = try Row.fetchCursor(db, sql: "SELECT data FROM attachment_blob WHERE sha256 = ? ORDER BY chunk",
                                                 arguments: [record.sha256])
                while let chunk = try chunks.next() {
                    let data: Data = chunk["data"]
                    hasher.update(data: data)
                    size += Int64(data.count)
                    try output(data)
                }
            }
            guard size == record.size, Self.hex(hasher.finalize()) == record.sha256 else {
                throw LedgerError.database(LedgerText.attachmentContentChanged(id, number))
            }
            return record
        }
    }

    /// The first `limit` bytes of a text-like attachment as text (invalid UTF-8 repaired),
    /// for the Desk's pager; the caller sanitises it for the terminal.
    public func attachmentText(of id: String, number: Int, viewer: String?, limit: Int = 262_144) throws -> (AttachmentRecord, String, truncated: Bool) {
        var bytes = Data()
        var truncated = false
        let record = try writeAttachment(of: id, number: number, viewer: viewer) { data in
            if bytes.count < limit { bytes.append(data.prefix(limit - bytes.count)) }
            if bytes.count >= limit { truncated = true }
        }
        return (record, String(decoding: bytes, as: UTF8.self), truncated && record.size > Int64(limit))
    }

    /// Streams a file's chunks with the connection's page cache held to 1 MB, then gives the
    /// cache back its usual size (16 MB, `Ledger.open`): without it, every connection that
    /// streamed a large file keeps 16 MB of its pages, and a 200 MB attach, get and verify
    /// end above 80 MB resident though each holds one chunk at a time.
    static func withSmallCache<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA cache_size = -1024")
        defer { try? db.execute(sql: "PRAGMA cache_size = -16000") }
        return try body()
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined()
    }

    /// `verify`: the `attachment` table as the `attachment_added` events make it (an
    /// edited, added or deleted row is named), and every stored content rehashed, chunk by
    /// chunk in constant memory: a changed, truncated or missing content names the
    /// attachments that rest on it; a content no event attached is named by its hash.
    static func verifyAttachments(_ db: Database, into report: inout VerifyReport) throws {
        var replayed: [Int64: [String]] = [:]
        var expected: [String: (size: Int64, users: [String])] = [:]
        let events = try Row.fetchCursor(db, sql: "SELECT * FROM event WHERE kind = ? AND proposal_id IS NULL ORDER BY seq",
                                         arguments: [AttachmentAdded.kind])
        while let raw = try events.next() {
            let row = EventChain.row(from: raw)
            guard let added = try? Codec.decode(AttachmentAdded.self, row.payload) else {
                report.problems.append(.unreadable(seq: row.seq))
                continue
            }
            replayed[row.seq] = [added.proposalID, String(added.number), added.step?.rawValue ?? "", added.name, added.mediaType,
                                 String(added.size), added.sha256, row.actor, row.atUTC]
            let label = "\(added.proposalID) #\(added.number)"
            expected[added.sha256, default: (added.size, [])].users.append(label)
        }
        var stored: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM attachment") {
            let number: Int64 = row["number"], size: Int64 = row["size"], step: String? = row["step"]
            stored[row["seq"]] = [row["proposal_id"], String(number), step ?? "", row["name"], row["media_type"], String(size),
                                  row["sha256"], row["attached_by"], row["attached_at"]]
        }
        for seq in Set(replayed.keys).union(stored.keys).sorted() where replayed[seq] != stored[seq] {
            let fields = replayed[seq] ?? stored[seq] ?? []
            let key = fields.count >= 2 ? "\(fields[0]) #\(fields[1]) (seq \(seq))" : "seq \(seq)"
            report.problems.append(.recordDisagrees(table: "attachment", key: key))
        }
        // Every stored content, in key order: one pass, one chunk in memory at a time.
        var seen = Set<String>()
        var current: (sha: String, hasher: SHA256, size: Int64, next: Int64, gap: Bool)?
        func finish() {
            guard let c = current else { return }
            seen.insert(c.sha)
            let good = !c.gap && hex(c.hasher.finalize()) == c.sha
            if let want = expected[c.sha] {
                if !good || c.size != want.size {
                    for user in want.users { report.problems.append(.recordDisagrees(table: "attachment_blob", key: "\(user) sha256 \(c.sha.prefix(12))")) }
                }
            } else {
                report.problems.append(.recordDisagrees(table: "attachment_blob", key: "sha256 \(c.sha.prefix(64))"))
            }
        }
        try withSmallCache(db) {
        let chunks = try Row.fetchCursor(db, sql: "SELECT sha256, chunk, data FROM attachment_blob ORDER BY sha256, chunk")
        while let row = try chunks.next() {
            let sha: String = row["sha256"], chunk: Int64 = row["chunk"]
            let data: Data = row["data"] ?? Data()
            if current?.sha != sha {
                finish()
                current = (sha, SHA256(), 0, 0, false)
            }
            if chunk != current?.next { current?.gap = true }
            current?.hasher.update(data: data)
            current?.size += Int64(data.count)
            current?.next = chunk + 1
        }
        }
        finish()
        for (sha, want) in expected.sorted(by: { $0.key < $1.key }) where !seen.contains(sha) {
            for user in want.users { report.problems.append(.recordDisagrees(table: "attachment_blob", key: "\(user) sha256 \(sha.prefix(12))")) }
        }
    }
}

/// The bytes of one file being attached, spooled to a private temporary file while they
/// are read and hashed: at most one chunk in memory.
final class Spool {
    let path: String
    private(set) var size: Int64 = 0
    private(set) var sha256 = ""

    init(limit: Int64, limitMB: Int, read next: (Int) throws -> Data?) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-attach-\(UUID().uuidString)").path
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw LedgerError.database(LedgerText.cannotCreateFile(path, String(cString: strerror(errno)))) }
        let out = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var hasher = SHA256()
        do {
            while let data = try next(Ledger.attachmentChunkSize), !data.isEmpty {
                size += Int64(data.count)
                guard size <= limit else { throw LedgerError.refused(AttachmentRules.tooLarge(limitMB: limitMB)) }
                hasher.update(data: data)
                try out.write(contentsOf: data)
            }
            try out.close()
        } catch {
            try? out.close()
            unlink(path)
            if let error = error as? LedgerError { throw error }
            throw LedgerError.database(LedgerText.cannotReadAttachment(error.localizedDescription))
        }
        sha256 = Ledger.hex(hasher.finalize())
    }

    func copyChunks(into db: Database) throws {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw LedgerError.database(LedgerText.cannotReadAttachment(path))
        }
        defer { try? file.close() }
        var chunk: Int64 = 0
        while let data = try file.read(upToCount: Ledger.attachmentChunkSize), !data.isEmpty {
            try db.execute(sql: "INSERT INTO attachment_blob (sha256, chunk, data) VALUES (?, ?, ?)", arguments: [sha256, chunk, data])
            chunk += 1
        }
        // An empty file is stored as one empty chunk, so that its content is present too.
        if chunk == 0 {
            try db.execute(sql: "INSERT INTO attachment_blob (sha256, chunk, data) VALUES (?, 0, ?)", arguments: [sha256, Data()])
        }
    }

    func remove() { unlink(path) }
}
