import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

/// §7.8: the public register lists each attachment's name, size and SHA-256, never its
/// content; a hostile name is escaped and isolated like every stored value; the copy
/// still reads back for `verify --register`.
@Suite struct RegisterAttachmentTests {
    @Test func theRegisterListsNamesSizesAndHashesNeverContent() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let secret = "Nội dung mật: 42.000.000 đồng"
        let proposer = try #require(try fixture.ledger.proposal(id)).proposer
        let record = try fixture.ledger.attach(to: id, step: nil, name: "<b>du-toan</b>.csv", mediaType: nil, data: Data(secret.utf8),
                                               by: Actor(login: proposer), at: RecordFixture.origin)
        var register = try fixture.register()
        register.attachments = Dictionary(grouping: try fixture.ledger.attachmentsOfPublicProposals(), by: \.proposalID)
        let html = RegisterHTML.render(register)
        #expect(html.contains("data-field=\"attachments\""))
        #expect(html.contains(record.sha256) && html.contains(AttachmentRules.sizeText(record.size)))
        #expect(html.contains("&lt;b&gt;du-toan&lt;/b&gt;.csv") && !html.contains("<b>du-toan"))
        #expect(!html.contains("42.000.000"), "the content reached the register")
        #expect(try RegisterHTML.parse(html).lines.map(\.proposalID) == [id])
    }
}

/// §7.8: the minutes, the decision and the conclusion list the attached files they rest
/// on, by step: the dossier's and the review's for the first two, the dossier's and the
/// evaluation's for the conclusion; each with its size and full SHA-256.
@Suite struct DocumentAttachmentTests {
    @Test(arguments: OfficialDocumentKind.allCases)
    func eachDocumentListsTheFilesOfItsSteps(_ kind: OfficialDocumentKind) throws {
        let fixture = try RecordFixture()
        let id = try fixture.concluded()
        let p = try #require(try fixture.ledger.proposal(id))
        let actor = Actor(login: p.proposer)
        var files: [StepKind?: AttachmentRecord] = [:]
        for step in [nil] + StepKind.allCases.map(Optional.some) {
            files[step] = try fixture.ledger.attach(to: id, step: step, name: "tep-\(step?.rawValue ?? "ho-so").pdf", mediaType: nil,
                                                    data: Data((step?.rawValue ?? "hồ sơ").utf8), by: actor, at: RecordFixture.origin)
        }
        let settings = try fixture.ledger.settings()
        let day = try DocumentBuilder.day(of: kind, for: p, settings: settings).get()
        let (number, _) = try fixture.ledger.documentNumber(for: id, kind: kind, day: day, by: Actor(login: RecordWard.clerk),
                                                            at: RecordFixture.day(7, month: 12))
        let doc = try DocumentBuilder.build(kind, for: p, number: number, organization: try fixture.ledger.organization(),
                                            settings: settings, checkpoint: try fixture.ledger.chainHead().checkpoint,
                                            attachments: try fixture.ledger.attachments(ofVisible: p)).get()
        let html = DocumentHTML.render(doc)
        let resting = DocumentBuilder.stepsResting(on: kind)
        for (step, record) in files {
            #expect(html.contains(record.sha256) == resting.contains(step), "\(kind) \(String(describing: step))")
        }
        #expect(html.contains("Tài liệu kèm theo: 1. ") && html.contains("tep-ho-so.pdf"))
    }
}
