import Foundation
import Testing
import Ledger
import Procedure
import ZIPFoundation
@testable import Papers

/// Issue 15: the .docx documents laid out by LibreOffice (`soffice --convert-to pdf`) and read
/// back page by page with `pdftotext -layout`: no page holds only a signature block, and
/// page 2 carries its number at the top. Skipped when LibreOffice or poppler is absent
/// (Debian: libreoffice-writer-nogui, poppler-utils).
@Suite(.serialized) struct DocumentPDFTests {
    static let office = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice", "/opt/homebrew/bin/soffice",
                         "/Applications/LibreOffice.app/Contents/MacOS/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let available = office != nil && pdftotext != nil

    /// A .docx package of `parts` (as `DocxWriter.data` writes them).
    static func package(_ parts: [(path: String, xml: String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml) in parts {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        return try #require(archive.data)
    }

    /// Converts every file of `files` (in `folder`) to PDF in one LibreOffice run with its own
    /// profile, then each PDF to text; returns the pages of each, by file name.
    static func pages(of files: [String], in folder: URL) throws -> [String: [String]] {
        let office = try #require(office), pdftotext = try #require(pdftotext)
        let profile = folder.appendingPathComponent("lo-profile", isDirectory: true)
        let status = try SpawnForDocuments.run([office, "-env:UserInstallation=" + profile.absoluteString, "--headless", "--norestore",
                                                "--convert-to", "pdf", "--outdir", folder.path] + files.map { folder.appendingPathComponent($0).path })
        #expect(status == 0)
        var out: [String: [String]] = [:]
        for file in files {
            let base = folder.appendingPathComponent((file as NSString).deletingPathExtension)
            let pdf = base.appendingPathExtension("pdf"), text = base.appendingPathExtension("txt")
            #expect(FileManager.default.fileExists(atPath: pdf.path), "\(file) was not converted")
            #expect(try SpawnForDocuments.run([pdftotext, "-layout", pdf.path, text.path]) == 0)
            let content = try String(contentsOf: text, encoding: .utf8)
            var pages = content.components(separatedBy: "\u{0C}")
            if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
            out[file] = pages
        }
        return out
    }

    /// The closing's text: everything a page of signature alone would hold.
    static func closingText(_ doc: OfficialDocument) -> String {
        let parts = ["Nơi nhận:"] + doc.recipients.map { "- " + $0 } + doc.signatureLines + [doc.signerName, doc.secondSignatureTitle,
                                                                                            doc.secondSignatureName, PaperAnchor.line(doc.checkpoint)]
        return DocumentLayoutTests.plain(parts.joined(separator: " "))
    }

    /// Whether a page holds only the closing (and its page number): every run of text on it,
    /// the columns of `-layout` split at two spaces or more, is part of the closing.
    static func onlyClosing(_ page: String, _ closing: String) -> Bool {
        let runs = page.components(separatedBy: "\n").flatMap { line in
            line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return runs.allSatisfy { run in run.allSatisfy(\.isNumber) || closing.contains(run) }
    }

    static func firstLine(_ page: String) -> String {
        page.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
    }

    /// A decision whose Điều 1 grows by about a line a step, so that the end of page 1 falls
    /// before, within and after the closing as the steps go.
    static func decisions(_ fixture: RecordFixture, steps: Int) throws -> [OfficialDocument] {
        let base = try DocumentLayoutTests.make(.decision, try fixture.approved(), in: fixture)
        let article = try #require(base.paragraphs.firstIndex { $0.text.hasPrefix("Điều 1.") })
        return (0..<steps).map { step in
            var doc = base
            doc.paragraphs[article].text += String(repeating: " Phạm vi áp dụng gồm các bộ phận một cửa và lưu trữ của phường.", count: 3 + step)
            return doc
        }
    }

    /// The minutes with a long ballot table: the record's rows, then rows as long as a
    /// collective of thirty would give, each with a comment of several lines.
    static func longMinutes(_ fixture: RecordFixture) throws -> OfficialDocument {
        var doc = try DocumentLayoutTests.make(.minutes, try fixture.voted("Biên bản có bảng biểu quyết dài"), in: fixture)
        for n in doc.table.count..<31 {
            doc.table.append(["\(n)", "Thành viên thứ \(n), Phó Trưởng phòng", n % 3 == 0 ? "Không đồng ý" : "Đồng ý",
                              String(repeating: "Ý kiến về kinh phí và tiến độ thực hiện. ", count: n % 4 * 2)])
        }
        return doc
    }

    @Test(.tags(.slow), .skippedInFastLoop, .enabled(if: DocumentPDFTests.available))
    func noPageHoldsOnlyASignatureBlockAndPageTwoIsNumbered() throws {
        let fixture = try RecordFixture()
        let folder = fixture.directory.appendingPathComponent("pdf", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var documents: [(String, OfficialDocument)] = []
        for (index, doc) in try Self.decisions(fixture, steps: 16).enumerated() { documents.append(("decision-\(index).docx", doc)) }
        documents.append(("minutes.docx", try Self.longMinutes(fixture)))
        documents.append(("conclusion.docx", try DocumentLayoutTests.make(.conclusion, try fixture.concluded("Đề xuất được kết luận"), in: fixture)))
        // The control: the same decisions without the keep and cantSplit flags. The sweep
        // must reach a break that leaves the signature alone there, or the check proves nothing.
        let flags = ["<w:keepNext/>", "<w:keepLines/>", "<w:cantSplit/>"]
        for (name, doc) in documents {
            try DocxWriter.data(doc).write(to: folder.appendingPathComponent(name))
            if name.hasPrefix("decision-") {
                let bare = DocxWriter.parts(doc).map { part in (part.path, flags.reduce(part.xml) { $0.replacingOccurrences(of: $1, with: "") }) }
                try Self.package(bare).write(to: folder.appendingPathComponent("bare-" + name))
            }
        }
        let names = documents.map(\.0) + documents.map(\.0).filter { $0.hasPrefix("decision-") }.map { "bare-" + $0 }
        let started = Date()
        let pages = try Self.pages(of: names, in: folder)
        print("DocumentPDFTests: \(names.count) documents converted in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")

        var multiPage = 0
        for (name, doc) in documents {
            let doc = doc
            let these = try #require(pages[name])
            let closing = Self.closingText(doc)
            for (number, page) in these.enumerated() {
                #expect(!Self.onlyClosing(page, closing), "\(name): page \(number + 1) holds only the signature block:\n\(page)")
            }
            // No number on page 1; "2" at the top of page 2.
            #expect(Self.firstLine(these.first ?? "") != "1", "\(name)")
            if these.count > 1 {
                multiPage += 1
                #expect(Self.firstLine(these[1]) == "2", "\(name): page 2 starts with \(Self.firstLine(these[1]))")
            }
            // The whole signature is on the last page, with text of the body above it.
            let last = these.last ?? ""
            for line in doc.signatureLines + [doc.signerName] {
                #expect(last.contains(DocumentLayoutTests.plain(line)), "\(name): \(line) not on the last page")
            }
        }
        #expect(multiPage >= 3, "the sweep should run over the page's end")
        #expect(try #require(pages["minutes.docx"]).count >= 2)
        let bareAlone = documents.filter { $0.0.hasPrefix("decision-") }.filter { name, doc in
            (pages["bare-" + name] ?? []).contains { Self.onlyClosing($0, Self.closingText(doc)) }
                || (pages["bare-" + name] ?? []).contains { page in doc.signatureLines.contains { page.contains(DocumentLayoutTests.plain($0)) }
                    && !page.contains(DocumentLayoutTests.plain(doc.signerName)) }
        }
        #expect(!bareAlone.isEmpty, "without the flags no decision of the sweep split its closing: the sweep misses the page's end")
        // For people to read: the text of one decision.
        if let one = documents.first(where: { (pages[$0.0] ?? []).count > 1 }) {
            _ = try Samples.write(Data((pages[one.0] ?? []).joined(separator: "\u{0C}").utf8), named: "decision-pdftotext.txt")
        }
    }
}
