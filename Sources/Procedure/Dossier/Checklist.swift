/// One condition a proposal must meet, asked of every voter (and of the proposer).
public struct ChecklistItem: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var text: Localized
    /// The article the item comes from, or "LOCAL" for a unit's own addition.
    public var source: String

    public init(id: String, text: Localized, source: String) {
        self.id = id
        self.text = text
        self.source = source
    }

    /// The source as a person reads it: the article, or the unit's own rule for "LOCAL".
    public var sourceLabel: Localized {
        source == "LOCAL" ? Localized(vi: "quy định riêng của đơn vị", en: "the unit's own rule") : Localized(vi: source, en: source)
    }
}

/// A reviewer's answer to one item.
public enum ChecklistVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    case met
    case notMet = "not_met"
    case unclear

    public var label: Localized {
        switch self {
        case .met: Localized(vi: "Đáp ứng", en: "Met")
        case .notMet: Localized(vi: "Không đáp ứng", en: "Not met")
        case .unclear: Localized(vi: "Chưa rõ", en: "Unclear")
        }
    }
}

public struct ChecklistAnswer: Sendable, Hashable, Codable {
    public var itemID: String
    public var verdict: ChecklistVerdict
    public var comment: String

    public init(itemID: String, verdict: ChecklistVerdict, comment: String = "") {
        self.itemID = itemID
        self.verdict = verdict
        self.comment = comment
    }

    /// `ITEM=VERDICT[:comment]`, as the command line's `--check`, the dossier file's
    /// self-check and the paper import write an answer; nil when it is not of that form.
    public init?(parsing text: String) {
        guard let eq = text.firstIndex(of: "=") else { return nil }
        let item = text[..<eq].trimmingCharacters(in: .whitespaces)
        let rest = text[text.index(after: eq)...]
        let verdictText: Substring
        var comment = ""
        if let colon = rest.firstIndex(of: ":") {
            verdictText = rest[..<colon]
            comment = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        } else {
            verdictText = rest
        }
        guard !item.isEmpty, let verdict = ChecklistVerdict(rawValue: verdictText.trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(itemID: item, verdict: verdict, comment: comment)
    }

    func normalized() -> Result<ChecklistAnswer, Refusal> {
        TextInput.multiLine(comment, field: Localized(vi: "Nhận xét", en: "Comment")).map {
            ChecklistAnswer(itemID: itemID, verdict: verdict, comment: $0)
        }
    }
}

/// The review checklist (Decree 73 art. 5(1) and 4(2)). It is data, so a unit can add
/// items (LOCAL), but the five standard items are always present.
public struct ChecklistTemplate: Sendable, Hashable, Codable {
    public private(set) var items: [ChecklistItem]

    /// The five items that are always asked.
    public static let standardItems: [ChecklistItem] = [
        ChecklistItem(id: "c1_bottleneck", text: Localized(
            vi: "Có khả năng tháo gỡ điểm nghẽn về cơ chế, chính sách chưa được văn bản pháp luật quy định; giải quyết hiệu quả vấn đề đặt ra",
            en: "Can remove a bottleneck in mechanisms or policies not settled by legal documents, and solve the stated problem effectively"),
            source: "điểm a khoản 1 Điều 5 NĐ 73/2023"),
        ChecklistItem(id: "c2_common_good", text: Localized(
            vi: "Vì lợi ích chung, mang lại giá trị thực tiễn và sự thay đổi, góp phần phát triển đất nước, địa phương, cơ quan, đơn vị",
            en: "Serves the common good, brings practical value and change, contributes to the development of the country, locality or unit"),
            source: "điểm b khoản 1 Điều 5 NĐ 73/2023"),
        ChecklistItem(id: "c3_urgent_safe", text: Localized(
            vi: "Xuất phát từ yêu cầu cấp thiết của thực tiễn; không gây phương hại quốc phòng, an ninh, trật tự, an toàn xã hội, sự phát triển của địa phương, cơ quan, đơn vị khác",
            en: "Arises from urgent practical need; does not harm defence, security, social order and safety, or other localities and units"),
            source: "điểm c khoản 1 Điều 5 NĐ 73/2023"),
        ChecklistItem(id: "c4_decentralise", text: Localized(
            vi: "Thúc đẩy phân cấp, phân quyền trong quản lý nhà nước, cải cách thủ tục hành chính hoặc ứng dụng công nghệ thông tin",
            en: "Promotes decentralisation and delegation, administrative-procedure reform, or the use of information technology"),
            source: "điểm d khoản 1 Điều 5 NĐ 73/2023"),
        ChecklistItem(id: "c5_authority", text: Localized(
            vi: "Thuộc thẩm quyền của cơ quan, đơn vị; không trái quy định của Đảng, pháp luật, cơ quan cấp trên và điều ước quốc tế",
            en: "Within the unit's authority; contradicts neither Party rules, laws, higher bodies' rules nor treaties"),
            source: "khoản 2 Điều 4 NĐ 73/2023"),
    ]

    public static let standard = ChecklistTemplate(extraItems: [])

    /// The standard items followed by a unit's own (LOCAL) items. An extra item cannot
    /// replace a standard one: one with a standard id is ignored.
    public init(extraItems: [ChecklistItem]) {
        let standardIDs = Set(Self.standardItems.map(\.id))
        items = Self.standardItems + extraItems.filter { !standardIDs.contains($0.id) }
    }

    /// Every item answered exactly by id (duplicates allowed, last wins).
    public func isComplete(_ answers: [ChecklistAnswer]) -> Bool {
        let answered = Set(answers.map(\.itemID))
        return items.allSatisfy { answered.contains($0.id) }
    }

    public func missing(in answers: [ChecklistAnswer]) -> [ChecklistItem] {
        let answered = Set(answers.map(\.itemID))
        return items.filter { !answered.contains($0.id) }
    }

    /// An answer to an item this template does not have ("c9_magic"), or the second answer
    /// to one item, as a refusal naming it and the items there are; nil when there is none.
    public func unknownItem(in answers: [ChecklistAnswer]) -> Refusal? {
        var seen: Set<String> = []
        let ids = items.map(\.id)
        for answer in answers {
            if !ids.contains(answer.itemID) || !seen.insert(answer.itemID).inserted {
                let list = ids.joined(separator: ", ")
                return Refusal(.checklistUnknownItem, detail: Localized(vi: "\"\(answer.itemID)\" (các mục: \(list))",
                                                                        en: "\"\(answer.itemID)\" (the items: \(list))"))
            }
        }
        return nil
    }
}
