import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

/// §7.8: the CSV public register lists each public attachment (name, size, SHA-256, never
/// the content) in a column before the last event's hash (still the last column), and
/// `verify --register` reads that column back: a file renamed, dropped, added, reordered,
/// or with its size or hash changed in the copy does not match.
/// A copy of the previous shape (no such column) is still read and checked as before.
@Suite struct RegisterCSVAttachmentTests {
    /// Names a spreadsheet or a CSV reader could trip on; every one is accepted by `attach`.
    static let hostileNames = ["a,b.csv", "q\"uo\"te.txt", "=HYPERLINK(\"http://evil\",\"x\").csv", "+cmd.txt", "-2+3.txt",
                               "@SUM(A1).txt", "'=quoted.txt", "dấu; chấm phẩy (1).pdf"]
    static let secret = "Nội dung mật: 42.000.000 đồng"

    /// A received proposal with every hostile name attached, and a draft with a file.
    static func fixture() throws -> (RecordFixture, String, [AttachmentRecord]) {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let proposer = try #require(try fixture.ledger.proposal(id)).proposer
        var records: [AttachmentRecord] = []
        for (index, name) in hostileNames.enumerated() {
            records.append(try fixture.ledger.attach(to: id, step: nil, name: name, mediaType: nil, data: Data((secret + " \(index)").utf8),
                                                     by: Actor(login: proposer), at: RecordFixture.origin))
        }
        let draft = try fixture.ledger.create(RecordFixture.dossier("Bản nháp có tệp"), by: Actor(login: RecordWard.staff2), at: RecordFixture.origin)
        try fixture.ledger.attach(to: draft.id, step: nil, name: "nhap-rieng.txt", mediaType: nil, data: Data("riêng".utf8),
                                  by: Actor(login: RecordWard.staff2), at: RecordFixture.origin)
        return (fixture, id, records)
    }

    static func csv(_ fixture: RecordFixture, language: Language = .vi) throws -> String {
        var register = try fixture.register(language: language)
        register.attachments = Dictionary(grouping: try fixture.ledger.attachmentsOfPublicProposals(), by: \.proposalID)
        return RegisterCSV.render(register)
    }

    @Test(arguments: [Language.vi, .en])
    func theCSVListsNamesSizesAndHashesAndReadsBack(_ language: Language) throws {
        let (fixture, id, records) = try Self.fixture()
        let csv = try Self.csv(fixture, language: language)
        let rows = try CSV.records(csv)
        let header = try #require(rows.first).fields
        let column = try #require(header.firstIndex(of: PapersText.registerAttachments[language]))
        #expect(column == header.count - 2 && header.last == RegisterField.lastEvent.label[language])
        let line = try #require(rows.first { $0.fields.first == id })
        #expect(line.fields.count == header.count)
        let cell = line.fields[column]
        for record in records {
            #expect(cell.contains("\(record.number). \(record.name) (") && cell.contains(record.sha256) && cell.contains("\(record.size) byte"),
                    "\(record.name) in \(cell)")
        }
        #expect(!csv.contains("Nội dung mật") && !csv.contains("riêng") && !csv.contains("nhap-rieng.txt"),
                "content, or a draft's file, reached the register")
        // No field of the file starts a formula: the cell starts with the file's number.
        for raw in csv.split(separator: "\r\n") {
            for start in [",=", ",+", ",-", ",@", ",\"=", ",\"+", ",\"-", ",\"@"] {
                #expect(!raw.contains(start), "\(raw)")
            }
        }
        let printed = try PrintedRegister.read(csv)
        #expect(printed.lines.first { $0.proposalID == id }?.attachments == cell)
        #expect(printed.checkpoint != nil)
        let results = try printed.check(against: fixture.ledger)
        #expect(!results.isEmpty && results.allSatisfy { $0.status == .matches }, "\(results.map(\.status))")
    }

    /// Each way of editing the cell in a copy is caught.
    @Test(arguments: ["rename", "size", "hash", "drop-middle", "drop-last", "add", "reorder", "empty"])
    func anEditedAttachmentsCellDoesNotMatch(_ edit: String) throws {
        let (fixture, id, records) = try Self.fixture()
        let csv = try Self.csv(fixture)
        var rows = try CSV.records(csv).map(\.fields)
        let index = try #require(rows.firstIndex { $0.first == id })
        let column = try #require(rows.first?.firstIndex(of: PapersText.registerAttachments.vi))
        let cell = rows[index][column]
        let entries = records.map { RegisterCSV.attachmentsCell([$0], upTo: .max, .vi) }
        var edited: String
        switch edit {
        case "rename": edited = cell.replacingOccurrences(of: "a,b.csv", with: "a,c.csv")
        case "size": edited = cell.replacingOccurrences(of: "\(records[0].size) byte", with: "\(records[0].size + 1) byte")
        case "hash": edited = cell.replacingOccurrences(of: records[1].sha256, with: String(records[1].sha256.reversed()))
        case "drop-middle": edited = entries.enumerated().filter { $0.offset != 3 }.map(\.element).joined(separator: "; ")
        case "drop-last": edited = entries.dropLast().joined(separator: "; ")
        case "add": edited = cell + "; 99. them.txt (1 KB, 1000 byte, SHA-256 " + String(repeating: "0", count: 64) + ")"
        case "reorder": edited = ([entries[1], entries[0]] + entries.dropFirst(2)).joined(separator: "; ")
        default: edited = ""
        }
        #expect(edited != cell, "the edit \(edit) changed the cell")
        rows[index][column] = edited
        let results = try PrintedRegister.read(CSV.document(rows)).check(against: fixture.ledger)
        let result = try #require(results.first { $0.line.proposalID == id })
        #expect(result.status == .mismatch(fields: [], attachments: true), "\(edit): \(result.status)")
        #expect(result.status.message(.vi).contains("Tệp đính kèm"))
    }

    /// A copy printed before the CSV had the column: read, every line checked as before.
    @Test func aCopyOfThePreviousShapeIsStillRead() throws {
        let (fixture, id, _) = try Self.fixture()
        let records = try CSV.records(try Self.csv(fixture)).map(\.fields)
        let column = try #require(records.first?.firstIndex(of: PapersText.registerAttachments.vi))
        let rows = records.map { fields in fields.enumerated().filter { $0.offset != column }.map(\.element) }
        let printed = try PrintedRegister.read(CSV.document(rows))
        #expect(printed.lines.map(\.proposalID) == [id])
        #expect(printed.lines.allSatisfy { $0.attachments == nil })
        #expect(try printed.check(against: fixture.ledger).allSatisfy { $0.status == .matches })
        // And an edit of a field there is still caught.
        var edited = rows
        edited[1][1] = "Tên khác"
        #expect(try PrintedRegister.read(CSV.document(edited)).check(against: fixture.ledger).first?.status == .mismatch(fields: [.title]))
    }

    /// A file attached after the copy was printed leaves the copy valid; without its
    /// checkpoint line, the first files of the proposal are what it may list.
    @Test func aFileAttachedAfterPrintingLeavesTheCopyValid() throws {
        let (fixture, id, _) = try Self.fixture()
        let csv = try Self.csv(fixture)
        let proposer = try #require(try fixture.ledger.proposal(id)).proposer
        try fixture.ledger.attach(to: id, step: nil, name: "sau.txt", mediaType: nil, data: Data("sau".utf8), by: Actor(login: proposer),
                                  at: RecordFixture.origin)
        #expect(try PrintedRegister.read(csv).check(against: fixture.ledger).allSatisfy { $0.status == .matches })
        let withoutCheckpoint = try CSV.records(csv).map(\.fields).filter { PaperAnchor.labelled(in: $0.first ?? "") == nil }
        let printed = try PrintedRegister.read(CSV.document(withoutCheckpoint))
        #expect(printed.checkpoint == nil)
        #expect(try printed.check(against: fixture.ledger).allSatisfy { $0.status == .matches })
    }

    /// Names only the file itself can hold (a tampered row): one line, no control.
    @Test func aNameWithLineBreaksOrControlsStaysOnOneLine() throws {
        let record = AttachmentRecord(seq: 5, proposalID: "2026-001", number: 1, step: nil, name: "a\nb\r\nc\u{1B}[2J\u{202E}d.txt",
                                      mediaType: "text/plain", size: 3, sha256: String(repeating: "ab", count: 32),
                                      attachedBy: "x", attachedAt: "2026-03-02T02:00:00.000Z")
        let cell = RegisterCSV.attachmentsCell([record], upTo: 5, .vi)
        #expect(!cell.contains("\n") && !cell.contains("\r"))
        let field = CSV.field(cell)
        #expect(!field.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\n" || $0 == "\r" }, "\(field.debugDescription)")
        #expect(RegisterCSV.attachmentsCell([record], upTo: 4, .vi).isEmpty, "a file after the checkpoint is left out")
    }
}
