import Foundation
import GRDB
import Procedure

/// What waits on one officer on a day, split by how near the due day is: what
/// `dexuat remind` prints or mails, and what greets an officer opening the Desk over SSH.
public struct Reminder: Sendable, Hashable {
    public var login: String
    public var name: String
    /// The address on file, nil when there is none (or the stored one is not acceptable:
    /// the file is hostile, so it is checked again on the way out).
    public var email: String?
    public var overdue: [ProposalSummary]
    public var dueSoon: [ProposalSummary]
    /// Waiting on the officer, with a due day further away or none.
    public var other: [ProposalSummary]

    public var isEmpty: Bool { overdue.isEmpty && dueSoon.isEmpty && other.isEmpty }
    public var count: Int { overdue.count + dueSoon.count + other.count }
}

extension Ledger {
    /// Sets (or, with an empty text, clears) an officer's e-mail address. Administrators
    /// only; the row and its `officer_email_set` event in one transaction.
    public func setEmail(_ address: String, for login: String, by actor: Actor, at now: Date = Date()) throws {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        var clean = ""
        if !trimmed.isEmpty {
            guard let valid = EmailAddress.validated(trimmed) else {
                throw LedgerError.badInput(LedgerText.invalidEMailAddressOne(address))
            }
            clean = valid
        }
        try adminWrite(by: actor, at: now) { db, tip in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM officer WHERE login = ?", arguments: [login]) != nil else {
                throw LedgerError.badInput(LedgerText.noOfficer(login))
            }
            if clean.isEmpty {
                try db.execute(sql: "DELETE FROM officer_email WHERE login = ?", arguments: [login])
            } else {
                try db.execute(sql: "INSERT OR REPLACE INTO officer_email (login, address) VALUES (?, ?)", arguments: [login, clean])
            }
            try record(.officerEmailSet(login: login, email: clean), by: actor, at: now, db: db, tip: &tip)
        }
    }

    /// Every officer's address on file, by login (as stored: callers check it).
    public func emails() throws -> [String: String] {
        try read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT login, address FROM officer_email") { result[row["login"]] = row["address"] }
            return result
        }
    }

    /// Each officer's reminder for `today`, by login; `only` restricts to one officer.
    /// What waits is ``waitingOn(_:limit:)`` (Permissions, as the inbox's "Việc chờ tôi");
    /// overdue and due soon are the inbox's due status under the working calendar and
    /// `dueSoonDays` of the settings.
    public func reminders(on today: Day, only: String? = nil) throws -> [Reminder] {
        let org = try organization()
        let settings = try settings()
        let calendar = try calendar()
        let emails = try emails()
        var result: [Reminder] = []
        for officer in org.officers.values.sorted(by: { $0.login < $1.login }) where only == nil || only == officer.login {
            var reminder = Reminder(login: officer.login, name: officer.name,
                                    email: emails[officer.login].flatMap(EmailAddress.validated),
                                    overdue: [], dueSoon: [], other: [])
            for summary in try waitingOn(officer.login).sorted(by: Self.dueFirst) {
                switch summary.nextDue.map({ calendar.dueStatus(of: $0, today: today, soonWithin: settings.dueSoonDays) }) {
                case .overdue?: reminder.overdue.append(summary)
                case .dueSoon?: reminder.dueSoon.append(summary)
                default: reminder.other.append(summary)
                }
            }
            result.append(reminder)
        }
        return result
    }

    /// Earliest due day first, proposals without one last, then by id.
    static func dueFirst(_ a: ProposalSummary, _ b: ProposalSummary) -> Bool {
        switch (a.nextDue, b.nextDue) {
        case let (x?, y?) where x != y: x < y
        case (_?, nil): true
        case (nil, _?): false
        default: a.id < b.id
        }
    }
}

