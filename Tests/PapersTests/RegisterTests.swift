import Foundation
import Testing
import Ledger
import Procedure
@testable import Papers

@Suite struct RegisterTests {
    @Test func csvIsRFC4180WithAByteOrderMarkAndReadsBackTheSameValues() throws {
        let fixture = try RecordFixture()
        _ = try fixture.approved("Sổ \"điện tử\", bản thử")
        let register = try fixture.register()
        let csv = RegisterCSV.render(register)
        #expect(csv.hasPrefix("\u{FEFF}Mã đề xuất,Tên đề xuất,"))
        #expect(csv.contains("\r\n"))
        #expect(csv.contains("\"Sổ \"\"điện tử\"\", bản thử\""))
        let records = try CSV.records(csv)
        #expect(records.count == 3)
        // §7.8: a column before the last event's hash lists the attachments (none here).
        #expect(records[0].fields.count == register.columns.count + 1)
        let entry = try #require(register.entries.first)
        #expect(records[1].fields == register.columns.dropLast().map { entry[$0] } + ["", entry[.lastEvent]])
        // The last record: the checkpoint of the chain at printing (PROCEDURE.md §5), which
        // the reader of a copy skips.
        #expect(records[2].fields == ["Mã kiểm tra: \(register.checkpoint.code)"] + Array(repeating: "", count: register.columns.count))
        #expect(try RegisterCSV.parse(csv).lines.map(\.proposalID) == [entry.proposalID])
    }

    @Test func draftsAreNotPublishedAndThePeriodFiltersBySubmission() throws {
        let fixture = try RecordFixture()
        let received = try fixture.received()
        _ = try fixture.ledger.create(RecordFixture.dossier("Bản nháp riêng"), by: Actor(login: RecordWard.staff2), at: RecordFixture.origin)
        let register = try fixture.register()
        #expect(register.entries.map(\.proposalID) == [received])
        let hashes = try fixture.ledger.lastEvents().mapValues(\.hash)
        let org = try fixture.ledger.organization()
        let proposals = try fixture.ledger.allProposals()
        let q4 = PublicRegister(proposals: proposals, lastHashes: hashes, organization: org, settings: .standard,
                                period: RegisterPeriod("2026-Q4"), language: .vi, printedOn: Day(year: 2026, month: 12, day: 7) ?? Day(julianDayNumber: 0),
                                checkpoint: ChainCheckpoint(seq: 1, hash: String(repeating: "0", count: 64)))
        let h1 = PublicRegister(proposals: proposals, lastHashes: hashes, organization: org, settings: .standard,
                                period: RegisterPeriod("2026-H1"), language: .vi, printedOn: Day(year: 2026, month: 12, day: 7) ?? Day(julianDayNumber: 0),
                                checkpoint: ChainCheckpoint(seq: 1, hash: String(repeating: "0", count: 64)))
        #expect(q4.entries.count == 1)
        #expect(h1.entries.isEmpty)
        #expect(RegisterPeriod("2026-Q5") == nil)
        #expect(RegisterPeriod("2026-02")?.last == Day(year: 2026, month: 2, day: 28))
    }

    @Test func ballotCommentsPrivateNotesAndLiabilityDetailsAreHiddenByDefault() throws {
        let fixture = try RecordFixture()
        let id = try fixture.concluded()
        let register = try fixture.register()
        _ = try Samples.write(Data(RegisterCSV.render(register).utf8), named: "register.csv")
        _ = try Samples.write(Data(RegisterHTML.render(register).utf8), named: "register.html")
        for text in [RegisterCSV.render(register), RegisterHTML.render(register)] {
            #expect(!text.contains(RecordWard.secretComment))
            #expect(!text.contains(RecordWard.privateNote))
            #expect(!text.contains(RecordWard.damageText))
            #expect(!text.contains("Thiệt hại nhỏ, đã khắc phục"))
            // What the register is for is there: decisions with reasons, outcome, measures.
            #expect(text.contains("Tập thể thống nhất"))
            #expect(text.contains("Hoàn thành một phần"))
            #expect(text.contains("Giảm nhẹ trách nhiệm"))
            #expect(text.contains(id))
        }
        var open = ProcedureSettings()
        open.publishBallotComments = true
        open.publishPrivateNotes = true
        open.publishLiabilityDetails = true
        let published = RegisterCSV.render(try fixture.register(settings: open))
        #expect(published.contains(RecordWard.secretComment))
        #expect(published.contains(RecordWard.privateNote))
        #expect(published.contains(RecordWard.damageText))
    }

    @Test func theSettingsSwitchTheColumnsOneByOne() {
        var settings = ProcedureSettings()
        #expect(!RegisterField.columns(settings: settings).contains(.ballotComments))
        settings.publishBallotComments = true
        #expect(RegisterField.columns(settings: settings).contains(.ballotComments))
        #expect(!RegisterField.columns(settings: settings).contains(.privateNotes))
        #expect(!RegisterField.columns(settings: settings).contains(.liabilityDetails))
    }

    @Test func htmlIsEscapedPrintableOnA4AndCarriesEachLastHash() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received("<script>alert(1)</script> & \"sổ\"")
        let register = try fixture.register()
        let html = RegisterHTML.render(register)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;sổ&quot;"))
        #expect(html.contains("size: A4"))
        #expect(html.contains("Times New Roman"))
        #expect(html.contains("font-size: 13pt"))
        let hash = try #require(try fixture.ledger.lastEvents()[id]?.hash)
        #expect(html.contains("data-hash=\"\(hash)\""))
        let printed = try PrintedRegister.read(html)
        #expect(printed.lines.first?.values[.title] == "<script>alert(1)</script> & \"sổ\"")
    }

    @Test func anUntouchedCopyMatchesLineByLine() throws {
        let fixture = try RecordFixture()
        _ = try fixture.concluded()
        _ = try fixture.voted("Cổng phản ánh trực tuyến")
        _ = try fixture.received("Tủ hồ sơ thông minh")
        let register = try fixture.register()
        for copy in [RegisterCSV.render(register), RegisterHTML.render(register)] {
            let results = try PrintedRegister.read(copy).check(against: fixture.ledger)
            #expect(results.count == 3)
            #expect(results.allSatisfy { $0.status == .matches })
        }
        let english = RegisterCSV.render(try fixture.register(language: .en))
        #expect(try PrintedRegister.read(english).check(against: fixture.ledger).allSatisfy { $0.status == .matches })
    }

    @Test func anEditedLineIsNamedWithTheFieldThatDiffers() throws {
        let fixture = try RecordFixture()
        let id = try fixture.approved()
        _ = try fixture.received("Tủ hồ sơ thông minh")
        let csv = RegisterCSV.render(try fixture.register())
        let edited = csv.replacingOccurrences(of: "Tập thể thống nhất", with: "Tập thể nhất trí tuyệt đối")
        #expect(edited != csv)
        let results = try PrintedRegister.read(edited).check(against: fixture.ledger)
        let line = try #require(results.first { $0.line.proposalID == id })
        #expect(line.status == .mismatch(fields: [.decisions]))
        #expect(line.status.message(.vi).contains("KHÔNG khớp"))
        #expect(line.status.message(.vi).contains("Quyết định và lý do"))
        #expect(results.filter { $0.status == .matches }.count == 1)

        let html = RegisterHTML.render(try fixture.register())
        let editedHTML = html.replacingOccurrences(of: "Số hóa sổ tiếp nhận hồ sơ", with: "Số hóa sổ tiếp nhận")
        let htmlResult = try #require(try PrintedRegister.read(editedHTML).check(against: fixture.ledger).first { $0.line.proposalID == id })
        #expect(htmlResult.status == .mismatch(fields: [.title]))
    }

    @Test func aLaterEventMakesTheLineValidButMovedOn() throws {
        let fixture = try RecordFixture()
        let id = try fixture.voted()
        let csv = RegisterCSV.render(try fixture.register())
        try fixture.act(.decide(kind: .approve, number: "12/QĐ-VHXH", reasons: "Tập thể thống nhất", responsibilityStatement: ""),
                        on: id, by: RecordWard.head, at: RecordFixture.day(5))
        let results = try PrintedRegister.read(csv).check(against: fixture.ledger)
        #expect(results.first?.status == .movedOn(laterEvents: 1))
        #expect(results.first?.status.message(.vi).contains("đã có diễn biến mới sau bản in") == true)
        #expect(results.first?.status.isBad == false)
    }

    @Test func aHashThatIsNotAnEventOfThatProposalDoesNotExist() throws {
        let fixture = try RecordFixture()
        let id = try fixture.received()
        let other = try fixture.received("Tủ hồ sơ thông minh")
        let csv = RegisterCSV.render(try fixture.register())
        let hashes = try fixture.ledger.lastEvents()
        let otherHash = try #require(hashes[other]?.hash)
        let ownHash = try #require(hashes[id]?.hash)
        // The line of `id` made to carry the other proposal's hash, the other line a made-up one.
        let swapped = csv.replacingOccurrences(of: otherHash + "\r\n", with: String(repeating: "a", count: 64) + "\r\n")
            .replacingOccurrences(of: ownHash, with: otherHash)
        #expect(swapped.contains(otherHash))
        let results = try PrintedRegister.read(swapped).check(against: fixture.ledger)
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.status == .unknownHash })
        #expect(results.first?.status.message(.vi) == "mã không tồn tại")
    }
}
