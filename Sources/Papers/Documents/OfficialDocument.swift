import Ledger
import Procedure

/// An official document (văn bản hành chính) laid out as Nghị định 30/2020/NĐ-CP asks:
/// quốc hiệu and tiêu ngữ, the issuing body under its superior body, số/ký hiệu, place and
/// date, title, body, nơi nhận and the signature block. Renderers turn it into .docx or HTML.
public struct OfficialDocument: Sendable, Hashable {
    /// One paragraph of the body.
    public struct Paragraph: Sendable, Hashable {
        public enum Style: Sendable, Hashable {
            /// Justified body text with a first-line indent.
            case body
            /// A bold heading line (e.g. "I. THÀNH PHẦN").
            case heading
            /// Centred text (e.g. "Căn cứ …" lines are body; "QUYẾT ĐỊNH:" is centred bold).
            case centeredBold
        }
        public var text: String
        public var style: Style

        public init(_ text: String, style: Style = .body) {
            self.text = text
            self.style = style
        }
    }

    public var kind: OfficialDocumentKind
    /// "UBND PHƯỜNG UÔNG BÍ": the superior body, printed above the issuing body.
    public var superiorBody: String
    /// "PHÒNG VĂN HÓA – XÃ HỘI": the issuing body.
    public var issuingBody: String
    /// "Số: 07/QĐ-VHXH".
    public var number: String
    public var place: String
    public var day: Day
    /// "QUYẾT ĐỊNH", "BIÊN BẢN", "KẾT LUẬN" (printed in bold capitals).
    public var title: String
    /// The trích yếu under the title, e.g. "Về việc cho phép triển khai đề xuất …".
    public var summary: String
    public var paragraphs: [Paragraph]
    /// A table of the body (the ballots of the minutes), first row the header.
    public var table: [[String]]
    public var recipients: [String]
    /// "TM. TẬP THỂ LÃNH ĐẠO", "TRƯỞNG PHÒNG": quyền hạn và chức vụ of the signer.
    public var signatureAuthority: String
    public var signaturePosition: String
    public var signerName: String
    /// "TM. ỦY BAN NHÂN DÂN" above the authority, for a collective body's act; empty for none.
    public var signatureOnBehalfOf = ""
    /// A second signature on the left (the secretary of the minutes); empty for none.
    public var secondSignatureTitle = ""
    public var secondSignatureName = ""
    /// The chain's head when the document was issued, printed at its foot (PROCEDURE.md §5):
    /// the signed paper then holds a code that a later rewrite of the file cannot match.
    public var checkpoint: ChainCheckpoint

    /// The national name and motto, exactly as Nghị định 30/2020 prints them.
    public static let nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    public static let motto = "Độc lập - Tự do - Hạnh phúc"

    /// The lines of the signature block above the signature, top first (`SignatureBlock`).
    public var signatureLines: [String] {
        [signatureOnBehalfOf, signatureAuthority, signaturePosition].filter { !$0.isEmpty }
    }

    /// "Uông Bí, ngày 30 tháng 11 năm 2026" (`AdministrativeDate`).
    public var placeAndDate: String {
        AdministrativeDate.line(place: place, on: day)
    }

    /// "Điều 1. Cho phép …" → ("Điều 1.", " Cho phép …"): the article number is printed in bold.
    static func articleLead(_ text: String) -> (lead: String, rest: String) {
        guard text.hasPrefix("Điều "), let dot = text.firstIndex(of: "."),
              text[text.index(text.startIndex, offsetBy: 5)..<dot].allSatisfy(\.isNumber) else { return ("", text) }
        let end = text.index(after: dot)
        return (String(text[..<end]), String(text[end...]))
    }
}
