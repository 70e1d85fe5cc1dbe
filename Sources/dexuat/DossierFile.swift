import Foundation
import Procedure
import Terminal
import SafeTOML

/// The dossier as a TOML file an officer can write in any editor: `dexuat new --template`
/// prints one, commented in Vietnamese; `dexuat new --from FILE` reads it back.
enum DossierFile {
    static func parse(_ text: String, file: String) throws -> Dossier {
        let table: TOMLTable
        do {
            table = try TOML.parse(text)
        } catch {
            throw InputError(CLIText.dossierFileTomlSyntaxError(file, error.line, error))
        }
        // An empty file is a mistake (a wrong path, a save that failed), not an untitled draft.
        guard !table.isEmpty else {
            throw InputError(CLIText.dossierFileEmptyNoEntries(file))
        }
        return try dossier(from: table, file: file)
    }

    /// The dossier in a table already read: a whole file, or one `[[proposal]]` of an import.
    static func dossier(from table: TOMLTable, file: String) throws -> Dossier {
        var d = Dossier()
        func string(_ key: String, in t: TOMLTable = table, _ prefix: String = "") throws -> String {
            guard let value = t[key] else { return "" }
            guard let s = value.string else {
                throw InputError(CLIText.mustString(file, prefix, key))
            }
            return s
        }
        func day(_ key: String) throws -> Day? {
            guard let value = table[key] else { return nil }
            if let date = value.date, let day = Day(year: date.year, month: date.month, day: date.day) { return day }
            if let s = value.string, !s.isEmpty { return try parseDay(s, field: key) }
            if value.string != nil { return nil }
            throw InputError(CLIText.mustDateYyyyMmDd(file, key))
        }
        let known: Set<String> = ["title", "field", "legal_basis", "necessity", "bottleneck", "content", "scope", "implementers",
                                  "start_date", "end_date", "feasibility", "positive_impact", "negative_impact",
                                  "expected_effect", "resources", "targets", "self_check"]
        if let unknown = table.keys.first(where: { !known.contains($0) }) {
            throw InputError(CLIText.unknownKey(file, unknown))
        }
        d.title = try string("title")
        let field = try string("field")
        if !field.isEmpty {
            guard let f = ProposalField(rawValue: field) else {
                throw InputError(CLIText.fieldMustOne(file, ProposalField.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            d.field = f
        }
        let basis = try string("legal_basis")
        if !basis.isEmpty {
            guard let b = LegalBasis(rawValue: basis) else {
                throw InputError(CLIText.legalBasisMustDecreeSt(file))
            }
            d.legalBasis = b
        }
        d.necessity = try string("necessity")
        d.bottleneck = try string("bottleneck")
        d.content = try string("content")
        d.scope = try string("scope")
        d.implementers = try string("implementers")
        d.startDate = try day("start_date")
        d.endDate = try day("end_date")
        d.feasibility = try string("feasibility")
        d.positiveImpact = try string("positive_impact")
        d.negativeImpact = try string("negative_impact")
        d.expectedEffect = try string("expected_effect")
        if let resources = table["resources"]?.table {
            d.resources.people = try string("people", in: resources, "resources.")
            d.resources.equipment = try string("equipment", in: resources, "resources.")
            if let funding = resources["funding_vnd"] {
                guard let amount = funding.integer, amount >= 0 else {
                    throw InputError(CLIText.resourcesFundingVndMustNon(file))
                }
                d.resources.fundingVND = amount
            }
        }
        if let targets = table["targets"]?.array {
            for (index, item) in targets.enumerated() {
                guard let t = item.table else {
                    throw InputError(CLIText.targetsMustTargetsTable(file, index + 1))
                }
                d.targets.append(Target(description: try string("description", in: t, "targets."), measure: try string("measure", in: t, "targets.")))
            }
        }
        if let check = table["self_check"]?.table {
            for key in check.keys.sorted() {
                d.selfCheck.append(try answer(check[key], key: key, file: file))
            }
        }
        return d
    }

    /// "met", "not_met: lý do", or { verdict = "met", comment = "…" }.
    static func answer(_ value: TOMLValue?, key: String, file: String) throws -> ChecklistAnswer {
        let bad = InputError(CLIText.selfCheckMustMetNot(file, key))
        if let text = value?.string {
            return try ChecklistAnswer(parsing: "\(key)=\(text)") ?? { throw bad }()
        }
        if let t = value?.table, let verdict = t["verdict"]?.string.flatMap(ChecklistVerdict.init(rawValue:)) {
            return ChecklistAnswer(itemID: key, verdict: verdict, comment: t["comment"]?.string ?? "")
        }
        throw bad
    }

    static let template = """
        # Kế hoạch đề xuất đổi mới, sáng tạo — khoản 2 Điều 7 Nghị định số 73/2023/NĐ-CP.
        # Điền đủ các mục rồi chạy: dexuat new --from TỆP.toml ; dexuat submit MÃ
        # Văn bản nhiều dòng đặt giữa ba dấu nháy: \"\"\" … \"\"\"

        title = "Số hóa sổ hộ tịch lưu trữ tại UBND phường"
        # Lĩnh vực: administrative_reform, digital_transformation, science_technology,
        # public_services, economy, urban_infrastructure, culture_society, other
        field = "digital_transformation"
        # Căn cứ: decree_73 (đề xuất theo NĐ 73) hoặc st_task (nhiệm vụ khoa học, công nghệ theo Nghị quyết số 193/2025/QH15)
        legal_basis = "decree_73"

        # 1. Sự cần thiết, mục đích, yêu cầu
        necessity = \"\"\"
        \"\"\"
        # 1. Điểm nghẽn về cơ chế, chính sách mà văn bản hiện hành chưa quy định
        bottleneck = \"\"\"
        \"\"\"
        # 2. Nội dung, nhiệm vụ, giải pháp
        content = \"\"\"
        \"\"\"
        # 3. Phạm vi và đối tượng thực hiện
        scope = ""
        implementers = ""
        # 4. Thời gian thực hiện
        start_date = 2027-01-04
        end_date = 2027-06-30
        # 6. Tính khả thi
        feasibility = ""
        # 7. Đánh giá tác động (có thể ghi "Không có")
        positive_impact = ""
        negative_impact = "Không có"
        # 8. Dự kiến hiệu quả
        expected_effect = ""

        # 5. Nguồn lực bảo đảm
        [resources]
        people = ""
        funding_vnd = 0
        equipment = "Không cần thêm"

        # 8. Chỉ tiêu đo lường được (một hoặc nhiều mục [[targets]])
        [[targets]]
        description = ""
        measure = ""

        # Tự rà soát điều kiện (khoản 1 Điều 5, khoản 2 Điều 4): met | not_met | unclear, có thể kèm ": nhận xét"
        [self_check]
        c1_bottleneck = "met"
        c2_common_good = "met"
        c3_urgent_safe = "met"
        c4_decentralise = "met"
        c5_authority = "met"

        """
}
