import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat officer add|set|list|grant|revoke`.
struct OfficerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officer", abstract: "Cán bộ, công chức, viên chức và vai trò.",
        subcommands: [Add.self, SetOfficer.self, ListOfficers.self, Grant.self, Revoke.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Thêm hoặc sửa một cán bộ (quản trị).")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Tên đăng nhập hệ điều hành.") var login: String
        @Option(help: "Họ và tên.") var name: String
        @Option(help: "Mã đơn vị.") var unit: String
        @Option(help: "Chức vụ.") var position: String = ""
        @Flag(help: "Là cán bộ lãnh đạo, quản lý.") var managing = false
        @Option(help: "Vai trò tại đơn vị của mình (lặp lại được): \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        var role: [String] = []
        @Option(name: .customLong("ssh-key"), help: "Khóa SSH công khai của cán bộ (dòng của id_ed25519.pub, - để đọc từ đầu vào chuẩn, hoặc @TỆP): in dòng authorized_keys cho tài khoản dịch vụ.")
        var sshKey: String?
        @Flag(help: "Cài dòng đó vào ~/.ssh/authorized_keys của tài khoản đang chạy (tài khoản dịch vụ).") var install = false
        @Option(name: .customLong("authorized-keys"), help: "Tệp authorized_keys khác để cài vào.") var authorizedKeys: String?

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                let actor = try Identity.actor(in: ledger)
                let roles = try role.map(parseRole)
                let keyLine = try sshKey.map { key in
                    try SSHKeyLine.make(key: try textArgument(key), login: login,
                                        database: URL(fileURLWithPath: options.databasePath).standardizedFileURL.path,
                                        binary: SSHKeyLine.binaryPath())
                }
                if (install || authorizedKeys != nil) && keyLine == nil {
                    throw InputError(CLIText.installNeedsSshKey)
                }
                try ledger.save(Officer(login: login, name: name, unitID: unit, position: position, isManaging: managing), by: actor)
                for role in roles { try ledger.grant(RoleGrant(login: login, role: role, unitID: unit), by: actor) }
                say(CLIText.officerSaved(login)[options.lang])
                if let keyLine {
                    if install || authorizedKeys != nil {
                        let file = authorizedKeys ?? SSHKeyLine.defaultFile()
                        try SSHKeyLine.install(keyLine, into: file)
                        say(CLIText.installedSSshKeyInto(login, file)[options.lang])
                    } else {
                        say(keyLine)
                    }
                }
            }
        }
    }

    /// `officer set LOGIN --email ADDR`: the address `remind --mail` writes to; an empty
    /// address clears it. Administrators only; recorded in the chain.
    struct SetOfficer: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Đặt địa chỉ thư điện tử của một cán bộ (quản trị); --email \"\" để xóa.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Tên đăng nhập.") var login: String
        @Option(help: "Địa chỉ thư điện tử (rỗng để xóa).") var email: String

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                try ledger.setEmail(email, for: login, by: try Identity.actor(in: ledger))
                let cleared = email.trimmingCharacters(in: .whitespaces).isEmpty
                say((cleared ? CLIText.emailCleared(login) : CLIText.emailSaved(login))[options.lang])
            }
        }
    }

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "grant", abstract: "Giao vai trò tại một đơn vị (quản trị).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var grant: GrantArguments

        func run() throws {
            try dexuat.run(options) {
                let (ledger, roleGrant) = try grant.resolve(options)
                try ledger.grant(roleGrant, by: try Identity.actor(in: ledger))
                say(CLIText.roleGranted[options.lang])
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Thu hồi vai trò (quản trị).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var grant: GrantArguments

        func run() throws {
            try dexuat.run(options) {
                let (ledger, roleGrant) = try grant.resolve(options)
                try ledger.revoke(roleGrant, by: try Identity.actor(in: ledger))
                say(CLIText.roleRevoked[options.lang])
            }
        }
    }

    /// LOGIN ROLE [--unit U], as `grant` and `revoke` take them.
    struct GrantArguments: ParsableArguments {
        @Argument(help: "Tên đăng nhập.") var login: String
        @Argument(help: "Vai trò.") var role: String
        @Option(help: "Mã đơn vị (mặc định: đơn vị của cán bộ).") var unit: String?

        func resolve(_ options: GlobalOptions) throws -> (Ledger, RoleGrant) {
            let ledger = try options.openLedger()
            let role = try parseRole(role)
            guard let officer = try ledger.organization().officer(login) else {
                throw InputError(CLIText.noOfficer(login))
            }
            return (ledger, RoleGrant(login: login, role: role, unitID: unit ?? officer.unitID))
        }
    }

    struct ListOfficers: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê cán bộ và vai trò.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Chỉ đơn vị này.") var unit: String?
        @Flag(help: "In JSON.") var json = false

        func run() throws {
            try dexuat.run(options) {
                let ledger = try options.openLedger()
                let org = try ledger.organization()
                let emails = try ledger.emails()
                let officers = org.officers.values.filter { unit == nil || $0.unitID == unit }
                    .sorted { ($0.unitID, $0.login) < ($1.unitID, $1.login) }
                if json {
                    try printJSON(officers.map { o in
                        OfficerJSON(login: o.login, name: o.name, unit: o.unitID, position: o.position, managing: o.isManaging,
                                    email: emails[o.login],
                                    roles: Array(Set(org.roles(of: o.login).map(\.role.rawValue))).sorted(),
                                    grants: org.roles(of: o.login).map { GrantJSON(role: $0.role.rawValue, unit: $0.unitID) })
                    })
                    return
                }
                for o in officers {
                    let roles = org.roles(of: o.login).map { "\($0.role.label[options.lang]) @\($0.unitID)" }.joined(separator: ", ")
                    say("\(o.login.padding(toLength: 12, withPad: " ", startingAt: 0)) \(o.name) — \(o.position), \(o.unitID)\(o.isManaging ? " [LĐQL]" : "")\(emails[o.login].map { " <\($0)>" } ?? "")  \(roles)")
                }
            }
        }
    }
}

struct OfficerJSON: Encodable {
    var login: String
    var name: String
    var unit: String
    var position: String
    var managing: Bool
    @NullEncoded var email: String?
    var roles: [String]
    var grants: [GrantJSON]
}

struct GrantJSON: Encodable {
    var role: String
    var unit: String
}

func parseRole(_ text: String) throws -> Role {
    guard let role = Role(rawValue: text) else {
        throw InputError(CLIText.invalidRoleChooseOne(text, Role.allCases.map(\.rawValue).joined(separator: ", ")))
    }
    return role
}
