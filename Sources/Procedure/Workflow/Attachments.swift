import Foundation

/// One file attached to a proposal (PROCEDURE.md §7.8), as the `attachment_added` event
/// records it: the content itself is stored by its SHA-256, never in the event.
public struct AttachmentAdded: Sendable, Hashable, Codable {
    public var proposalID: String
    /// 1, 2, 3… within the proposal, in the order attached; a newer version is a new number.
    public var number: Int
    /// The step the file belongs to; nil for the dossier itself.
    public var step: StepKind?
    public var name: String
    public var mediaType: String
    public var size: Int64
    /// Lower-case hex SHA-256 of the content.
    public var sha256: String

    public init(proposalID: String, number: Int, step: StepKind?, name: String, mediaType: String, size: Int64, sha256: String) {
        self.proposalID = proposalID
        self.number = number
        self.step = step
        self.name = name
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
    }

    public static let kind = "attachment_added"
}

/// The rules of §7.8 that need no storage: who may attach, what a name may be, the limit.
public enum AttachmentRules {
    /// The range of the `attachment_max_mb` setting, in MiB.
    public static let maxMBRange = 1...200

    /// Whether `login` may attach a file to `proposal`: the proposer, or an officer holding
    /// a role (other than proposer or administrator) in the proposal's unit, its reviewing
    /// unit or a unit above them. Visibility (a draft is private) is checked before this.
    public static func mayAttach(_ proposal: Proposal, login: String, in org: Organization) -> Refusal? {
        if login == proposal.proposer { return nil }
        let roles = Role.allCases.filter { $0 != .proposer && $0 != .admin }
        for unit in [proposal.unitID, proposal.reviewingUnitID] {
            for role in roles where org.holds(role, login, inOrAbove: unit) { return nil }
        }
        return Refusal(.attachmentNotAllowed, detail: org.officer(login).map { "\($0.name) (\(login))" } ?? login)
    }

    /// The refusal of a file larger than the limit, with the limit in its text.
    public static func tooLarge(limitMB: Int) -> Refusal {
        Refusal(.attachmentTooLarge, detail: Localized(vi: "giới hạn \(limitMB) MB mỗi tệp", en: "the limit is \(limitMB) MB per file"))
    }

    /// The limit in bytes.
    public static func limitBytes(mb: Int) -> Int64 { Int64(mb) * 1_048_576 }

    /// A file's name: one line, no control characters, not empty, at most 255 characters.
    public static func checkName(_ name: String) -> Result<String, Refusal> {
        let field = Localized(vi: "tên tệp", en: "file name")
        switch TextInput.singleLine(name, field: field) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let clean):
            if clean.isEmpty { return .failure(Refusal(.controlCharacters, detail: Localized(vi: "tên tệp trống", en: "empty file name"))) }
            if clean.count > 255 { return .failure(Refusal(.textTooLong, detail: field)) }
            return .success(clean)
        }
    }

    /// The media type: as given when it looks like `type/subtype`, else guessed from the
    /// name's extension, else `application/octet-stream`.
    public static func mediaType(given: String?, name: String) -> String {
        if let given, isMediaType(given) { return given.lowercased() }
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return byExtension[ext] ?? "application/octet-stream"
    }

    public static func isMediaType(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-_")
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 64 && $0.allSatisfy { allowed.contains($0) } }
    }

    static let byExtension: [String: String] = [
        "txt": "text/plain", "csv": "text/csv", "md": "text/markdown", "pdf": "application/pdf",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    /// A size as people read it: "812 B", "34 KB", "2,5 MB".
    public static func sizeText(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1_048_576 { return "\((bytes + 512) / 1024) KB" }
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10),\(tenths % 10) MB"
    }

    /// Whether the Desk may show the file as text: text/* or a txt, csv or md name.
    public static func isTextLike(mediaType: String, name: String) -> Bool {
        if mediaType.lowercased().hasPrefix("text/") { return true }
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return ["txt", "csv", "md"].contains(ext)
    }
}
