import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat init`: creates the database and its first administrator for the current login.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
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
                throw InputError(vi: "Đã có tệp \(path); không ghi đè. Dùng --db để chọn tệp khác.",
                                 en: "\(path) already exists; it is not overwritten. Use --db for another file.")
            }
            let ledger = try options.openLedger(create: true)
            let login = Identity.systemLogin()
            let root = Procedure.Unit(id: unitID, name: unitName, kind: .peoplesCommittee, parentID: nil)
            let admin = Officer(login: login, name: name ?? login, unitID: unitID, position: "Quản trị hệ thống", isManaging: false)
            try ledger.initialize(root: root, administrator: admin)
            say(options.lang == .vi
                ? "Đã tạo \(path) (quyền 0600). Quản trị viên: \(login).\nTiếp theo: dexuat unit add …, dexuat officer add …"
                : "Created \(path) (mode 0600). Administrator: \(login).\nNext: dexuat unit add …, dexuat officer add …")
        }
    }
}
