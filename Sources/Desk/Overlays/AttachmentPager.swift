import Foundation
import Ledger
import Procedure
import Terminal

/// §7.8: a text-like attachment (txt, csv, md) shown in a pager over the board. The text
/// is stored, hostile data: every line goes through the terminal sanitiser
/// (``Sanitizer/visible(_:)``, via `Draw.wrap`) before it is drawn.
public struct AttachmentPager: DeskComponent {
    public var title: String
    public var text: [String]
    public var list = ListState(scrollsOnly: true)

    public init(title: String, text: String) {
        self.title = title
        self.text = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        ListState.bindings(document: true) + [Binding([.char("q"), .escape, .enter], "close", DeskText.close)]
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        if name == "close" { return [.close] }
        list.apply(name)
        return []
    }

    func lines(width: Int) -> [StyledLine] {
        Draw.wrap(text.map { [Span($0)] }, width: width)
    }

    func box(_ screen: Rect) -> Rect { Dialog.rect(width: min(120, screen.width - 4), height: screen.height - 4, in: screen) }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        let inner = FormHost.inner(box(rect))
        list.count = lines(width: max(1, inner.width)).count
        list.fit(inner.height)
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let inner = Dialog.frame(box(rect), title: Sanitizer.visible(title), into: &buffer)
        let wrapped = lines(width: max(1, inner.width))
        for row in 0..<inner.height where wrapped.indices.contains(list.top + row) {
            Draw.line(wrapped[list.top + row], at: inner.x, y: inner.y + row, width: inner.width, into: &buffer)
        }
    }
}

/// What the worker found for `o` / `:attachment N`: the file, and its text when text-like.
struct AttachmentView: Sendable {
    var proposalID: String
    var record: AttachmentRecord?
    var text: String?
    var truncated: Bool
}

extension ProposalsBoard {
    /// `o` opens the selected proposal's next attachment, `:attachment N` the N-th: a
    /// text-like one in the pager, any other with the command that fetches it.
    mutating func openAttachment(_ argument: String?, _ desk: DeskState) -> [DeskAction] {
        guard let proposal = detail.proposal else { return [.say(DeskText.noProposalSelected, .error)] }
        let given = argument?.trimmingCharacters(in: .whitespaces) ?? ""
        let wanted = Int(given)
        if !given.isEmpty, (wanted ?? 0) <= 0 { return [.say(DeskText.attachmentUsage, .error)] }
        let after = lastAttachment?.id == proposal.id ? lastAttachment?.number ?? 0 : 0
        let viewer = desk.officer
        return [.job(.forBoard(.proposals, "attachment") { ledger in
            let files = try ledger.attachments(ofVisible: proposal)
            let record = wanted.map { n in files.first { $0.number == n } } ?? (files.first { $0.number > after } ?? files.first)
            guard let record else { return AttachmentView(proposalID: proposal.id, record: nil, text: nil, truncated: false) }
            guard record.isTextLike else { return AttachmentView(proposalID: proposal.id, record: record, text: nil, truncated: false) }
            let (_, text, truncated) = try ledger.attachmentText(of: proposal.id, number: record.number, viewer: viewer)
            return AttachmentView(proposalID: proposal.id, record: record, text: text, truncated: truncated)
        })]
    }

    mutating func receive(_ view: AttachmentView, _ desk: DeskState) -> [DeskAction] {
        guard let record = view.record else { return [.say(DeskText.noSuchAttachment(view.proposalID), .error)] }
        lastAttachment = (view.proposalID, record.number)
        guard let text = view.text else {
            return [.say(DeskText.fetchAttachmentWith(view.proposalID, record.number, record.name), .info)]
        }
        let title = "\(record.number). \(record.name) — \(AttachmentRules.sizeText(record.size))"
        return [.push(.pager(AttachmentPager(title: title, text: text + (view.truncated ? "\n" + DeskText.attachmentTruncated[desk.language] : ""))))]
    }
}
