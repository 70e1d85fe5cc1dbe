import Foundation
import Ledger
import Procedure

/// A printed copy of the register, read back from CSV or HTML.
public struct PrintedRegister: Sendable {
    public struct Line: Sendable, Hashable {
        /// Where the line is in the file (the CSV line, or the HTML line its table opens on).
        public var location: Int
        public var proposalID: String
        public var hash: String
        public var values: [RegisterField: String]
        /// §7.8: the attachments cell of a CSV copy (nil: a copy without that column, from
        /// before the CSV listed attachments, or an HTML one).
        public var attachments: String? = nil
    }

    public var language: Language
    public var lines: [Line]
    /// The checkpoint printed at the copy's foot, when it could be read.
    public var checkpoint: ChainCheckpoint? = nil

    /// Reads a copy, CSV or HTML by its content.
    public static func read(_ text: String) throws -> PrintedRegister {
        let start = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if start.hasPrefix("<") { return try RegisterHTML.parse(text) }
        return try RegisterCSV.parse(text)
    }
}

/// What `verify --register` says about one printed line.
public enum RegisterLineStatus: Sendable, Hashable {
    /// khớp: the line is what the record said at its event, and nothing happened since.
    case matches
    /// đã có diễn biến mới sau bản in: valid, but the proposal has later events.
    case movedOn(laterEvents: Int)
    /// KHÔNG khớp: these printed fields (and, `attachments`, the list of attached files)
    /// differ from what the record said at that event.
    case mismatch(fields: [RegisterField], attachments: Bool = false)
    /// mã không tồn tại: no event of this proposal has that hash.
    case unknownHash

    public func message(_ lang: Language) -> String {
        switch self {
        case .matches:
            return PapersText.matches[lang]
        case .movedOn(let n):
            return PapersText.validButProposalMovedSince(n)[lang]
        case .mismatch(let fields, let attachments):
            let names = (fields.map { $0.label[lang] } + (attachments ? [PapersText.registerAttachments[lang]] : []))
                .map { "\"\($0)\"" }.joined(separator: ", ")
            return PapersText.doesNotMatch(names)[lang]
        case .unknownHash:
            return PapersText.noSuchHash[lang]
        }
    }

    /// A line that cannot be trusted (edited or made up).
    public var isBad: Bool {
        switch self {
        case .matches, .movedOn: false
        case .mismatch, .unknownHash: true
        }
    }
}

public struct RegisterLineResult: Sendable, Hashable {
    public var line: PrintedRegister.Line
    public var status: RegisterLineStatus
}

extension PrintedRegister {
    /// Checks every line against the chain: the hash must be an event of that proposal,
    /// and every printed field must equal what the record said at that event.
    public func check(against ledger: Ledger) throws -> [RegisterLineResult] {
        let org = try ledger.organization()
        let files = lines.contains { $0.attachments != nil }
            ? Dictionary(grouping: try ledger.attachmentsOfPublicProposals(), by: \.proposalID) : [:]
        return try lines.map { line in
            let history = try ledger.history(of: line.proposalID)
            guard let index = history.firstIndex(where: { $0.hash == line.hash }),
                  let then = Proposal.replay(id: line.proposalID, events: history[...index].map(\.event))
            else { return RegisterLineResult(line: line, status: .unknownHash) }
            let expected = RegisterEntry(then, hash: line.hash, organization: org, language: language)
            let differing = RegisterField.allCases.filter { field in
                guard let printed = line.values[field] else { return false }
                return printed != expected[field]
            }
            let filesDiffer = line.attachments.map { !attachmentsMatch($0, files[line.proposalID] ?? []) } ?? false
            if !differing.isEmpty || filesDiffer {
                return RegisterLineResult(line: line, status: .mismatch(fields: differing, attachments: filesDiffer))
            }
            let later = history.count - 1 - index
            return RegisterLineResult(line: line, status: later > 0 ? .movedOn(laterEvents: later) : .matches)
        }
    }
}

extension PrintedRegister {
    /// §7.8: whether a printed attachments cell is what the register wrote: the proposal's
    /// files up to the copy's checkpoint, each with its name, size and hash. Without a
    /// readable checkpoint, the files attached first (a copy printed before later ones were
    /// attached lists fewer). A file printed that is not stored, or stored otherwise, or
    /// left out before another, does not match.
    func attachmentsMatch(_ printed: String, _ files: [AttachmentRecord]) -> Bool {
        if let checkpoint {
            return printed == RegisterCSV.attachmentsCell(files, upTo: checkpoint.seq, language)
        }
        let ordered = files.sorted { $0.number < $1.number }
        return (0...ordered.count).contains { printed == RegisterCSV.attachmentsCell(Array(ordered.prefix($0)), upTo: .max, language) }
    }
}
