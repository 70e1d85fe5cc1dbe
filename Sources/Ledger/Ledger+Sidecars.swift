import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Ledger {
    /// Gives the `-wal` and `-shm` beside a writable database the database's mode when they
    /// are ours but not writable.
    ///
    /// SQLite creates both with the mode of the database file. A write attempted while the
    /// database was 0444 thus leaves a 0444 `-shm`; after `chmod 600` SQLite still opens
    /// that `-shm` read-only (its "readonly_shm" mode) and every write fails as if the file
    /// were read-only. The `-shm` holds only an index of the `-wal` that SQLite rebuilds
    /// (sqlite.org/walformat.html, "The WAL-Index File Format"); making it writable changes
    /// none of its bytes and no other connection's open descriptor, so it is safe while
    /// other officers have the database open. Files of another owner, symbolic links and
    /// anything but regular files are left alone (they are reported by the open that fails).
    static func repairSidecarModes(of path: String) {
        guard access(path, W_OK) == 0 else { return }
        var database = stat()
        guard stat(path, &database) == 0 else { return }
        let mode = (database.st_mode & 0o666) | 0o600
        for suffix in ["-wal", "-shm"] {
            let sidecar = path + suffix
            guard access(sidecar, F_OK) == 0, access(sidecar, W_OK) != 0 else { continue }
            let fd = Foundation.open(sidecar, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else { continue }
            _ = fchmod(fd, mode)
        }
    }
}
