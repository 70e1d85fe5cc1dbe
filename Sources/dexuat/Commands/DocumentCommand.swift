import ArgumentParser
import Foundation
import Ledger
import Papers
import Procedure

/// `dexuat document ID --kind minutes|decision|conclusion`: an official document from the
/// record, laid out per Nghị định 30/2020/NĐ-CP, as .docx or HTML, numbered in the unit's
/// register of documents.
struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Lập văn bản từ hồ sơ: biên bản họp (minutes), quyết định cho phép triển khai (decision), thông báo kết luận đánh giá (conclusion); .docx hoặc HTML.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Mã đề xuất.", completion: .custom(ProposalCompletion.ids)) var id: String
    @Option(help: "minutes, decision hoặc conclusion.") var kind: String
    @Option(help: "docx (mặc định) hoặc html.") var format: String = "docx"
    @Option(help: "Tệp ghi ra (mặc định: đầu ra chuẩn; .docx thì chuyển vào tệp: `dexuat document … > qd.docx`).")
    var output: String?
    @Flag(help: "Cho phép thay tệp --output đã có.") var force = false
    @Option(help: "Địa danh ghi trước ngày tháng.") var place: String = DocumentBuilder.defaultPlace

    func run() throws {
        try dexuat.run(options) {
            guard let documentKind = OfficialDocumentKind(rawValue: kind) else {
                throw InputError(CLIText.kindMinutesDecisionConclusionNot(kind))
            }
            guard format == "docx" || format == "html" else {
                throw InputError(CLIText.formatDocxHtmlNot(format))
            }
            let placeName = try TextInput.singleLine(place, field: CLIText.place).get()
            let ledger = try options.openLedger()
            let proposal = try lookUp(id, in: ledger)
            let settings = try ledger.settings()
            let day: Day
            switch DocumentBuilder.day(of: documentKind, for: proposal, settings: settings) {
            case .success(let d): day = d
            case .failure(let refusal): fail(refusal.message[options.lang], code: 1)
            }
            let actor = try Identity.actor(in: ledger)
            let (number, reused) = try ledger.documentNumber(for: proposal.id, kind: documentKind, day: day, by: actor)
            let document: OfficialDocument
            switch DocumentBuilder.build(documentKind, for: proposal, number: number, organization: try ledger.organization(),
                                         settings: settings, place: placeName.isEmpty ? DocumentBuilder.defaultPlace : placeName,
                                         checkpoint: try ledger.chainHead().checkpoint,
                                         events: try ledger.history(of: proposal.id).map(\.event),
                                         attachments: try ledger.attachments(ofVisible: proposal),
                                         minutesNumber: try ledger.documentNumbers().last { $0.proposalID == proposal.id && $0.kind == .minutes }) {
            case .success(let d): document = d
            case .failure(let refusal): fail(refusal.message[options.lang], code: 1)
            }
            let target = OutputTarget(output, force: force, database: options.databasePath)
            let written: String?
            if format == "html" {
                written = try target.write(Data(DocumentHTML.render(document).utf8))
            } else {
                written = try target.write(try DocxWriter.data(document), binary: true,
                                           example: "dexuat document \(id) --kind \(documentKind.rawValue)")
            }
            let numbering = reused ? CLIText.numberReused[options.lang] : CLIText.newNumber[options.lang]
            // The document itself may be on standard output: the note goes to standard error then.
            guard let written else {
                FileHandle.standardError.write(Data(SafeOutput.lines("\(document.number) (\(numbering))\n").utf8))
                return
            }
            say("\(document.number) (\(numbering)) → \(written)")
        }
    }
}
