import Procedure

/// One item of the review checklist on screen: its verdict (met / not met / unclear)
/// and a comment. The field has two parts that Tab visits in turn, so that Space can
/// both choose a verdict and be typed in the comment.
public struct ChecklistRowField: Sendable, Equatable {
    public var itemID: String
    public var verdict: ChoiceField
    public var comment: LineEditor

    public init(itemID: String, answer: ChecklistAnswer? = nil) {
        self.itemID = itemID
        verdict = ChoiceField(
            options: ChecklistVerdict.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.label) },
            selectedID: answer?.verdict.rawValue)
        comment = LineEditor(answer?.comment ?? "")
    }

    /// The answer, when a verdict is chosen.
    public var answer: ChecklistAnswer? {
        guard let id = verdict.selectedID, let verdict = ChecklistVerdict(rawValue: id) else { return nil }
        return ChecklistAnswer(itemID: itemID, verdict: verdict, comment: comment.committed.trimmingSpaces)
    }
}
