import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat attach ID --name NAME [--step KIND] [--type MEDIA] < FILE` (PROCEDURE.md §7.8):
/// the file is read from standard input, streamed, so that it works the same through
/// `ssh-session`, which reads no file of the server.
struct Attach: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attach",
        abstract: "Đính kèm một tệp (đọc từ đầu vào chuẩn) vào đề xuất hoặc một bước của đề xuất.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
    @Option(help: "Bước: party_opinion, decision, resourcing, report, evaluation, conclusion, measures (bỏ trống: hồ sơ).") var step: String?
    @Option(help: "Tên tệp.") var name: String
    @Option(help: "Kiểu tệp (media type), ví dụ text/csv; bỏ trống: đoán theo tên.") var type: String?
    @Flag(help: "In JSON của tệp đã đính kèm.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let stepKind: StepKind?
            if let step {
                guard let kind = StepKind(rawValue: step) else { throw InputError(CLIText.unknownAttachmentStep(step)) }
                stepKind = kind
            } else {
                stepKind = nil
            }
            if let type, !AttachmentRules.isMediaType(type) { throw InputError(CLIText.badMediaType(type)) }
            let ledger = try options.openLedger()
            let actor = try Identity.actor(in: ledger)
            let proposal = try lookUp(id, in: ledger)
            let record = try ledger.attach(to: proposal.id, step: stepKind, name: name, mediaType: type,
                                           from: FileHandle.standardInput, by: actor)
            if json {
                try printJSON(AttachmentJSON(record, org: try ledger.organization()))
            } else {
                say(CLIText.attached(record.proposalID, record.number, AttachmentFormat.size(record.size), String(record.sha256.prefix(12)))[options.lang])
            }
        }
    }
}

/// `dexuat attachments ID [--json]`: the files attached to a proposal.
struct Attachments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attachments", abstract: "Liệt kê các tệp đính kèm của một đề xuất.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let ledger = try options.openLedger()
            let proposal = try lookUp(id, in: ledger)
            let org = try ledger.organization()
            let rows = try ledger.attachments(ofVisible: proposal)
            if json {
                try printJSON(rows.map { AttachmentJSON($0, org: org) })
                return
            }
            if rows.isEmpty { say(CLIText.noAttachments(proposal.id)[options.lang]); return }
            for row in rows {
                // `say` shows every control character of a stored name as U+FFFD.
                say(AttachmentFormat.line(row, org: org, lang: options.lang))
            }
        }
    }
}

/// `dexuat attachment get ID N > FILE`: one attached file, streamed to standard output.
struct AttachmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachment", abstract: "Tệp đính kèm: lấy nội dung một tệp.", subcommands: [Get.self])

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Ghi nội dung tệp đính kèm số N ra đầu ra chuẩn (chuyển hướng vào một tệp).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
        @Argument(help: "Số thứ tự của tệp (xem dexuat attachments ID).") var number: Int

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                let proposal = try lookUp(id, in: ledger)
                guard let record = try ledger.attachments(ofVisible: proposal).first(where: { $0.number == number }) else {
                    throw InputError(CLIText.noAttachment(proposal.id, number))
                }
                // Raw bytes are never sent to a terminal, where they could be commands.
                if isatty(1) == 1 {
                    throw InputError(CLIText.attachmentNotToTerminal(proposal.id, number, record.name))
                }
                try ledger.writeAttachment(of: proposal.id, number: number, viewer: viewer(in: ledger)) { data in
                    FileHandle.standardOutput.write(data)
                }
            }
        }
    }
}

/// How an attachment is shown on a line.
enum AttachmentFormat {
    static func size(_ bytes: Int64) -> String { AttachmentRules.sizeText(bytes) }

    static func line(_ r: AttachmentRecord, org: Organization, lang: Language) -> String {
        let day = r.date.map { Day.inVietnam($0).vietnamese } ?? "?"
        let step = r.step?.label[lang] ?? CLIText.attachmentDossier[lang]
        let who = org.officer(r.attachedBy)?.name ?? r.attachedBy
        return "\(r.number). \(r.name)  \(size(r.size))  \(day)  \(who)  [\(step)]  sha256 \(r.sha256.prefix(12))"
    }
}

/// One attachment in `attachments --json`, `attach --json` and `show --json`.
struct AttachmentJSON: Encodable {
    var proposal: String
    var number: Int
    @NullEncoded var step: String?
    var name: String
    var mediaType: String
    var size: Int64
    var sha256: String
    var attachedBy: String
    var attachedByName: String
    var attachedAt: String

    init(_ r: AttachmentRecord, org: Organization) {
        proposal = r.proposalID
        number = r.number
        step = r.step?.rawValue
        name = r.name
        mediaType = r.mediaType
        size = r.size
        sha256 = r.sha256
        attachedBy = r.attachedBy
        attachedByName = org.officer(r.attachedBy)?.name ?? ""
        attachedAt = r.attachedAt
    }
}

extension ShowJSON {
    /// §7.8: the timeline with the events that attached files (stored with no proposal
    /// id, found through their attachment rows), in the chain's order.
    static func withAttachmentEvents(_ events: [EventJSON], _ files: [AttachmentEvent], org: Organization) -> [EventJSON] {
        let added = files.map { f in
            EventJSON(seq: f.record.seq, kind: f.kind, actor: f.actor, onBehalfOf: f.onBehalfOf, played: f.played,
                      at: f.record.date ?? Date(timeIntervalSince1970: 0), atLocal: f.atLocal, reason: "", hash: f.hash,
                      acting: nil, attachment: AttachmentJSON(f.record, org: org))
        }
        return (events + added).sorted { $0.seq < $1.seq }
    }
}
