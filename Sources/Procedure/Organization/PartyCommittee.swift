import Foundation

/// The same-level Party committee of a unit (cấp ủy cùng cấp, Công văn số 432/UBND-VHXH
/// point 2): the body whose opinion the head asks before approving and before evaluating.
/// For the ward's People's Committee it is the ward's Đảng ủy; for an office or a public
/// service unit it is usually its own chi bộ. A unit may name it (`Unit.partyCommittee`);
/// otherwise it is derived from the unit's kind and name.
extension Organization {
    /// The committee of `unitID`: the one the unit names, or the derived default; empty
    /// only for an unknown unit.
    public func partyCommittee(of unitID: String) -> String {
        guard let unit = unit(unitID) else { return "" }
        return unit.effectivePartyCommittee
    }
}

extension Unit {
    /// The committee the unit names, or the default for its kind and name.
    public var effectivePartyCommittee: String {
        if let named = partyCommittee?.trimmingCharacters(in: .whitespaces), !named.isEmpty { return named }
        return Self.defaultPartyCommittee(kind: kind, name: name)
    }

    /// "Ủy ban nhân dân phường Uông Bí" (or "UBND phường Uông Bí") gives "Đảng ủy phường
    /// Uông Bí"; an office or a public service unit gives "Chi bộ " and its name.
    public static func defaultPartyCommittee(kind: UnitKind, name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .peoplesCommittee:
            for prefix in ["Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND"] {
                let lower = trimmed.lowercased()
                if lower == prefix.lowercased() || lower.hasPrefix(prefix.lowercased() + " ") {
                    let place = String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                    return place.isEmpty ? "Đảng ủy phường" : "Đảng ủy " + place
                }
            }
            return trimmed.isEmpty ? "Đảng ủy phường" : "Đảng ủy " + trimmed
        case .office, .publicServiceUnit:
            return trimmed.isEmpty ? "Chi bộ" : "Chi bộ " + trimmed
        }
    }
}

/// The kind of officer, for the rules on discipline that apply when a proposal is not
/// protected: cán bộ and công chức work in state bodies (the People's Committee and its
/// offices); a viên chức works in a public service unit (a school, a health station).
public enum OfficerCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case cadreOrCivilServant = "cadre_or_civil_servant"
    case publicEmployee = "public_employee"

    /// By the kind of the officer's unit.
    public init(unitKind: UnitKind) {
        self = unitKind == .publicServiceUnit ? .publicEmployee : .cadreOrCivilServant
    }

    public var label: Localized {
        switch self {
        case .cadreOrCivilServant: Localized(vi: "cán bộ, công chức", en: "cadre or civil servant")
        case .publicEmployee: Localized(vi: "viên chức", en: "public employee")
        }
    }

    /// The instrument on discipline: Nghị định số 172/2025/NĐ-CP covers cán bộ and công
    /// chức only (its art. 1); a viên chức stays under Nghị định số 112/2020/NĐ-CP as
    /// amended by Nghị định số 71/2023/NĐ-CP.
    public var disciplineInstrument: Localized {
        switch self {
        case .cadreOrCivilServant:
            Localized(vi: "Nghị định số 172/2025/NĐ-CP", en: "Decree 172/2025/ND-CP")
        case .publicEmployee:
            Localized(vi: "Nghị định số 112/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 71/2023/NĐ-CP",
                      en: "Decree 112/2020/ND-CP as amended by Decree 71/2023/ND-CP")
        }
    }
}

extension Organization {
    /// The category of `login` by their unit's kind; cán bộ, công chức when unknown.
    public func category(of login: String) -> OfficerCategory {
        guard let officer = officer(login), let unit = unit(officer.unitID) else { return .cadreOrCivilServant }
        return OfficerCategory(unitKind: unit.kind)
    }
}

extension Consequence {
    /// The label naming the discipline instrument that fits the officer: "… xử lý theo
    /// quy định của pháp luật về xử lý kỷ luật (Nghị định số 172/2025/NĐ-CP)" for a công
    /// chức, the viên chức rules for a public employee. Other consequences name none.
    public func label(for category: OfficerCategory) -> Localized {
        guard self == .noProtection else { return label }
        return Localized(vi: "Không được bảo vệ theo Nghị định số 73/2023/NĐ-CP; xử lý theo quy định của pháp luật về xử lý kỷ luật \(category.label.vi) (\(category.disciplineInstrument.vi))",
                         en: "No protection under Decree 73/2023; discipline under the rules for a \(category.label.en) (\(category.disciplineInstrument.en))")
    }
}

extension MeasureKind {
    /// As ``Consequence/label(for:)``: the ordinary-rules measure names the instrument.
    public func label(for category: OfficerCategory) -> Localized {
        guard self == .ordinaryRules else { return label }
        return Localized(vi: "Xử lý theo quy định của pháp luật về xử lý kỷ luật \(category.label.vi) (\(category.disciplineInstrument.vi))",
                         en: "Discipline under the rules for a \(category.label.en) (\(category.disciplineInstrument.en))")
    }
}
