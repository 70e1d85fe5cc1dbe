import Foundation
import Ledger
import Procedure
import Terminal

extension Board {
    /// Point 1: the legal library, acknowledgements, coverage, briefings.
    public static let dissemination = Board("dissemination")
}

/// The sections of the "Văn bản, quán triệt" board (point 1).
public enum DisseminationView: Int, CaseIterable, Sendable {
    case library
    case coverage
    case briefings

    public var title: Localized {
        switch self {
        case .library: DeskText.libraryTitle
        case .coverage: DeskText.coverageTitle
        case .briefings: DeskText.briefingsTitle
        }
    }

    /// The command that shows the section.
    var command: String { ["library", "coverage", "briefings"][rawValue] }
}

/// The "Văn bản, quán triệt" board (key `V`): the library with the officer's own
/// acknowledgements, the coverage per unit and per text with who is missing, the
/// briefings. Every unit for the inspector and the ward leadership, the officer's own
/// unit otherwise.
public struct DisseminationBoard: BoardComponent {
    public static let board = Board.dissemination
    public static let switchKey = Key.char("V")
    public static let commandName = "dissemination"
    public static let description = DeskText.disseminationDescription
    public static let hint = DeskText.hintDissemination

    public var view: DisseminationView = .library
    /// The library's texts (the selection).
    public var library = ListState()
    /// The coverage or briefings document, or the selected text's summary.
    public var document = ListState(scrollsOnly: true)
    public var records = OversightRecords()
    public var coverage: Coverage?
    /// Whether the officer sees every unit (inspector, ward leadership, administrator).
    public var seesAll = false
    /// Counts the records received (0: not read yet, the library says it is loading).
    var generation = 0
    var wrapped = WrappedDocument()

    public static func make(_ desk: DeskState) -> DisseminationBoard { DisseminationBoard() }

    public var selectedText: LegalText? {
        records.library.indices.contains(library.selected) ? records.library[library.selected] : nil
    }

    /// Nil when the officer may acknowledge the selected text now; else why not.
    func acknowledgeRefusal(_ desk: DeskState) -> Localized? {
        guard view == .library else { return DeskText.onlyInLibrary }
        guard let text = selectedText else { return DeskText.noTextSelected }
        if let ack = records.acknowledgements[OversightRecords.key(desk.officer, text.id)] {
            return DeskText.alreadyAcknowledged(ack.day)
        }
        return nil
    }

    /// Nil when the officer may record a briefing for some unit; else the domain's refusal.
    func briefingRefusal(_ desk: DeskState) -> Localized? {
        guard OversightBoards.units(for: .recordBriefing, desk).isEmpty else { return nil }
        let refusal = OversightPermissions.check(.recordBriefing, by: Actor(login: desk.officer),
                                                 unitID: desk.organization.officer(desk.officer)?.unitID, in: desk.organization)
        return DeskText.refusal(refusal ?? OversightRefusal(.roleRequired))
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        var all: [Binding] = [
            Binding([.tab], "next-section", DeskText.sectionNext, hint: DeskText.hintSection),
            Binding([.backTab], "previous-section", DeskText.sectionPrevious),
        ]
        for section in DisseminationView.allCases {
            all.append(Binding([.char(Character(String(section.rawValue + 1)))], section.command, DeskText.showSection(section.title)))
        }
        all += ListState.bindings(document: view != .library)
        all += [
            Binding([.char("x"), .enter], "acknowledge", DeskText.acknowledgeHelp,
                    hint: view == .library ? DeskText.hintAcknowledge : nil,
                    why: acknowledgeRefusal(desk)),
            Binding([.char("b")], "briefing", DeskText.briefingHelp, hint: DeskText.hintBriefing, why: briefingRefusal(desk)),
        ]
        return all
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        switch name {
        case "next-section": show(DisseminationView(rawValue: (view.rawValue + 1) % 3) ?? .library)
        case "previous-section": show(DisseminationView(rawValue: (view.rawValue + 2) % 3) ?? .library)
        case "acknowledge":
            guard let text = selectedText else { return [] }
            return OversightBoards.form(.acknowledge(textID: text.id), on: Self.board, records: records, units: [], desk)
        case "briefing":
            return OversightBoards.form(.briefing, on: Self.board, records: records,
                                        units: OversightBoards.units(for: .recordBriefing, desk), desk)
        case "down", "up", "top", "bottom":
            // In the library j/k choose the text; elsewhere they scroll the document.
            if view == .library {
                let before = library.selected
                library.apply(name)
                if library.selected != before { document.toTop() }
            } else {
                document.apply(name)
            }
        default:
            if let section = DisseminationView.allCases.first(where: { $0.command == name }) {
                show(section)
            } else {
                document.apply(name)
            }
        }
        return []
    }

    mutating func show(_ section: DisseminationView) {
        view = section
        document.toTop()
    }

    public func load(_ desk: DeskState) -> LedgerJob? {
        OversightBoards.load(Self.board, "board.dissemination", desk, coverage: true)
    }

    public mutating func receive(_ payload: any Sendable, _ desk: DeskState) -> [DeskAction] {
        switch payload {
        case let loaded as OversightLoaded:
            records = loaded.records
            coverage = loaded.coverage
            seesAll = loaded.seesAll
            generation += 1
            library.resize(count: records.library.count)
            return []
        case let submission as FormSubmission:
            return OversightBoards.record(submission, on: Self.board, desk)
        case let answer as OversightRecorded:
            return OversightBoards.recorded(answer, reload: load(desk))
        default:
            return []
        }
    }

    // MARK: - Layout and drawing

    struct Rects {
        var list: Rect?
        var document: Rect
    }

    /// Where the library's list and the document go: side by side from 120 columns.
    func rects(_ rect: Rect) -> Rects {
        let content = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        guard view == .library else { return Rects(list: nil, document: content) }
        if content.width >= 120 {
            let list = Rect(x: content.x, y: content.y, width: content.width * 55 / 100, height: content.height)
            return Rects(list: list, document: Rect(x: list.maxX, y: content.y, width: content.width - list.width, height: content.height))
        }
        let height = min(content.height / 2 + 1, max(1, records.library.count) + 3)
        return Rects(list: Rect(x: content.x, y: content.y, width: content.width, height: height),
                     document: Rect(x: content.x, y: content.y + height, width: content.width, height: content.height - height))
    }

    /// The document of the section: the selected text, the coverage, or the briefings.
    func documentLines(_ desk: DeskState, width: Int) -> [StyledLine] {
        switch view {
        case .library: textLines(desk)
        case .coverage: coverage.map { coverageLines($0, width: width, desk.language) } ?? []
        case .briefings: briefingLines(desk)
        }
    }

    var documentTitle: Localized {
        switch view {
        case .library: DeskText.summaryTitle
        case .coverage: DeskText.coverageTitle
        case .briefings: DeskText.briefingSessions
        }
    }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        let rects = rects(rect)
        if let list = rects.list {
            // The box, then the column header.
            library.fit(list.height - 3)
        }
        library.resize(count: records.library.count)
        let key = DocumentKey(width: rects.document.width, language: desk.language, generation: generation, section: view.rawValue,
                              selected: library.selected, today: desk.today)
        var text = wrapped
        text.update(key, in: rects.document) { documentLines(desk, width: rects.document.width - 2) }
        wrapped = text
        document.fit(rects.document.height - 2)
        document.resize(count: wrapped.lines.count)
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        let readOnly = acknowledgeRefusal(desk) != nil && briefingRefusal(desk) != nil
        OversightBoards.drawTabs(DeskText.disseminationTitle, DisseminationView.allCases.map(\.title), selected: view.rawValue,
                                 scope: OversightBoards.scopeText(seesAll: seesAll, readOnly: readOnly, desk), desk, at: rect, into: &buffer)
        let rects = rects(rect)
        if let list = rects.list { drawLibrary(desk, in: list, into: &buffer) }
        guard rects.document.height > 2 else { return }
        if view == .library && (selectedText == nil || generation == 0) { return }
        OversightBoards.drawDocument(wrapped.lines, title: documentTitle[lang], scroll: document, focused: view != .library, desk,
                                     in: rects.document, into: &buffer)
    }

    func drawLibrary(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        let texts = records.library
        let inner = Draw.box(rect, title: DeskText.legalLibrary[lang] + " (\(texts.count))", focused: true, into: &buffer)
        guard inner.height > 1, inner.width > 10 else { return }
        buffer.put(DisplayWidth.truncate("   " + DisplayWidth.pad(DeskText.columnNumber[lang], to: 16) + " "
                                         + DisplayWidth.pad(DeskText.columnDate[lang], to: 10) + " " + DeskText.columnTitle[lang], to: inner.width),
                   at: inner.x, y: inner.y, role: .listHeader)
        let rows: [(mark: String, markRole: StyleRole, text: String)] = texts.map { text in
            // ✓ read, · not yet: a mark, never colour alone.
            let acknowledged = records.acknowledgements[OversightRecords.key(desk.officer, text.id)] != nil
            return (acknowledged ? "✓" : "·", acknowledged ? .dueDone : .dueSoon,
                    DisplayWidth.pad(DisplayWidth.truncate(text.number.visible, to: 16), to: 16) + " " + text.issuedOn.vietnamese + " "
                    + text.title)
        }
        // Before the records arrive the marks would say "not read" of every text.
        guard generation > 0 else {
            buffer.put("  " + DeskText.loading[lang], at: inner.x, y: inner.y + 1, role: .textMuted, maxWidth: inner.width)
            return
        }
        OversightBoards.drawRows(rows, list: library, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1),
                                 into: &buffer)
        if texts.isEmpty {
            buffer.put("  " + DeskText.noRecordsYet[lang], at: inner.x, y: inner.y + 1, role: .textMuted, maxWidth: inner.width)
        }
    }
}
