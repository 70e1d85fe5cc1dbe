import ArgumentParser
import DemoWard
import Foundation
import Ledger
import Procedure

/// `dexuat demo`: a believable Phường Uông Bí with a year of proposals in every state,
/// then the inbox. Officers can be played with `DEXUAT_AS=login` on this database only.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo",
        abstract: "Tạo cơ sở dữ liệu demo (Phường Uông Bí, khoảng 40 cán bộ, đề xuất ở mọi trạng thái) rồi in hộp việc.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Số đề xuất (đến 1.000.000).") var proposals: Int = 60
    @Option(help: "Số khởi tạo dữ liệu mẫu (cùng số cho cùng dữ liệu).") var seed: UInt64 = 432
    @Flag(help: "Tạo lại nếu tệp demo đã có (chỉ với tệp do `dexuat demo` tạo).") var fresh = false
    @Flag(help: "Không in hộp việc sau khi tạo.") var quiet = false

    func run() throws {
        try dexuat.run(options) {
            guard (0...1_000_000).contains(proposals) else {
                throw InputError(CLIText.proposalsMust)
            }
            let path = options.databasePath
            let fm = FileManager.default
            var reuse = false
            if holdsData(path) {
                guard isDemoFile(path) else {
                    throw InputError(CLIText.realDatabaseNotDemoNot(path))
                }
                if fresh {
                    for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) }
                } else {
                    reuse = true
                }
            }
            let ledger: Ledger
            if reuse {
                ledger = try Ledger.open(path: path, upgrading: upgradeNotice(options.lang))
                if !quiet { say(CLIText.reusingDemoDatabaseFreshRebuild(path)[options.lang]) }
            } else {
                let started = Date()
                ledger = try Ledger.open(path: path, create: true)
                let org = DemoWard.organization()
                let admin = org.grants.first { $0.role == .admin }?.login ?? ""
                let now = Date()
                let generator = DemoGenerator(proposals: proposals, seed: seed, now: now, calendar: try ledger.calendar())
                let progress = ProgressLine(CLIText.makingDemo[options.lang])
                defer { progress.finish() }
                let count = try ledger.importDemo(organization: org, administrator: admin, at: now) { sink in
                    try generator.generate(sink) { shown in progress.update(shown, of: proposals) }
                }
                progress.finish()
                let seconds = Date().timeIntervalSince(started)
                let size = try ledger.databaseBytes()
                let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
                say(CLIText.createdDemoDatabaseProposalsS(path, count, String(format: "%.1f", seconds), megabytes)[options.lang])
            }
            guard !quiet else { return }
            let org = try ledger.organization()
            say("")
            say(CLIText.playOfficerDexuatLoginDemo[options.lang])
            for role in [Role.head, .deputy, .clerk, .partyLiaison, .inspector, .admin] {
                if let grant = org.grants.filter({ $0.role == role }).sorted(by: { ($0.unitID, $0.login) < ($1.unitID, $1.login) }).first,
                   let officer = org.officer(grant.login) {
                    say("  DEXUAT_AS=\(officer.login)  \(officer.name) — \(role.label[options.lang]), \(grant.unitID)")
                }
            }
            say("")
            var query = ProposalQuery()
            query.limit = 25
            let rows = try ledger.list(query)
            print(Inbox.render(rows, today: Day.inVietnam(Date()), calendar: try ledger.calendar(),
                               soonWithin: try ledger.settings().dueSoonDays, lang: options.lang), terminator: "")
            let total = try ledger.countsByState().values.reduce(0, +)
            if total > rows.count { say(CLIText.proposalsMoreDexuatListAfter(total, rows.last?.id ?? "")[options.lang]) }
        }
    }
}

/// Whether anything is at `path` that `demo` and `--demo` must not make a demo in: a file with
/// content, or beside it a -wal or rollback journal with content (a database whose pages are
/// still in its -wal, which SQLite would delete at the first open of an empty file).
func holdsData(_ path: String) -> Bool {
    ["", "-wal", "-journal"].contains { suffix in
        ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.intValue ?? 0) > 0
    }
}

/// Whether the file at `path` says it is a demo (its first event and `meta.demo`), read
/// only: a real file is refused as it is, not first converted to this build's layout just to
/// be refused. A file that is not a dexuat database at all is not a demo either.
func isDemoFile(_ path: String) -> Bool {
    // An empty file is never opened here: SQLite deletes the -wal of an empty file at open,
    // read only or not, and with it the pages it held.
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    guard size > 0, let ledger = try? Ledger.open(path: path, readOnly: true) else { return false }
    return (try? ledger.isDemo()) ?? false
}
