import Foundation
import GRDB
import Testing
@testable import Ledger
import Procedure

/// PROCEDURE.md §5, "The chain is anchored outside the file": a document prints the
/// checkpoint of the chain at its issue; a later rewrite of the history, every hash after
/// the edit recomputed, passes `verify` alone but not `verify --against` that paper.
@Suite("Anchors on paper", .serialized, .tags(.slow), .skippedInFastLoop)
struct AnchorTests {
    /// A demo ward, and an approved proposal of it with the clerk of its reviewing unit.
    static func ward(_ scratch: Scratch) throws -> (CLI, id: String, clerk: String) {
        let cli = CLI(db: scratch.path("anchor.sqlite"))
        let demo = try cli.run(["demo", "--proposals", "30", "--quiet"])
        try #require(demo.status == 0, "\(demo.stderr)")
        let queue = try Raw.queue(cli.db, readonly: true)
        defer { try? queue.close() }
        let (id, clerk) = try queue.read { db -> (String, String) in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT p.id, g.login FROM proposal p JOIN role_grant g ON g.unit_id = p.reviewing_unit_id AND g.role = 'clerk'
                WHERE p.state IN ('in_progress', 'approved', 'reported', 'evaluated', 'closed') ORDER BY p.seq LIMIT 1
                """))
            return (row["id"], row["login"])
        }
        return (cli, id, clerk)
    }

    /// The code printed on a page: the text after "Mã kiểm tra: ".
    static func printedCode(_ page: String) throws -> String {
        let line = try #require(page.split(separator: "\n").first { $0.contains("Mã kiểm tra: ") })
        let after = try #require(line.range(of: "Mã kiểm tra: "))
        return String(line[after.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" })
    }

    /// Edits the event `seq` and recomputes every hash from it to the end, as someone with
    /// a sqlite3 shell and the chain's description would (triggers dropped).
    static func rewrite(_ path: String, from seq: Int64) throws {
        try Rehash.rewrite(path) { row in
            if row.seq == seq { row.reason = "Ghi lại cho khớp" }
        }
    }

    @Test func aTailRewrittenAfterADocumentPassesVerifyButNotTheDocumentsCode() throws {
        let scratch = try Scratch("anchor")
        let (cli, id, clerk) = try Self.ward(scratch)
        // An earlier code, from `dexuat checkpoint`, kept in the minutes of a meeting.
        let earlier = try Self.printedCode(try cli.run(["checkpoint"]).stdout)
        // The minutes, printed: they carry the head of the chain after their number was
        // registered (a decision's number is its act's since issue 15: printing it records nothing).
        let page = try cli.run(["document", id, "--kind", "minutes", "--format", "html"], as: clerk)
        try #require(page.status == 0, "\(page.stderr)")
        let printed = try Self.printedCode(page.stdout)
        let code = try #require(ChainCheckpoint(code: printed))
        #expect(code.seq > (ChainCheckpoint(code: earlier)?.seq ?? .max))
        let file = scratch.path("quyet-dinh.html")
        try page.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try cli.run(["verify", "--against-file", file])
        #expect(before.status == 0, "\(before.stdout)\(before.stderr)")
        #expect(before.stdout.contains("\(printed) (\(file) dòng "))
        #expect(before.stdout.contains(": khớp."))

        // The event the document's code names is edited and the tail rehashed.
        try Self.rewrite(cli.db, from: code.seq)
        let alone = try cli.run(["verify"])
        #expect(alone.status == 0, "a rehashed chain verifies in itself: \(alone.stdout)\(alone.stderr)")
        #expect(alone.stdout.contains("Toàn vẹn"))

        // Against the paper: the document's code fails, by name; the earlier one holds.
        let both = try cli.run(["verify", "--against", earlier, "--against-file", file])
        #expect(both.status == 3)
        #expect(both.stdout.contains("\(earlier) (--against): khớp."), "\(both.stdout)")
        #expect(both.stdout.contains("\(printed) (\(file) dòng "), "\(both.stdout)")
        #expect(both.stdout.contains(": KHÔNG khớp. Sự kiện #\(code.seq) không còn mã băm"), "\(both.stdout)")
        #expect(both.stderr.contains("Lịch sử không khớp 1/2 mã kiểm tra: \(printed)."), "\(both.stderr)")
        // The same through standard input, a list with comments and blank lines.
        let list = "# Mã đã ghi vào biên bản họp\n\n\(earlier)\n  \(printed.lowercased())  \n"
        let piped = try cli.run(["verify", "--against-file", "-", "--lang", "en"], input: list)
        #expect(piped.status == 3)
        #expect(piped.stdout.contains("\(earlier) (- line 3): holds."), "\(piped.stdout)")
        #expect(piped.stdout.contains("\(printed) (- line 4): does NOT hold."), "\(piped.stdout)")
    }

    @Test func everyPaperPrintsTheCheckpointOfItsIssue() throws {
        let scratch = try Scratch("anchor-papers")
        let (cli, id, clerk) = try Self.ward(scratch)
        func head() throws -> String { try Self.printedCode(try cli.run(["checkpoint"]).stdout) }
        for format in ["md", "html", "csv"] {
            let out = try cli.run(["report", "--period", "2026", "--format", format])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(try Self.printedCode(out.stdout) == head(), "report \(format)")
        }
        for format in ["html", "csv"] {
            let out = try cli.run(["register", "--format", format])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(try Self.printedCode(out.stdout) == head(), "register \(format)")
            // The register, code and all, still reads back line by line.
            let file = scratch.path("so.\(format)")
            try out.stdout.write(toFile: file, atomically: true, encoding: .utf8)
            let checked = try cli.run(["verify", "--register", file])
            #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        }
        for kind in ["minutes", "decision"] {
            let out = try cli.run(["document", id, "--kind", kind, "--format", "html"], as: clerk)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(try Self.printedCode(out.stdout) == head(), "document \(kind)")
            let docx = scratch.path("\(kind).docx")
            #expect(try cli.run(["document", id, "--kind", kind, "--output", docx], as: clerk).status == 0)
        }
        // A code that cannot be read is bad input, named with its line; nothing is checked.
        let bad = try cli.run(["verify", "--against-file", "-"], input: "# biên bản\n12-ABCD\n")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("- dòng 2: Mã kiểm tra không hợp lệ"), "\(bad.stderr)")
        let empty = try cli.run(["verify", "--against-file", "-"], input: "# chỉ có chú thích\n\n")
        #expect(empty.status == 2)
    }
}
