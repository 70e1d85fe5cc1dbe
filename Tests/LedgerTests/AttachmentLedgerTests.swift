import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §7.8 in the ledger: a file is an `attachment_added` event, a row of
/// `attachment` and (once per content) chunks of `attachment_blob`, in one transaction;
/// `verify` rebuilds the rows and rehashes every content; nothing over the limit or from
/// an officer without access is written.
@Suite struct AttachmentLedgerTests {
    /// A handle reading `bytes` from a file of its own, as standard input would.
    static func input(_ bytes: Data, in fixture: LedgerFixture) throws -> FileHandle {
        try FileManager.default.createDirectory(at: fixture.directory, withIntermediateDirectories: true)
        let path = fixture.directory.appendingPathComponent("input-" + UUID().uuidString).path
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        return try #require(FileHandle(forReadingAtPath: path))
    }

    /// Bytes that are not all alike, so that a flipped byte changes the hash.
    static func bytes(_ count: Int, seed: UInt8 = 7) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) })
    }

    static let csv = Data("Hạng mục,Số tiền\nMáy quét,18.000.000\n".utf8)

    @discardableResult
    func attach(_ bytes: Data, to id: String, name: String = "du-toan.csv", step: StepKind? = nil, by login: String,
                fixture: LedgerFixture) throws -> AttachmentRecord {
        try fixture.ledger.attach(to: id, step: step, name: name, mediaType: nil, from: try Self.input(bytes, in: fixture),
                                  by: Actor(login: login), at: LedgerFixture.origin)
    }

    func content(_ id: String, _ number: Int, _ ledger: Ledger, viewer: String = Ward.head) throws -> Data {
        var out = Data()
        try ledger.writeAttachment(of: id, number: number, viewer: viewer) { out.append($0) }
        return out
    }

    func blobCounts(_ fixture: LedgerFixture) throws -> [Int] {
        let raw = try fixture.rawQueue()
        defer { try? raw.close() }
        return try raw.read { db in
            [try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT sha256) FROM attachment_blob") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attachment_blob") ?? -1]
        }
    }

    @Test func anAttachmentIsAnEventARowAndChunksThatVerify() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        let record = try attach(Self.csv, to: p.id, by: Ward.staff, fixture: fixture)
        #expect(record.number == 1 && record.name == "du-toan.csv" && record.mediaType == "text/csv" && record.step == nil)
        #expect(record.size == Int64(Self.csv.count) && record.attachedBy == Ward.staff && record.isTextLike)
        #expect(record.sha256 == "56cdf86ff21f4804c7be90cba991f7f2d504a9a086be5ac1447e786944716273", "sha256sum of the same bytes")
        // A file of several chunks, for a step, by a role holder.
        let big = Self.bytes(Ledger.attachmentChunkSize * 2 + 12_345)
        let second = try attach(big, to: p.id, name: "bien-ban.pdf", step: .decision, by: Ward.head, fixture: fixture)
        #expect(second.number == 2 && second.step == .decision && second.mediaType == "application/pdf" && !second.isTextLike)
        #expect(try fixture.ledger.attachments(of: p.id, viewer: Ward.staff2).map(\.number) == [1, 2])
        #expect(try content(p.id, 1, fixture.ledger) == Self.csv)
        #expect(try content(p.id, 2, fixture.ledger) == big)
        #expect(try blobCounts(fixture) == [2, 4])
        #expect(try fixture.ledger.verify().ok)
        let text = try fixture.ledger.attachmentText(of: p.id, number: 1, viewer: Ward.head)
        #expect(text.1.contains("Máy quét") && !text.truncated)
        // The history of the proposal is untouched: the event is outside its replay.
        #expect(try fixture.ledger.proposal(p.id)?.version == p.version)
        #expect(throws: (any Error).self) { try content(p.id, 3, fixture.ledger) }
    }

    @Test func identicalContentIsStoredOnce() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        let big = Self.bytes(Ledger.attachmentChunkSize + 10)
        let a = try attach(big, to: p.id, name: "v1.pdf", by: Ward.staff, fixture: fixture)
        let b = try attach(big, to: p.id, name: "v2.pdf", by: Ward.clerk, fixture: fixture)
        let q = try fixture.received("Đề xuất thứ hai")
        let c = try attach(big, to: q.id, name: "ban-sao.pdf", by: Ward.deputy, fixture: fixture)
        #expect(a.sha256 == b.sha256 && b.sha256 == c.sha256)
        #expect([a.number, b.number, c.number] as [Int] == [1, 2, 1])
        #expect(try blobCounts(fixture) == [1, 2])
        #expect(try content(q.id, 1, fixture.ledger) == big)
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func aFileOverTheLimitIsRefusedAndNothingWritten() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        var settings = try fixture.ledger.settings()
        #expect(settings.attachmentMaxMB == 20)
        for bad in [0, -1, AttachmentRules.maxMBRange.upperBound + 1] {
            settings.attachmentMaxMB = bad
            #expect(throws: (any Error).self) { try fixture.ledger.save(settings, by: Actor(login: Ward.admin)) }
        }
        settings.attachmentMaxMB = 1
        try fixture.ledger.save(settings, by: Actor(login: Ward.admin))
        let events = try fixture.eventCount()
        do {
            try attach(Self.bytes(1_048_577), to: p.id, by: Ward.staff, fixture: fixture)
            Issue.record("a file over the limit was taken")
        } catch let error as LedgerError {
            guard case .refused(let refusal) = error else { Issue.record("\(error)"); return }
            #expect(refusal.rule == .attachmentTooLarge && error.exitCode == 1)
            #expect(error.message(.vi).contains("1 MB"), "\(error.message(.vi))")
        }
        #expect(try fixture.eventCount() == events)
        #expect(try blobCounts(fixture) == [0, 0])
        #expect(try fixture.ledger.attachments(of: p.id, viewer: Ward.staff).isEmpty)
        // Exactly the limit is taken.
        #expect(try attach(Self.bytes(1_048_576), to: p.id, by: Ward.staff, fixture: fixture).size == 1_048_576)
    }

    /// Every officer of the ward against a received proposal and a private draft: the
    /// proposer and the role holders of its units (and those above) may attach; the
    /// others are refused; a draft is not there for anyone but its proposer.
    @Test func onlyTheProposerAndRoleHoldersMayAttach() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        let draft = try fixture.draft("Bản nháp riêng")
        let allowed: Set<String> = [Ward.staff, Ward.chair, Ward.viceChair, Ward.liaison, Ward.head, Ward.deputy, Ward.clerk]
        let everyone = Ward.officers.map(\.login) + [Ward.admin, "nobody"]
        for login in everyone {
            let events = try fixture.eventCount()
            do {
                try attach(Self.csv, to: p.id, by: login, fixture: fixture)
                #expect(allowed.contains(login), "\(login) attached")
            } catch let error as LedgerError {
                #expect(!allowed.contains(login), "\(login): \(error)")
                if case .refused(let refusal) = error { #expect(refusal.rule == .attachmentNotAllowed) } else { Issue.record("\(login): \(error)") }
                #expect(try fixture.eventCount() == events)
            }
            if login != Ward.staff {
                do {
                    try attach(Self.csv, to: draft.id, by: login, fixture: fixture)
                    Issue.record("\(login) attached to another's draft")
                } catch let error as LedgerError {
                    #expect(error.exitCode == 2 && error.message(.vi).contains(draft.id), "\(login): \(error)")
                }
                #expect(throws: (any Error).self) { try fixture.ledger.attachments(of: draft.id, viewer: login) }
            }
        }
        try attach(Self.csv, to: draft.id, by: Ward.staff, fixture: fixture)
        #expect(try fixture.ledger.attachments(of: draft.id, viewer: Ward.staff).count == 1)
        #expect(throws: (any Error).self) { try content(draft.id, 1, fixture.ledger, viewer: Ward.head) }
        #expect(try fixture.ledger.verify().ok)
    }

    @Test(arguments: ["", "   ", "a\u{1B}[31mđỏ.txt", "dòng\nhai.txt", "tab\u{7}.txt", String(repeating: "x", count: 300)])
    func aBadNameIsBadInput(_ name: String) throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        do {
            try attach(Self.csv, to: p.id, name: name, by: Ward.staff, fixture: fixture)
            Issue.record("name \(name.debugDescription) taken")
        } catch let error as LedgerError {
            #expect(error.exitCode == 2, "\(error)")
        }
        #expect(try fixture.ledger.attachments(of: p.id, viewer: Ward.staff).isEmpty)
    }

    /// A byte flipped in a stored chunk, a chunk deleted, a row edited, a row deleted, a
    /// content made up: each named by `verify`.
    @Test func tamperingWithStoredFilesIsNamed() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        let record = try attach(Self.bytes(Ledger.attachmentChunkSize + 99), to: p.id, name: "bang.csv", by: Ward.staff, fixture: fixture)
        #expect(try fixture.ledger.verify().ok)
        let sha = record.sha256, key = "\(p.id) #1 sha256 \(sha.prefix(12))"
        let rowKey = "\(p.id) #1 (seq \(record.seq))"
        let cases: [(String, String, [VerifyReport.Problem])] = [
            ("flip", "UPDATE attachment_blob SET data = CAST(X'00' || substr(data, 2) AS BLOB) WHERE sha256 = '\(sha)' AND chunk = 1",
             [.recordDisagrees(table: "attachment_blob", key: key)]),
            ("delete chunk", "DELETE FROM attachment_blob WHERE sha256 = '\(sha)' AND chunk = 0", [.recordDisagrees(table: "attachment_blob", key: key)]),
            ("delete all", "DELETE FROM attachment_blob WHERE sha256 = '\(sha)'", [.recordDisagrees(table: "attachment_blob", key: key)]),
            ("extra chunk", "INSERT INTO attachment_blob VALUES ('\(sha)', 2, X'41')", [.recordDisagrees(table: "attachment_blob", key: key)]),
            ("made up", "INSERT INTO attachment_blob VALUES ('abc', 0, X'41')", [.recordDisagrees(table: "attachment_blob", key: "sha256 abc")]),
            ("name", "UPDATE attachment SET name = 'khac.csv' WHERE seq = \(record.seq)", [.recordDisagrees(table: "attachment", key: rowKey)]),
            ("step", "UPDATE attachment SET step = 'decision' WHERE seq = \(record.seq)", [.recordDisagrees(table: "attachment", key: rowKey)]),
            ("by", "UPDATE attachment SET attached_by = 'dmtuan' WHERE seq = \(record.seq)", [.recordDisagrees(table: "attachment", key: rowKey)]),
            ("row deleted", "DELETE FROM attachment WHERE seq = \(record.seq)", [.recordDisagrees(table: "attachment", key: rowKey)]),
        ]
        for (name, sql, expected) in cases {
            let copy = fixture.directory.appendingPathComponent("copy-\(name.replacingOccurrences(of: " ", with: "-")).sqlite").path
            try fixture.ledger.backup(to: copy)
            let raw = try DatabaseQueue(path: copy)
            try raw.write { db in try db.execute(sql: sql) }
            try raw.close()
            let report = try Ledger.open(path: copy, readOnly: true).verify()
            #expect(report.problems == expected, "\(name): \(report.problems)")
        }
        // The flipped byte is also refused on the way out.
        let copy = fixture.directory.appendingPathComponent("copy-get.sqlite").path
        try fixture.ledger.backup(to: copy)
        let raw = try DatabaseQueue(path: copy)
        try raw.write { db in try db.execute(sql: cases[0].1) }
        try raw.close()
        do {
            _ = try content(p.id, 1, try Ledger.open(path: copy, readOnly: true))
            Issue.record("a changed content was handed out")
        } catch let error as LedgerError {
            #expect(error.exitCode == 3)
        }
    }

    @Test func backupAndRestoreKeepEveryFileByteForByte() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        let files = [Self.csv, Self.bytes(Ledger.attachmentChunkSize * 3 + 1), Data()]
        for (i, file) in files.enumerated() { try attach(file, to: p.id, name: "tep-\(i).bin", by: Ward.staff, fixture: fixture) }
        let backup = fixture.directory.appendingPathComponent("backup.sqlite").path
        try fixture.ledger.backup(to: backup)
        let restoredPath = fixture.directory.appendingPathComponent("restored/ledger.sqlite").path
        _ = try Ledger.restore(from: backup, into: restoredPath)
        let restored = try Ledger.open(path: restoredPath)
        #expect(try restored.verify().ok)
        for (i, file) in files.enumerated() { #expect(try content(p.id, i + 1, restored) == file) }
        // Restored over the live file too.
        try attach(Data("sau sao lưu".utf8), to: p.id, name: "sau.txt", by: Ward.staff, fixture: fixture)
        _ = try Ledger.restore(from: backup, into: fixture.path)
        let back = try Ledger.open(path: fixture.path)
        #expect(try back.verify().ok)
        #expect(try back.attachments(of: p.id, viewer: Ward.staff).count == files.count)
        for (i, file) in files.enumerated() { #expect(try content(p.id, i + 1, back) == file) }
    }

    @Test func aDatabaseBeforeV5AttachmentsIsMigratedAndStaysValid() throws {
        let fixture = try LedgerFixture()
        let p = try fixture.received()
        let raw = try fixture.rawQueue()
        // v7-event-packing undone first: the attachment table references the events.
        try raw.undoingEventPacking(then: """
            DROP TABLE attachment; DROP TABLE attachment_blob;
            DELETE FROM grdb_migrations WHERE identifier = 'v5-attachments';
            """)
        try raw.close()
        let reopened = try Ledger.open(path: fixture.path)
        #expect(try reopened.verify().ok)
        try reopened.attach(to: p.id, step: nil, name: "sau-nang-cap.txt", mediaType: "text/plain",
                            from: try Self.input(Self.csv, in: fixture), by: Actor(login: Ward.staff))
        #expect(try reopened.verify().ok)
    }
}

