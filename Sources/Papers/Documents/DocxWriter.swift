import Foundation
import ZIPFoundation

/// An official document as a .docx file: an Office Open XML package (ZIP) with the
/// WordprocessingML parts Word and LibreOffice need — `[Content_Types].xml`, `_rels/.rels`,
/// `word/document.xml`, `word/styles.xml`, `word/_rels/document.xml.rels` and
/// `docProps/core.xml`. A4, NĐ 30/2020 margins, Times New Roman 14 pt.
public enum DocxWriter {
    /// The parts of the package, by path, in the order they are written.
    public static func parts(_ doc: OfficialDocument) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(doc)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/document.xml", document(doc)),
        ]
    }

    /// The .docx bytes. Entries carry a fixed time so that the same document gives the same bytes.
    public static func data(_ doc: OfficialDocument) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01
        for (path, xml) in parts(doc) {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                let start = Int(position)
                return bytes.subdata(in: start..<min(start + size, bytes.count))
            }
        }
        guard let data = archive.data else {
            throw DocumentRefusal(PapersText.couldNotMakeDocxFile)
        }
        return data
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static func coreProperties(_ doc: OfficialDocument) -> String {
        header + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(Markup.xml(doc.title + " " + doc.number))</dc:title>\
            <dc:creator>dexuat</dc:creator>\
            <dc:language>vi-VN</dc:language>\
            </cp:coreProperties>
            """
    }

    static let styles = header + """
        <w:styles xmlns:w="\(wordNamespace)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>\
        <w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN"/>\
        </w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """

    // MARK: - The document part

    /// A4 is 11906 × 16838 twips; margins 20 mm top and bottom (1134), 30 mm left (1701),
    /// 15 mm right (851): the text is 9354 twips wide.
    static let textWidth = 9354

    static func document(_ doc: OfficialDocument) -> String {
        var body = ""
        // Heading: issuing body on the left, national name and motto on the right.
        var left = ""
        if !doc.superiorBody.isEmpty { left += paragraph(doc.superiorBody, align: "center", size: 26) }
        left += paragraph(doc.issuingBody, align: "center", bold: true, size: 26)
        left += paragraph(doc.number, align: "center", size: 26, spaceBefore: 120)
        // The national name in 12 pt so that it keeps to one line in the right column.
        var right = paragraph(OfficialDocument.nationalName, align: "center", bold: true, size: 24)
        right += paragraph(OfficialDocument.motto, align: "center", bold: true, underline: true, size: 28)
        right += paragraph(doc.placeAndDate, align: "center", italic: true, size: 28, spaceBefore: 120)
        body += borderlessTable(widths: [3500, textWidth - 3500], cells: [left, right])
        body += paragraph(doc.title, align: "center", bold: true, size: 28, spaceBefore: 360)
        body += paragraph(doc.summary, align: "center", bold: true, size: 28, spaceAfter: 240)
        for p in doc.paragraphs {
            switch p.style {
            case .body:
                let (lead, rest) = OfficialDocument.articleLead(p.text)
                body += paragraph(rest, align: "both", size: 28, spaceAfter: 120, firstLine: 567, boldLead: lead)
            case .heading: body += paragraph(p.text, align: "left", bold: true, size: 28, spaceBefore: 120, spaceAfter: 120)
            case .centeredBold: body += paragraph(p.text, align: "center", bold: true, size: 28, spaceBefore: 120, spaceAfter: 120)
            }
            if p.text.hasPrefix("III. KẾT QUẢ BIỂU QUYẾT"), !doc.table.isEmpty {
                body += gridTable(doc.table) + paragraph("", size: 12)
            }
        }
        var recipients = ""
        if !doc.secondSignatureTitle.isEmpty {
            recipients += paragraph(doc.secondSignatureTitle, align: "center", bold: true, size: 28)
            recipients += paragraph(doc.secondSignatureName, align: "center", bold: true, size: 28, spaceBefore: 1200, spaceAfter: 240)
        }
        recipients += paragraph("Nơi nhận:", align: "left", bold: true, italic: true, size: 24)
        for r in doc.recipients { recipients += paragraph("- " + r, align: "left", size: 22) }
        var signature = ""
        if !doc.signatureAuthority.isEmpty { signature += paragraph(doc.signatureAuthority, align: "center", bold: true, size: 28) }
        signature += paragraph(doc.signaturePosition, align: "center", bold: true, size: 28)
        signature += paragraph(doc.signerName, align: "center", bold: true, size: 28, spaceBefore: 1200)
        body += paragraph("", size: 28)
        body += borderlessTable(widths: [textWidth / 2, textWidth - textWidth / 2], cells: [recipients, signature])
        body += paragraph(PaperAnchor.line(doc.checkpoint), align: "left", size: 20, spaceBefore: 360)
        return header + """
            <w:document xmlns:w="\(wordNamespace)"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>\
            </w:sectPr></w:body></w:document>
            """
    }

    static func paragraph(_ text: String, align: String = "left", bold: Bool = false, italic: Bool = false, underline: Bool = false,
                          size: Int, spaceBefore: Int = 0, spaceAfter: Int = 0, firstLine: Int = 0, boldLead: String = "") -> String {
        var pPr = "<w:pPr><w:spacing w:before=\"\(spaceBefore)\" w:after=\"\(spaceAfter)\"/>"
        if firstLine > 0 { pPr += "<w:ind w:firstLine=\"\(firstLine)\"/>" }
        pPr += "<w:jc w:val=\"\(align)\"/></w:pPr>"
        var rPr = "<w:rPr>"
        if bold { rPr += "<w:b/><w:bCs/>" }
        if italic { rPr += "<w:i/><w:iCs/>" }
        // CT_RPr order: b, i, …, sz, szCs, …, u (Word refuses elements out of schema order).
        rPr += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        if underline { rPr += "<w:u w:val=\"single\"/>" }
        rPr += "</w:rPr>"
        var run = text.isEmpty ? "" : "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(Markup.xml(text))</w:t></w:r>"
        if !boldLead.isEmpty {
            let leadProperties = "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>"
            run = "<w:r>\(leadProperties)<w:t xml:space=\"preserve\">\(Markup.xml(boldLead))</w:t></w:r>" + run
        }
        return "<w:p>\(pPr)\(run)</w:p>"
    }

    static func borderlessTable(widths: [Int], cells: [String]) -> String {
        // CT_TblPr order: tblW, tblBorders, tblLayout.
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"nil\"/>" }.joined()
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid><w:tr>"
        for (width, content) in zip(widths, cells) {
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(content.isEmpty ? "<w:p/>" : content)</w:tc>"
        }
        return xml + "</w:tr></w:tbl>"
    }

    static func gridTable(_ rows: [[String]]) -> String {
        let columns = rows.first?.count ?? 1
        let widths: [Int] = columns == 4 ? [700, 3300, 1700, textWidth - 5700] : Array(repeating: textWidth / columns, count: columns)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            xml += "<w:tr>"
            for (column, text) in row.enumerated() {
                let width = column < widths.count ? widths[column] : widths.last ?? 1000
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                xml += paragraph(text, align: index == 0 || column == 0 ? "center" : "left", bold: index == 0, size: 26) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
