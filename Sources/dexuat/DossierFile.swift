import Foundation
import Procedure
import Terminal
import SafeTOML

/// The dossier as a TOML file an officer can write in any editor: `dexuat new --template`
/// prints one, commented in Vietnamese; `dexuat new --from FILE` reads it back.
enum DossierFile {
    /// The dossier of a whole file. With `checklistItems` (the ward's checklist), a
    /// self-check item outside it is refused.
    static func parse(_ text: String, file: String, checklistItems: [String]? = nil) throws -> Dossier {
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
        do {
            return try dossier(from: table, file: file, checklistItems: checklistItems)
        } catch let problem as Problem {
            throw InputError(problem.text)
        }
    }

    /// A value of the file that cannot be read, with the line it is on; its text names the
    /// place as `place` does.
    struct Problem: Error {
        var line: Int
        var text: Localized
    }

    /// The keys of a dossier table and of its sub-tables, in the order of the template.
    static let keys = ["title", "field", "legal_basis", "necessity", "bottleneck", "content", "scope", "implementers",
                       "start_date", "end_date", "feasibility", "positive_impact", "negative_impact",
                       "expected_effect", "resources", "targets", "self_check"]
    static let resourceKeys = ["people", "funding_vnd", "equipment"]
    static let targetKeys = ["description", "measure"]
    static let answerKeys = ["verdict", "comment"]

    /// The dossier in a table already read: a whole file, or one `[[proposal]]` of an import.
    /// Every problem names its line: `place(file, line)` ("hoso.toml:12" by default).
    static func dossier(from table: TOMLTable, file: String, checklistItems: [String]? = nil,
                        place: (String, Int) -> String = { "\($0):\($1)" }) throws -> Dossier {
        var d = Dossier()
        func problem(_ t: TOMLTable, _ key: String, _ text: (String) -> Localized) -> Problem {
            let line = t.line(of: key) ?? t.line
            return Problem(line: line, text: text(place(file, line)))
        }
        /// Refuses a key the table does not know, naming it and the keys it knows.
        func known(_ t: TOMLTable, _ keys: [String], _ prefix: String) throws {
            if let unknown = t.keys.first(where: { !keys.contains($0) }) {
                throw problem(t, unknown) { CLIText.unknownKeyKeys($0, prefix + unknown, keys.map { prefix + $0 }.joined(separator: ", ")) }
            }
        }
        func string(_ key: String, in t: TOMLTable = table, _ prefix: String = "") throws -> String {
            guard let value = t[key] else { return "" }
            guard let s = value.string else {
                throw problem(t, key) { CLIText.mustString($0, prefix, key) }
            }
            return s
        }
        func day(_ key: String) throws -> Day? {
            guard let value = table[key] else { return nil }
            let result: Result<Day, DayText.Problem>
            let written: String
            if let date = value.date {
                result = DayText.check(year: date.year, month: date.month, day: date.day)
                written = Day(year: date.year, month: date.month, day: date.day)?.iso ?? "\(date.year)-\(date.month)-\(date.day)"
            } else if let s = value.string {
                if s.isEmpty { return nil }
                result = DayText.read(s)
                written = s
            } else {
                throw problem(table, key) { CLIText.mustDateYyyyMmDd($0, key) }
            }
            switch result {
            case .success(let day): return day
            case .failure(let reason): throw problem(table, key) { CLIText.labelled("\($0): \(key)", DayText.problem(written, reason)) }
            }
        }
        try known(table, keys, "")
        d.title = try string("title")
        let field = try string("field")
        if !field.isEmpty {
            guard let f = ProposalField(rawValue: field) else {
                throw problem(table, "field") { CLIText.fieldMustOne($0, ProposalField.allCases.map(\.rawValue).joined(separator: ", ")) }
            }
            d.field = f
        }
        let basis = try string("legal_basis")
        if !basis.isEmpty {
            guard let b = LegalBasis(rawValue: basis) else {
                throw problem(table, "legal_basis") { CLIText.legalBasisMustDecreeSt($0) }
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
        if let value = table["resources"] {
            guard let resources = value.table else {
                throw problem(table, "resources") { CLIText.mustTable($0, "resources") }
            }
            try known(resources, resourceKeys, "resources.")
            d.resources.people = try string("people", in: resources, "resources.")
            d.resources.equipment = try string("equipment", in: resources, "resources.")
            if let funding = resources["funding_vnd"] {
                d.resources.fundingVND = try amount(funding) { reason in problem(resources, "funding_vnd", reason) }
            }
        }
        if let value = table["targets"] {
            guard let targets = value.array else {
                throw problem(table, "targets") { CLIText.targetsMustTargetsTable($0, 1) }
            }
            for (index, item) in targets.enumerated() {
                guard let t = item.table else {
                    throw problem(table, "targets") { CLIText.targetsMustTargetsTable($0, index + 1) }
                }
                try known(t, targetKeys, "targets.")
                d.targets.append(Target(description: try string("description", in: t, "targets."), measure: try string("measure", in: t, "targets.")))
            }
        }
        if let value = table["self_check"] {
            guard let check = value.table else {
                throw problem(table, "self_check") { CLIText.mustTable($0, "self_check") }
            }
            if let checklistItems {
                try known(check, checklistItems, "self_check.")
            }
            for key in check.keys.sorted() {
                guard let answer = answer(check[key], key: key) else {
                    throw problem(check, key) { CLIText.selfCheckMustMetNot($0, key) }
                }
                if let t = check[key]?.table {
                    try known(t, answerKeys, "self_check.\(key).")
                }
                d.selfCheck.append(answer)
            }
        }
        return d
    }

    /// `funding_vnd` as an integer (`1500000`) or as text in any form `MoneyAmount` reads
    /// (`"1.500.000"`, `"1,500,000.00"`); a float only when whole (`1500000.0`).
    static func amount(_ value: TOMLValue, _ problem: ((String) -> Localized) -> Problem) throws -> Int64 {
        let text: String
        let result: Result<Int64, MoneyAmount.Problem>
        if let integer = value.integer {
            text = String(integer)
            result = integer < 0 ? .failure(.negative) : integer > MoneyAmount.maximum ? .failure(.tooLarge) : .success(integer)
        } else if let float = value.float {
            text = String(float)
            if !float.isFinite || float.rounded() != float { result = .failure(.fraction) }
            else if float < 0 { result = .failure(.negative) }
            else if float > Double(MoneyAmount.maximum) { result = .failure(.tooLarge) }
            else { result = .success(Int64(float)) }
        } else if let string = value.string {
            text = string
            result = MoneyAmount.read(string)
        } else {
            throw problem { CLIText.resourcesFundingVndMustNon($0) }
        }
        switch result {
        case .success(let amount): return amount
        case .failure(let reason): throw problem { CLIText.labelled("\($0): resources.funding_vnd", MoneyAmount.problem(text, reason)) }
        }
    }

    /// "met", "not_met: lý do", or { verdict = "met", comment = "…" }.
    static func answer(_ value: TOMLValue?, key: String) -> ChecklistAnswer? {
        if let text = value?.string {
            return ChecklistAnswer(parsing: "\(key)=\(text)")
        }
        if let t = value?.table, let verdict = t["verdict"]?.string.flatMap(ChecklistVerdict.init(rawValue:)) {
            if let comment = t["comment"], comment.string == nil { return nil }
            return ChecklistAnswer(itemID: key, verdict: verdict, comment: t["comment"]?.string ?? "")
        }
        return nil
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
