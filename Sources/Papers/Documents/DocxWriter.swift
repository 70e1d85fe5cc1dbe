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
            ("word/header1.xml", pageNumberHeader),
            ("word/header2.xml", firstPageHeader),
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
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
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
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>\
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
        <w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """

    // MARK: - The document part

    /// A4 is 11906 × 16838 twips; margins 20 mm top and bottom (1134), 30 mm left (1701),
    /// 15 mm right (851): the text is 9354 twips wide.
    static let textWidth = 9354

    /// The body part. Lengths are in twips (1/20 pt); keep-with-next and unsplittable rows
    /// hold together what must not break across a page.
    static func document(_ doc: OfficialDocument) -> String {
        var body = ""
        // Heading (Phụ lục I, mục IV): a two-column table of two rows, so that "Số:" sits level
        // with the place and date line. Row 1: the superior and issuing bodies with a short rule
        // under them (1/3 to 1/2 of the line), the national name and the motto with a rule as
        // long as the motto. Row 2: the number, and the place and date.
        var left = ""
        if !doc.superiorBody.isEmpty { left += paragraph(doc.superiorBody, align: "center", size: 26, keepNext: true) }
        left += paragraph(doc.issuingBody, align: "center", bold: true, size: 26, keepNext: true)
        left += rule(width: issuingRuleWidth(doc.issuingBody), in: headingWidths[0])
        // The national name in 12 pt so that it keeps to one line in the right column.
        var right = paragraph(OfficialDocument.nationalName, align: "center", bold: true, size: 24, keepNext: true)
        right += paragraph(OfficialDocument.motto, align: "center", bold: true, size: 28, keepNext: true)
        right += rule(width: mottoRuleWidth, in: headingWidths[1])
        body += borderlessTable(widths: headingWidths, rows: [
            [left, right],
            [paragraph(doc.number, align: "center", size: 26, spaceBefore: 120),
             paragraph(doc.placeAndDate, align: "center", italic: true, size: 28, spaceBefore: 120)],
        ])
        // Title and trích yếu, with a rule under the trích yếu (1/3 to 1/2 of the line).
        body += paragraph(doc.title, align: "center", bold: true, size: 28, spaceBefore: 360, keepNext: true)
        body += paragraph(doc.summary, align: "center", bold: true, size: 28, keepNext: true)
        body += rule(width: textWidth / 3, in: textWidth, spaceAfter: 240)
        let lastBody = doc.paragraphs.indices.last
        for (index, p) in doc.paragraphs.enumerated() {
            // The last paragraph keeps with the signature block: the block never starts a page alone.
            let last = index == lastBody
            switch p.style {
            case .body:
                let (lead, rest) = OfficialDocument.articleLead(p.text)
                body += paragraph(rest, align: "both", size: 28, spaceAfter: 120, firstLine: 567, boldLead: lead, keepNext: last)
            case .heading: body += paragraph(p.text, align: "left", bold: true, size: 28, spaceBefore: 120, spaceAfter: 120, keepNext: true)
            case .centeredBold: body += paragraph(p.text, align: "center", bold: true, size: 28, spaceBefore: 120, spaceAfter: 120, keepNext: true)
            }
            if p.text.hasPrefix("III. KẾT QUẢ BIỂU QUYẾT"), !doc.table.isEmpty {
                body += gridTable(doc.table) + paragraph("", size: 12)
            }
        }
        // The closing: nơi nhận at the left, the signature block at the right, in one row that
        // cannot split, every paragraph kept with the next so that the row follows the text.
        var recipients = ""
        if !doc.secondSignatureTitle.isEmpty {
            recipients += paragraph(doc.secondSignatureTitle, align: "center", bold: true, size: 28, keepNext: true)
            recipients += paragraph(doc.secondSignatureName, align: "center", bold: true, size: 28, spaceBefore: 1200, spaceAfter: 240,
                                    keepNext: true)
        }
        recipients += paragraph("Nơi nhận:", align: "left", bold: true, italic: true, size: 24, keepNext: true)
        for r in doc.recipients { recipients += paragraph("- " + r, align: "left", size: 22, keepNext: true) }
        var signature = ""
        for line in doc.signatureLines { signature += paragraph(line, align: "center", bold: true, size: 28, keepNext: true) }
        signature += paragraph(doc.signerName, align: "center", bold: true, size: 28, spaceBefore: 1200, keepNext: true)
        body += paragraph("", size: 28, keepNext: true)
        body += borderlessTable(widths: [textWidth / 2, textWidth - textWidth / 2], rows: [[recipients, signature]])
        body += paragraph(PaperAnchor.line(doc.checkpoint), align: "left", size: 20, spaceBefore: 360)
        return header + """
            <w:document xmlns:w="\(wordNamespace)" xmlns:r="\(relationshipNamespace)"><w:body>\(body)\
            <w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:headerReference w:type="first" r:id="rId3"/>\
            <w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>\
            <w:titlePg/></w:sectPr></w:body></w:document>
            """
    }

    /// The heading's columns: the issuing body, the national name and motto.
    static let headingWidths = [3600, textWidth - 3600]

    /// The rule under the motto, as long as the motto's line (NĐ 30): "Độc lập - Tự do - Hạnh
    /// phúc" in Times New Roman 14 pt bold is about 186 pt (3720 twips) wide.
    static let mottoRuleWidth = 3720

    /// The rule under the issuing body: 2/5 of its (longest) line, estimated at 13 pt bold capitals.
    static func issuingRuleWidth(_ name: String) -> Int {
        let line = min(name.count * 170, headingWidths[0] - 216)
        return max(600, line * 2 / 5)
    }

    /// A horizontal rule `width` twips long centred in a column `column` twips wide: an empty
    /// paragraph of 1 pt whose top border is the rule (a drawn line, not an underline).
    static func rule(width: Int, in column: Int, spaceAfter: Int = 0) -> String {
        let inner = column - 216
        let indent = max(0, (inner - width) / 2)
        return "<w:p><w:pPr><w:keepNext/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            + "<w:spacing w:before=\"0\" w:after=\"\(spaceAfter)\" w:line=\"20\" w:lineRule=\"exact\"/>"
            + "<w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/><w:jc w:val=\"center\"/>"
            + "<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>"
    }

    /// The header of the pages after the first: the page number at the top centre (Phụ lục I,
    /// mục II.10); the first page has the empty first-page header (`titlePg`).
    static let pageNumberHeader = header + """
        <w:hdr xmlns:w="\(wordNamespace)"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
        <w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t>2</w:t></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
        """

    static let firstPageHeader = header + """
        <w:hdr xmlns:w="\(wordNamespace)"><w:p/></w:hdr>
        """

    static func paragraph(_ text: String, align: String = "left", bold: Bool = false, italic: Bool = false, underline: Bool = false,
                          size: Int, spaceBefore: Int = 0, spaceAfter: Int = 0, firstLine: Int = 0, boldLead: String = "",
                          keepNext: Bool = false) -> String {
        // CT_PPrBase order: keepNext, keepLines, …, spacing, ind, …, jc.
        var pPr = "<w:pPr>" + (keepNext ? "<w:keepNext/><w:keepLines/>" : "")
        pPr += "<w:spacing w:before=\"\(spaceBefore)\" w:after=\"\(spaceAfter)\"/>"
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

    /// A table without borders whose rows never split across pages (`w:cantSplit`).
    static func borderlessTable(widths: [Int], rows: [[String]]) -> String {
        // CT_TblPr order: tblW, tblBorders, tblLayout.
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"nil\"/>" }.joined()
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for cells in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (width, content) in zip(widths, cells) {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(content.isEmpty ? "<w:p/>" : content)</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// The ballots: rows that never split (`w:cantSplit`), the header row repeated on each page.
    static func gridTable(_ rows: [[String]]) -> String {
        let columns = rows.first?.count ?? 1
        let widths: [Int] = columns == 4 ? [700, 3300, 1700, textWidth - 5700] : Array(repeating: textWidth / columns, count: columns)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            xml += index == 0 ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
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
