// Fixtures of the Desk tests: a demo ward with a fixed clock and seed, a few proposals
// whose titles carry Vietnamese (NFC and NFD), CJK, emoji and — tampered in the file
// behind the Ledger's back — terminal controls, and the golden snapshot files.
//
// Golden snapshots live in Tests/DeskTests/Snapshots/Pane-<name>-<w>x<h>.txt. A test
// compares the frame with its file; to accept a change of the screens, run
//
//     DEXUAT_UPDATE_SNAPSHOTS=1 swift test --filter DeskTests
//
// which rewrites every snapshot file the run reaches instead of comparing, then review
// `git diff Tests/DeskTests/Snapshots` before committing.

import DemoWard
import Foundation
import GRDB
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// The demo ward the Desk tests run on, built once per test process and copied into a
/// fresh folder for every test.
enum DeskWard {
    /// 10:00 in Vietnam on Monday 5 January 2026: every screen shows this clock, and the
    /// fixture's own proposals are created at it.
    static let now = Date(timeIntervalSince1970: 1_767_582_000)
    /// 10:00 in Vietnam on 31 December 2025: the demo's year of proposals ends here.
    ///
    /// The demo's proposals are of 2025 ("2025-000123"); the fixture's own, of 2026
    /// ("2026-000001"…), come after them in the inbox.
    static let demoNow = Date(timeIntervalSince1970: 1_767_150_000)
    static let seed: UInt64 = 432
    static let demoProposals = 300

    // Officers of `DemoWard` (Phòng Văn hóa – Xã hội unless said otherwise).
    static let head = "dtttam"          // Dương Thị Thanh Tâm, head (and inspector) of VHXH
    static let deputy = "ndtrong"       // Nguyễn Đình Trọng, deputy of VHXH
    static let clerk = "vtphuong"       // Vũ Thị Phương, clerk of VHXH
    static let staff = "pttlinh"        // Phạm Thị Thùy Linh, no role but proposer
    static let staff2 = "hthanh"
    static let staff3 = "tvdung"

    /// The ids of the proposals the fixture adds on top of the demo ones, newest last.
    struct Extras: Sendable {
        /// "Tấn công …": title and dossier rewritten in the file with controls.
        var hostile: String
        /// "👍 Đề xuất ❤️ …"
        var emoji: String
        /// "試行 漢字 …"
        var cjk: String
        /// "Trồng cây dương …", typed in NFD.
        var poplar: String
        /// "Chiếu sáng đường phố …", submitted and registered: a step waits on the head.
        var street: String
        /// A demo proposal far along (decided, with ballots and a timeline), for the detail pane.
        var rich: String
    }

    struct Template: Sendable {
        var directory: URL
        var extras: Extras
    }

    /// Built on first use, shared by every test of the process (each copies the files).
    static let template: Result<Template, any Error> = Result { try buildTemplate() }

    static let hostileTitle = "Tấn công \u{1B}[31mĐỎ\u{1B}[0m \u{9B}2J \u{1B}]8;;http://x\u{1B}\\liên kết\u{1B}]8;;\u{1B}\\ "
        + "\u{1B}]52;c;SGVsbG8=\u{07} \u{202E}ngược\u{202C} \u{2066}cô lập\u{2069}"
    static let hostileBody = "Dòng một \u{1B}[31mđỏ\u{1B}[0m\nDòng hai \u{9B}31m và \u{1B}]52;c;SGVsbG8=\u{07} "
        + "\u{1B}]8;;http://x\u{1B}\\bấm đây\u{1B}]8;;\u{1B}\\ \u{202E}abc \u{2066}xyz\u{2069} \u{7F} \u{0}"

    private static let titleMarker = "HOSTILEXTITLEXMARKER"
    private static let bodyMarker = "HOSTILEXBODYXMARKER"

    static func buildTemplate() throws -> Template {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dexuat-desktests-template-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("desk.sqlite").path
        let extras = try populate(path: path)
        try tamper(path: path, id: extras.hostile)
        // The template goes with the test process.
        atexit {
            if case .success(let template) = DeskWard.template {
                try? FileManager.default.removeItem(at: template.directory)
            }
        }
        return Template(directory: directory, extras: extras)
    }

    private static func populate(path: String) throws -> Extras {
        let ledger = try Ledger.open(path: path, create: true)
        let org = DemoWard.organization()
        let admin = org.grants.first { $0.role == .admin }?.login ?? ""
        let generator = DemoGenerator(proposals: demoProposals, seed: seed, now: demoNow, calendar: try ledger.calendar())
        try ledger.importDemo(organization: org, administrator: admin, at: demoNow) { sink in
            try generator.generate { id, transitions in try sink(id, transitions) }
        }
        var query = ProposalQuery()
        query.states = [.approved, .inProgress]
        query.limit = 1
        let rich = try ledger.list(query).first?.id ?? ""

        func draft(_ title: String, by login: String, necessity: String = "Hồ sơ giấy chậm, dễ thất lạc.") throws -> Proposal {
            try ledger.create(dossier(title: title, necessity: necessity), by: Actor(login: login), at: now)
        }
        let hostile = try draft(titleMarker, by: staff3, necessity: bodyMarker)
        let emoji = try draft("👍 Đề xuất ❤️ khen thưởng gia đình 👨‍👩‍👧 văn hóa", by: staff2)
        let cjk = try draft("試行 漢字 — sổ tay thuật ngữ song ngữ", by: staff3)
        let poplar = try draft("Trồng cây dương ven sông Uông".decomposedStringWithCanonicalMapping, by: staff2)
        let street = try draft("Chiếu sáng đường phố khu 3 bằng đèn năng lượng mặt trời", by: staff)
        // Submitted, so that every officer's inbox holds them: a draft is its proposer's alone
        // (PROCEDURE.md §5), and the head, whom most tests play, would not see them.
        for (proposal, login) in [(hostile, staff3), (emoji, staff2), (cjk, staff3), (poplar, staff2)] {
            try ledger.perform(.submit, on: proposal.id, by: Actor(login: login), at: now)
        }
        try ledger.perform(.submit, on: street.id, by: Actor(login: staff), at: now)
        try ledger.perform(.receive(receiptNumber: ""), on: street.id, by: Actor(login: clerk), at: now)
        return Extras(hostile: hostile.id, emoji: emoji.id, cjk: cjk.id, poplar: poplar.id, street: street.id, rich: rich)
    }

    /// Rewrites one proposal's title and dossier in the file, as a tampered or legacy row
    /// would hold them: the Ledger refuses such text on the way in, the screen must still
    /// cope with it on the way out.
    private static func tamper(path: String, id: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        // The body is read and written through the `proposal_body` view (v8-body-packing).
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { db in
            guard let body = try String.fetchOne(db, sql: "SELECT body FROM proposal_body WHERE id = ?", arguments: [id]) else {
                throw FixtureError("no proposal \(id) to tamper with")
            }
            let tampered = body
                .replacingOccurrences(of: titleMarker, with: jsonEscaped(hostileTitle))
                .replacingOccurrences(of: bodyMarker, with: jsonEscaped(hostileBody))
            guard tampered != body else { throw FixtureError("markers not found in the body of \(id)") }
            try db.execute(sql: "UPDATE proposal SET title = ? WHERE id = ?", arguments: [hostileTitle, id])
            try db.execute(sql: "UPDATE proposal_body SET body = ? WHERE id = ?", arguments: [tampered, id])
        }
    }

    /// The inside of a JSON string literal for `text`.
    static func jsonEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A dossier with every content Decree 73 art. 7(2) requires.
    static func dossier(title: String, necessity: String) -> Dossier {
        Dossier(
            title: title,
            field: .digitalTransformation,
            legalBasis: .decree73,
            necessity: necessity,
            bottleneck: "Quy chế lưu trữ chưa quy định bản điện tử.",
            content: "Quét và lập chỉ mục toàn bộ sổ sách; 試行 thử nghiệm ở bộ phận một cửa 👍.",
            scope: "Bộ phận một cửa của phường.",
            implementers: "Chuyên viên phòng và văn thư.",
            startDate: Day(year: 2027, month: 1, day: 4),
            endDate: Day(year: 2027, month: 6, day: 30),
            resources: ResourceNeeds(people: "2 chuyên viên", fundingVND: 15_000_000, equipment: "1 máy quét"),
            feasibility: "Cao: thiết bị sẵn có.",
            positiveImpact: "Rút ngắn thời gian tra cứu.",
            negativeImpact: "Không có.",
            expectedEffect: "Tra cứu trong 5 phút.",
            targets: [Target(description: "Thời gian tra cứu", measure: "≤ 5 phút")],
            selfCheck: ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: "") })
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = DeskWard.now) { current = start }

    var now: Date {
        lock.lock(); defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock(); defer { lock.unlock() }
        current = current.addingTimeInterval(seconds)
    }
}

/// One test's copy of the demo database, removed when the fixture goes away.
final class DeskFixture {
    let directory: URL
    let path: String
    let ledger: Ledger
    let extras: DeskWard.Extras

    init() throws {
        let template = try DeskWard.template.get()
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dexuat-desktests-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("desk.sqlite").path
        let source = template.directory.appendingPathComponent("desk.sqlite").path
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: path + suffix)
        }
        ledger = try Ledger.open(path: path)
        extras = template.extras
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Forms are someone else's: the Desk gets none, so steps without input ask y/N.
    static let noForms = FormProvider(forAction: { _, _ in nil }, forNewDossier: { _ in nil })

    /// A Desk on this database for `officer`, on a virtual terminal of the given size.
    func desk(as officer: String = DeskWard.head, width: Int = 120, height: Int = 40, language: Language = .vi,
              chooser: [Chooser.Choice]? = nil, ledger: Ledger? = nil, forms: FormProvider = DeskFixture.noForms,
              now: @escaping @Sendable () -> Date = { DeskWard.now },
              beforeJob: @escaping @Sendable (String) -> Void = { _ in }) throws -> (DeskApp, VirtualTerminal) {
        let terminal = VirtualTerminal(width: width, height: height)
        let app = try DeskApp(ledger: ledger ?? self.ledger, backend: terminal, officer: officer, played: false,
                              language: language, forms: forms, chooser: chooser, now: now, beforeJob: beforeJob)
        return (app, terminal)
    }

    /// Another officer's session: a second pool on the same file.
    func openAgain() throws -> Ledger {
        try Ledger.open(path: path)
    }

    /// One choice per role, as `dexuat --demo` offers them.
    func demoChoices() throws -> [Chooser.Choice] {
        // What `dexuat --demo` offers: every officer, grouped by unit.
        Chooser.everyOfficer(try ledger.organization(), language: .vi)
    }
}

// MARK: - Driving a Desk

extension DeskApp {
    /// Plays keys on the virtual terminal and draws the frame they lead to.
    func press(_ keys: Key..., on terminal: VirtualTerminal) {
        terminal.enqueue(keys)
        runUntilIdle()
    }

    /// Types text key by key and draws.
    func type(_ text: String, on terminal: VirtualTerminal) {
        terminal.type(text)
        runUntilIdle()
    }

    /// The frame for the current state, as text.
    var screenText: String { render().text().joined(separator: "\n") }

    /// Selects a proposal of the inbox by id (through the `:open` command line) and goes
    /// back to the inbox pane.
    func select(_ id: String, on terminal: VirtualTerminal) {
        terminal.enqueue(.char(":"))
        terminal.type("open " + id)
        terminal.enqueue(.enter, .char("1"))
        runUntilIdle()
    }
}

// MARK: - Golden snapshots

enum Snapshots {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots", isDirectory: true)
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["DEXUAT_UPDATE_SNAPSHOTS"] == "1" }

    /// Compares `text` with Snapshots/Pane-<name>.txt, or rewrites the file when
    /// DEXUAT_UPDATE_SNAPSHOTS=1.
    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent("Pane-\(name).txt")
        let content = text.hasSuffix("\n") ? text : text + "\n"
        if updating {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(content.utf8).write(to: file, options: .atomic)
            } catch {
                Issue.record("could not write \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: file), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("no snapshot \(file.lastPathComponent); run with DEXUAT_UPDATE_SNAPSHOTS=1 to record it",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != content else { return }
        let old = expected.components(separatedBy: "\n"), new = content.components(separatedBy: "\n")
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        let was = old.indices.contains(line) ? old[line] : "(end)"
        let now = new.indices.contains(line) ? new[line] : "(end)"
        Issue.record("""
            snapshot \(file.lastPathComponent) differs at line \(line + 1):
              expected: \(was)
              actual:   \(now)
            whole frame:
            \(content)
            (DEXUAT_UPDATE_SNAPSHOTS=1 rewrites the file)
            """, sourceLocation: sourceLocation)
    }

    /// The frame of `app` at its terminal size, as text, checked against its snapshot.
    static func check(_ app: DeskApp, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = app.render()
        check(frame.text().joined(separator: "\n"), "\(name)-\(frame.width)x\(frame.height)", sourceLocation: sourceLocation)
    }
}
