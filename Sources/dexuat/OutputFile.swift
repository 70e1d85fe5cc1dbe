import Foundation
import Procedure
#if canImport(Glibc)
import Glibc
#endif

/// A file a user asked for with `--output`, on their own machine. Written whole or not at
/// all (a temporary file created 0600 with O_EXCL|O_NOFOLLOW beside it, fsynced, then
/// linked or renamed into place), readable by its owner only, and never over:
/// - the database, its -wal, -shm or -journal, or any SQLite file (a backup), even with --force;
/// - a symbolic link (the link is not followed, and not replaced);
/// - an existing file, unless --force.
enum OutputFile {
    static let sqliteHeader = Array("SQLite format 3\0".utf8)
    /// The first four bytes of a SQLite write-ahead log (big- or little-endian checksums).
    static let walMagics: [[UInt8]] = [[0x37, 0x7f, 0x06, 0x82], [0x37, 0x7f, 0x06, 0x83]]
    static let companions = ["-wal", "-shm", "-journal"]

    static func write(_ data: Data, to path: String, force: Bool, database: String) throws {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        guard !path.isEmpty, !path.hasSuffix("/"), name != ".", name != "..", !name.isEmpty else {
            throw InputError(CLIText.outputNotFileName(path))
        }
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(CLIText.cannotWriteFileFolderDoes(path, folder))
        }
        if let why = protected(path, folder: folder, name: name, database: database) {
            throw InputError(CLIText.notWritingChooseAnotherFile(path, why))
        }
        var info = stat()
        let exists = lstat(path, &info) == 0
        if exists {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                throw InputError(CLIText.notWritingSymbolicLinkOutput(path))
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw InputError(CLIText.notWritingNotRegularFile(path))
            }
            guard force else {
                throw InputError(CLIText.fileExistsNotReplacedAdd(path))
            }
        }
        let temporary = folder + "/." + name + ".dexuat-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path) }
        fchmod(fd, 0o600)
        let written = data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard written, synced else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        // Without --force, link() fails if a file appeared meanwhile; with it, rename()
        // replaces the name itself (a link put there meanwhile is replaced, not followed).
        if exists {
            guard rename(temporary, path) == 0 else {
                let error = failure(path)
                unlink(temporary)
                throw error
            }
        } else {
            guard link(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                if code == EEXIST {
                    throw InputError(CLIText.fileJustCreatedSomeoneElse(path))
                }
                errno = code
                throw failure(path)
            }
            unlink(temporary)
        }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// Why `path` may never be written, even with --force: the database or one of its
    /// companions (by name or by inode), or a file that is a SQLite database or log.
    static func protected(_ path: String, folder: String, name: String, database: String) -> Localized? {
        let databaseName = canonical(database)
        let target = canonical(folder) + "/" + name
        for suffix in [""] + companions where target == databaseName + suffix {
            return suffix.isEmpty ? CLIText.itIsTheDatabase : CLIText.itIsTheDatabaseCompanion(suffix)
        }
        var info = stat()
        if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
            for suffix in [""] + companions {
                var other = stat()
                if stat(database + suffix, &other) == 0 && other.st_dev == info.st_dev && other.st_ino == info.st_ino {
                    return CLIText.itIsTheDatabaseByAnotherName
                }
            }
            if isSQLite(path) { return CLIText.itIsASQLiteFile }
        }
        for suffix in companions where name.hasSuffix(suffix) && isSQLite(String(path.dropLast(suffix.count))) {
            return CLIText.itIsACompanionOfASQLiteFile(suffix)
        }
        return nil
    }

    /// Whether a regular file starts as a SQLite database or write-ahead log does.
    static func isSQLite(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 16)
        let n = read(fd, &head, 16)
        guard n >= 4 else { return false }
        if n == 16 && head == sqliteHeader { return true }
        return walMagics.contains { Array(head[0..<4]) == $0 }
    }

    /// The path with its folder's symbolic links resolved (the last name kept as it is).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else { return url.path }
        defer { free(resolved) }
        let base = String(cString: resolved)
        return (base == "/" ? "" : base) + "/" + url.lastPathComponent
    }

    static func failure(_ path: String) -> InputError {
        let why = String(cString: strerror(errno))
        return InputError(CLIText.cannotWriteFile(path, why))
    }
}
