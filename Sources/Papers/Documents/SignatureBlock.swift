import Procedure

/// The signature block of a document by Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II
/// ("quyền hạn, chức vụ, họ tên và chữ ký của người có thẩm quyền"):
///
///     TM. ỦY BAN NHÂN DÂN        ← a collective body (chế độ tập thể) only
///     KT. CHỦ TỊCH               ← a deputy signing for the head ("Q." for an acting head)
///     PHÓ CHỦ TỊCH               ← the signer's own title
///     (chữ ký)
///     Nguyễn Văn A
///
/// The title is the leadership title alone: "chức vụ ghi trên văn bản là chức danh lãnh đạo
/// chính thức của người ký; không ghi lại tên cơ quan, tổ chức". An officer's stored position
/// often names the unit ("Trạm trưởng Trạm Y tế phường"); `title(of:in:)` takes it off.
/// "TM." is for a collective body alone (GLOSSARY: never for an office's collective).
public struct SignatureBlock: Sendable, Hashable {
    /// "TM. ỦY BAN NHÂN DÂN", or empty.
    public var onBehalfOf: String
    /// "KT. CHỦ TỊCH", "Q. TRƯỞNG PHÒNG", or empty.
    public var authority: String
    /// "PHÓ CHỦ TỊCH", "TRƯỞNG PHÒNG".
    public var position: String
    public var name: String

    /// The lines above the signature, top first, without empty ones.
    public var lines: [String] { [onBehalfOf, authority, position].filter { !$0.isEmpty } }

    /// Leadership titles, deputies' first so that the longest match wins.
    static let knownTitles: [String] = {
        let heads = ["Chủ tịch", "Chánh Văn phòng", "Chánh Thanh tra", "Trưởng phòng", "Trưởng ban", "Trưởng trạm", "Trạm trưởng",
                     "Giám đốc", "Tổng Giám đốc", "Hiệu trưởng", "Viện trưởng", "Chỉ huy trưởng", "Trưởng Công an", "Chủ nhiệm",
                     "Trưởng khoa", "Thủ trưởng", "Trưởng"]
        let all = heads.flatMap { ["Phó " + $0, $0] }
        return all.sorted { $0.split(separator: " ").count > $1.split(separator: " ").count }
    }()

    /// The leadership title in `position`, without the unit's name: "Trạm trưởng Trạm Y tế
    /// phường" → "Trạm trưởng", "Chủ tịch UBND phường" → "Chủ tịch", "Trưởng Ban Quản lý chợ"
    /// → "Trưởng Ban", "Quyền Trưởng phòng Văn hóa – Xã hội" → "Quyền Trưởng phòng". A position
    /// that is no known title loses the unit's name when it ends with it, else stays whole.
    public static func title(of position: String, in unit: Procedure.Unit?) -> String {
        let words = oneLine(position).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return "" }
        var lead: [String] = []
        var rest = words[...]
        if let first = rest.first, first.lowercased() == "quyền" {
            lead.append(first)
            rest = rest.dropFirst()
        }
        let lowered = rest.map { $0.lowercased() }
        for known in knownTitles {
            let parts = known.lowercased().split(separator: " ").map(String.init)
            guard lowered.count >= parts.count, Array(lowered.prefix(parts.count)) == parts else { continue }
            // "Trưởng" alone is a title only when what follows names the unit ("Trưởng Ban
            // Quản lý chợ" has "Trưởng ban"; "Trưởng nhóm" stays whole).
            if known == "Trưởng" || known == "Phó Trưởng", lowered.count > parts.count { continue }
            return (lead + rest.prefix(parts.count)).joined(separator: " ")
        }
        let unitWords = unit.map { oneLine($0.name).lowercased().split(separator: " ").map(String.init) } ?? []
        if !unitWords.isEmpty, words.count > unitWords.count, words.suffix(unitWords.count).map({ $0.lowercased() }) == unitWords {
            return words.dropLast(unitWords.count).joined(separator: " ")
        }
        return words.joined(separator: " ")
    }

    /// The issuing authority under the title of a decision (thẩm quyền ban hành): the head's
    /// title then the unit's name, without saying a shared word twice ("Trưởng phòng" and
    /// "Phòng Văn hóa – Xã hội" give "Trưởng phòng Văn hóa – Xã hội"; "Chánh Văn phòng" and
    /// "Văn phòng HĐND và UBND phường" give "Chánh Văn phòng HĐND và UBND phường").
    public static func authorityLine(title: String, unit: String) -> String {
        let t = oneLine(title).split(separator: " ").map(String.init)
        let u = oneLine(unit).split(separator: " ").map(String.init)
        guard !u.isEmpty else { return t.joined(separator: " ") }
        for k in stride(from: min(t.count, u.count), through: 1, by: -1)
        where t.suffix(k).map({ $0.lowercased() }) == u.prefix(k).map({ $0.lowercased() }) {
            return (t + u.dropFirst(k)).joined(separator: " ")
        }
        return (t + u).joined(separator: " ")
    }

    /// Whether the unit is a collective body whose documents are signed "TM.": the People's
    /// Committee (Luật Tổ chức chính quyền địa phương: Ủy ban nhân dân works collectively).
    public static func isCollectiveBody(_ unit: Procedure.Unit?) -> Bool { unit?.kind == .peoplesCommittee }

    /// "ỦY BAN NHÂN DÂN": the collective's name without its place, as "TM." prints it.
    public static let peoplesCommittee = "ỦY BAN NHÂN DÂN"

    /// The block for `signer` in `unit`. `collective`: the document is the collective body's
    /// act ("TM."); `forHead`: the signer signs for the head ("KT."), whose title it is.
    public static func make(signer position: String, name: String, unit: Procedure.Unit?, collective: Bool,
                            forHead headTitle: String? = nil) -> SignatureBlock {
        let own = title(of: position, in: unit)
        var block = SignatureBlock(onBehalfOf: collective && isCollectiveBody(unit) ? "TM. " + peoplesCommittee : "",
                                   authority: "", position: upper(own), name: oneLine(name))
        if let headTitle {
            block.authority = "KT. " + upper(title(of: headTitle, in: unit))
        } else if own.lowercased().hasPrefix("quyền ") {
            // Phụ lục I, II.8.a: "Q." before the head's title for an officer given the head's powers.
            block.authority = ""
            block.position = "Q. " + upper(String(own.dropFirst(6)))
        }
        return block
    }

    /// The usual head's title of a unit whose head is not on record, from the first words of
    /// its name ("Trạm Y tế …" → "Trạm trưởng", "Trường …" → "Hiệu trưởng"), else its kind's.
    public static func usualHeadTitle(of unit: Procedure.Unit?) -> String {
        let name = oneLine(unit?.name ?? "").lowercased()
        let byName: [(String, String)] = [("ủy ban nhân dân", "Chủ tịch"), ("văn phòng", "Chánh Văn phòng"), ("phòng", "Trưởng phòng"),
                                          ("trạm", "Trạm trưởng"), ("trường", "Hiệu trưởng"), ("ban", "Trưởng Ban"),
                                          ("trung tâm", "Giám đốc"), ("thanh tra", "Chánh Thanh tra")]
        if let (_, title) = byName.first(where: { name == $0.0 || name.hasPrefix($0.0 + " ") }) { return title }
        switch unit?.kind {
        case .peoplesCommittee: return "Chủ tịch"
        case .publicServiceUnit: return "Giám đốc"
        case .office, nil: return "Trưởng phòng"
        }
    }

    static func upper(_ text: String) -> String { oneLine(text).uppercased(with: nil) }

    /// Stored text on one line, spaces collapsed: a line break in a stored position never
    /// adds a line to the block.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}
