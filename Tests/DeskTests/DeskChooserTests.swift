import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// The demo's role chooser: every officer, grouped by unit, with a search; ? is the
/// help; Esc closes it (it quit the program); `:as LOGIN` switches officer in place.
@Suite("Desk: the role chooser")
struct DeskChooserTests {
    @Test func everyOfficerGroupedByUnitWithSearchHelpAndEsc() throws {
        let fixture = try DeskFixture()
        let org = try fixture.ledger.organization()
        let choices = Chooser.everyOfficer(org, language: .vi)
        #expect(choices.count == org.officers.count, "every officer, not 9")
        #expect(Set(choices.map(\.login)) == Set(org.officers.keys))
        let units = choices.compactMap { org.officer($0.login)?.unitID }
        #expect(units == units.sorted(), "grouped by unit")
        #expect(Set(units) == Set(org.units.keys).intersection(units))

        let (app, terminal) = try fixture.desk(width: 120, height: 40, chooser: choices)
        app.runUntilIdle()
        // ? shows the help over the chooser; q goes back to it.
        app.press(.char("?"), on: terminal)
        guard case .help? = app.state.overlays.last else { Issue.record("no help"); return }
        app.press(.char("q"), on: terminal)
        guard case .chooser? = app.state.overlays.last else { Issue.record("the chooser is gone"); return }
        // G goes to the last officer.
        app.press(.char("G"), on: terminal)
        guard case .chooser(let atEnd)? = app.state.overlays.last else { return }
        #expect(atEnd.selected == choices.count - 1)
        // / searches, accents ignored; Enter plays the one found.
        let head = try #require(org.officer(DeskWard.head))
        app.press(.char("/"), on: terminal)
        app.type(Chooser.folded(head.name), on: terminal)
        app.press(.enter, on: terminal)
        guard case .chooser(let found)? = app.state.overlays.last else { Issue.record("no chooser"); return }
        #expect(found.shown.map(\.login) == [DeskWard.head])
        #expect(app.screenText.contains("1/\(choices.count) cán bộ"))
        app.press(.enter, on: terminal)
        #expect(app.state.overlays.isEmpty)
        #expect(app.state.officer == DeskWard.head && app.state.played)

        // :as with no login opens it again; Esc clears a search, then closes it, and the
        // Desk goes on.
        app.press(.char(":"), on: terminal)
        app.type("as", on: terminal)
        app.press(.enter, on: terminal)
        guard case .chooser? = app.state.overlays.last else { Issue.record("no chooser from :as"); return }
        app.press(.char("/"), on: terminal)
        app.type("zzz", on: terminal)
        app.press(.enter, .escape, on: terminal)
        guard case .chooser(let cleared)? = app.state.overlays.last else { Issue.record("Esc closed a searched chooser"); return }
        #expect(cleared.query.isEmpty)
        app.press(.escape, on: terminal)
        #expect(app.state.overlays.isEmpty)
        #expect(!app.state.quitting)
    }

    @Test func asSwitchesOfficerOnADemoDatabase() throws {
        let fixture = try DeskFixture()
        #expect(try fixture.ledger.isDemo())
        let (app, terminal) = try fixture.desk(as: DeskWard.head, width: 120, height: 40)
        app.runUntilIdle()
        app.press(.char(":"), on: terminal)
        app.type("as " + DeskWard.clerk, on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.officer == DeskWard.clerk)
        #expect(app.state.played)
        #expect(!app.state.quitting)
        #expect(app.screenText.contains(try #require(fixture.ledger.organization().officer(DeskWard.clerk)).name))
        app.press(.char(":"), on: terminal)
        app.type("as khongco", on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.officer == DeskWard.clerk)
        #expect(app.state.message?.text == "Không có cán bộ \"khongco\"")
    }
}
