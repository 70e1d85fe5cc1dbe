import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat delegate …` (PROCEDURE.md §7.5): a head delegates named steps to a deputy of the
/// same unit for a period (ký thay); `delegate revoke`, `delegate list`.
struct DelegateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delegate",
        abstract: "Ủy quyền ký thay: người đứng đầu giao cấp phó cùng đơn vị ký thay các bước đã nêu trong một thời hạn.",
        subcommands: [Grant.self, Revoke.self, ListDelegations.self], defaultSubcommand: Grant.self)

    /// `dexuat delegate --to …` (the default subcommand, also `delegate grant`).
    struct Grant: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grant", abstract: "Ủy quyền ký thay (mặc định khi gõ dexuat delegate --to …).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "Tên đăng nhập của cấp phó được ủy quyền.") var to: String?
    @Option(help: "Mã đơn vị (bỏ trống: đơn vị do người ủy quyền đứng đầu).") var unit: String?
    @Option(help: "Có hiệu lực từ ngày (ngày/tháng/năm, ví dụ 25/08/2026).") var from: String?
    @Option(help: "Đến hết ngày.") var until: String?
    @Option(help: "Các bước, cách nhau bởi dấu phẩy: \(DelegableStep.allCases.map(\.rawValue).joined(separator: ",")).") var steps: String?
    @Option(help: "Số, ký hiệu văn bản ủy quyền.") var number: String?
    @Option(help: "Ngày văn bản.") var date: String?
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            guard let to, let from, let until, let steps, let number, let date else {
                throw InputError(CLIText.delegateUsage)
            }
            let fromDay = try parseDay(from, field: "--from")
            let untilDay = try parseDay(until, field: "--until")
            let dateDay = try parseDay(date, field: "--date")
            let named = try parseDelegableSteps(steps)
            let ledger = try options.openLedger()
            let actor = try Identity.actor(in: ledger)
            let record = try ledger.delegate(to: to, unitID: unit, from: fromDay, until: untilDay, steps: named,
                                             number: number, date: dateDay, by: actor)
            if json {
                try printJSON(DelegationJSON(record, org: try ledger.organization(), today: Day.inVietnam(Date())))
            } else {
                let org = try ledger.organization()
                say(CLIText.delegated(record.delegation.number, org.officer(record.delegation.deputy)?.name ?? record.delegation.deputy,
                                      record.delegation.from.vietnamese, record.delegation.until.vietnamese)[options.lang])
            }
        }
    }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Thu hồi văn bản ủy quyền ký thay (theo số, ký hiệu hoặc mã).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Số, ký hiệu hoặc mã (seq) của văn bản ủy quyền.") var key: String

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                let actor = try Identity.actor(in: ledger)
                let revoked = try ledger.revokeDelegation(key, by: actor)
                say(CLIText.delegationRevoked(revoked.number)[options.lang])
            }
        }
    }

    struct ListDelegations: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê văn bản ủy quyền ký thay và giao phụ trách.")
        @OptionGroup var options: GlobalOptions
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                let org = try ledger.organization()
                let today = Day.inVietnam(Date())
                let (delegations, appointments) = try ledger.delegations()
                if json {
                    try printJSON(DelegationListJSON(delegations: delegations.map { DelegationJSON($0, org: org, today: today) },
                                                     appointments: appointments.map { AppointmentJSON($0, org: org, today: today) }))
                    return
                }
                if delegations.isEmpty && appointments.isEmpty { say(CLIText.noDelegations[options.lang]); return }
                for record in delegations {
                    let d = record.delegation
                    let status = delegationStatus(d, org: org, today: today)
                    say("\(record.seq)  \(d.number)  \(d.unitID)  \(org.officer(d.head)?.name ?? d.head) → \(org.officer(d.deputy)?.name ?? d.deputy)  "
                        + "\(d.from.vietnamese)–\(d.until.vietnamese)  \(d.steps.map(\.rawValue).joined(separator: ","))  "
                        + CLIText.delegationStatus(status)[options.lang])
                }
                for record in appointments {
                    let a = record.appointment
                    let status = appointmentStatus(a, org: org)
                    say("\(record.seq)  \(a.number)  \(a.unitID)  " + CLIText.inCharge[options.lang]
                        + ": \(org.officer(a.officer)?.name ?? a.officer)  \(a.date.vietnamese)  " + CLIText.delegationStatus(status)[options.lang])
                }
            }
        }
    }
}

/// `dexuat appoint --unit U --officer LOGIN --number N --date D` (§7.5): the head of the
/// superior unit puts an officer in charge of a vacant head's post; `appoint revoke`.
struct AppointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appoint",
        abstract: "Giao phụ trách: người đứng đầu đơn vị cấp trên giao một cán bộ phụ trách đơn vị khi khuyết người đứng đầu.",
        subcommands: [Make.self, Revoke.self], defaultSubcommand: Make.self)

    /// `dexuat appoint --unit …` (the default subcommand, also `appoint make`).
    struct Make: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "make", abstract: "Giao phụ trách (mặc định khi gõ dexuat appoint --unit …).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "Mã đơn vị khuyết người đứng đầu.") var unit: String?
    @Option(help: "Tên đăng nhập của cán bộ được giao phụ trách.") var officer: String?
    @Option(help: "Số, ký hiệu văn bản giao phụ trách.") var number: String?
    @Option(help: "Ngày văn bản.") var date: String?
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            guard let unit, let officer, let number, let date else { throw InputError(CLIText.appointUsage) }
            let day = try parseDay(date, field: "--date")
            let ledger = try options.openLedger()
            let actor = try Identity.actor(in: ledger)
            let record = try ledger.appoint(officer, to: unit, number: number, date: day, by: actor)
            let org = try ledger.organization()
            if json {
                try printJSON(AppointmentJSON(record, org: org, today: Day.inVietnam(Date())))
            } else {
                say(CLIText.appointed(record.appointment.number, org.officer(officer)?.name ?? officer,
                                      org.unit(unit)?.name ?? unit)[options.lang])
            }
        }
    }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Thu hồi văn bản giao phụ trách (theo số, ký hiệu hoặc mã).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Số, ký hiệu hoặc mã (seq) của văn bản giao phụ trách.") var key: String

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                let actor = try Identity.actor(in: ledger)
                let revoked = try ledger.revokeAppointment(key, by: actor)
                say(CLIText.appointmentRevoked(revoked.number)[options.lang])
            }
        }
    }
}

func parseDelegableSteps(_ text: String) throws -> [DelegableStep] {
    let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    let steps = try names.map { name -> DelegableStep in
        guard let step = DelegableStep(rawValue: name) else { throw InputError(CLIText.invalidDelegableStep(name)) }
        return step
    }
    if steps.isEmpty { throw InputError(CLIText.invalidDelegableStep(text)) }
    return steps
}

/// in_force, not_yet, expired, revoked, lapsed (the head or deputy no longer holds the role).
func delegationStatus(_ d: Delegation, org: Organization, today: Day) -> String {
    if d.revokedOn != nil { return "revoked" }
    if !org.holds(.head, d.head, in: d.unitID) || !org.holds(.deputy, d.deputy, in: d.unitID) { return "lapsed" }
    if today < d.from { return "not_yet" }
    if d.until < today { return "expired" }
    return "in_force"
}

/// in_force, revoked, lapsed (the post was filled).
func appointmentStatus(_ a: Appointment, org: Organization) -> String {
    if a.revokedOn != nil { return "revoked" }
    return org.headPostIsVacant(a.unitID) ? "in_force" : "lapsed"
}

struct DelegationJSON: Encodable {
    var id: Int64
    var number: String
    var date: String
    var unit: String
    var head: String
    var headName: String
    var deputy: String
    var deputyName: String
    var from: String
    var until: String
    var steps: [String]
    @NullEncoded var revokedOn: String?
    var status: String

    init(_ r: DelegationRecord, org: Organization, today: Day) {
        let d = r.delegation
        id = r.seq
        number = d.number
        date = d.date.iso
        unit = d.unitID
        head = d.head
        headName = org.officer(d.head)?.name ?? ""
        deputy = d.deputy
        deputyName = org.officer(d.deputy)?.name ?? ""
        from = d.from.iso
        until = d.until.iso
        steps = d.steps.map(\.rawValue)
        revokedOn = d.revokedOn?.iso
        status = delegationStatus(d, org: org, today: today)
    }
}

struct AppointmentJSON: Encodable {
    var id: Int64
    var number: String
    var date: String
    var unit: String
    var officer: String
    var officerName: String
    var appointedBy: String
    @NullEncoded var revokedOn: String?
    var status: String

    init(_ r: AppointmentRecord, org: Organization, today: Day) {
        let a = r.appointment
        id = r.seq
        number = a.number
        date = a.date.iso
        unit = a.unitID
        officer = a.officer
        officerName = org.officer(a.officer)?.name ?? ""
        appointedBy = a.appointedBy
        revokedOn = a.revokedOn?.iso
        status = appointmentStatus(a, org: org)
    }
}

struct DelegationListJSON: Encodable {
    var delegations: [DelegationJSON]
    var appointments: [AppointmentJSON]
}

/// On each event of `show --json`: on what authority it was taken, whom for (null when the
/// actor acted in their own right).
struct ActingJSON: Encodable {
    var basis: String
    @NullEncoded var head: String?
    var headName: String
    var unit: String
    var number: String

    init(_ a: Acting, org: Organization) {
        basis = a.basis.rawValue
        head = a.head
        headName = a.head.flatMap { org.officer($0)?.name } ?? ""
        unit = a.unitID
        number = a.number
    }
}
