import Ledger
import Procedure

/// Proposals collected on paper, typed into a spreadsheet and saved as CSV (UTF-8, with or
/// without a byte-order mark): one row per proposal, the first row naming the columns.
///
/// Columns (by id; order free; `proposer` and the dossier's contents):
/// `proposer, title, field, legal_basis, necessity, bottleneck, content, scope,
/// implementers, start_date, end_date, people, funding_vnd, equipment, feasibility,
/// positive_impact, negative_impact, expected_effect, targets, self_check`.
/// `targets` is "description | measure", several separated by ";". `self_check` is
/// "c1_bottleneck=met; c2_common_good=met: comment; …" (as `--check` takes it).
public enum PaperImportCSV {
    public static let columns = ["proposer", "title", "field", "legal_basis", "necessity", "bottleneck", "content", "scope",
                                 "implementers", "start_date", "end_date", "people", "funding_vnd", "equipment", "feasibility",
                                 "positive_impact", "negative_impact", "expected_effect", "targets", "self_check"]

    /// The rows, or every row that cannot be read, each with its line.
    public static func parse(_ text: String) -> (rows: [PaperProposal], problems: [PaperImportProblem]) {
        let records: [(line: Int, fields: [String])]
        do {
            records = try CSV.records(text)
        } catch let error as CSVError {
            return ([], [PaperImportProblem(line: error.line, reason: error.reason)])
        } catch {
            return ([], [PaperImportProblem(line: 1, reason: Localized(vi: "không đọc được tệp CSV", en: "unreadable CSV file"))])
        }
        guard let header = records.first else {
            return ([], [PaperImportProblem(line: 1, reason: Localized(vi: "tệp rỗng", en: "empty file"))])
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        if let unknown = names.first(where: { !columns.contains($0) }) {
            return ([], [PaperImportProblem(line: header.line, reason: Localized(
                vi: "cột không rõ \"\(unknown)\"; các cột: \(columns.joined(separator: ", "))",
                en: "unknown column \"\(unknown)\"; the columns: \(columns.joined(separator: ", "))"))])
        }
        // A column named twice would let the last one silently win over the first.
        for (index, name) in names.enumerated() {
            if let first = names[..<index].firstIndex(of: name) {
                return ([], [PaperImportProblem(line: header.line, reason: Localized(
                    vi: "cột \"\(name)\" có hai lần ở dòng tiêu đề (cột \(first + 1) và \(index + 1))",
                    en: "column \"\(name)\" appears twice in the header (columns \(first + 1) and \(index + 1))"))])
            }
        }
        guard names.contains("proposer") && names.contains("title") else {
            return ([], [PaperImportProblem(line: header.line, reason: Localized(
                vi: "thiếu cột proposer hoặc title", en: "the proposer or title column is missing"))])
        }
        var rows: [PaperProposal] = []
        var problems: [PaperImportProblem] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if record.fields.count != names.count {
                problems.append(PaperImportProblem(line: record.line, reason: Localized(
                    vi: "có \(record.fields.count) cột, dòng tiêu đề có \(names.count)",
                    en: "\(record.fields.count) columns, the header has \(names.count)")))
                continue
            }
            var cell: [String: String] = [:]
            for (name, value) in zip(names, record.fields) { cell[name] = value }
            switch row(cell, line: record.line) {
            case .success(let row): rows.append(row)
            case .failure(let problem): problems.append(problem)
            }
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(PaperImportProblem(line: header.line, reason: Localized(vi: "không có dòng đề xuất nào", en: "no proposal rows")))
        }
        return (rows, problems)
    }

    static func row(_ cell: [String: String], line: Int) -> Result<PaperProposal, PaperImportProblem> {
        func fail(_ vi: String, _ en: String) -> Result<PaperProposal, PaperImportProblem> {
            .failure(PaperImportProblem(line: line, reason: Localized(vi: vi, en: en)))
        }
        func text(_ key: String) -> String { (cell[key] ?? "").trimmingCharacters(in: .whitespaces) }
        var d = Dossier(title: text("title"))
        let proposer = text("proposer")
        if proposer.isEmpty { return fail("thiếu người đề xuất (cột proposer)", "the proposer is missing (column proposer)") }
        if !text("field").isEmpty {
            guard let field = ProposalField(rawValue: text("field")) else {
                return fail("field phải là một trong: \(ProposalField.allCases.map(\.rawValue).joined(separator: ", "))",
                            "field must be one of: \(ProposalField.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            d.field = field
        }
        if !text("legal_basis").isEmpty {
            guard let basis = LegalBasis(rawValue: text("legal_basis")) else {
                return fail("legal_basis phải là decree_73 hoặc st_task", "legal_basis must be decree_73 or st_task")
            }
            d.legalBasis = basis
        }
        d.necessity = text("necessity")
        d.bottleneck = text("bottleneck")
        d.content = text("content")
        d.scope = text("scope")
        d.implementers = text("implementers")
        for (key, set) in [("start_date", { (day: Day) in d.startDate = day }), ("end_date", { (day: Day) in d.endDate = day })] {
            let value = text(key)
            if value.isEmpty { continue }
            guard let day = parseDay(value) else {
                return fail("\(key): ngày không hợp lệ \"\(value)\" (dùng YYYY-MM-DD hoặc DD/MM/YYYY)",
                            "\(key): invalid date \"\(value)\" (use YYYY-MM-DD or DD/MM/YYYY)")
            }
            set(day)
        }
        d.resources.people = text("people")
        d.resources.equipment = text("equipment")
        if !text("funding_vnd").isEmpty {
            guard let amount = AmountText.vnd(text("funding_vnd")) else {
                return fail("funding_vnd phải là số đồng không âm: \"\(text("funding_vnd"))\"",
                            "funding_vnd must be a non-negative amount in VND: \"\(text("funding_vnd"))\"")
            }
            d.resources.fundingVND = amount
        }
        d.feasibility = text("feasibility")
        d.positiveImpact = text("positive_impact")
        d.negativeImpact = text("negative_impact")
        d.expectedEffect = text("expected_effect")
        for entry in text("targets").split(separator: ";") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = entry.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                return fail("targets: mỗi chỉ tiêu dạng \"mô tả | cách đo\", cách nhau bằng \";\": \"\(entry)\"",
                            "targets: each target as \"description | measure\", separated by \";\": \"\(entry)\"")
            }
            d.targets.append(Target(description: parts[0], measure: parts[1]))
        }
        for entry in text("self_check").split(separator: ";") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let answer = ChecklistAnswer(parsing: String(entry)) else {
                return fail("self_check: mỗi mục dạng MÃ=met|not_met|unclear[: nhận xét]: \"\(entry)\"",
                            "self_check: each item as ID=met|not_met|unclear[: comment]: \"\(entry)\"")
            }
            d.selfCheck.append(answer)
        }
        return .success(PaperProposal(line: line, proposer: proposer, dossier: d))
    }

    static func parseDay(_ text: String) -> Day? {
        if let day = Day(iso: text) { return day }
        let parts = text.split(separator: "/")
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
