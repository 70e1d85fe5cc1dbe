/// Why a TOML text was refused, with the 1-based line the problem is on and, where the
/// parser stood on it, the 1-based column in characters (nil for faults of a whole key or
/// table, such as a key defined twice, and for bytes that are not UTF-8).
public struct TOMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public var column: Int? = nil
    public let problem: TOMLProblem

    public var vi: String { problem.text.vi }
    public var en: String { problem.text.en }
    public var description: String { "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": \(en)" }
}

/// What the parser refuses, each with its Vietnamese and English wording (GLOSSARY.md:
/// impersonal). The cases name classes of faults, so that a caller can also test them.
public enum TOMLProblem: Error, Equatable, Sendable {
    case invalidUTF8
    case nul
    case nulEscape
    case controlCharacter(UInt8)
    case loneCarriageReturn
    case unexpected(String)
    case expectedKey
    case expectedEquals
    case expectedValue
    case expectedLineEnd
    case unterminatedString
    case newlineInString
    case badEscape(String)
    case badUnicodeEscape
    case badNumber
    case numberOutOfRange
    case badDateTime
    case unterminatedHeader
    case unterminatedArray
    case unterminatedInlineTable
    case newlineInInlineTable
    case trailingCommaInInlineTable
    case duplicateKey(String)
    case tableDefinedTwice(String)
    case notATable(String)
    case tooDeep(Int)

    var text: (vi: String, en: String) {
        switch self {
        case .invalidUTF8: ("không phải văn bản UTF-8", "not UTF-8 text")
        case .nul: ("có ký tự NUL", "holds a NUL character")
        case .nulEscape: ("chuỗi có mã thoát \\u0000 (ký tự NUL) — không được phép", "a string holds the escape \\u0000 (NUL), which is refused")
        case .controlCharacter(let byte):
            ("có ký tự điều khiển U+\(hex(byte)) — không được phép ở đây", "holds the control character U+\(hex(byte)), not allowed here")
        case .loneCarriageReturn: ("có ký tự CR đứng riêng (chỉ nhận xuống dòng LF hoặc CRLF)", "holds a lone CR (only LF or CRLF line ends)")
        case .unexpected(let what): ("ký tự không mong đợi \(what)", "unexpected character \(what)")
        case .expectedKey: ("thiếu khóa", "a key is missing")
        case .expectedEquals: ("thiếu dấu \"=\" sau khóa", "\"=\" is missing after the key")
        case .expectedValue: ("thiếu giá trị hoặc giá trị không hợp lệ", "a value is missing or invalid")
        case .expectedLineEnd: ("sau giá trị chỉ được có chú thích rồi xuống dòng", "only a comment and a line end may follow a value")
        case .unterminatedString: ("chuỗi chưa đóng", "unterminated string")
        case .newlineInString: ("chuỗi một dòng không được xuống dòng", "a single-line string may not hold a line end")
        case .badEscape(let escape): ("mã thoát không hợp lệ \\\(escape)", "invalid escape \\\(escape)")
        case .badUnicodeEscape: ("mã thoát \\u hoặc \\U không phải ký tự Unicode hợp lệ", "a \\u or \\U escape is not a valid Unicode character")
        case .badNumber: ("số không hợp lệ", "invalid number")
        case .numberOutOfRange: ("số vượt quá giới hạn 64 bit", "number outside the 64-bit range")
        case .badDateTime: ("ngày giờ không hợp lệ", "invalid date or time")
        case .unterminatedHeader: ("tiêu đề bảng TOML không hợp lệ hoặc thiếu \"]\"", "invalid TOML table header or missing \"]\"")
        case .unterminatedArray: ("mảng chưa đóng bằng \"]\"", "array not closed with \"]\"")
        case .unterminatedInlineTable: ("bảng một dòng chưa đóng bằng \"}\"", "inline table not closed with \"}\"")
        case .newlineInInlineTable: ("bảng một dòng { … } không được xuống dòng", "an inline table { … } may not span lines")
        case .trailingCommaInInlineTable: ("bảng một dòng không được kết thúc bằng dấu phẩy", "an inline table may not end with a comma")
        case .duplicateKey(let key): ("khóa \"\(key)\" đã có giá trị", "key \"\(key)\" already has a value")
        case .tableDefinedTwice(let key): ("bảng [\(key)] đã được định nghĩa", "table [\(key)] is already defined")
        case .notATable(let key): ("\"\(key)\" đã là một giá trị, không mở rộng được thành bảng", "\"\(key)\" is already a value and cannot be extended as a table")
        case .tooDeep(let limit): ("lồng nhau quá \(limit) cấp", "nested more than \(limit) levels deep")
        }
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "00" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
}
