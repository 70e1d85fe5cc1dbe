import GRDB

extension Schema {
    /// v6-unit-symbol (issue 17 with issue 15): the ký hiệu a unit prints on its papers
    /// (`Unit.symbol`, "KTHTĐT"), written with the unit by `unit_saved` and rebuilt from those
    /// events by `verify`. NULL means none set (the id in capitals serves); every unit of an
    /// older file is NULL, as its payloads carry none, so an old file stays valid.
    @Sendable static func unitSymbol(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE unit ADD COLUMN symbol TEXT")
    }
}
