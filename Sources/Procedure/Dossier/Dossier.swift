/// The field of public work a proposal belongs to (lĩnh vực).
public enum ProposalField: String, Sendable, Hashable, Codable, CaseIterable {
    case administrativeReform = "administrative_reform"
    case digitalTransformation = "digital_transformation"
    case scienceTechnology = "science_technology"
    case publicServices = "public_services"
    case economy
    case urbanInfrastructure = "urban_infrastructure"
    case cultureSociety = "culture_society"
    case other

    public var label: Localized {
        switch self {
        case .administrativeReform: Localized(vi: "Cải cách hành chính", en: "Administrative reform")
        case .digitalTransformation: Localized(vi: "Chuyển đổi số", en: "Digital transformation")
        case .scienceTechnology: Localized(vi: "Khoa học, công nghệ", en: "Science and technology")
        case .publicServices: Localized(vi: "Dịch vụ công", en: "Public services")
        case .economy: Localized(vi: "Kinh tế", en: "Economy")
        case .urbanInfrastructure: Localized(vi: "Hạ tầng, đô thị", en: "Infrastructure and urban affairs")
        case .cultureSociety: Localized(vi: "Văn hóa – xã hội", en: "Culture and society")
        case .other: Localized(vi: "Lĩnh vực khác", en: "Other")
        }
    }
}

/// Which protection regime a proposal rests on. The two must not be mixed: Decree 73
/// protects leading and managing officials who propose innovation; Resolution 193 and
/// the 2025 S&T law (art. 9) accept risk in science-and-technology tasks.
public enum LegalBasis: String, Sendable, Hashable, Codable, CaseIterable {
    case decree73 = "decree_73"
    case scienceTechnologyTask = "st_task"

    public var label: Localized {
        switch self {
        case .decree73: Localized(vi: "Đề xuất đổi mới, sáng tạo theo Nghị định 73/2023/NĐ-CP", en: "Innovation proposal under Decree 73/2023")
        case .scienceTechnologyTask: Localized(vi: "Nhiệm vụ khoa học, công nghệ theo Nghị quyết 193/2025/QH15 và Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025", en: "S&T task under Resolution 193/2025 and the 2025 S&T law")
        }
    }
}

/// A measurable target, so that completion can be judged later (dự kiến hiệu quả).
public struct Target: Sendable, Hashable, Codable {
    public var description: String
    /// How it is measured, e.g. "thời gian xử lý hồ sơ ≤ 2 ngày".
    public var measure: String

    public init(description: String, measure: String) {
        self.description = description
        self.measure = measure
    }
}

/// Resources the plan needs (nguồn lực bảo đảm).
public struct ResourceNeeds: Sendable, Hashable, Codable {
    /// Nhân lực: who and how many.
    public var people: String
    /// Kinh phí, in đồng. Zero is a valid answer; nil is "not stated".
    public var fundingVND: Int64?
    /// Trang thiết bị.
    public var equipment: String

    public init(people: String = "", fundingVND: Int64? = nil, equipment: String = "") {
        self.people = people
        self.fundingVND = fundingVND
        self.equipment = equipment
    }
}

/// The kế hoạch đề xuất đổi mới, sáng tạo: everything Decree 73 art. 7(2) requires, plus the
/// title, field, legal basis and the proposer's own check against the conditions.
public struct Dossier: Sendable, Hashable, Codable {
    public var title: String
    public var field: ProposalField
    public var legalBasis: LegalBasis
    /// 1. Sự cần thiết, mục đích, yêu cầu.
    public var necessity: String
    /// 1. Điểm nghẽn: the bottleneck current legal documents do not settle.
    public var bottleneck: String
    /// 2. Nội dung, nhiệm vụ, giải pháp.
    public var content: String
    /// 3. Phạm vi.
    public var scope: String
    /// 3. Đối tượng thực hiện.
    public var implementers: String
    /// 4. Thời gian thực hiện.
    public var startDate: Day?
    public var endDate: Day?
    /// 5. Nguồn lực bảo đảm.
    public var resources: ResourceNeeds
    /// 6. Tính khả thi.
    public var feasibility: String
    /// 7. Đánh giá tác động, tích cực và tiêu cực (may say "không có").
    public var positiveImpact: String
    public var negativeImpact: String
    /// 8. Dự kiến hiệu quả, with measurable targets.
    public var expectedEffect: String
    public var targets: [Target]
    /// The proposer's self-check against the conditions of art. 5(1) and 4(2).
    public var selfCheck: [ChecklistAnswer]

    public init(
        title: String = "", field: ProposalField = .administrativeReform, legalBasis: LegalBasis = .decree73,
        necessity: String = "", bottleneck: String = "", content: String = "", scope: String = "",
        implementers: String = "", startDate: Day? = nil, endDate: Day? = nil,
        resources: ResourceNeeds = ResourceNeeds(), feasibility: String = "", positiveImpact: String = "",
        negativeImpact: String = "", expectedEffect: String = "", targets: [Target] = [],
        selfCheck: [ChecklistAnswer] = []
    ) {
        self.title = title
        self.field = field
        self.legalBasis = legalBasis
        self.necessity = necessity
        self.bottleneck = bottleneck
        self.content = content
        self.scope = scope
        self.implementers = implementers
        self.startDate = startDate
        self.endDate = endDate
        self.resources = resources
        self.feasibility = feasibility
        self.positiveImpact = positiveImpact
        self.negativeImpact = negativeImpact
        self.expectedEffect = expectedEffect
        self.targets = targets
        self.selfCheck = selfCheck
    }
}

/// One required content of the dossier, named so that validation can say what is missing.
public enum DossierItem: String, Sendable, Hashable, Codable, CaseIterable {
    case title, necessity, bottleneck, content, scope, implementers, startDate = "start_date", endDate = "end_date"
    case people, funding, equipment, feasibility
    case positiveImpact = "positive_impact", negativeImpact = "negative_impact"
    case expectedEffect = "expected_effect", targets
    case selfCheck = "self_check"

    public var label: Localized {
        switch self {
        case .title: Localized(vi: "Tên đề xuất", en: "Title")
        case .necessity: Localized(vi: "Sự cần thiết, mục đích, yêu cầu", en: "Necessity, purpose and requirements")
        case .bottleneck: Localized(vi: "Điểm nghẽn về cơ chế, chính sách", en: "Bottleneck in mechanisms or policies")
        case .content: Localized(vi: "Nội dung, nhiệm vụ, giải pháp", en: "Content, tasks and solutions")
        case .scope: Localized(vi: "Phạm vi", en: "Scope")
        case .implementers: Localized(vi: "Đối tượng thực hiện", en: "Who carries it out")
        case .startDate: Localized(vi: "Ngày bắt đầu thực hiện", en: "Start date")
        case .endDate: Localized(vi: "Ngày kết thúc thực hiện", en: "End date")
        case .people: Localized(vi: "Nguồn nhân lực", en: "People")
        case .funding: Localized(vi: "Kinh phí (đồng)", en: "Funding (dong)")
        case .equipment: Localized(vi: "Trang thiết bị", en: "Equipment")
        case .feasibility: Localized(vi: "Tính khả thi", en: "Feasibility")
        case .positiveImpact: Localized(vi: "Tác động tích cực", en: "Positive impact")
        case .negativeImpact: Localized(vi: "Tác động tiêu cực", en: "Negative impact")
        case .expectedEffect: Localized(vi: "Dự kiến hiệu quả", en: "Expected effectiveness")
        case .targets: Localized(vi: "Chỉ tiêu đo lường được", en: "Measurable targets")
        case .selfCheck: Localized(vi: "Tự rà soát các điều kiện", en: "Self-check against the conditions")
        }
    }
}

extension Dossier {
    /// Every required content that is missing, in the order of art. 7(2). Empty means complete.
    public func missingItems(checklist: ChecklistTemplate = .standard) -> [DossierItem] {
        var missing: [DossierItem] = []
        func need(_ text: String, _ item: DossierItem) {
            if TextInput.isBlank(text) { missing.append(item) }
        }
        need(title, .title)
        need(necessity, .necessity)
        need(bottleneck, .bottleneck)
        need(content, .content)
        need(scope, .scope)
        need(implementers, .implementers)
        if startDate == nil { missing.append(.startDate) }
        if endDate == nil { missing.append(.endDate) }
        need(resources.people, .people)
        if (resources.fundingVND ?? -1) < 0 { missing.append(.funding) }
        need(resources.equipment, .equipment)
        need(feasibility, .feasibility)
        need(positiveImpact, .positiveImpact)
        need(negativeImpact, .negativeImpact)
        need(expectedEffect, .expectedEffect)
        if targets.isEmpty || targets.contains(where: { TextInput.isBlank($0.description) || TextInput.isBlank($0.measure) }) {
            missing.append(.targets)
        }
        if !checklist.isComplete(selfCheck) { missing.append(.selfCheck) }
        return missing
    }

    /// Validation for submission: complete, and dates in order.
    public func validateForSubmission(checklist: ChecklistTemplate = .standard) -> Refusal? {
        let missing = missingItems(checklist: checklist)
        if !missing.isEmpty {
            return Refusal(.dossierIncomplete, detail: Localized(
                vi: missing.map { $0.label.vi }.joined(separator: "; "),
                en: missing.map { $0.label.en }.joined(separator: "; ")))
        }
        if let start = startDate, let end = endDate, end < start {
            return Refusal(.dossierDates, detail: "\(start.vietnamese) – \(end.vietnamese)")
        }
        return nil
    }

    /// The same dossier with every text NFC-normalised and checked for control characters.
    public func normalized() -> Result<Dossier, Refusal> {
        var copy = self
        do {
            copy.title = try TextInput.singleLine(title, field: DossierItem.title.label).get()
            copy.necessity = try TextInput.multiLine(necessity, field: DossierItem.necessity.label).get()
            copy.bottleneck = try TextInput.multiLine(bottleneck, field: DossierItem.bottleneck.label).get()
            copy.content = try TextInput.multiLine(content, field: DossierItem.content.label).get()
            copy.scope = try TextInput.multiLine(scope, field: DossierItem.scope.label).get()
            copy.implementers = try TextInput.multiLine(implementers, field: DossierItem.implementers.label).get()
            copy.resources.people = try TextInput.multiLine(resources.people, field: DossierItem.people.label).get()
            copy.resources.equipment = try TextInput.multiLine(resources.equipment, field: DossierItem.equipment.label).get()
            copy.feasibility = try TextInput.multiLine(feasibility, field: DossierItem.feasibility.label).get()
            copy.positiveImpact = try TextInput.multiLine(positiveImpact, field: DossierItem.positiveImpact.label).get()
            copy.negativeImpact = try TextInput.multiLine(negativeImpact, field: DossierItem.negativeImpact.label).get()
            copy.expectedEffect = try TextInput.multiLine(expectedEffect, field: DossierItem.expectedEffect.label).get()
            copy.targets = try targets.map {
                Target(description: try TextInput.multiLine($0.description, field: DossierItem.targets.label).get(),
                       measure: try TextInput.multiLine($0.measure, field: DossierItem.targets.label).get())
            }
            copy.selfCheck = try selfCheck.map { try $0.normalized().get() }
        } catch let refusal as Refusal {
            return .failure(refusal)
        } catch {
            return .failure(Refusal(.controlCharacters))
        }
        return .success(copy)
    }
}
