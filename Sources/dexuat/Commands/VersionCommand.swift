import ArgumentParser
import Foundation
import Ledger
import Procedure

/// `dexuat version [--json]`: the program's version, the schema it writes, the SQLite it
/// runs on and, when the database exists, the length of its chain. Never creates a
/// database: a missing file is reported as missing.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "In phiên bản dexuat, phiên bản lược đồ, phiên bản SQLite và độ dài chuỗi sự kiện của cơ sở dữ liệu (nếu có).")

    @OptionGroup var options: GlobalOptions
    @Flag(help: "In JSON.") var json = false

    func run() throws {
        try dexuat.run(options) {
            let report = try VersionReport.make(databasePath: options.databasePath, language: options.lang)
            if json {
                try printJSON(report)
                return
            }
            say("dexuat \(report.version)")
            say(CLIText.schema[options.lang] + report.schemaVersion)
            say("SQLite: " + report.sqliteVersion)
            if let length = report.chainLength {
                say(CLIText.databaseEventsChain(report.database, length)[options.lang])
            } else if let problem = report.databaseProblem {
                say(CLIText.databaseCannotRead(report.database, problem)[options.lang])
            } else {
                say(CLIText.databaseNoneYet(report.database)[options.lang])
            }
        }
    }
}

/// What `dexuat version --json` prints; every key is always present.
struct VersionReport: Encodable {
    var version: String
    var schemaVersion: String
    var sqliteVersion: String
    var database: String
    var databaseExists: Bool
    @NullEncoded var chainLength: Int64?
    @NullEncoded var databaseProblem: String?

    /// Opens the database read-only, and only when the file is there, so that asking
    /// for the version never creates or migrates anything.
    static func make(databasePath: String, language: Language) throws -> VersionReport {
        var report = VersionReport(version: DexuatVersion.current, schemaVersion: Ledger.schemaVersion,
                                   sqliteVersion: try Ledger.sqliteVersion(), database: databasePath,
                                   databaseExists: FileManager.default.fileExists(atPath: databasePath),
                                   chainLength: nil, databaseProblem: nil)
        guard report.databaseExists else { return report }
        do {
            report.chainLength = try Ledger.open(path: databasePath, readOnly: true).chainLength()
        } catch let error as LedgerError {
            report.databaseProblem = error.message(language)
        } catch {
            report.databaseProblem = "\(error)"
        }
        return report
    }
}
