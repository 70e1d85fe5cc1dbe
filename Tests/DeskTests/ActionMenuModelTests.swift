import Foundation
import Procedure
import Terminal
import Testing
@testable import Desk

/// The action menu's model: fixed keys, allowed entries first, one fold line over the
/// greyed ones with Procedure's reasons, and a box that fits an 80×24 terminal.
@Suite struct ActionMenuModelTests {
    static let committee = "Đảng ủy phường Uông Bí"
    static let officers = [FormsFx.chair, FormsFx.liaison, FormsFx.head, FormsFx.deputy1, FormsFx.deputy2,
                           FormsFx.clerk, FormsFx.staff]

    /// A proposal at every step of the procedure, and a few records in between.
    static func fixtures() throws -> [(String, Proposal)] {
        var list: [(String, Proposal)] = []
        for kind in ActionKind.allCases { list.append(("ready for \(kind.rawValue)", try FormsRun.ready(for: kind).proposal)) }
        var voting = try FormsRun.ready(for: .ballot)
        let answers = ChecklistTemplate.standard.items.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }
        try voting.act([.checklist(answers: answers), .ballot(inFavour: true, comment: "")], by: FormsFx.deputy1)
        list.append(("a deputy voted", voting.proposal))
        var closing = try FormsRun.ready(for: .close)
        try closing.act([.measure(kind: .liabilityExcluded, decisionNumber: "88/QĐ", day: FormsFx.today, decidedBy: "Chủ tịch", reason: "Theo kết luận")], by: FormsFx.head)
        list.append(("liability decided", closing.proposal))
        try closing.act([.close], by: FormsFx.head)
        list.append(("closed", closing.proposal))
        return list
    }

    static func items(_ proposal: Proposal, _ officer: String) -> [ActionMenuItem] {
        ActionMenuModel.items(for: proposal, officer: officer, organization: FormsFx.org, settings: .standard,
                              today: FormsFx.today, partyCommittee: committee)
    }

    /// What an entry means, without the position that picks its key.
    static func meaning(_ entry: ActionMenuEntry) -> String {
        switch entry {
        case .step(let kind): "step \(kind.rawValue)"
        case .ballotFromMinutes(let member, _): "ballot of \(member)"
        case .partyOpinionFromLetter: "party opinion from the letter"
        }
    }

    @Test func thePoolHasNoReservedKeyAndNoRepeat() {
        #expect(Set(ActionMenuKeys.pool).count == ActionMenuKeys.pool.count)
        #expect(ActionMenuKeys.pool.allSatisfy { !ActionMenuKeys.reserved.contains($0) })
        // Digits and lower case first; upper-case letters only once the lower case ran out:
        // the two keys of the meeting (§7.1) and the sixth ballot from the minutes.
        #expect(ActionMenuKeys.pool.allSatisfy { $0.isNumber || $0.isLowercase || "MDB".contains($0) })
        #expect(ActionMenuKeys.key(for: .openMeeting) == "M")
        #expect(ActionMenuKeys.key(for: .recordAttendance) == "D")
        #expect(ActionMenuKeys.key(for: .memberEvaluation) == "s")
        // Six keys stay for the ballots from the minutes.
        #expect(ActionMenuKeys.ballotsFromMinutes.count == 6)
        // Every step has its own key, in procedure order from 1.
        #expect(ActionKind.allCases.map { ActionMenuKeys.key(for: $0) } == Array(ActionMenuKeys.pool.prefix(ActionKind.allCases.count)))
        #expect(ActionMenuKeys.key(for: .editDraft) == "1")
        #expect(ActionMenuKeys.key(for: .decide) == "0")
        #expect(ActionMenuKeys.key(for: .close) == "o")
    }

    @Test func theSameKeyMeansTheSameActionInEveryState() throws {
        var meaningOfKey: [Character: String] = [:]
        var seen = 0
        for (name, proposal) in try Self.fixtures() {
            for officer in Self.officers {
                let items = Self.items(proposal, officer)
                let keys = items.compactMap(\.key)
                #expect(Set(keys).count == keys.count, "\(officer) at \(name): a key twice")
                for item in items {
                    guard let key = item.key else { continue }
                    let meaning = Self.meaning(item.entry)
                    if let earlier = meaningOfKey[key] {
                        #expect(earlier == meaning, "\(key) is \(earlier) elsewhere and \(meaning) for \(officer) at \(name)")
                    }
                    meaningOfKey[key] = meaning
                    seen += 1
                }
            }
        }
        // Every step and the clerk's entries were met.
        #expect(Set(meaningOfKey.values).isSuperset(of: ActionKind.allCases.filter { $0 != .checklist }.map { "step \($0.rawValue)" }))
        #expect(meaningOfKey["s"] == "step member-evaluation")
        #expect(meaningOfKey["t"] == "party opinion from the letter")
        #expect(meaningOfKey["u"] == "ballot of \(FormsFx.head)")
        #expect(seen > 0)
    }

    @Test func theCollapsedMenuFitsTheBoxInEveryFixture() throws {
        for (name, proposal) in try Self.fixtures() {
            for officer in Self.officers {
                let model = ActionMenuModel(items: Self.items(proposal, officer))
                #expect(model.rows.count <= ActionMenuModel.defaultHeight, "\(officer) at \(name): \(model.rows.count) rows")
                #expect(model.visibleRows.count == model.rows.count)
                // One fold line at most, after every allowed entry.
                let folds = model.rows.indices.filter { if case .fold = model.rows[$0] { true } else { false } }
                #expect(folds.count == (model.greyed.isEmpty ? 0 : 1))
                #expect(folds.allSatisfy { $0 == model.allowed.count })
            }
        }
    }

    @Test func allowedEntriesComeFirstInProcedureOrder() throws {
        for (name, proposal) in try Self.fixtures() {
            for officer in Self.officers {
                let items = Self.items(proposal, officer)
                let model = ActionMenuModel(items: items)
                #expect(model.allowed.map { Self.meaning($0.entry) } == items.filter(\.isAllowed).map { Self.meaning($0.entry) }, "\(officer) at \(name)")
                let order = model.allowed.compactMap { ActionKind.allCases.firstIndex(of: $0.kind) }
                #expect(order == order.sorted(), "\(officer) at \(name)")
            }
        }
    }

    @Test func theGreyedReasonsAreProcedures() throws {
        for (_, proposal) in try Self.fixtures() {
            for officer in Self.officers {
                var model = ActionMenuModel(items: Self.items(proposal, officer), height: 100)
                model.toggleFold()
                for item in model.greyed {
                    let offer = Permissions.offered(item.kind, on: proposal, by: Actor(login: officer, onBehalfOf: item.onBehalfOf),
                                                    in: FormsFx.org, settings: .standard, today: FormsFx.today)
                    #expect(item.refusal != nil && item.refusal == offer)
                    for language in Language.allCases {
                        // The wrong state is said once, on the fold line, with the state; the
                        // step's row then shows its label alone (issue 17: not 15 times).
                        let foldState = model.greyed.lazy.compactMap { $0.refusal?.rule == .wrongState ? $0.refusal?.detail : nil }.first
                        if offer?.rule == .wrongState, let detail = offer?.detail, detail == foldState, case let state = detail[language] {
                            #expect(model.rows.contains { $0.text(language) == item.text(language) })
                            #expect(model.rows.filter { $0.text(language).contains("“" + state + "”") }.count == 1)
                        } else {
                            let shown = model.rows.contains { $0.text(language).hasSuffix(" — " + (offer?.message(language) ?? "")) && $0.text(language).contains(item.label[language]) }
                            #expect(shown)
                        }
                    }
                }
            }
        }
    }

    @Test func theThreeMenuFaultsOfIssue11AreGone() throws {
        let evaluated = try FormsRun.ready(for: .conclude).proposal
        let closeRow = Self.items(evaluated, FormsFx.head).first { $0.entry == .step(.close) }
        #expect(closeRow?.refusal?.rule == .conclusionRequired)
        let concluded = try FormsRun.ready(for: .close).proposal
        #expect(Self.items(concluded, FormsFx.head).first { $0.entry == .step(.conclude) }?.refusal?.rule == .wrongState)
        var voted = try FormsRun.ready(for: .ballot)
        let answers = ChecklistTemplate.standard.items.map { ChecklistAnswer(itemID: $0.id, verdict: .met) }
        try voted.act([.checklist(answers: answers), .ballot(inFavour: false, comment: "")], by: FormsFx.deputy2)
        // A member who voted may amend their ballot until the decision (§7.2): offered, not greyed.
        let ballotRow = Self.items(voted.proposal, FormsFx.deputy2).first { $0.entry == .step(.ballot) }
        #expect(ballotRow != nil && ballotRow?.refusal == nil)
        let clerkRows = Self.items(voted.proposal, FormsFx.clerk)
        #expect(clerkRows.contains { $0.onBehalfOf == FormsFx.deputy2 })
        #expect(clerkRows.first { $0.onBehalfOf == FormsFx.deputy2 }?.refusal == nil)
        #expect(clerkRows.first { $0.onBehalfOf == FormsFx.deputy1 }?.refusal == nil)
    }

    @Test func theFoldExpandsAndTheLongMenuScrolls() throws {
        let proposal = try FormsRun.ready(for: .close).proposal
        var model = ActionMenuModel(items: Self.items(proposal, FormsFx.clerk), height: 8)
        let collapsed = model.rows.count
        #expect(collapsed == model.allowed.count + 1)
        #expect(model.rows.last?.text(.vi) == "▸ \(model.greyed.count) thao tác chưa thực hiện được (đang ở trạng thái “\(proposal.stateLabel.vi)”) — Tab để xem")
        #expect(model.rows.last?.text(.en) == "▸ \(model.greyed.count) actions not available now (the proposal is “\(proposal.stateLabel.en)”) — Tab to show")
        #expect(model.handle(.tab) == .moved)
        #expect(model.rows.count == collapsed + model.greyed.count)
        #expect(model.rows.count > model.height)
        _ = model.handle(.char("G"))
        #expect(model.selected == model.rows.count - 1)
        #expect(model.visibleRows.count == model.height)
        #expect(model.visibleRows.map(\.index).contains(model.selected))
        #expect(model.canScrollUp && !model.canScrollDown)
        _ = model.handle(.char("g"))
        #expect(model.scroll == 0 && model.selected == 0)
        _ = model.handle(.pageDown)
        #expect(model.selected == model.height && model.visibleRows.map(\.index).contains(model.selected))
        _ = model.handle(.pageUp)
        #expect(model.selected == 0 && model.scroll == 0)
        // Folding again from a greyed row leaves the selection on the fold line.
        _ = model.handle(.char("G"))
        model.toggleFold()
        #expect(model.selected == model.allowed.count)
        #expect(model.rows.count == collapsed)
    }

    @Test func aKeyChoosesItsEntryOrSaysWhyNot() throws {
        let proposal = try FormsRun.ready(for: .receive).proposal
        var model = ActionMenuModel(items: Self.items(proposal, FormsFx.clerk))
        guard case .choose(let item) = model.handle(.char(ActionMenuKeys.key(for: .receive))) else {
            Issue.record("receive not chosen"); return
        }
        #expect(item.kind == .receive && item.onBehalfOf == nil)
        guard case .refused(let greyed, let refusal) = model.handle(.char(ActionMenuKeys.key(for: .close))) else {
            Issue.record("close not refused"); return
        }
        #expect(greyed.kind == .close && refusal.rule == .wrongState)
        #expect(model.handle(.char("q")) == .ignored)
        #expect(model.handle(.escape) == .ignored)
        #expect(model.handle(.char("j")) == .moved)
    }
}

extension ActionMenuOutcome: Equatable {
    public static func == (lhs: ActionMenuOutcome, rhs: ActionMenuOutcome) -> Bool {
        switch (lhs, rhs) {
        case (.moved, .moved), (.ignored, .ignored): true
        case (.choose(let a), .choose(let b)): a.entry == b.entry
        case (.refused(let a, let r), .refused(let b, let s)): a.entry == b.entry && r == s
        default: false
        }
    }
}
