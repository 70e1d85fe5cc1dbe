import ArgumentParser
import Foundation
import Ledger
import Procedure

/// What the commands of points 1 and 4 share: the refusal wrapper, list options, who sees what.
enum OversightCLI {
    /// Runs a command body; a refusal of points 1 and 4 exits 1 with its rule, message and basis.
    static func run(_ options: GlobalOptions, _ body: () throws -> Void) throws {
        try dexuat.run(options) {
            do {
                try body()
            } catch let refusal as OversightRefusal {
                refused(refusal.rule.rawValue, refusal.message(options.lang), refusal.basis[options.lang])
                fail(refusal.fullMessage(options.lang), code: 1)
            }
        }
    }

    /// "a,b" and repeated options alike: every non-empty item, in order.
    static func items(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The units whose inspections and difficulty reports the actor may see: nil for all
    /// (inspector, ward leadership, administrator), else his own unit.
    static func visibleUnits(_ ledger: Ledger, _ actor: Actor) throws -> Set<String>? {
        let org = try ledger.organization()
        if OversightPermissions.seesAllUnits(actor.login, in: org) { return nil }
        return Set([org.officer(actor.login)?.unitID].compactMap { $0 })
    }

    static func requireVisible(_ unitID: String, _ visible: Set<String>?, id: String) throws {
        if let visible, !visible.contains(unitID) {
            throw OversightRefusal(.roleRequired, detail: CLIText.onlyYourOwnUnitS(id))
        }
    }

    static func unit(_ org: Organization, _ id: String) -> String { org.unit(id)?.name ?? id }

    static func name(_ org: Organization, _ login: String) -> String { org.officer(login)?.name ?? login }

    static func today() -> Day { Day.inVietnam(Date()) }
}
