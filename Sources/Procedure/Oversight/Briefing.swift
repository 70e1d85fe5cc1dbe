/// The statement an officer makes, himself, when acknowledging a text (point 1).
public enum AcknowledgementStatement {
    public static let text = Localized(vi: "Tôi đã đọc và nắm được nội dung", en: "I have read and understood its content")
}

/// A hội nghị quán triệt: a briefing session of one unit on some texts of the library.
public struct Briefing: Sendable, Hashable, Codable, Identifiable {
    /// "QT-2026-001".
    public var id: String
    public var day: Day
    public var unitID: String
    /// Who presented (báo cáo viên): a name, as the minutes write it.
    public var presenter: String
    public var textIDs: [String]
    /// The officers present, by login.
    public var attendees: [String]
    public var notes: String
    public var recordedBy: String

    public init(id: String, day: Day, unitID: String, presenter: String, textIDs: [String], attendees: [String],
                notes: String = "", recordedBy: String) {
        self.id = id
        self.day = day
        self.unitID = unitID
        self.presenter = presenter
        self.textIDs = textIDs
        self.attendees = attendees
        self.notes = notes
        self.recordedBy = recordedBy
    }
}

/// One officer's own statement that he has read and understood one text.
public struct Acknowledgement: Sendable, Hashable, Codable {
    public var login: String
    public var textID: String
    public var day: Day
    /// The words acknowledged, kept with the record.
    public var statement: String

    public init(login: String, textID: String, day: Day, statement: String = AcknowledgementStatement.text.vi) {
        self.login = login
        self.textID = textID
        self.day = day
        self.statement = statement
    }
}
