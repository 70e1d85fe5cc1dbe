import Foundation
import Procedure
import SafeTOML
#if canImport(Glibc)
import Glibc
#endif

/// Every file a command reads or writes because a user named it goes through here, so
/// that one switch closes them all in an SSH session (docs/SECURITY.md, "No server paths
/// over SSH"): there, text comes on standard input (`-`) and results go to standard output.
enum UserFiles {
    /// Set once by `ssh-session`, before the command is parsed: no file is opened by name.
    nonisolated(unsafe) static var serverSession = false

    static func refusedOverSSH(_ what: String) -> InputError {
        InputError(CLIText.sshSessionReadsWritesNo(Text.visible(what)))
    }
}

/// Standard input as UTF-8 text.
func readStandardInput(_ what: String = "-") throws -> String {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    guard let text = String(data: data, encoding: .utf8) else {
        throw InputError(CLIText.standardInputNotUtf(what).atLine(TOML.invalidUTF8Line(in: Array(data))))
    }
    return text
}

/// The text of an input named on the command line: `-` for standard input, else a file
/// (never in an SSH session).
func readInput(_ name: String) throws -> String {
    if name == "-" { return try readStandardInput() }
    return try readText(name)
}

/// Reads a UTF-8 file the user named.
func readText(_ path: String) throws -> String {
    if UserFiles.serverSession { throw UserFiles.refusedOverSSH(path) }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw InputError(CLIText.cannotReadFile(path))
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw InputError(CLIText.fileNotUtf(path).atLine(TOML.invalidUTF8Line(in: Array(data))))
    }
    return text
}

/// A text option that may be given as @FILE (the file's content) or - (standard input).
func textArgument(_ value: String) throws -> String {
    if value == "-" { return try readStandardInput() }
    if value.hasPrefix("@") { return try readText(String(value.dropFirst())) }
    return value
}

/// Where a command's result goes: standard output, or (outside SSH) the file of `--output`.
struct OutputTarget {
    var path: String?
    var force: Bool
    /// The database of the command, which no output may replace.
    var database: String

    init(_ path: String?, force: Bool, database: String) {
        self.path = path
        self.force = force
        self.database = database
    }

    /// Writes `data`; returns the file written, or nil when it went to standard output.
    /// A binary result (.docx) is not sent to a terminal.
    @discardableResult
    func write(_ data: Data, binary: Bool = false, example: String = "") throws -> String? {
        guard let path else {
            if binary && isatty(1) == 1 {
                // Over SSH the redirection happens on the officer's machine (and without -t).
                let command = UserFiles.serverSession ? "ssh … " + example.replacingOccurrences(of: "dexuat ", with: "") : example
                throw InputError(CLIText.docxFileBinaryNotPrinted(command, UserFiles.serverSession ? CLIText.docxHintOverSSH : CLIText.docxHintLocal))
            }
            FileHandle.standardOutput.write(data)
            return nil
        }
        if UserFiles.serverSession { throw UserFiles.refusedOverSSH(path) }
        try OutputFile.write(data, to: path, force: force, database: database)
        return path
    }

    /// Writes `text`; what goes to standard output is `printed` when given (the text made
    /// safe for a terminal), the file gets `text` as it is.
    @discardableResult
    func write(_ text: String, printed: String? = nil) throws -> String? {
        try write(Data((path == nil ? printed ?? text : text).utf8))
    }
}
