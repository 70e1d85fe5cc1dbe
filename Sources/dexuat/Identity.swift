import Foundation
import Ledger
import Procedure

/// Who is acting: the operating-system login of the process, never `$USER`, `$LOGNAME`
/// or `$SUDO_USER` (which any user can set). `DEXUAT_AS` plays another officer, and only
/// on a demo database. Under `dexuat ssh-session LOGIN` (an authorized_keys forced
/// command, docs/DEPLOY.md) the officer is the one the SSH key was issued to, whatever
/// the service account is called.
enum Identity {
    /// Set once, by `ssh-session`, before any command runs: the login its key fixes.
    nonisolated(unsafe) static var sessionLogin: String?

    /// The login of the effective user, from the password database.
    static func systemLogin() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid\(geteuid())" }
        return String(cString: name)
    }

    /// A login as dexuat accepts one in a forced command: a lower-case letter or `_`, then
    /// up to 31 of lower-case letters, digits, `_`, `.` and `-`. Nothing a shell, sshd's
    /// option parser or a terminal could take for anything but a name.
    static func isValidLogin(_ login: String) -> Bool {
        let scalars = Array(login.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 32, ("a"..."z").contains(first) || first == "_" else { return false }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "." || $0 == "-" }
    }

    static func actor(in ledger: Ledger, onBehalfOf: String? = nil) throws -> Actor {
        if let fixed = sessionLogin {
            guard try ledger.organization().officer(fixed) != nil else {
                throw InputError(CLIText.identitySshKeyBelongsButNo(fixed))
            }
            return Actor(login: fixed, onBehalfOf: onBehalfOf)
        }
        let env = ProcessInfo.processInfo.environment
        if let played = env["DEXUAT_AS"], !played.isEmpty {
            guard try ledger.isDemo() else {
                throw InputError(CLIText.dexuatWorksOnlyDatabaseMade)
            }
            guard try ledger.organization().officer(played) != nil else {
                throw InputError(CLIText.dexuatNoOfficer(played))
            }
            return Actor(login: played, onBehalfOf: onBehalfOf, played: true)
        }
        let login = systemLogin()
        guard try ledger.organization().officer(login) != nil else {
            throw InputError(CLIText.systemLoginNotMappedAny(login))
        }
        return Actor(login: login, onBehalfOf: onBehalfOf)
    }
}
