import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// Issue 10, item 3: every table is classified. A table, virtual table or meta key added
/// later fails here until `VerifyCoverage` says how `verify` covers it.
@Suite("Verify covers every table")
struct VerifyCoverageTests {
    /// Every table and virtual table (FTS5 shadow tables included) of a fresh database
    /// after all migrations is in `VerifyCoverage.tables`, and nothing listed is missing.
    @Test func everyTableOfAFreshDatabaseIsClassified() throws {
        let scratch = try Scratch("coverage")
        let path = scratch.path("fresh.sqlite")
        _ = try Ledger.open(path: path, create: true)
        let tables = try Raw.queue(path, readonly: true).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        let virtual = try Raw.queue(path, readonly: true).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
        }
        #expect(virtual == ["proposal_search"], "the virtual tables are enumerated too")
        for table in tables {
            #expect(VerifyCoverage.tables[table] != nil, "table \(table) is not classified in VerifyCoverage.tables: say how verify covers it")
        }
        for table in VerifyCoverage.tables.keys {
            #expect(tables.contains(table), "VerifyCoverage lists \(table), which a fresh database does not have")
        }
        let views = try Raw.queue(path, readonly: true).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")
        }
        #expect(views.sorted() == VerifyCoverage.views.keys.sorted(), "every view is listed in VerifyCoverage.views, and only those")
    }

    /// Every key `meta` holds, on a real ward with settings saved and on a demo, is in
    /// `VerifyCoverage.metaKeys`, and every listed key occurs.
    @Test func everyMetaKeyIsClassified() throws {
        let scratch = try Scratch("coverage-meta")
        let real = scratch.path("real.sqlite"), demo = scratch.path("demo.sqlite")
        #expect(try Spawn.run([Binaries.torture, "setup", real]).status == 0)
        try Ledger.open(path: real).save(ProcedureSettings.standard, by: Actor(login: "qtvien"))
        #expect(try CLI(db: demo).run(["demo", "--proposals", "2", "--quiet"]).status == 0)
        var seen: Set<String> = []
        for path in [real, demo] {
            let keys = try Raw.queue(path, readonly: true).read { db in try String.fetchAll(db, sql: "SELECT key FROM meta") }
            for key in keys {
                #expect(VerifyCoverage.metaKeys[key] != nil, "meta key \(key) is not classified in VerifyCoverage.metaKeys")
            }
            seen.formUnion(keys)
        }
        #expect(seen == Set(VerifyCoverage.metaKeys.keys))
    }

    /// `AdminChange.kinds`, which `verify` replays, names every case.
    @Test func everyAdministrativeEventKindIsReplayed() throws {
        let unit = Procedure.Unit(id: "X", name: "X", kind: .office, parentID: nil)
        let officer = Officer(login: "x", name: "X", unitID: "X", position: "", isManaging: false)
        let grant = RoleGrant(login: "x", role: .clerk, unitID: "X")
        let day = try #require(Day(iso: "2026-01-02"))
        let every: [AdminChange] = [
            .databaseCreated(demo: false, administrator: "x"), .unitSaved(unit: unit), .officerSaved(officer: officer),
            .roleGranted(grant: grant), .roleRevoked(grant: grant),
            .calendarAdjusted(adjustment: CalendarAdjustment(day: day, kind: .dayOff, reason: "x")),
            .calendarAdjustmentRemoved(day: day), .settingsChanged(settings: .standard),
            .officerEmailSet(login: "x", email: "x@localhost"),
        ]
        #expect(every.map(\.kind) == AdminChange.kinds)
    }
}
