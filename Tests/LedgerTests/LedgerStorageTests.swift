import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

@Suite("Ledger storage")
struct LedgerStorageTests {
    // MARK: - Connection settings

    @Test func synchronousIsFullAfterOpenAndAfterAWrite() throws {
        let fixture = try LedgerFixture()
        #expect(try fixture.ledger.synchronousMode() == 2)
        // A second session opened on an existing file gets FULL too, before and after it writes.
        let second = try fixture.openAgain()
        #expect(try second.synchronousMode() == 2)
        try fixture.draft("Một đề xuất", at: LedgerFixture.origin)
        _ = try second.create(LedgerFixture.completeDossier(title: "Hai"), by: Actor(login: Ward.staff2), at: LedgerFixture.origin)
        #expect(try fixture.ledger.synchronousMode() == 2)
        #expect(try second.synchronousMode() == 2)
    }

    @Test func journalIsWALAndBusyTimeoutIsLong() throws {
        let fixture = try LedgerFixture(ward: false)
        #expect(try fixture.ledger.journalMode().lowercased() == "wal")
        #expect(Ledger.busyTimeout >= 5)
    }

    /// The busy timeout in action: another connection holds the write lock for a moment,
    /// and the ledger's write waits for it instead of failing at once.
    @Test func aWriteWaitsForAnotherWriter() throws {
        let fixture = try LedgerFixture()
        let queue = try fixture.rawQueue()
        let locked = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            do {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "BEGIN IMMEDIATE")
                    locked.signal()
                    Thread.sleep(forTimeInterval: 0.6)
                    try db.execute(sql: "COMMIT")
                }
            } catch {
                locked.signal()
            }
            released.signal()
        }
        locked.wait()
        let start = Date()
        let proposal = try fixture.draft("Chờ người khác ghi xong")
        let waited = Date().timeIntervalSince(start)
        released.wait()
        #expect(proposal.version == 1)
        #expect(waited > 0.2, "the write should have waited for the lock")
    }

    @Test func foreignKeysAreEnforced() throws {
        let fixture = try LedgerFixture()
        let foreignKeys = try fixture.ledger.write { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == 1)
        let before = try fixture.snapshot()
        let error = ledgerError {
            try fixture.ledger.write { db in
                try db.execute(sql: "INSERT INTO officer (login, name, unit_id, position, managing) VALUES ('ma', 'Ma', 'NO_SUCH_UNIT', '', 0)")
            }
        }
        #expect(error?.isDatabase == true)
        #expect(error?.message(.en).contains("FOREIGN KEY") == true)
        #expect(try fixture.snapshot() == before)
    }

    // MARK: - Files

    @Test func newFilesAndFolderArePrivate() throws {
        let top = LedgerFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: top) }
        let folder = top.appendingPathComponent("data", isDirectory: true)
        let path = folder.appendingPathComponent("dexuat.sqlite").path
        let ledger = try Ledger.open(path: path, create: true)
        try ledger.initialize(root: Ward.rootUnit, administrator: Ward.administrator, at: LedgerFixture.origin)
        // The -wal and -shm files exist while a connection is open.
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(try permissions(file) == 0o600, "\(file)")
        }
        #expect(try permissions(folder.path) == 0o700)
        #expect(try ledger.isInitialized())
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
        return mode & 0o777
    }

    @Test func openingAMissingFileWithoutCreateFails() throws {
        let folder = LedgerFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("none.sqlite").path
        let error = ledgerError { _ = try Ledger.open(path: path) }
        #expect(error?.isDatabase == true)
        #expect(error?.message(.vi).contains("Không tìm thấy cơ sở dữ liệu") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func openingRandomBytesAdvisesARestore() throws {
        let folder = LedgerFixture.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("garbage.sqlite").path
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = ledgerError { _ = try Ledger.open(path: path) }
        #expect(error?.isDatabase == true)
        let message = error?.message(.vi) ?? ""
        #expect(message.contains("khôi phục"), "\(message)")
        #expect(message.contains("sao lưu"), "\(message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aDatabaseFromANewerVersionIsRefusedAndLeftAlone() throws {
        let fixture = try LedgerFixture()
        try fixture.draft("Đề xuất cũ")
        try fixture.rawQueue().write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99_from_the_future')")
        }
        let before = try fixture.snapshot()
        let error = ledgerError { _ = try Ledger.open(path: fixture.path) }
        #expect(error?.isDatabase == true)
        let message = error?.message(.vi) ?? ""
        #expect(message.contains("phiên bản dexuat mới hơn"), "\(message)")
        #expect(message.contains("v99_from_the_future"), "\(message)")
        #expect(try fixture.snapshot() == before)
    }

    // MARK: - Stale versions and refusals

    @Test func aStaleVersionIsRefusedNamingTheOtherOfficer() throws {
        let fixture = try LedgerFixture()
        let submitted = try fixture.submitted()
        let seen = submitted.version
        // The clerk registers it first...
        try fixture.ledger.perform(.receive(receiptNumber: "1/TN"), on: submitted.id, seenVersion: seen, by: Actor(login: Ward.clerk))
        let version = try fixture.version(of: submitted.id)
        let events = try fixture.eventCount()
        let before = try fixture.snapshot()
        // ...then the head acts on what they saw before.
        let error = ledgerError {
            try fixture.ledger.perform(.returnForCompletion(reasons: "Thiếu phụ lục"), on: submitted.id, seenVersion: seen,
                                       by: Actor(login: Ward.head))
        }
        #expect(error?.isStale == true)
        let message = error?.message(.vi) ?? ""
        #expect(message.contains("đã được người khác thay đổi"), "\(message)")
        #expect(message.contains(Ward.name(Ward.clerk)), "\(message)")
        #expect(try fixture.eventCount() == events)
        #expect(try fixture.version(of: submitted.id) == version)
        #expect(try fixture.snapshot() == before)
        // With the current version the same action goes through.
        let current = try #require(version)
        let returned = try fixture.ledger.perform(.returnForCompletion(reasons: "Thiếu phụ lục"), on: submitted.id,
                                                  seenVersion: current, by: Actor(login: Ward.head))
        #expect(returned.state == .returned)
    }

    @Test func aRefusedActionChangesNothing() throws {
        let fixture = try LedgerFixture()
        let received = try fixture.received()
        let draft = try fixture.draft("Bản nháp khác", by: Ward.staff2)
        let before = try fixture.snapshot()
        let attempts: [(Rule, () throws -> Void)] = [
            // Already registered.
            (.wrongState, { try fixture.ledger.perform(.receive(receiptNumber: "9/TN"), on: received.id, by: Actor(login: Ward.clerk)) }),
            // Not the head.
            (.roleRequired, { try fixture.ledger.perform(.returnForCompletion(reasons: "x"), on: received.id, by: Actor(login: Ward.staff2)) }),
            // A ballot before the checklist.
            (.checklistIncomplete, { try fixture.ledger.perform(.ballot(inFavour: true, comment: ""), on: received.id, by: Actor(login: Ward.deputy)) }),
            // Approval before the Party opinion.
            (.partyOpinionBeforeApproval, {
                try fixture.ledger.perform(.decide(kind: .approve, number: "1/QĐ", reasons: "", responsibilityStatement: ""),
                                           on: received.id, by: Actor(login: Ward.head))
            }),
            // Someone else's draft.
            (.notTheProposer, { try fixture.ledger.perform(.submit, on: draft.id, by: Actor(login: Ward.staff)) }),
            // Control characters in a reason.
            (.controlCharacters, { try fixture.ledger.perform(.withdraw(reason: "lý do\u{1B}[2J"), on: draft.id, by: Actor(login: Ward.staff2)) }),
            // Settings by a non-administrator.
            (.roleRequired, { try fixture.ledger.save(ProcedureSettings(), by: Actor(login: Ward.head)) }),
        ]
        for (rule, attempt) in attempts {
            let error = ledgerError(attempt)
            #expect(error?.refusalRule == rule, "\(String(describing: error))")
            #expect(try fixture.snapshot() == before, "after \(rule)")
        }
    }

    // MARK: - Text

    @Test func storedTextIsNFC() throws {
        let fixture = try LedgerFixture()
        let nfc = "Đề xuất số hóa hồ sơ"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array(nfc.utf8))
        let proposal = try fixture.draft(nfd)
        let stored = try fixture.rawQueue().read { db in
            try String.fetchOne(db, sql: "SELECT title FROM proposal WHERE id = ?", arguments: [proposal.id])
        }
        #expect(stored.map { Array($0.utf8) } == Array(nfc.utf8))
        let body = try fixture.rawQueue().read { db in
            try String.fetchOne(db, sql: "SELECT body FROM proposal_body WHERE id = ?", arguments: [proposal.id])
        } ?? ""
        #expect(Data(body.utf8).range(of: Data(nfc.utf8)) != nil)
        #expect(Data(body.utf8).range(of: Data(nfd.utf8)) == nil)
        #expect(Array(proposal.title.utf8) == Array(nfc.utf8))
    }

    @Test func aTitleWithAnEscapeSequenceIsRefused() throws {
        let fixture = try LedgerFixture()
        let before = try fixture.snapshot()
        let error = ledgerError { try fixture.draft("Đề xuất \u{1B}[31mđỏ") }
        #expect(error?.refusalRule == .controlCharacters)
        #expect(try fixture.snapshot() == before)
    }

    // MARK: - Organisation, settings and calendar

    @Test func calendarAdjustmentsAreAdminOnlyEvents() throws {
        let fixture = try LedgerFixture()
        let received = try fixture.received()
        let listedBefore = try fixture.ledger.list(ProposalQuery())
        let dueBefore = try #require(listedBefore.first { $0.id == received.id }?.nextDue)
        let day = try #require(Day(year: 2025, month: 3, day: 5))
        let adjustment = CalendarAdjustment(day: day, kind: .dayOff, reason: "Nghỉ bù theo quyết định của UBND")

        let before = try fixture.snapshot()
        let refused = ledgerError { try fixture.ledger.adjustCalendar(adjustment, by: Actor(login: Ward.head)) }
        #expect(refused?.refusalRule == .roleRequired)
        #expect(try fixture.snapshot() == before)

        let events = try fixture.eventCount()
        try fixture.ledger.adjustCalendar(adjustment, by: Actor(login: Ward.admin))
        #expect(try fixture.eventCount() == events + 1)
        let last = try fixture.rawQueue().read { db in try Row.fetchOne(db, sql: "SELECT kind, actor FROM event ORDER BY seq DESC LIMIT 1") }
        #expect(last?["kind"] == "calendar_adjusted")
        #expect(last?["actor"] == Ward.admin)
        #expect(try fixture.ledger.calendar().isWorkingDay(day) == false)
        // The open proposal's due day moves with the calendar, in the same transaction.
        let listedAfter = try fixture.ledger.list(ProposalQuery())
        let dueAfter = try #require(listedAfter.first { $0.id == received.id }?.nextDue)
        #expect(dueAfter == dueBefore.adding(days: 1))
        #expect(try fixture.ledger.verify().ok)
    }

    @Test func settingsChangesAreAdminOnlyEvents() throws {
        let fixture = try LedgerFixture()
        var settings = ProcedureSettings()
        settings.decisionDays = 10
        settings.allowReturnForCompletion = false

        let before = try fixture.snapshot()
        for login in [Ward.head, Ward.chair, Ward.clerk] {
            let refused = ledgerError { try fixture.ledger.save(settings, by: Actor(login: login)) }
            #expect(refused?.refusalRule == .roleRequired)
        }
        #expect(try fixture.snapshot() == before)
        #expect(try fixture.ledger.settings() == .standard)

        let events = try fixture.eventCount()
        try fixture.ledger.save(settings, by: Actor(login: Ward.admin))
        #expect(try fixture.eventCount() == events + 1)
        let kind = try fixture.rawQueue().read { db in try String.fetchOne(db, sql: "SELECT kind FROM event ORDER BY seq DESC LIMIT 1") }
        #expect(kind == "settings_changed")
        #expect(try fixture.ledger.settings() == settings)
        // And the rules consult them: return for completion is now off.
        let received = try fixture.received()
        let error = ledgerError {
            try fixture.ledger.perform(.returnForCompletion(reasons: "Thiếu"), on: received.id, by: Actor(login: Ward.head))
        }
        #expect(error?.refusalRule == .localRuleOff)
    }

    @Test func organisationChangesAreAdminOnly() throws {
        let fixture = try LedgerFixture()
        let before = try fixture.snapshot()
        let unit = Procedure.Unit(id: "TP", name: "Phòng Tư pháp", kind: .office, parentID: Ward.root)
        #expect(ledgerError { try fixture.ledger.save(unit, by: Actor(login: Ward.chair)) }?.refusalRule == .roleRequired)
        let grant = RoleGrant(login: Ward.staff, role: .admin, unitID: Ward.root)
        #expect(ledgerError { try fixture.ledger.grant(grant, by: Actor(login: Ward.staff)) }?.refusalRule == .roleRequired)
        #expect(try fixture.snapshot() == before)
        let organization = try fixture.ledger.organization()
        #expect(organization.head(of: Ward.office)?.login == Ward.head)
        #expect(organization.collective(of: Ward.office).map(\.login) == [Ward.head, Ward.deputy])
        #expect(organization.holds(.partyLiaison, Ward.liaison, inOrAbove: Ward.office))
        #expect(organization.officer(Ward.staff)?.name == "Nguyễn Văn An")
    }
}
