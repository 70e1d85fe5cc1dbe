import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Ledger
import Procedure
import ZIPFoundation
@testable import Papers

@Suite(.serialized, .tags(.slow), .skippedInFastLoop) struct DocumentsTests {
    /// The document of `kind` for `id`, numbered by the clerk.
    func make(_ kind: OfficialDocumentKind, _ id: String, in fixture: RecordFixture) throws -> OfficialDocument {
        let p = try #require(try fixture.ledger.proposal(id))
        let settings = try fixture.ledger.settings()
        let day = try DocumentBuilder.day(of: kind, for: p, settings: settings).get()
        let (number, _) = try fixture.ledger.documentNumber(for: id, kind: kind, day: day, by: Actor(login: RecordWard.clerk),
                                                            at: RecordFixture.day(7, month: 12))
        return try DocumentBuilder.build(kind, for: p, number: number, organization: try fixture.ledger.organization(),
                                         settings: settings, checkpoint: try fixture.ledger.chainHead().checkpoint).get()
    }

    /// Every part of a .docx, unzipped.
    func unzip(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    /// Parses XML with Foundation's parser; returns the text of every w:t element joined.
    final class TextCollector: NSObject, XMLParserDelegate, @unchecked Sendable {
        var text = ""
        var inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "w:t" { inText = true }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:t" { inText = false }
            if name == "w:p" { text += "\n" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }
    }

    func wellFormedText(_ xml: Data) -> (ok: Bool, text: String) {
        let parser = XMLParser(data: xml)
        let collector = TextCollector()
        parser.delegate = collector
        let ok = parser.parse()
        return (ok, collector.text)
    }

    /// Converts with LibreOffice when it is installed; nil when it is not.
    func convertWithLibreOffice(_ url: URL) throws -> Bool? {
        let candidates = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice", "/opt/homebrew/bin/soffice",
                          "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        guard let office = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let out = url.deletingLastPathComponent().appendingPathComponent("pdf")
        // A profile of its own, so that runs in parallel (and the user's LibreOffice) do not clash.
        let profile = url.deletingLastPathComponent().appendingPathComponent("lo-profile", isDirectory: true)
        let status = try SpawnForDocuments.run([office, "-env:UserInstallation=" + profile.absoluteString, "--headless", "--convert-to", "pdf",
                                                "--outdir", out.path, url.path])
        let pdf = out.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".pdf")
        return status == 0 && FileManager.default.fileExists(atPath: pdf.path)
    }

    @Test func eachDocxIsAWellFormedPackageWithTheExpectedTextAndNumber() throws {
        let fixture = try RecordFixture()
        let id = try fixture.concluded()
        let expected: [(OfficialDocumentKind, [String])] = [
            (.minutes, ["BIÊN BẢN", "Số: 01/BB-VHXH", "Uông Bí, ngày 04 tháng 11 năm 2026", "Đỗ Minh Tuấn, Trưởng phòng",
                        "Vũ Thị Lan, Phó Trưởng phòng", "Tán thành", RecordWard.secretComment, "Tán thành 2/2, không tán thành 0/2",
                        "Đề xuất được thông qua", "THƯ KÝ", "Hoàng Thị Mai", "CHỦ TRÌ"]),
            (.decision, ["QUYẾT ĐỊNH", "Số: 01/QĐ-VHXH", "Uông Bí, ngày 05 tháng 11 năm 2026", "TRƯỞNG PHÒNG VĂN HÓA – XÃ HỘI",
                         "QUYẾT ĐỊNH:", "Điều 1. Cho phép triển khai", "Nguyễn Văn An", "Tập thể thống nhất"]),
            (.conclusion, ["KẾT LUẬN", "Số: 01/TB-VHXH", "Uông Bí, ngày 03 tháng 12 năm 2026", "Hoàn thành một phần",
                           RecordWard.damageText, "Nguyên nhân khách quan: Thiết bị cũ", "Nguyên nhân chủ quan: Không có",
                           "Xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm", "Giảm nhẹ trách nhiệm", "20/QĐ-UBND"]),
        ]
        for (kind, texts) in expected {
            let doc = try make(kind, id, in: fixture)
            let data = try DocxWriter.data(doc)
            let url = try Samples.write(data, named: "\(kind.rawValue).docx")
            _ = try Samples.write(Data(DocumentHTML.render(doc).utf8), named: "\(kind.rawValue).html")
            let parts = try unzip(data)
            #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
                                        "word/styles.xml", "word/header1.xml", "word/header2.xml", "word/document.xml"])
            for (path, xml) in parts {
                #expect(wellFormedText(xml).ok, "\(kind) \(path) is not well-formed XML")
            }
            let text = wellFormedText(try #require(parts["word/document.xml"])).text
            for piece in [OfficialDocument.nationalName, OfficialDocument.motto, "ỦY BAN NHÂN DÂN PHƯỜNG UÔNG BÍ",
                          "PHÒNG VĂN HÓA – XÃ HỘI", "Nơi nhận:"] + texts {
                #expect(text.contains(piece), "\(kind): \(piece) is missing")
            }
            let xml = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
            // A4, NĐ 30 margins, the motto with a drawn rule under it, the place and date in italics.
            #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
            #expect(xml.contains("w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\""))
            #expect(xml.contains("<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p><w:p><w:pPr><w:keepNext/><w:pBdr><w:top w:val=\"single\""))
            #expect(xml.contains("<w:i/><w:iCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Uông Bí, ngày"))
            // The chain's head at the issue, under the signatures (PROCEDURE.md §5).
            let code = try fixture.ledger.chainHead().checkpoint.code
            #expect(text.contains("\nMã kiểm tra: \(code)\n"), "\(kind): no checkpoint")
            #expect(DocumentHTML.render(doc).contains("<p class=\"checkpoint\">Mã kiểm tra: \(code)</p>"))
            let styles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
            #expect(styles.contains("w:ascii=\"Times New Roman\""))
            if let converted = try convertWithLibreOffice(url) {
                #expect(converted, "LibreOffice could not convert \(url.path)")
            }
        }
    }

    @Test func theHTMLDocumentFollowsTheSameLayout() throws {
        let fixture = try RecordFixture()
        let id = try fixture.approved("Sổ <điện tử> & ký số")
        let html = DocumentHTML.render(try make(.decision, id, in: fixture))
        #expect(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(html.contains("<div class=\"motto\"><span>Độc lập - Tự do - Hạnh phúc</span></div>"))
        #expect(html.contains(".motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }"))
        #expect(html.contains("<div class=\"place\">Uông Bí, ngày 05 tháng 11 năm 2026</div>"))
        #expect(html.contains("margin: 20mm 15mm 20mm 30mm"))
        #expect(html.contains("Sổ &lt;điện tử&gt; &amp; ký số"))
        #expect(!html.contains("<điện tử>"))
    }

    @Test func numbersFollowARegisterPerUnitKindAndYearAndAreReused() throws {
        let fixture = try RecordFixture()
        let first = try fixture.approved("Đề xuất thứ nhất")
        let second = try fixture.approved("Đề xuất thứ hai")
        let clerk = Actor(login: RecordWard.clerk)
        let day = try #require(Day(year: 2026, month: 11, day: 5))
        let events = try fixture.eventCount()
        // Issue 15: a decision prints the number its act was given when recorded; printing
        // it, first or again, records nothing.
        let a = try fixture.ledger.documentNumber(for: first, kind: .decision, day: day, by: clerk)
        let b = try fixture.ledger.documentNumber(for: second, kind: .decision, day: day, by: clerk)
        #expect(a.number.reference == "01/QĐ-VHXH" && a.reused)
        #expect(b.number.reference == "02/QĐ-VHXH" && b.reused)
        #expect(try fixture.eventCount() == events)
        // The minutes are numbered when printed: their register, then reuse.
        let minutes = try fixture.ledger.documentNumber(for: second, kind: .minutes, day: day, by: clerk)
        #expect(minutes.number.reference == "01/BB-VHXH" && !minutes.reused)
        #expect(try fixture.eventCount() == events + 1)
        let again = try fixture.ledger.documentNumber(for: second, kind: .minutes, day: day, by: Actor(login: RecordWard.head))
        #expect(again.number == minutes.number && again.reused)
        #expect(try fixture.eventCount() == events + 1)
        // Another year starts again at 1.
        let nextYear = try fixture.ledger.documentNumber(for: first, kind: .minutes, day: try #require(Day(year: 2027, month: 1, day: 4)), by: clerk)
        #expect(nextYear.number.reference == "01/BB-VHXH" && nextYear.number.year == 2027)
        // Another unit has its own register: the head's own proposal goes to the People's Committee.
        let own = try fixture.received("Đề xuất của trưởng phòng", by: RecordWard.head, registrar: RecordWard.chair)
        let ward = try fixture.ledger.documentNumber(for: own, kind: .minutes, day: day, by: Actor(login: RecordWard.chair))
        #expect(ward.number.reference == "01/BB-UBND")
    }

    @Test func numberingIsAChainEventThatVerifyAccountsFor() throws {
        let fixture = try RecordFixture()
        let id = try fixture.approved()
        _ = try make(.minutes, id, in: fixture)
        let report = try fixture.ledger.verify()
        #expect(report.ok)
        #expect(try fixture.ledger.verifyDocumentRegister().isEmpty)
        // The proposal's own history (what replay folds) is untouched by the numbering event.
        #expect(try fixture.ledger.history(of: id).allSatisfy { $0.event.change.kind != Ledger.documentNumberedKind })
        #expect(try fixture.ledger.documentNumbers().map(\.reference) == ["01/BB-VHXH"])
    }

    @Test func onlyTheUnitsHeadDeputyOrClerkNumbersDocuments() throws {
        let fixture = try RecordFixture()
        let id = try fixture.approved()
        let events = try fixture.eventCount()
        #expect(throws: LedgerError.self) {
            try fixture.ledger.documentNumber(for: id, kind: .decision, day: RecordFixture.origin.vietnamDay, by: Actor(login: RecordWard.staff2))
        }
        #expect(try fixture.eventCount() == events)
    }

    @Test func aDocumentTheRecordCannotSupportYetIsRefused() throws {
        let fixture = try RecordFixture()
        let received = try #require(try fixture.ledger.proposal(try fixture.received()))
        let minutes = DocumentBuilder.day(of: .minutes, for: received, settings: .standard)
        guard case .failure(let refusal) = minutes else { Issue.record("minutes before any vote"); return }
        #expect(refusal.message.vi.contains("chưa có phiếu biểu quyết"))
        #expect(refusal.message.en.contains("no ballot"))
        if case .success = DocumentBuilder.day(of: .decision, for: received, settings: .standard) { Issue.record("decision before deciding") }
        let approved = try #require(try fixture.ledger.proposal(try fixture.approved("Khác")))
        if case .success = DocumentBuilder.day(of: .conclusion, for: approved, settings: .standard) { Issue.record("conclusion before evaluating") }
        // A rejection is not a decision allowing implementation.
        let id = try fixture.received("Bị bác")
        try fixture.act(.partyOpinion(stance: .agree, text: "Đồng ý", committee: "Đảng ủy"), on: id, by: RecordWard.liaison, at: RecordFixture.day(3))
        for member in [RecordWard.head, RecordWard.deputy] {
            try fixture.ledger.perform([.checklist(answers: RecordWard.checks), .ballot(inFavour: false, comment: "")], on: id,
                                       by: Actor(login: member), at: RecordFixture.day(4))
        }
        try fixture.act(.decide(kind: .reject, number: "", reasons: "Chưa khả thi", responsibilityStatement: ""), on: id,
                        by: RecordWard.head, at: RecordFixture.day(5))
        let rejected = try #require(try fixture.ledger.proposal(id))
        guard case .failure(let no) = DocumentBuilder.day(of: .decision, for: rejected, settings: .standard) else {
            Issue.record("a rejection printed as an approval"); return
        }
        #expect(no.message.vi.contains("không được phê duyệt"))
        #expect(try DocumentBuilder.day(of: .minutes, for: rejected, settings: .standard).get() == Day(year: 2026, month: 11, day: 4))
    }

    @Test func theDateLineWritesLeadingZerosAsNĐ30Asks() {
        var doc = OfficialDocument(kind: .decision, superiorBody: "", issuingBody: "X", number: "Số: 01/QĐ-X", place: "Uông Bí",
                                   day: Day(year: 2026, month: 2, day: 5) ?? Day(julianDayNumber: 0), title: "", summary: "",
                                   paragraphs: [], table: [], recipients: [], signatureAuthority: "", signaturePosition: "", signerName: "",
                                   checkpoint: ChainCheckpoint(seq: 1, hash: String(repeating: "0", count: 64)))
        #expect(doc.placeAndDate == "Uông Bí, ngày 05 tháng 02 năm 2026")
        doc.day = Day(year: 2026, month: 11, day: 30) ?? doc.day
        #expect(doc.placeAndDate == "Uông Bí, ngày 30 tháng 11 năm 2026")
    }

    @Test func theAuthorityLineDoesNotRepeatTheUnit() {
        #expect(DocumentBuilder.authority(position: "Trưởng phòng", unit: "Phòng Văn hóa – Xã hội") == "Trưởng phòng Văn hóa – Xã hội")
        #expect(DocumentBuilder.authority(position: "Trưởng phòng Văn hóa – Xã hội", unit: "Phòng Văn hóa – Xã hội") == "Trưởng phòng Văn hóa – Xã hội")
        #expect(DocumentBuilder.authority(position: "Chủ tịch", unit: "Ủy ban nhân dân phường Uông Bí") == "Chủ tịch Ủy ban nhân dân phường Uông Bí")
    }
}

extension Date {
    var vietnamDay: Day { Day.inVietnam(self) }
}

/// posix_spawn for the optional LibreOffice conversion (Foundation's Process hangs in tests).
enum SpawnForDocuments {
    /// Runs `arguments`, its output and errors to `/dev/null` (LibreOffice is talkative).
    static func run(_ arguments: [String]) throws -> Int32 {
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard status == 0 else { return status }
        var exit: Int32 = 0
        waitpid(pid, &exit, 0)
        return (exit >> 8) & 0xff
    }
}
