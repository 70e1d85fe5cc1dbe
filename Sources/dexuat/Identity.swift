import Foundation
import Ledger
import Procedure

/// Who is acting: the operating-system login of the process, never `$USER` (which any
/// user can set). `DEXUAT_AS` plays another officer, and only on a demo database.
enum Identity {
    /// The login of the effective user, from the password database.
    static func systemLogin() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid\(geteuid())" }
        return String(cString: name)
    }

    static func actor(in ledger: Ledger, onBehalfOf: String? = nil) throws -> Actor {
        let env = ProcessInfo.processInfo.environment
        if let played = env["DEXUAT_AS"], !played.isEmpty {
            guard try ledger.isDemo() else {
                throw InputError(vi: "DEXUAT_AS chỉ dùng được trên cơ sở dữ liệu tạo bởi `dexuat demo`",
                                 en: "DEXUAT_AS works only on a database made by `dexuat demo`")
            }
            guard try ledger.organization().officer(played) != nil else {
                throw InputError(vi: "DEXUAT_AS: không có cán bộ \(played)", en: "DEXUAT_AS: no officer \(played)")
            }
            return Actor(login: played, onBehalfOf: onBehalfOf, played: true)
        }
        let login = systemLogin()
        guard try ledger.organization().officer(login) != nil else {
            throw InputError(vi: "Tài khoản hệ điều hành \"\(login)\" chưa được gắn với cán bộ nào. Nhờ quản trị thêm bằng `dexuat officer add --login \(login) …`",
                             en: "The system login \"\(login)\" is not mapped to any officer. Ask an administrator to run `dexuat officer add --login \(login) …`")
        }
        return Actor(login: login, onBehalfOf: onBehalfOf)
    }
}
