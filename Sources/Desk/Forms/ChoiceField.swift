import Procedure

/// One option of a ``ChoiceField``: a stable id the form's actions use, and its label.
public struct ChoiceOption: Sendable, Equatable {
    public var id: String
    public var label: Localized

    public init(id: String, label: Localized) {
        self.id = id
        self.label = label
    }
}

/// A choice among a few options, all shown at once (`(•) Đồng ý  ( ) Không đồng ý`),
/// cycled with Space, Left and Right.
///
/// It starts with nothing chosen when the choice is a judgement (a ballot, a verdict),
/// so that no officer decides by leaving a default in place.
public struct ChoiceField: Sendable, Equatable {
    public var options: [ChoiceOption]
    /// The chosen option, or nil when none is chosen yet.
    public var selected: Int?

    public init(options: [ChoiceOption], selectedID: String? = nil) {
        self.options = options
        self.selected = selectedID.flatMap { id in options.firstIndex { $0.id == id } }
    }

    public var selectedID: String? { selected.map { options[$0].id } }

    /// The next option (Space, Right), or the first when none is chosen.
    public mutating func next() {
        guard !options.isEmpty else { return }
        selected = selected.map { ($0 + 1) % options.count } ?? 0
    }

    /// The previous option (Left), or the last when none is chosen.
    public mutating func previous() {
        guard !options.isEmpty else { return }
        selected = selected.map { ($0 + options.count - 1) % options.count } ?? options.count - 1
    }
}
