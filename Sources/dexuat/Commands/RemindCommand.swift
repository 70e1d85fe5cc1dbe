import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat remind [--date D] [--mail] [--dry-run] [--json]`: what waits on each officer,
/// what is due within the warning margin and what is overdue (issue 14). Printed, or with
/// `--mail` sent through sendmail, one message per officer with an address on file and
/// something waiting. An administrator's or a timer's command: refused over SSH.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Nhắc việc: việc cần xử lý, sắp đến hạn, quá hạn của từng cán bộ; --mail gửi thư qua sendmail.",
        discussion: """
            Không có --mail: in bản nhắc việc của từng cán bộ có việc đang chờ.
            --mail: gửi một thư cho mỗi cán bộ có địa chỉ thư (officer set --email) và có việc đang chờ, qua /usr/sbin/sendmail -t -oi; --dry-run in các thư thay vì gửi.
            Mã thoát 3 khi sendmail không gửi được thư của một cán bộ (các cán bộ khác vẫn được gửi).
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "Ngày nhắc (ngày/tháng/năm, ví dụ 25/08/2026; mặc định hôm nay, giờ Việt Nam).") var date: String?
    @Flag(help: "Gửi thư cho từng cán bộ có địa chỉ thư.") var mail = false
    @Flag(name: .customLong("dry-run"), help: "Với --mail: in các thư thay vì gửi.") var dryRun = false
    @Option(help: "Địa chỉ người gửi (mặc định dexuat@TÊN-MÁY).") var from: String?
    @Flag(help: "In JSON.") var json = false
    @Flag(name: .customLong("working-days-only"),
          help: "Chỉ nhắc vào ngày làm việc theo lịch làm việc (ngày nghỉ lễ, Tết thì không in, không gửi gì); bộ hẹn giờ dexuat-remind.timer dùng tùy chọn này.")
    var workingDaysOnly = false

    /// The MTA; DEXUAT_SENDMAIL replaces it for tests only (this command is refused over SSH).
    static var sendmailPath: String {
        let env = ProcessInfo.processInfo.environment["DEXUAT_SENDMAIL"] ?? ""
        return env.isEmpty ? "/usr/sbin/sendmail" : env
    }

    func run() throws {
        try dexuat.run(options) {
            let today = try date.map { try parseDay($0, field: "--date") } ?? Day.inVietnam(Date())
            if dryRun && !mail {
                throw InputError(CLIText.dryRunGoesMail)
            }
            let sender: String
            if let from {
                guard let valid = EmailAddress.validated(from) else {
                    throw InputError(CLIText.invalidEMailAddress)
                }
                sender = valid
            } else {
                sender = "dexuat@" + MailMessage.hostName()
            }
            let ledger = try options.openLedger()
            // The timer fires Monday to Friday; a public holiday or a day of the Tết break
            // is not a working day, and nobody is reminded on it.
            if workingDaysOnly, !(try ledger.calendar().isWorkingDay(today)) {
                say(CLIText.notWorkingDayNoReminders(today.vietnamese)[options.lang])
                return
            }
            let reminders = try ledger.reminders(on: today)
            if json {
                try printJSON(reminders.map { ReminderJSON($0) })
            } else if !mail {
                let pending = reminders.filter { !$0.isEmpty }
                if pending.isEmpty {
                    say(CLIText.nothingWaitsAnyone(today.vietnamese)[options.lang])
                }
                for (index, reminder) in pending.enumerated() {
                    if index > 0 { say("") }
                    print(SafeOutput.lines(ReminderDigest.body(reminder, today: today, lang: options.lang)), terminator: "")
                }
            }
            guard mail else { return }
            var failed: [String] = []
            for reminder in reminders where !reminder.isEmpty {
                guard let address = reminder.email else { continue }
                let message = MailMessage(from: sender, toName: reminder.name, toAddress: address,
                                          subject: ReminderDigest.subject(reminder, today: today, lang: options.lang),
                                          date: Date(), messageID: "\(UUID().uuidString.lowercased())@\(MailMessage.hostName())",
                                          body: ReminderDigest.body(reminder, today: today, lang: options.lang))
                if dryRun {
                    if !json { print(message.rendered) }
                    continue
                }
                if let problem = Self.send(message.rendered) {
                    failed.append(reminder.login)
                    FileHandle.standardError.write(Data(SafeOutput.lines(CLIText.dexuatCouldNotSendMessage(reminder.login, problem)[options.lang]).utf8))
                } else if !json {
                    say(CLIText.sent(reminder.login, address)[options.lang])
                }
            }
            if !failed.isEmpty {
                fail(CLIText.sendmailFailedMessageS(failed.count)[options.lang], code: 3)
            }
        }
    }

    /// Pipes one message to `sendmail -t -oi`; the problem when it did not take it.
    static func send(_ message: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sendmailPath)
        process.arguments = ["-t", "-oi"]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return "\(sendmailPath): \(error.localizedDescription)"
        }
        // A sendmail that exits before reading everything must not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "\(sendmailPath) exit \(process.terminationStatus)"
    }
}

struct ReminderJSON: Encodable {
    struct Item: Encodable {
        var id: String
        var title: String
        var state: String
        var due: String?
        init(_ p: ProposalSummary) { id = p.id; title = p.title; state = p.state.rawValue; due = p.nextDue?.iso }
    }
    var login: String
    var name: String
    var email: String?
    var overdue: [Item]
    var dueSoon: [Item]
    var waiting: [Item]
    /// Whether `--mail` sends this officer a message: an address on file and something waiting.
    var sendsMail: Bool

    init(_ r: Reminder) {
        login = r.login; name = r.name; email = r.email
        overdue = r.overdue.map(Item.init); dueSoon = r.dueSoon.map(Item.init); waiting = r.other.map(Item.init)
        sendsMail = r.email != nil && !r.isEmpty
    }
}
