/// A piece of text a person reads, in both languages the program speaks.
///
/// Every user-facing string of the domain is one of these, so that a refusal can be
/// shown in Vietnamese (the default) or in English (`--lang en`) without the domain
/// knowing which the user chose.
///
///     let text = Localized(vi: "Thiếu lý do", en: "A reason is missing")
///     print(text[.vi])
public struct Localized: Sendable, Hashable, Codable, CustomStringConvertible {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    public var description: String { vi }
}

/// The languages of the user interface. Vietnamese is the default everywhere.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case vi
    case en
}
