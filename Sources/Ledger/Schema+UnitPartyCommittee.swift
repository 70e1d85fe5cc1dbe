import GRDB

extension Schema {
    /// v6-unit-party-committee (issue 17): the same-level Party committee a unit names
    /// (`Unit.partyCommittee`), written with the unit by `unit_saved` and rebuilt from those
    /// events by `verify`. NULL means none named (the derived default applies); every unit
    /// of an older file is NULL, as its `unit_saved` payloads carry no committee, so an old
    /// file stays valid.
    @Sendable static func unitPartyCommittee(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE unit ADD COLUMN party_committee TEXT")
    }
}
