/// A legal text of the library that point 1 of Công văn 432 asks every officer to be
/// briefed on (phổ biến, quán triệt): its number (số, ký hiệu), date, issuer, title and a
/// short summary in our own words.
///
///     let decree = LegalLibrary.text("nd-73-2023")
///     decree?.number   // "73/2023/NĐ-CP"
///
/// The texts the letter names are built into the code with stable ids; an administrator
/// adds more, which the ledger keeps as records (and events).
public struct LegalText: Sendable, Hashable, Codable, Identifiable {
    /// A stable id for scripts, e.g. `nd-73-2023` (lower case letters, digits and `-`).
    public var id: String
    /// Số, ký hiệu: "73/2023/NĐ-CP".
    public var number: String
    /// Ngày ban hành (or, for a law, the day the National Assembly passed it).
    public var issuedOn: Day
    /// Cơ quan ban hành: "Chính phủ".
    public var issuer: String
    /// Trích yếu: what the text is about.
    public var title: String
    /// A few sentences in our own words, in both languages.
    public var summary: Localized
    /// Whether every officer must acknowledge it: the coverage counts only these.
    public var required: Bool
    /// Part of the program (the letter's own list), as opposed to added by an administrator.
    public var builtIn: Bool

    public init(id: String, number: String, issuedOn: Day, issuer: String, title: String, summary: Localized,
                required: Bool = true, builtIn: Bool = false) {
        self.id = id
        self.number = number
        self.issuedOn = issuedOn
        self.issuer = issuer
        self.title = title
        self.summary = summary
        self.required = required
        self.builtIn = builtIn
    }

    /// "Nghị định 73/2023/NĐ-CP" style: the kind word taken from the number's suffix.
    public var shortName: String { number }
}

/// The built-in library: the letter itself, Resolution 57-NQ/TW, and the four texts the
/// letter names (PROCEDURE.md §1, point 1).
public enum LegalLibrary {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day {
        Day(year: y, month: m, day: d) ?? Day(julianDayNumber: 0)
    }

    public static let builtIn: [LegalText] = [
        LegalText(
            id: "cv-432-ubnd-vhxh", number: "432/UBND-VHXH", issuedOn: day(2025, 8, 22),
            issuer: "Ủy ban nhân dân phường Uông Bí",
            title: "Về việc phát huy tinh thần sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung theo tinh thần Nghị quyết số 57-NQ/TW",
            summary: Localized(
                vi: "Công văn của UBND phường giao bốn việc: phổ biến, quán triệt các văn bản về khuyến khích, bảo vệ cán bộ đổi mới, sáng tạo tới mọi cán bộ, công chức, viên chức; người đứng đầu tiếp nhận, xem xét, đánh giá và bảo vệ đề xuất trong thẩm quyền, có xin ý kiến cấp ủy cùng cấp; làm kịp thời, dân chủ, công khai, minh bạch, đúng trình tự; Phòng Văn hóa – Xã hội hướng dẫn, kiểm tra và tổng hợp khó khăn, vướng mắc báo cáo UBND phường.",
                en: "The ward People's Committee's letter sets four tasks: brief every cadre, civil servant and public employee on the texts that encourage and protect innovative officers; heads receive, consider, evaluate and protect proposals within their authority, asking the same-level Party committee first; act timely, democratically, publicly, transparently and in the right order; the Culture-Society office guides and inspects, and gathers difficulties for the People's Committee."),
            builtIn: true),
        LegalText(
            id: "nq-57-nqtw", number: "57-NQ/TW", issuedOn: day(2024, 12, 22),
            issuer: "Bộ Chính trị",
            title: "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
            summary: Localized(
                vi: "Nghị quyết của Bộ Chính trị coi khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá hàng đầu; yêu cầu tháo gỡ điểm nghẽn thể chế, chấp nhận rủi ro có kiểm soát và bảo vệ người dám nghĩ, dám làm vì lợi ích chung.",
                en: "The Politburo's resolution makes science, technology, innovation and digital transformation the foremost breakthrough; it asks to remove institutional bottlenecks, accept controlled risk, and protect those who dare to think and act for the common good."),
            builtIn: true),
        LegalText(
            id: "luat-cbcc-2025", number: "80/2025/QH15", issuedOn: day(2025, 6, 24),
            issuer: "Quốc hội",
            title: "Luật Cán bộ, công chức",
            summary: Localized(
                vi: "Luật Cán bộ, công chức 2025 quy định nghĩa vụ, quyền, đánh giá và quản lý cán bộ, công chức theo vị trí việc làm và kết quả thực thi công vụ; khuyến khích, bảo vệ người năng động, sáng tạo, đổi mới vì lợi ích chung.",
                en: "The 2025 Law on Cadres and Civil Servants sets their duties, rights, evaluation and management by job position and results; it encourages and protects officers who innovate for the common good."),
            builtIn: true),
        LegalText(
            id: "nq-193-2025-qh15", number: "193/2025/QH15", issuedOn: day(2025, 2, 19),
            issuer: "Quốc hội",
            title: "Thí điểm một số cơ chế, chính sách đặc biệt tạo đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
            summary: Localized(
                vi: "Nghị quyết của Quốc hội thí điểm cơ chế đặc biệt cho nhiệm vụ khoa học, công nghệ: chấp nhận rủi ro, không truy cứu trách nhiệm khi đã làm đúng quy trình mà không đạt kết quả; quy tắc bảo vệ khác với Nghị định 73, không được trộn lẫn.",
                en: "The National Assembly's resolution pilots special mechanisms for science-and-technology tasks: risk is accepted, and no liability follows a task done by the rules that fails; its protection differs from Decree 73 and must not be mixed with it."),
            builtIn: true),
        LegalText(
            id: "nd-73-2023", number: "73/2023/NĐ-CP", issuedOn: day(2023, 9, 29),
            issuer: "Chính phủ",
            title: "Quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung",
            summary: Localized(
                vi: "Nghị định quy định điều kiện của đề xuất đổi mới, hồ sơ kế hoạch, trình tự tiếp nhận, xem xét trong 7 ngày làm việc, biểu quyết tập thể, đánh giá kết quả và các biện pháp khuyến khích; loại trừ, miễn hoặc giảm nhẹ trách nhiệm khi đúng chủ trương, động cơ trong sáng, vì lợi ích chung.",
                en: "The decree sets the conditions of an innovation proposal, its dossier, receipt and review within 7 working days, the collective vote, the evaluation of results and the encouragement measures; liability is excluded, exempted or reduced when the policy was right, the motive pure and the aim the common good."),
            builtIn: true),
        LegalText(
            id: "nd-172-2025", number: "172/2025/NĐ-CP", issuedOn: day(2025, 6, 30),
            issuer: "Chính phủ",
            title: "Quy định về xử lý kỷ luật cán bộ, công chức",
            summary: Localized(
                vi: "Nghị định về xử lý kỷ luật cán bộ, công chức: các hình thức kỷ luật, trình tự xử lý và các trường hợp không xử lý; áp dụng khi đề xuất không được bảo vệ theo Nghị định 73. Không áp dụng cho viên chức: viên chức đơn vị sự nghiệp công lập xử lý kỷ luật theo Nghị định số 112/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 71/2023/NĐ-CP.",
                en: "The decree on disciplining cadres and civil servants: the sanctions, the procedure and the cases where none applies; it applies when a proposal is not protected under Decree 73. Not to public employees: those of a public service unit are disciplined under Decree 112/2020/ND-CP as amended by Decree 71/2023/ND-CP."),
            builtIn: true),
    ]

    /// A built-in text by id.
    public static func text(_ id: String) -> LegalText? {
        builtIn.first { $0.id == id }
    }

    /// Whether an id is well formed: 3–40 of a–z, 0–9 and `-`, starting with a letter.
    public static func isValidID(_ id: String) -> Bool {
        let scalars = Array(id.unicodeScalars)
        guard (3...40).contains(scalars.count), let first = scalars.first, ("a"..."z").contains(first) else { return false }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
