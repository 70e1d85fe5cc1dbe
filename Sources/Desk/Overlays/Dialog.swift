import Procedure
import Terminal

/// What every dialog shares: a centred rectangle and its frame.
enum Dialog {
    /// A centred dialog rectangle for a given content size, clipped to the screen.
    static func rect(width: Int, height: Int, in screen: Rect) -> Rect {
        let w = min(width + 4, screen.width - 2)
        let h = min(height + 2, screen.height - 2)
        return Rect(x: screen.x + max(1, (screen.width - w) / 2), y: screen.y + max(1, (screen.height - h) / 2), width: w, height: h)
    }

    static func frame(_ rect: Rect, title: String, into buffer: inout ScreenBuffer) -> Rect {
        buffer.fill(rect, role: .dialog)
        return Draw.box(rect, title: title, focused: true, into: &buffer)
    }

    /// Rows of a list drawn from its `ListState`: the selected one marked "›" and carrying
    /// the cursor (never colour alone).
    static func rows(_ list: ListState, in inner: Rect, y: Int? = nil, into buffer: inout ScreenBuffer,
                     row: (Int, Bool) -> (text: String, role: StyleRole)) {
        let start = y ?? inner.y
        for offset in 0..<max(0, min(list.visible, inner.maxY - start)) {
            let index = list.top + offset
            guard index < list.count else { break }
            let selected = index == list.selected
            let (text, role) = row(index, selected)
            let line = start + offset
            buffer.fill(Rect(x: inner.x, y: line, width: inner.width, height: 1), role: role)
            buffer.put(DisplayWidth.truncate((selected ? "› " : "  ") + text.visible, to: inner.width), at: inner.x, y: line, role: role)
            if selected { buffer.cursor = (inner.x, line) }
        }
    }
}

/// `?`: the keys of what has them now (inside a form, the form's), each with what it does
/// and, when it cannot be used now, why.
public struct HelpOverlay: DeskComponent {
    public struct Section: Sendable {
        public var title: Localized
        public var bindings: [Binding]
    }
    public var sections: [Section]
    public var list = ListState(scrollsOnly: true)

    public init(sections: [Section]) { self.sections = sections }

    public func bindings(_ desk: DeskState) -> [Binding] {
        ListState.bindings(document: true) + [
            Binding([.char("q"), .escape, .char("?"), .enter], "close", DeskText.close),
            Binding([.char("Q")], "quit", DeskText.quitAsks),
        ]
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        switch name {
        case "close": return [.close]
        case "quit": return [.quit(force: false)]
        default: list.apply(name); return []
        }
    }

    func lines(_ desk: DeskState) -> [StyledLine] {
        let lang = desk.language
        var lines: [StyledLine] = []
        for section in sections {
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(section.title[lang], .paneTitle)])
            for binding in section.bindings {
                var keys = binding.keysText
                if keys.isEmpty, !binding.name.isEmpty { keys = ":" + binding.name + (binding.argument ? " …" : "") }
                var spans: StyledLine = [Span(DisplayWidth.pad(keys, to: 16) + " ", .hintKey), Span(binding.label[lang])]
                if let why = binding.why { spans.append(Span(" — " + why[lang], .textDisabled)) }
                lines.append(spans)
            }
        }
        return lines
    }

    func box(_ desk: DeskState, _ screen: Rect) -> Rect {
        Dialog.rect(width: min(100, screen.width - 6), height: screen.height - 6, in: screen)
    }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        let inner = FormHost.inner(box(desk, rect))
        list.count = Draw.wrap(lines(desk), width: max(1, inner.width)).count
        list.fit(inner.height)
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let inner = Dialog.frame(box(desk, rect), title: DeskText.helpTitle[desk.language], into: &buffer)
        let wrapped = Draw.wrap(lines(desk), width: max(1, inner.width))
        for row in 0..<inner.height where wrapped.indices.contains(list.top + row) {
            Draw.line(wrapped[list.top + row], at: inner.x, y: inner.y + row, width: inner.width, into: &buffer)
        }
    }
}

/// `:messages`: the last messages of the session, newest last, wrapped.
public struct MessageLog: DeskComponent {
    static let capacity = 50
    public var messages: [StatusMessage]
    public var list = ListState(scrollsOnly: true)

    public init(_ messages: [StatusMessage]) {
        self.messages = messages
        list.top = Int.max / 4
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        ListState.bindings(document: true) + [Binding([.char("q"), .escape, .enter], "close", DeskText.close)]
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        if name == "close" { return [.close] }
        list.apply(name)
        return []
    }

    func lines(_ desk: DeskState, width: Int) -> [StyledLine] {
        guard !messages.isEmpty else { return [[Span(DeskText.noMessages[desk.language], .textMuted)]] }
        return Draw.wrap(messages.map { message in
            [Span(message.clock + " ", .textMuted), Span(message.text.visible, StatusBar.role(message.kind))]
        }, width: width)
    }

    func box(_ screen: Rect) -> Rect { Dialog.rect(width: min(110, screen.width - 6), height: screen.height - 6, in: screen) }

    public mutating func layout(_ rect: Rect, _ desk: DeskState) {
        let inner = FormHost.inner(box(rect))
        list.count = lines(desk, width: max(1, inner.width)).count
        list.fit(inner.height)
    }

    public func draw(_ desk: DeskState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let inner = Dialog.frame(box(rect), title: DeskText.messagesTitle[desk.language], into: &buffer)
        let wrapped = lines(desk, width: max(1, inner.width))
        for row in 0..<inner.height where wrapped.indices.contains(list.top + row) {
            Draw.line(wrapped[list.top + row], at: inner.x, y: inner.y + row, width: inner.width, into: &buffer)
        }
    }
}

/// A y/N question; No is the default.
public struct Confirm: DeskComponent {
    public enum Then: Sendable {
        case perform(kind: ActionKind, actions: [Action], onBehalfOf: String?)
        case discardForm(token: Int)
        case quit
    }
    public var question: Localized
    public var then: Then

    public init(question: Localized, then: Then) {
        self.question = question
        self.then = then
    }

    public func bindings(_ desk: DeskState) -> [Binding] {
        [Binding([.char("y"), .char("Y"), .char("c"), .char("C")], "yes", DeskText.yes),
         .documented(DeskText.anyOtherKey[desk.language], DeskText.no)]
    }

    public mutating func perform(_ name: String, argument: String?, _ desk: DeskState) -> [DeskAction] {
        guard name == "yes" else { return [.close] }
        switch then {
        case .quit: return [.close, .quit(force: true)]
        case .discardForm(let token):
            return [.close, .formSaved(form: token), .say(DeskText.formDiscarded, .info)]
        case let .perform(kind, actions, onBehalfOf):
            return [.close, .send(.proposals, ProposalsIntent.perform(kind: kind, actions: actions, onBehalfOf: onBehalfOf))]
        }
    }

    /// Any other key is No.
    public mutating func input(_ key: Key, _ desk: DeskState) -> [DeskAction]? { [.close] }

    public func draw(_ desk: DeskState, in screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = desk.language
        let lines = DisplayWidth.wrap(question[lang].visible, width: min(70, screen.width - 8))
        let rect = Dialog.rect(width: min(70, screen.width - 8), height: lines.count + 2, in: screen)
        let inner = Dialog.frame(rect, title: DeskText.confirmTitle[lang], into: &buffer)
        for (row, line) in lines.enumerated() where row < inner.height {
            buffer.put(line, at: inner.x, y: inner.y + row, role: .dialog)
        }
        let answer = DeskText.yesNo[lang]
        buffer.put(answer, at: inner.x, y: inner.maxY - 1, role: .hintKey, maxWidth: inner.width)
        buffer.cursor = (min(inner.maxX - 1, inner.x + DisplayWidth.width(of: answer)), inner.maxY - 1)
    }
}
