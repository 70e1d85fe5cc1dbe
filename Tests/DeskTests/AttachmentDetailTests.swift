import Ledger
import Procedure
import Terminal
import Testing
@testable import Desk

/// §7.8 in the detail pane: each attached file with its number, name, size, day, who and
/// the start of its hash; a hostile name (escape sequence, bidi override) reaches the
/// screen only as placeholders.
struct AttachmentDetailTests {
    static func file(_ number: Int, _ name: String, size: Int64, step: StepKind? = nil) -> AttachmentRecord {
        AttachmentRecord(seq: Int64(100 + number), proposalID: "2026-001", number: number, step: step, name: name,
                         mediaType: AttachmentRules.mediaType(given: nil, name: name), size: size,
                         sha256: String(repeating: "ab", count: 32), attachedBy: FormsFx.head, attachedAt: "2026-03-02T02:00:00.000Z")
    }

    @Test func theDetailListsEveryAttachmentAndDrawsHostileNamesAsPlaceholders() throws {
        let files = [Self.file(1, "du-toan.csv", size: 2_345), Self.file(2, "bien-ban.pdf", size: 2_621_440, step: .decision),
                     Self.file(3, "x\u{1B}]0;pwned\u{7}\u{202E}fdp.exe", size: 10)]
        let lines = ProposalDocument.attachmentLines(files, org: FormsFx.org, language: .vi)
        let text = Draw.wrap(lines, width: 200).map { $0.map(\.text).joined() }
        #expect(text.count == 3)
        #expect(text[0].hasPrefix("1. du-toan.csv  2 KB  02/03/2026") && text[0].contains("[Hồ sơ]") && text[0].hasSuffix("abababababab"), "\(text[0])")
        #expect(text[1].contains("2,5 MB") && text[1].contains("[\(StepKind.decision.label.vi)]"), "\(text[1])")
        let hostile = text[2]
        #expect(!hostile.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" }, "\(hostile.debugDescription)")
        #expect(hostile.hasPrefix("3. x") && hostile.contains("]0;pwned"), "\(hostile.debugDescription)")
    }
}
