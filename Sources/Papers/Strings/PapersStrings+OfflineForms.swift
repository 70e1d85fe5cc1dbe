import Procedure

/// Offline forms: writing, reading and importing them.
extension PapersText {
    // MARK: OfflineFormImport.swift

    static func noProposal(_ proposalID: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không tìm thấy đề xuất \(proposalID)",
                  en: "No proposal \(proposalID)")
    }

    static func formSaysVersionButProposal(_ version: some CustomStringConvertible, _ proposalID: some CustomStringConvertible, _ version2: some CustomStringConvertible) -> Localized {
        Localized(vi: "Phiếu ghi phiên bản \(version) nhưng đề xuất \(proposalID) mới ở phiên bản \(version2): dòng phiên bản đã bị sửa",
                  en: "The form says version \(version) but proposal \(proposalID) is only at version \(version2): the version line was edited")
    }

    static func checklistItemNotUnitS(_ itemID: some CustomStringConvertible) -> Localized {
        Localized(vi: "mục rà soát không có trong phiếu của đơn vị: \(itemID)",
                  en: "checklist item not in the unit's checklist: \(itemID)")
    }

    // MARK: OfflineFormReader.swift

    static func continuationLineMustStartSpace(_ line: some CustomStringConvertible) -> Localized {
        Localized(vi: "dòng tiếp nối phải bắt đầu bằng dấu cách rồi dấu \(FormText.marker) (ví dụ \"\(FormText.continuation("nội dung"))\"): \(line)",
                  en: "a continuation line must start with a space and then \(FormText.marker) (e.g. \"\(FormText.continuation("text"))\"): \(line)")
    }

    static func continuationLineStartingSpaceFollows(_ marker: some CustomStringConvertible) -> Localized {
        Localized(vi: "dòng tiếp nối (bắt đầu bằng dấu cách và \(marker)) không theo sau một mục nào",
                  en: "a continuation line (starting with a space and \(marker)) follows no item")
    }

    static func missingFormItemAnswer(_ trimmed: some CustomStringConvertible) -> Localized {
        Localized(vi: "thiếu dấu \"=\" (dạng: mục = câu trả lời): \(trimmed)",
                  en: "missing \"=\" (form: item = answer): \(trimmed)")
    }

    static func itemRepeatedAlreadyLine(_ key: some CustomStringConvertible, _ line: some CustomStringConvertible) -> Localized {
        Localized(vi: "mục \"\(key)\" lặp lại (đã có ở dòng \(line))",
                  en: "item \"\(key)\" repeated (already on line \(line))")
    }

    static func noLineNotFormExported(_ kind: some CustomStringConvertible) -> Localized {
        Localized(vi: "thiếu dòng \(kind): đây không phải phiếu do dexuat xuất",
                  en: "no \(kind) line: this is not a form exported by dexuat")
    }

    static func unknownFormKindBallotEvaluation(_ kindEntry: some CustomStringConvertible) -> Localized {
        Localized(vi: "loại phiếu không rõ: \(kindEntry) (ballot, evaluation hoặc member_evaluation)",
                  en: "unknown form kind: \(kindEntry) (ballot, evaluation or member_evaluation)")
    }

    static func noLineProposalIdVersion(_ version: some CustomStringConvertible) -> Localized {
        Localized(vi: "thiếu dòng \(version) (mã đề xuất @ phiên bản)",
                  en: "no \(version) line (proposal id @ version)")
    }

    static func versionLineMustReadId(_ versionEntry: some CustomStringConvertible) -> Localized {
        Localized(vi: "dòng phiên bản phải có dạng \"MÃ @ SỐ\", ví dụ 2026-014 @ 7: \(versionEntry)",
                  en: "the version line must read \"ID @ NUMBER\", e.g. 2026-014 @ 7: \(versionEntry)")
    }

    static func notFilled(_ key: some CustomStringConvertible, _ what: Localized) -> Localized {
        Localized(vi: "chưa điền \(key) (\(what.vi))",
                  en: "\(key) is not filled in (\(what.en))")
    }

    static func needsCoYesKhongNo(_ key: some CustomStringConvertible, _ entry: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(key): cần co hoặc khong, không phải \"\(entry)\"",
                  en: "\(key): needs co (yes) or khong (no), not \"\(entry)\"")
    }

    static let checklistItem = Localized(
        vi: "mục rà soát",
        en: "checklist item")

    static func needsDapUngMetKhong(_ key: some CustomStringConvertible, _ entry: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(key): cần dap_ung, khong_dap_ung hoặc chua_ro, không phải \"\(entry)\"",
                  en: "\(key): needs dap_ung (met), khong_dap_ung (not met) or chua_ro (unclear), not \"\(entry)\"")
    }

    static let yesNo = Localized(
        vi: "đồng ý hay không đồng ý",
        en: "yes or no")

    static func needsDongYYesKhong(_ vote: some CustomStringConvertible, _ vote2: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(vote): cần dong_y hoặc khong_dong_y, không phải \"\(vote2)\"",
                  en: "\(vote): needs dong_y (yes) or khong_dong_y (no), not \"\(vote2)\"")
    }

    static let outcome = Localized(
        vi: "kết quả",
        en: "outcome")

    static func needsCompletedPartlyCompletedNot(_ outcome: some CustomStringConvertible, _ outcomeEntry: some CustomStringConvertible) -> Localized {
        Localized(vi: "\(outcome): cần hoan_thanh, hoan_thanh_mot_phan hoặc khong_hoan_thanh, không phải \"\(outcomeEntry)\"",
                  en: "\(outcome): needs completed, partly_completed or not_completed, not \"\(outcomeEntry)\"")
    }

    static let damage = Localized(
        vi: "có thiệt hại không",
        en: "damage")

    static let abuse = Localized(
        vi: "tham nhũng, tiêu cực, trục lợi",
        en: "abuse")

    static let achievedNot = Localized(
        vi: "đạt hay không đạt",
        en: "achieved or not")

    static func unknownItem(_ key: some CustomStringConvertible) -> Localized {
        Localized(vi: "mục không rõ: \(key)",
                  en: "unknown item: \(key)")
    }

    // MARK: OfflineFormWriter.swift

    static func cannotExportForm(_ rule: some CustomStringConvertible, _ message: some CustomStringConvertible, _ message2: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không xuất được phiếu: [\(rule)] \(message)",
                  en: "Cannot export the form: [\(rule)] \(message2)")
    }

    static func cannotExportFormChecklistItem(_ line: some CustomStringConvertible) -> Localized {
        Localized(vi: "Không xuất được phiếu: mục rà soát có mã không hợp lệ \"\(line)\" (chỉ gồm chữ không dấu, số và _)",
                  en: "Cannot export the form: a checklist item has an invalid id \"\(line)\" (only ASCII letters, digits and _)")
    }

    static func proposalChangedAfterExport(_ proposalID: some CustomStringConvertible, _ version: some CustomStringConvertible,
                                           _ currentVersion: some CustomStringConvertible, _ kind: some CustomStringConvertible,
                                           changes: (Language) -> String) -> Localized {
        Localized(vi: "Đề xuất \(proposalID) đã thay đổi sau khi xuất phiếu (phiên bản \(version) → \(currentVersion)): "
                      + changes(.vi)
                      + ". Không ghi gì; xuất phiếu mới bằng `dexuat form export \(proposalID) --kind \(kind)`.",
                  en: "Proposal \(proposalID) changed after the form was exported (version \(version) → \(currentVersion)): "
                      + changes(.en)
                      + ". Nothing was recorded; export a new form with `dexuat form export \(proposalID) --kind \(kind)`.")
    }
}
