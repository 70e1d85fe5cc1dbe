import Foundation
import Testing
import Ledger
import Procedure
@testable import DemoWard

/// §7.8: the demo's PDF is written by our own code (`TinyPDF`): a PDF 1.4 whose header,
/// objects, cross-reference offsets, trailer, `startxref` and `%%EOF` are what a reader
/// looks for; Vietnamese transliterated to ASCII; `pdftotext` (poppler) reads the text
/// back when it is installed.
@Suite struct TinyPDFTests {
    static let title = "Biên bản họp (bản mô phỏng) \\ Đường (số 1)"
    static let lines = ["Tên đề xuất: Số hóa sổ tiếp nhận hồ sơ", "Người đề xuất: Đặng Thị Ửng", "", "Ghi chú: ngoặc (mở và đóng) \\ gạch",
                        String(repeating: "dài ", count: 60), "Kết thúc \u{1B}[2J ☃ 漢"]

    /// Checks the structure of a PDF file; returns the number of objects in its xref.
    static func checkStructure(_ data: Data) throws -> Int {
        let bytes = [UInt8](data)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.4\n"))
        #expect(text.hasSuffix("%%EOF\n"))
        // startxref points at the xref keyword.
        let startxref = try #require(text.range(of: "startxref\n", options: .backwards))
        let offsetText = text[startxref.upperBound...].prefix { $0.isNumber }
        let xrefOffset = try #require(Int(offsetText))
        #expect(Array(bytes[xrefOffset..<(xrefOffset + 5)]) == Array("xref\n".utf8), "startxref \(xrefOffset)")
        // The xref section: "0 N", then N entries of exactly 20 bytes.
        var cursor = xrefOffset + 5
        func line() -> String {
            let end = bytes[cursor...].firstIndex(of: 0x0A) ?? bytes.count
            defer { cursor = end + 1 }
            return String(decoding: bytes[cursor..<end], as: UTF8.self)
        }
        let subsection = line().split(separator: " ")
        #expect(subsection.first == "0")
        let count = try #require(subsection.last.flatMap { Int($0) })
        #expect(count >= 6)
        for object in 0..<count {
            let entry = Array(bytes[cursor..<(cursor + 20)])
            cursor += 20
            let fields = String(decoding: entry, as: UTF8.self)
            #expect(entry.last == 0x0A && fields.count == 20, "entry \(object): \(fields.debugDescription)")
            let offset = try #require(Int(fields.prefix(10)))
            if object == 0 {
                #expect(fields.hasPrefix("0000000000 65535 f"))
                continue
            }
            #expect(fields.dropFirst(10).hasPrefix(" 00000 n"))
            let start = "\(object) 0 obj\n"
            #expect(Array(bytes[offset..<(offset + start.utf8.count)]) == Array(start.utf8), "object \(object) at \(offset)")
        }
        let trailer = String(decoding: bytes[cursor...], as: UTF8.self)
        #expect(trailer.hasPrefix("trailer\n<< /Size \(count) /Root 1 0 R"), "\(trailer)")
        // The content stream's /Length is its byte count.
        let streamStart = try #require(text.range(of: "stream\n"))
        let streamEnd = try #require(text.range(of: "endstream"))
        let length = try #require(text.range(of: "/Length ")).upperBound
        let declared = try #require(Int(text[length...].prefix { $0.isNumber }))
        #expect(text[streamStart.upperBound..<streamEnd.lowerBound].utf8.count == declared)
        // Every byte after the binary comment is ASCII: the text is transliterated.
        let body = bytes.dropFirst(15)
        #expect(body.allSatisfy { $0 < 0x80 }, "non-ASCII in the body")
        return count
    }

    @Test func aPageParsesAsAPDFWithCorrectOffsets() throws {
        let data = TinyPDF.page(title: Self.title, lines: Self.lines)
        #expect(try Self.checkStructure(data) == 7)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("(Bien ban hop \\(ban mo phong\\) \\\\ Duong \\(so 1\\)) Tj"), "\(text)")
        #expect(text.contains("/BaseFont /Helvetica"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func vietnameseIsTransliteratedToASCII() {
        #expect(TinyPDF.ascii("Đề xuất cải tiến: Ửng, đường, ơn, Ữ") == "De xuat cai tien: Ung, duong, on, U")
        #expect(TinyPDF.ascii("a\u{1B}b\tc☃漢") == "a b c??")
        #expect(TinyPDF.ascii("e\u{0301}") == "e", "an already decomposed letter too")
        #expect(TinyPDF.ascii("2026–2027 — “Kinh tế” ‘x’ …\u{00A0}•") == "2026-2027 - \"Kinh te\" 'x' ... -")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")))
    func pdftotextReadsTheTextBack() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-tinypdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("page.pdf")
        try TinyPDF.page(title: Self.title, lines: Self.lines).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [file.path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errors)")
        #expect(errors.isEmpty, "pdftotext complained: \(errors)")
        #expect(text.contains("Bien ban hop (ban mo phong) \\ Duong (so 1)"), "\(text)")
        #expect(text.contains("Ten de xuat: So hoa so tiep nhan ho so"), "\(text)")
        #expect(text.contains("Nguoi de xuat: Dang Thi Ung"), "\(text)")
        #expect(text.contains("Ghi chu: ngoac (mo va dong) \\ gach"), "\(text)")
        #expect(text.contains("Ket thuc"), "\(text)")
    }

    /// The demo attaches one: a PDF, not text-like (the Desk tells how to fetch it), whose
    /// stored bytes parse.
    @Test func theDemoCarriesThePDF() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dexuat-tinypdf-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let now = try #require(Day(year: 2026, month: 3, day: 18)).startInVietnam.addingTimeInterval(10 * 3600)
        let ledger = try Ledger.open(path: directory.appendingPathComponent("demo.sqlite").path, create: true)
        let org = DemoWard.organization()
        let generator = DemoGenerator(proposals: 12, seed: 7, now: now, calendar: try ledger.calendar())
        let admin = try #require(org.grants.first { $0.role == .admin }?.login)
        try ledger.importDemo(organization: org, administrator: admin, at: now) { sink in try generator.generate(sink) }
        let files = try ledger.attachmentsOfPublicProposals().filter { $0.name.hasSuffix(".pdf") }
        let pdf = try #require(files.first)
        #expect(files.count == 1)
        #expect(pdf.mediaType == "application/pdf" && !pdf.isTextLike)
        var bytes = Data()
        try ledger.writeAttachment(of: pdf.proposalID, number: pdf.number, viewer: nil) { bytes.append($0) }
        #expect(bytes.count == pdf.size)
        _ = try Self.checkStructure(bytes)
        #expect(String(decoding: bytes, as: UTF8.self).contains("(Ban de xuat \(pdf.proposalID) \\(mo phong ban chup co chu ky\\)) Tj"))
        #expect(try ledger.verify().ok)
    }
}
