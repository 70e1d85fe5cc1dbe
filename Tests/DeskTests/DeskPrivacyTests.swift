import DemoWard
import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// PROCEDURE.md §5 in the Desk: another officer's draft is in no inbox (any filter), no
/// search, no `:open`, no count of the filter picker and no dashboard figure; its
/// proposer meets it everywhere. The Ledger's own enumeration is `DraftPrivacyTests`.
@Suite("Desk: drafts are private")
struct DeskPrivacyTests {
    static let title = "Bản nháp kín về chợ đêm Uông Bí"

    /// Every preset's count, as the filter picker shows them.
    static func counts(_ app: DeskApp, _ terminal: VirtualTerminal) -> [String: Int] {
        app.press(.char("f"), on: terminal)
        defer { app.press(.escape, on: terminal) }
        guard case .filterPicker(let picker)? = app.state.overlays.last, case let presets = picker.presets else { return [:] }
        return Dictionary(uniqueKeysWithValues: presets.map { ($0.id, $0.count) })
    }

    /// Whether the officer's Desk shows the draft anywhere: each filter, a search by
    /// title and by id, `:open`, and the counts (`before` taken without the draft).
    static func meets(_ draft: Proposal, as officer: String, fixture: DeskFixture, before: [String: Int]) -> [String] {
        guard let (app, terminal) = try? fixture.desk(as: officer, width: 120, height: 40) else { return ["no desk"] }
        app.runUntilIdle()
        var seen: [String] = []
        let presets = (try? fixture.ledger.presets(for: officer, today: Day.inVietnam(DeskWard.now), waiting: false)) ?? []
        for preset in presets {
            app.applyPreset(preset)
            if app.state.inbox.rows.contains(where: { $0.id == draft.id }) { seen.append("filter " + preset.id) }
        }
        if let all = presets.first(where: { $0.kind == .all }) { app.applyPreset(all) }
        for text in [title, "cho dem", draft.id] {
            app.press(.char("/"), on: terminal)
            app.type(text, on: terminal)
            app.press(.enter, on: terminal)
            if app.state.inbox.rows.contains(where: { $0.id == draft.id }) { seen.append("search " + text) }
        }
        app.press(.char(":"), on: terminal)
        app.type("open " + draft.id, on: terminal)
        app.press(.enter, on: terminal)
        if app.state.detail.proposal?.id == draft.id { seen.append(":open") }
        if app.screenText.contains("chợ đêm") { seen.append("screen") }
        let after = counts(app, terminal)
        for key in ["all", "state:draft", "unit:" + draft.reviewingUnitID] where after[key] != before[key] {
            seen.append("count " + key)
        }
        app.press(.char("T"), on: terminal)
        if app.dashboardBoard?.figures?.byState[.draft] != nil { seen.append("dashboard") }
        return seen
    }

    /// The head, deputy and clerk of the proposer's unit, a colleague, and one officer of
    /// each other role of the ward: administrator, inspector, ward leader, Party liaison.
    static let others: [String] = {
        let org = DemoWard.organization()
        let roles: [Role] = [.admin, .inspector, .wardLeader, .partyLiaison]
        let picked = roles.compactMap { role in org.grants.first { $0.role == role && $0.login != DeskWard.staff }?.login }
        return Array(Set([DeskWard.head, DeskWard.deputy, DeskWard.clerk, DeskWard.staff2] + picked)).sorted()
    }()

    @Test(arguments: others)
    func anotherOfficerNeverMeetsTheDraft(_ officer: String) throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: officer, width: 120, height: 40)
        app.runUntilIdle()
        let before = Self.counts(app, terminal)
        let draft = try fixture.ledger.create(DeskWard.dossier(title: Self.title, necessity: "Riêng tư."),
                                              by: Actor(login: DeskWard.staff), at: DeskWard.now)
        #expect(Self.meets(draft, as: officer, fixture: fixture, before: before) == [])
    }

    @Test func theProposerMeetsTheirDraft() throws {
        let fixture = try DeskFixture()
        let (app, terminal) = try fixture.desk(as: DeskWard.staff, width: 120, height: 40)
        app.runUntilIdle()
        let before = Self.counts(app, terminal)
        let draft = try fixture.ledger.create(DeskWard.dossier(title: Self.title, necessity: "Riêng tư."),
                                              by: Actor(login: DeskWard.staff), at: DeskWard.now)
        let seen = Self.meets(draft, as: DeskWard.staff, fixture: fixture, before: before)
        for way in ["filter all", "filter state:draft", "filter mine", "search " + Self.title, "search cho dem", "search " + draft.id,
                    ":open", "count all", "count state:draft"] {
            #expect(seen.contains(way), "\(way)")
        }
        // Drafts are no one's business in the figures, the proposer's neither.
        #expect(!seen.contains("dashboard"))
    }
}
