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
            return ([], [PaperImportProblem(line: 1, reason: PapersText.unreadableCsvFile)])
        }
        guard let header = records.first else {
            return ([], [PaperImportProblem(line: 1, reason: PapersText.emptyFile)])
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        if let unknown = names.first(where: { !columns.contains($0) }) {
            return ([], [PaperImportProblem(line: header.line, reason: PapersText.unknownColumnColumns(unknown, columns.joined(separator: ", ")))])
        }
        // A column named twice would let the last one silently win over the first.
        for (index, name) in names.enumerated() {
            if let first = names[..<index].firstIndex(of: name) {
                return ([], [PaperImportProblem(line: header.line, reason: PapersText.columnAppearsTwiceHeaderColumns(name, first + 1, index + 1))])
            }
        }
        guard names.contains("proposer") && names.contains("title") else {
            return ([], [PaperImportProblem(line: header.line, reason: PapersText.proposerTitleColumnMissing)])
        }
        var rows: [PaperProposal] = []
        var problems: [PaperImportProblem] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if record.fields.count != names.count {
                problems.append(PaperImportProblem(line: record.line, reason: PapersText.columnsHeader(record.fields.count, names.count)))
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
            problems.append(PaperImportProblem(line: header.line, reason: PapersText.noProposalRows))
        }
        return (rows, problems)
    }

    static func row(_ cell: [String: String], line: Int) -> Result<PaperProposal, PaperImportProblem> {
        func fail(_ reason: Localized) -> Result<PaperProposal, PaperImportProblem> {
            .failure(PaperImportProblem(line: line, reason: reason))
        }
        func text(_ key: String) -> String { (cell[key] ?? "").trimmingCharacters(in: .whitespaces) }
        var d = Dossier(title: text("title"))
        let proposer = text("proposer")
        if proposer.isEmpty { return fail(PapersText.proposerMissingColumnProposer) }
        if !text("field").isEmpty {
            guard let field = ProposalField(rawValue: text("field")) else {
                return fail(PapersText.fieldMustOne(ProposalField.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            d.field = field
        }
        if !text("legal_basis").isEmpty {
            guard let basis = LegalBasis(rawValue: text("legal_basis")) else {
                return fail(PapersText.legalBasisMustDecreeSt)
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
                return fail(PapersText.invalidDateUseYyyyMm(key, value))
            }
            set(day)
        }
        d.resources.people = text("people")
        d.resources.equipment = text("equipment")
        if !text("funding_vnd").isEmpty {
            guard let amount = AmountText.vnd(text("funding_vnd")) else {
                return fail(PapersText.fundingVndMustNonNegative(text("funding_vnd")))
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
                return fail(PapersText.targetsEachTargetDescriptionMeasure(entry))
            }
            d.targets.append(Target(description: parts[0], measure: parts[1]))
        }
        for entry in text("self_check").split(separator: ";") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let answer = ChecklistAnswer(parsing: String(entry)) else {
                return fail(PapersText.selfCheckEachItemId(entry))
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
