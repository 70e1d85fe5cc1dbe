import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat list`: the inbox, newest first, with filters and keyset paging.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Danh sách đề xuất, mới nhất trước (lọc theo trạng thái, đơn vị, hạn, từ khóa).")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Trạng thái (lặp lại được): \(ProposalState.allCases.map(\.rawValue).joined(separator: ", ")).") var state: [String] = []
    @Option(help: "Mã đơn vị (xem xét hoặc đề xuất).") var unit: String?
    @Flag(help: "Chỉ những đề xuất quá hạn.") var overdue = false
    @Flag(name: .customLong("due-soon"), help: "Chỉ những đề xuất sắp đến hạn (≤ 2 ngày làm việc).") var dueSoon = false
    @Flag(help: "Chỉ đề xuất của người dùng: do người dùng đề xuất hoặc thuộc đơn vị người dùng xem xét.") var mine = false
    @Option(help: "Tìm theo từ khóa (không phân biệt dấu; có dấu thì ưu tiên khớp đúng dấu).") var search: String?
    @Option(help: "Số dòng tối đa.") var limit: Int = 50
    @Option(help: "Trang tiếp theo: các đề xuất cũ hơn mã này.") var after: String?
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            var query = ProposalQuery()
            query.states = try state.map { text in
                guard let s = ProposalState(rawValue: text) else {
                    throw InputError(CLIText.invalidState(text))
                }
                return s
            }
            guard limit > 0 else { throw InputError(CLIText.limitMustPositive) }
            let today = Day.inVietnam(Date())
            query.unitID = unit
            query.limit = limit
            query.after = after
            query.search = search
            if overdue { query.overdueOn = today }
            if dueSoon { query.dueSoonOn = today }
            query.viewer = viewer(in: ledger)
            if mine { query.involving = try Identity.actor(in: ledger).voice }
            let rows = try ledger.list(query)
            let calendar = try ledger.calendar()
            let soon = try ledger.settings().dueSoonDays
            if json {
                try printJSON(rows.map { ListItemJSON($0, today: today, calendar: calendar, soonWithin: soon, lang: options.lang) })
                return
            }
            print(Inbox.render(rows, today: today, calendar: calendar, soonWithin: soon, lang: options.lang), terminator: "")
            if rows.count == limit, let last = rows.last {
                say(CLIText.moreDexuatListAfter(last.id)[options.lang])
            }
        }
    }
}

/// The inbox as plain text: one line per proposal, columns padded by display width.
enum Inbox {
    static func render(_ rows: [ProposalSummary], today: Day, calendar: WorkingCalendar, soonWithin: Int, lang: Language) -> String {
        if rows.isEmpty { return (CLIText.noProposals[lang]) + "\n" }
        let header = CLIText.inboxColumns.map { $0[lang] }
        var lines = [header]
        for row in rows {
            let status = row.nextDue.map { calendar.dueStatus(of: $0, today: today, soonWithin: soonWithin) }
            let mark = status == .overdue ? "!" : status == .dueSoon ? "~" : " "
            lines.append([mark, row.id, row.stateLabel[lang], row.nextDue?.vietnamese ?? "—", row.reviewingUnitID,
                          row.proposerName, row.title])
        }
        let widths = [1, 12, 30, 10, 8, 22, 60]
        var out = ""
        for line in lines {
            var text = zip(line, widths).map { Text.fit(Text.visible($0), $1) }.joined(separator: " ")
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        out += CLIText.overdueDueSoon[lang]
        return out
    }
}

/// Plain-text helpers for the command line. The TUI has its own width table; here NFC
/// Vietnamese is one column per character, which is what a terminal shows.
enum Text {
    /// Stored text on one line, through the command line's one terminal sanitiser
    /// (`SafeOutput`): a line break becomes a space, every other control a placeholder.
    static func visible(_ text: String) -> String {
        // Scalars, not Characters: "\r\n" is one Character, and its "\n" must go too.
        // (Swift's own views: Foundation's replacingOccurrences was a third of `list`'s
        // rendering at its first use in the process.)
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return SafeOutput.lines(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\n" ? " " : scalar) }
        return SafeOutput.lines(String(scalars))
    }

    static func fit(_ text: String, _ width: Int) -> String {
        if text.count > width { return String(text.prefix(max(0, width - 1))) + "…" }
        return text + String(repeating: " ", count: width - text.count)
    }
}
