import Foundation
import Testing
@testable import Desk
import Ledger
import Procedure
import Terminal

/// `:open` and the `/` search find a proposal by its id or a short form ("5",
/// "2026-5"), the ids made in the Desk ("2026-000005") as well as the demo's.
@Suite("Desk: proposal ids")
struct DeskIDTests {
    @Test func openAndSearchTakeAnIdOrAShortForm() throws {
        let fixture = try DeskFixture()
        let street = fixture.extras.street
        #expect(street == "2026-000005", "made in one format")
        let (app, terminal) = try fixture.desk(width: 120, height: 40)
        app.runUntilIdle()
        for typed in ["2026-000005", "2026-5", "2026-005", "5"] {
            app.press(.char("1"), .char("g"), on: terminal)
            app.press(.char(":"), on: terminal)
            app.type("open " + typed, on: terminal)
            app.press(.enter, on: terminal)
            #expect(app.state.detail.proposal?.id == street, ":open \(typed)")
            #expect(app.state.message?.kind != .error, ":open \(typed)")
        }
        // A demo id, far down the list, by its short form.
        let demo = try #require(try fixture.ledger.allProposals().first { $0.id.hasPrefix("2025-") && $0.state != .draft })
        let number = String(Int(demo.id.dropFirst(5)) ?? 0)
        app.press(.char(":"), on: terminal)
        app.type("open 2025-" + number, on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.detail.proposal?.id == demo.id)

        for typed in ["2026-000003", "2026-3"] {
            app.press(.char("1"), on: terminal)
            app.press(.char("/"), on: terminal)
            app.type(typed, on: terminal)
            app.press(.enter, on: terminal)
            #expect(app.state.inbox.rows.first?.id == fixture.extras.cjk, "/\(typed)")
        }
        app.press(.char(":"), on: terminal)
        app.type("open 2026-99", on: terminal)
        app.press(.enter, on: terminal)
        #expect(app.state.message?.text == "Không tìm thấy đề xuất 2026-99")
    }
}
