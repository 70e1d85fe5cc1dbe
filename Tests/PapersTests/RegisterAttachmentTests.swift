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
