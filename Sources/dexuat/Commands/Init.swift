import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat init`: creates the database and its first administrator for the current login.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init",
        abstract: "Tạo cơ sở dữ liệu mới và quản trị viên đầu tiên là tài khoản đang đăng nhập.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Họ và tên của quản trị viên.")
    var name: String?

    @Option(help: "Mã đơn vị gốc (UBND phường).")
    var unitID = "UBND"

    @Option(help: "Tên đơn vị gốc.")
    var unitName = "UBND phường"

    func run() throws {
        try dexuat.run(options) {
            let path = options.databasePath
            if FileManager.default.fileExists(atPath: path) {
                throw InputError(CLIText.alreadyExistsNotOverwrittenUse(path))
            }
            let ledger = try options.openLedger(create: true)
            let login = Identity.systemLogin()
            let root = Procedure.Unit(id: unitID, name: unitName, kind: .peoplesCommittee, parentID: nil)
            let admin = Officer(login: login, name: name ?? login, unitID: unitID, position: "Quản trị hệ thống", isManaging: false)
            try ledger.initialize(root: root, administrator: admin)
            say(CLIText.createdModeAdministratorNextDexuat(path, login)[options.lang])
        }
    }
}
