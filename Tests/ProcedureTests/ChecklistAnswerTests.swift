import Testing
@testable import Procedure

/// `ITEM=VERDICT[:comment]`, the one written form of a checklist answer (command line,
/// dossier file, paper import).
@Suite("Checklist answer as text")
struct ChecklistAnswerTests {
    @Test func itemVerdictAndCommentAreRead() {
        #expect(ChecklistAnswer(parsing: "c1_bottleneck=met") == ChecklistAnswer(itemID: "c1_bottleneck", verdict: .met))
        #expect(ChecklistAnswer(parsing: " c2_common_good = not_met : Chưa rõ lợi ích: cần số liệu ")
                == ChecklistAnswer(itemID: "c2_common_good", verdict: .notMet, comment: "Chưa rõ lợi ích: cần số liệu"))
    }

    @Test(arguments: ["c1_bottleneck", "=met", "c1=yes", "c1=", "c1=Met", ""])
    func anythingElseIsNotAnAnswer(_ text: String) {
        #expect(ChecklistAnswer(parsing: text) == nil)
    }
}
