import Foundation

/// A reporting period: a month, a quarter, a half-year or a year, as the ward's reports
/// are cut (báo cáo tháng, quý, 6 tháng, năm).
///
///     let q3 = try Period.parse("2026-Q3")   // 01/07/2026 – 30/09/2026
///     q3.label[.vi]                          // "Quý III năm 2026"
///     q3.previous                            // 2026-Q2
///     q3.switched(to: .year)                 // 2026
///
/// The text forms are `2026-07` (month), `2026-Q3`, `2026-H1` and `2026`.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case month, quarter, half, year

        /// Months in one period of this kind.
        public var months: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .half: 6
            case .year: 12
            }
        }

        public var label: Localized {
            switch self {
            case .month: Localized(vi: "Tháng", en: "Month")
            case .quarter: Localized(vi: "Quý", en: "Quarter")
            case .half: Localized(vi: "6 tháng", en: "Half-year")
            case .year: Localized(vi: "Năm", en: "Year")
            }
        }

        /// The next kind in the cycle month → quarter → half → year → month.
        public var next: Kind {
            switch self {
            case .month: .quarter
            case .quarter: .half
            case .half: .year
            case .year: .month
            }
        }
    }

    public let kind: Kind
    public let year: Int
    /// 1-based: the month (1–12), quarter (1–4) or half (1–2); 1 for a year.
    public let index: Int

    /// A period from its parts, or nil when they name none ("quarter 5").
    public init?(kind: Kind, year: Int, index: Int = 1) {
        guard (1...9999).contains(year), (1...(12 / kind.months)).contains(index) else { return nil }
        self.kind = kind
        self.year = year
        self.index = index
    }

    /// The period of this kind that contains a day.
    public init(kind: Kind, containing day: Day) {
        self.kind = kind
        year = day.year
        index = (day.month - 1) / kind.months + 1
    }

    /// Reads `2026-07`, `2026-Q3`, `2026-H1` or `2026` (letters in either case, spaces
    /// around ignored); anything else is refused with a message that names the problem.
    public static func parse(_ text: String) throws(PeriodError) -> Period {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw PeriodError(text: text, problem: .empty) }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearPart = parts.first, yearPart.count == 4, yearPart.allSatisfy(\.isASCIIDigit), let year = Int(yearPart), year >= 1 else {
            throw PeriodError(text: text, problem: .year)
        }
        if parts.count == 1 {
            guard let period = Period(kind: .year, year: year) else { throw PeriodError(text: text, problem: .year) }
            return period
        }
        guard parts.count == 2 else { throw PeriodError(text: text, problem: .shape) }
        let rest = parts[1].uppercased()
        let kind: Kind
        let digits: Substring
        if rest.hasPrefix("Q") {
            kind = .quarter
            digits = rest.dropFirst()
        } else if rest.hasPrefix("H") {
            kind = .half
            digits = rest.dropFirst()
        } else {
            kind = .month
            digits = Substring(rest)
            guard digits.count == 2 else { throw PeriodError(text: text, problem: .shape) }
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let index = Int(digits) else {
            throw PeriodError(text: text, problem: .shape)
        }
        guard let period = Period(kind: kind, year: year, index: index) else {
            switch kind {
            case .month: throw PeriodError(text: text, problem: .month)
            case .quarter: throw PeriodError(text: text, problem: .quarter)
            default: throw PeriodError(text: text, problem: .half)
            }
        }
        return period
    }

    /// The first day of the period.
    public var first: Day {
        Day(year: year, month: (index - 1) * kind.months + 1, day: 1)!
    }

    /// The last day of the period.
    public var last: Day {
        let month = index * kind.months
        return Day(year: year, month: month, day: Day.daysInMonth(month, of: year))!
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    /// The period of the same kind before this one.
    public var previous: Period { Period(kind: kind, containing: first.adding(days: -1)) }

    /// The period of the same kind after this one.
    public var next: Period { Period(kind: kind, containing: last.adding(days: 1)) }

    /// The period of another kind around this one's first day (month 7 → Q3 → H2 → 2026),
    /// or, going to a shorter kind, the one that holds `day` when it lies inside this
    /// period (so the officer stays near today).
    public func switched(to other: Kind, keeping day: Day? = nil) -> Period {
        if let day, contains(day) { return Period(kind: other, containing: day) }
        return Period(kind: other, containing: first)
    }

    /// The stable text form: `2026-07`, `2026-Q3`, `2026-H1`, `2026`.
    public var description: String {
        let y = String(year)
        switch kind {
        case .month: return y + "-" + (index < 10 ? "0" : "") + String(index)
        case .quarter: return y + "-Q" + String(index)
        case .half: return y + "-H" + String(index)
        case .year: return y
        }
    }

    /// How a Vietnamese report names it: "Quý III năm 2026", "6 tháng đầu năm 2026".
    public var label: Localized {
        let roman = ["I", "II", "III", "IV"]
        switch kind {
        case .month:
            return Localized(vi: "Tháng \(index) năm \(year)", en: "\(Self.englishMonths[index - 1]) \(year)")
        case .quarter:
            return Localized(vi: "Quý \(roman[index - 1]) năm \(year)", en: "Q\(index) \(year)")
        case .half:
            return index == 1
                ? Localized(vi: "6 tháng đầu năm \(year)", en: "First half of \(year)")
                : Localized(vi: "6 tháng cuối năm \(year)", en: "Second half of \(year)")
        case .year:
            return Localized(vi: "Năm \(year)", en: "Year \(year)")
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }

    public static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]
}

/// A period that could not be read, with what was wrong, in both languages.
public struct PeriodError: Error, Sendable, Hashable {
    public enum Problem: Sendable, Hashable { case empty, year, shape, month, quarter, half }
    public var text: String
    public var problem: Problem

    public var message: Localized {
        let forms = "2026-07 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm)"
        let formsEn = "2026-07 (month), 2026-Q3 (quarter), 2026-H1 (half-year), 2026 (year)"
        switch problem {
        case .empty:
            return Localized(vi: "Chưa ghi kỳ báo cáo. Các dạng hợp lệ: \(forms)", en: "No period given. Valid forms: \(formsEn)")
        case .year:
            return Localized(vi: "Kỳ báo cáo \"\(text)\" không bắt đầu bằng năm 4 chữ số. Các dạng hợp lệ: \(forms)",
                             en: "The period \"\(text)\" does not start with a four-digit year. Valid forms: \(formsEn)")
        case .shape:
            return Localized(vi: "Không hiểu kỳ báo cáo \"\(text)\". Các dạng hợp lệ: \(forms)",
                             en: "Cannot read the period \"\(text)\". Valid forms: \(formsEn)")
        case .month:
            return Localized(vi: "Tháng trong \"\(text)\" phải từ 01 đến 12", en: "The month in \"\(text)\" must be from 01 to 12")
        case .quarter:
            return Localized(vi: "Quý trong \"\(text)\" phải từ Q1 đến Q4", en: "The quarter in \"\(text)\" must be from Q1 to Q4")
        case .half:
            return Localized(vi: "Nửa năm trong \"\(text)\" phải là H1 (6 tháng đầu) hoặc H2 (6 tháng cuối)",
                             en: "The half in \"\(text)\" must be H1 (first half) or H2 (second half)")
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
