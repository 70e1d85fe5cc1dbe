import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat unit add|list`.
struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit", abstract: "Cơ quan, đơn vị: thêm, liệt kê.",
        subcommands: [Add.self, ListUnits.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Thêm hoặc sửa một đơn vị (quản trị).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Mã đơn vị, ví dụ VHXH.") var id: String
        @Option(help: "Tên đơn vị.") var name: String
        @Option(help: "Loại: peoples_committee, office, public_service_unit.") var kind: String = "office"
        @Option(help: "Mã đơn vị cấp trên.") var parent: String?
        @Option(name: .customLong("party-committee"),
                help: "Cấp ủy cùng cấp, ví dụ \"Chi bộ Trường Tiểu học Quang Trung\"; bỏ trống để dùng tên suy ra từ loại và tên đơn vị; không ghi thì giữ như cũ.")
        var partyCommittee: String?
        @Option(help: "Ký hiệu của đơn vị trên văn bản, ví dụ KTHTĐT (chữ in hoa, Đ, chữ số); bỏ trống để dùng mã đơn vị; không ghi thì giữ như cũ.")
        var symbol: String?

        func run() throws {
            try dexuat.run(options) {
                guard let kind = UnitKind(rawValue: kind) else {
                    throw InputError(CLIText.invalidUnitKind(kind))
                }
                let ledger = try options.openLedger()
                // Not given: an existing unit keeps the committee it names.
                let committee = try partyCommittee ?? ledger.organization().unit(id)?.partyCommittee
                let kept = try symbol ?? ledger.organization().unit(id)?.symbol
                try ledger.save(Procedure.Unit(id: id, name: name, kind: kind, parentID: parent, partyCommittee: committee, symbol: kept),
                                by: try Identity.actor(in: ledger))
                say(CLIText.unitSaved(id)[options.lang])
            }
        }
    }

    struct ListUnits: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê các đơn vị theo cây.")
        @OptionGroup var options: GlobalOptions
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try dexuat.run(options) {
                let org = try options.openLedger().organization()
                let roots = org.units.values.filter { $0.parentID == nil || org.unit($0.parentID ?? "") == nil }.sorted { $0.id < $1.id }
                if json {
                    let rows = org.units.values.sorted { $0.id < $1.id }.map {
                        UnitJSON(id: $0.id, name: $0.name, kind: $0.kind.rawValue, parent: $0.parentID,
                                 head: org.head(of: $0.id)?.login, deputies: org.deputies(of: $0.id).map(\.login),
                                 partyCommittee: $0.effectivePartyCommittee, partyCommitteeNamed: $0.partyCommittee != nil,
                                 symbol: $0.symbol ?? $0.id.uppercased(with: Locale(identifier: "vi_VN")))
                    }
                    try printJSON(rows)
                    return
                }
                func walk(_ unit: Procedure.Unit, depth: Int) {
                    let head = org.head(of: unit.id).map { " — " + $0.name } ?? ""
                    say(String(repeating: "  ", count: depth) + "\(unit.id)  \(unit.name) [\(unit.kind.label[options.lang])]\(head)"
                        + CLIText.unitPartyCommittee(unit.effectivePartyCommittee)[options.lang])
                    for child in org.children(of: unit.id) { walk(child, depth: depth + 1) }
                }
                roots.forEach { walk($0, depth: 0) }
            }
        }
    }
}

struct UnitJSON: Encodable {
    var id: String
    var name: String
    var kind: String
    var parent: String?
    var head: String?
    var deputies: [String]
    /// The same-level Party committee: the one named, or the derived default.
    var partyCommittee: String
    /// Whether the unit names it (false: derived).
    var partyCommitteeNamed: Bool
    /// The ký hiệu the unit's acts carry ("KTHTĐT"): the one set, else the id in capitals.
    var symbol: String
}
