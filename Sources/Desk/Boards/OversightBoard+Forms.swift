import Foundation
import Ledger
import Procedure
import Terminal

/// What the two boards of points 1 and 4 share: a form open on the board (keys, drawing,
/// and the ledger call its values make), the section tabs, the hint line, a scrolled document.
extension DeskApp {
    func openBoardForm(_ kind: OversightFormKind, units: [String], into path: WritableKeyPath<DeskState, BoardForm?>) {
        let records = (try? ledger.oversightRecords()) ?? state.oversight.records
        let context = OversightFormContext(organization: organization, records: records, officer: state.officer, today: today, units: units)
        state[keyPath: path] = BoardForm(form: FormFactory.oversight(kind, context: context), kind: kind)
        state.message = nil
    }

    func handleBoardForm(_ key: Key, form path: WritableKeyPath<DeskState, BoardForm?>) {
        guard var host = state[keyPath: path] else { return }
        if host.discardArmed {
            host.discardArmed = false
            if key == .escape {
                state[keyPath: path] = nil
                message(Localized(vi: "Đã bỏ biểu mẫu", en: "Form discarded"), .info)
                return
            }
        }
        switch host.form.handle(key) {
        case .handled, .notHandled:
            break
        case .cancel:
            state[keyPath: path] = nil
            return
        case .askDiscard:
            host.discardArmed = true
            message(Localized(vi: "Nội dung chưa lưu sẽ mất: nhấn Esc lần nữa để bỏ, phím khác để tiếp tục",
                              en: "Unsaved text will be lost: Esc again to discard, any other key to go on"), .warning)
        case .editExternally(let id, let text):
            if let edited = editText(text) { host.form.setText(edited, forField: id) }
        case .submit:
            state[keyPath: path] = host
            submitBoardForm(host, form: path)
            return
        }
        state[keyPath: path] = host
    }

    /// Asks the ledger to record what the form says. A refusal stays in the form, next to
    /// what was typed; success closes it and reloads the board.
    func submitBoardForm(_ host: BoardForm, form path: WritableKeyPath<DeskState, BoardForm?>) {
        let values = host.form.values
        let actor = Actor(login: state.officer, played: state.played)
        let now = self.now()
        do {
            let done: Localized
            switch host.kind {
            case .acknowledge(let id):
                try ledger.acknowledge(id, by: actor, at: now)
                done = Localized(vi: "Đã ghi nhận: \(AcknowledgementStatement.text.vi)", en: "Recorded: \(AcknowledgementStatement.text.en)")
            case .briefing:
                let unit = values.choice("unit") ?? ""
                var attendees = values.text("attendees").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if values.toggle("all") {
                    attendees = organization.officers.values.filter { $0.unitID == unit }.map(\.login).sorted() + attendees
                }
                let texts = (try? ledger.legalLibrary())?.map(\.id).filter { values.toggle("text." + $0) } ?? []
                try ledger.recordBriefing(BriefingDraft(day: values.day("day") ?? today, unitID: unit, presenter: values.text("presenter"),
                                                        textIDs: texts, attendees: attendees, notes: values.text("notes")),
                                          by: actor, at: now)
                done = Localized(vi: "Đã ghi hội nghị quán triệt", en: "Briefing recorded")
            case .inspection:
                let items = (1...3).compactMap { n -> InspectionDraft.Item? in
                    guard !values.isBlank("rec\(n)"), let due = values.day("due\(n)") else { return nil }
                    return InspectionDraft.Item(text: values.text("rec\(n)"), due: due)
                }
                try ledger.recordInspection(InspectionDraft(unitID: values.choice("unit") ?? "", day: values.day("day") ?? today,
                                                            scope: values.text("scope"), findings: values.text("findings"),
                                                            recommendations: items), by: actor, at: now)
                done = Localized(vi: "Đã ghi biên bản kiểm tra", en: "Inspection recorded")
            case .followUp(let id):
                let status = values.choice("status").flatMap(RecommendationStatus.init(rawValue:)) ?? .inProgress
                try ledger.followUp(inspection: id, recommendation: Int(values.choice("number") ?? "") ?? 0, status: status,
                                    note: values.text("note"), by: actor, at: now)
                done = Localized(vi: "Đã ghi theo dõi kiến nghị", en: "Follow-up recorded")
            case .fileDifficulty:
                let category = values.choice("category").flatMap(DifficultyCategory.init(rawValue:)) ?? .other
                try ledger.fileDifficulty(unitID: values.choice("unit") ?? "", category: category, text: values.text("text"), by: actor, at: now)
                done = Localized(vi: "Đã gửi báo cáo vướng mắc tới Phòng Văn hóa – Xã hội", en: "Difficulty filed with the Culture-Society office")
            case .answer(let id):
                try ledger.answerDifficulty(id, text: values.text("text"), by: actor, at: now)
                done = Localized(vi: "Đã trả lời \(id)", en: "\(id) answered")
            case .escalate(let id):
                try ledger.escalateDifficulty(id, due: values.day("due") ?? today, note: values.text("note"), by: actor, at: now)
                done = Localized(vi: "Đã chuyển \(id) lên UBND phường", en: "\(id) escalated to the People's Committee")
            case .resolve(let id):
                try ledger.resolveDifficulty(id, text: values.text("text"), by: actor, at: now)
                done = Localized(vi: "UBND phường đã trả lời \(id)", en: "The People's Committee answered \(id)")
            }
            state[keyPath: path] = nil
            reloadBoard()
            message(done, .success)
        } catch let refusal as OversightRefusal {
            state[keyPath: path]?.form.formMessage = Localized(vi: refusal.message(.vi), en: refusal.message(.en))
        } catch let refusal as Refusal {
            state[keyPath: path]?.form.showRefusal(refusal)
        } catch {
            show(error)
        }
    }

    /// The board's title and its sections: "Kiểm tra, vướng mắc · [1 Kiểm tra]  2 …", and
    /// on the right whose records are shown.
    func drawBoardTabs(_ title: Localized, _ sections: [Localized], selected: Int, scope all: Bool, at rect: Rect,
                       into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .tab)
        var x = rect.x
        x += buffer.put(title[state.language] + " │ ", at: x, y: rect.y, role: .tabSelected)
        for (index, section) in sections.enumerated() {
            let label = index == selected ? "[\(index + 1) \(section[state.language])]" : " \(index + 1) \(section[state.language])"
            x += buffer.put(label + " ", at: x, y: rect.y, role: index == selected ? .tabSelected : .tab)
        }
        let unit = organization.officer(state.officer)?.unitID ?? ""
        let scope = all ? Localized(vi: "Mọi đơn vị", en: "All units") : Localized(vi: "Đơn vị \(unit)", en: "Unit \(unit)")
        let text = scope[state.language]
        let width = DisplayWidth.width(of: text)
        if x + width + 1 < rect.maxX { buffer.put(text, at: rect.maxX - width - 1, y: rect.y, role: .tab) }
    }

    /// The board's keys on one line. No key is ever left out: when the line is short,
    /// the labels of the last keys are, the keys themselves stay.
    func drawBoardHints(_ hints: [(String, Localized)], y: Int, x start: Int, width: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: start, y: y, width: width, height: 1), role: .hintText)
        let end = start + width
        let keys = hints.filter { !$0.0.isEmpty }
        var x = start
        for (index, (key, label)) in hints.enumerated() {
            let text = label[state.language]
            // Room the keys after this one need, bare.
            let rest = keys.filter { k in hints[(index + 1)...].contains { $0.0 == k.0 } }
                .reduce(0) { $0 + DisplayWidth.width(of: $1.0) + 2 }
            let full = (key.isEmpty ? 0 : DisplayWidth.width(of: key) + 1) + DisplayWidth.width(of: text) + 2
            if x + full + rest <= end {
                if !key.isEmpty { x += buffer.put(key + " ", at: x, y: y, role: .hintKey) }
                x += buffer.put(text + "  ", at: x, y: y, role: .hintText)
            } else if !key.isEmpty, x + DisplayWidth.width(of: key) <= end {
                x += buffer.put(key, at: x, y: y, role: .hintKey, maxWidth: end - x)
                x += buffer.put("  ", at: x, y: y, role: .hintText, maxWidth: max(0, end - x))
            }
        }
    }

    /// A boxed document scrolled to `scroll` (clamped); returns the scroll used.
    func drawScrolled(_ lines: [StyledLine], title: String, scroll: Int, in rect: Rect, focused: Bool = true,
                      into buffer: inout ScreenBuffer) -> Int {
        let wrapped = Draw.wrap(lines, width: max(1, rect.width - 2)).count
        let top = max(0, min(scroll, wrapped - max(1, rect.height - 2)))
        Draw.document(lines, title: title, empty: lines.isEmpty ? (state.language == .vi ? "Chưa chọn hồ sơ nào." : "Nothing selected.") : nil,
                      scroll: top, in: rect, focused: focused, into: &buffer)
        return top
    }

    func drawBoardForm(_ host: BoardForm?, form path: WritableKeyPath<DeskState, BoardForm?>, in screen: Rect, into buffer: inout ScreenBuffer) {
        guard var host else { return }
        let rect = formRect(in: screen)
        buffer.fill(rect, role: .dialog)
        let inner = Draw.box(rect, title: host.form.title[state.language], focused: true, into: &buffer)
        // As for the overlay forms: a form keeps its scroll offset for the size it is drawn at.
        host.form.render(in: inner, into: &buffer, language: state.language)
        state[keyPath: path] = host
    }
}
