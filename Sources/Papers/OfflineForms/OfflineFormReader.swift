import Procedure

extension FilledForm {
    /// Reads a filled form. Every error names its line.
    public static func parse(_ text: String) throws(OfflineFormError) -> FilledForm {
        var values: [String: (line: Int, value: String)] = [:]
        var order: [String] = []
        var lastKey: String?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if index == 0 && line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") { continue }
            if trimmed.isEmpty { lastKey = nil; continue }
            if line.first == " " || line.first == "\t" {
                // A continuation line: indentation, then the marker FormText writes, so that
                // no line of a form can start with text of the record (FormText).
                guard let text = FormText.continuationText(Substring(line)) else {
                    throw OfflineFormError(line: number, PapersText.continuationLineMustStartSpace(trimmed))
                }
                guard let key = lastKey, let current = values[key] else {
                    throw OfflineFormError(line: number, PapersText.continuationLineStartingSpaceFollows(FormText.marker))
                }
                values[key] = (current.line, current.value + "\n" + text)
                continue
            }
            guard let eq = line.firstIndex(of: "=") else {
                throw OfflineFormError(line: number, PapersText.missingFormItemAnswer(trimmed))
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if let previous = values[key] {
                throw OfflineFormError(line: number, PapersText.itemRepeatedAlreadyLine(key, previous.line))
            }
            values[key] = (number, value)
            order.append(key)
            lastKey = key
        }
        guard let kindEntry = values[FormKeys.kind] else {
            throw OfflineFormError(line: nil, PapersText.noLineNotFormExported(FormKeys.kind))
        }
        guard let kind = OfflineFormKind(rawValue: kindEntry.value) else {
            throw OfflineFormError(line: kindEntry.line, PapersText.unknownFormKindBallotEvaluation(kindEntry.value))
        }
        guard let versionEntry = values[FormKeys.version] else {
            throw OfflineFormError(line: nil, PapersText.noLineProposalIdVersion(FormKeys.version))
        }
        let parts = versionEntry.value.split(separator: "@").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, let version = Int(parts[1]), version > 0 else {
            throw OfflineFormError(line: versionEntry.line, PapersText.versionLineMustReadId(versionEntry.value))
        }
        var reader = Reader(values: values)
        let actions: [Action]
        switch kind {
        case .ballot: actions = try reader.ballot()
        case .evaluation: actions = try reader.evaluation(departures: true)
        case .memberEvaluation:
            actions = try reader.evaluation(departures: false).map { action in
                guard case .evaluate(let form) = action else { return action }
                return .memberEvaluation(form: form)
            }
        }
        try reader.rejectUnknown()
        return FilledForm(kind: kind, proposalID: parts[0], version: version, actions: actions)
    }
}

/// Takes the items of a form one by one, so that what is left over is unknown.
private struct Reader {
    var values: [String: (line: Int, value: String)]
    var used: Set<String> = [FormKeys.kind, FormKeys.version]

    mutating func take(_ key: String) -> (line: Int, value: String)? {
        used.insert(key)
        return values[key]
    }

    mutating func required(_ key: String, _ what: Localized) throws(OfflineFormError) -> (line: Int, value: String) {
        guard let entry = take(key), !TextInput.isBlank(entry.value) else {
            throw OfflineFormError(line: values[key]?.line, PapersText.notFilled(key, what))
        }
        return entry
    }

    mutating func yesNo(_ key: String, _ what: Localized, default fallback: Bool? = nil) throws(OfflineFormError) -> Bool {
        if let fallback, TextInput.isBlank(values[key]?.value) { used.insert(key); return fallback }
        let entry = try required(key, what)
        guard let answer = FormKeys.yesNo(entry.value) else {
            throw OfflineFormError(line: entry.line, PapersText.needsCoYesKhongNo(key, entry.value))
        }
        return answer
    }

    mutating func ballot() throws(OfflineFormError) -> [Action] {
        // The checklist items are whatever ids the form lists before the vote; the workflow
        // checks that every item of the unit's template is answered.
        var answers: [ChecklistAnswer] = []
        let itemKeys = values.keys.filter { !$0.contains(".") && $0 != FormKeys.vote && $0 != FormKeys.voteComment
            && $0 != FormKeys.kind && $0 != FormKeys.version }
        for key in itemKeys.sorted(by: { (values[$0]?.line ?? 0) < (values[$1]?.line ?? 0) }) {
            let entry = try required(key, PapersText.checklistItem)
            guard let verdict = FormKeys.verdict(entry.value) else {
                throw OfflineFormError(line: entry.line, PapersText.needsDapUngMetKhong(key, entry.value))
            }
            answers.append(ChecklistAnswer(itemID: key, verdict: verdict, comment: take(key + FormKeys.commentSuffix)?.value ?? ""))
        }
        let vote = try required(FormKeys.vote, PapersText.yesNo)
        guard let inFavour = FormKeys.yesNo(vote.value) else {
            throw OfflineFormError(line: vote.line, PapersText.needsDongYYesKhong(FormKeys.vote, vote.value))
        }
        let comment = take(FormKeys.voteComment)?.value ?? ""
        return [.checklist(answers: answers), .ballot(inFavour: inFavour, comment: comment)]
    }

    mutating func evaluation(departures: Bool) throws(OfflineFormError) -> [Action] {
        let outcomeEntry = try required(FormKeys.outcome, PapersText.outcome)
        guard let outcome = FormKeys.outcome(outcomeEntry.value) else {
            throw OfflineFormError(line: outcomeEntry.line, PapersText.needsCompletedPartlyCompletedNot(FormKeys.outcome, outcomeEntry.value))
        }
        let damage = try yesNo(FormKeys.damage, PapersText.damage, default: false)
        let description = take(FormKeys.damageDescription)?.value ?? ""
        var estimate: Int64?
        if let entry = take(FormKeys.damageEstimate), !TextInput.isBlank(entry.value) {
            switch MoneyAmount.read(entry.value) {
            case .success(let amount): estimate = amount
            case .failure(let problem):
                throw OfflineFormError(line: entry.line, PapersText.labelled(FormKeys.damageEstimate, MoneyAmount.problem(entry.value, problem)))
            }
        }
        var findings: [Finding] = []
        for kind in FindingKind.allCases {
            let key = FormKeys.findingPrefix + kind.rawValue
            let holds = try yesNo(key, kind.label)
            let departure = departures ? take(key + FormKeys.departureSuffix)?.value : nil
            findings.append(Finding(kind: kind, holds: holds, reason: take(key + FormKeys.reasonSuffix)?.value ?? "",
                                    departureReason: departure.flatMap { TextInput.isBlank($0) ? nil : $0 }))
        }
        let abuse = try yesNo(FormKeys.abuse, PapersText.abuse, default: false)
        let objective = take(FormKeys.objective)?.value ?? ""
        let subjective = take(FormKeys.subjective)?.value ?? ""
        var results: [TargetResult] = []
        let targetKeys = values.keys.filter { $0.hasPrefix(FormKeys.targetPrefix) && !$0.hasSuffix(FormKeys.resultSuffix) }
        for key in targetKeys.sorted(by: { (values[$0]?.line ?? 0) < (values[$1]?.line ?? 0) }) {
            let line = values[key]?.line
            guard let number = Int(key.dropFirst(FormKeys.targetPrefix.count)), number >= 1 else {
                throw OfflineFormError(line: line, PapersText.unknownItem(key))
            }
            let achieved = try yesNo(key, PapersText.achievedNot)
            results.append(TargetResult(target: number - 1, achieved: achieved, result: take(key + FormKeys.resultSuffix)?.value ?? ""))
        }
        let form = EvaluationForm(outcome: outcome, damage: damage, damageDescription: description, damageEstimateVND: estimate,
                                  findings: findings, abuseFound: abuse, objectiveCauses: objective, subjectiveCauses: subjective,
                                  results: results)
        return [.evaluate(form: form)]
    }

    func rejectUnknown() throws(OfflineFormError) {
        if let unknown = values.filter({ !used.contains($0.key) }).min(by: { $0.value.line < $1.value.line }) {
            throw OfflineFormError(line: unknown.value.line, PapersText.unknownItem(unknown.key))
        }
    }
}
