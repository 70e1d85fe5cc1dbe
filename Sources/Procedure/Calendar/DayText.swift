import Foundation

/// A date as a person or a file writes it, read in one place for the command line's
/// options, the paper imports (CSV, TOML) and the Desk's forms (no I/O). The grammar
/// (docs/IMPORT.md, "Dates"):
///
/// - Vietnamese `dd/mm/yyyy`, the day and month of one or two digits (`4/1/2027`), the
///   year of exactly four: `04/01/27` is refused, never read as the year 27 or 2027;
/// - ISO `yyyy-mm-dd`, exactly (`2027-01-04`);
/// - a year within `years`; a date that does not exist (`30/02/2027`) is refused.
///
/// Day first, always: `01/04/2027` is the first of April, as Vietnamese papers write it.
public enum DayText {
    /// Why a text is not a date.
    public enum Problem: Error, Sendable, Hashable {
        /// Neither form.
        case notADate
        /// A year of fewer (or more) than four digits: `04/01/27`.
        case yearDigits
        /// A year outside `years`.
        case yearOutOfRange
        /// Both forms' shape, but no such day (`31/04/2027`).
        case noSuchDay
    }

    /// The years a typed or imported date may name.
    public static let years = 1900...2100

    /// The day, or nil when the text names none.
    public static func parse(_ text: String) -> Day? {
        try? read(text).get()
    }

    /// The day, or why the text names none.
    public static func read(_ text: String) -> Result<Day, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let year: Substring, month: Substring, day: Substring
        if trimmed.contains("/") {
            let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy(isDigits),
                  (1...2).contains(parts[0].count), (1...2).contains(parts[1].count) else { return .failure(.notADate) }
            (day, month, year) = (parts[0], parts[1], parts[2])
        } else if trimmed.contains("-") {
            let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy(isDigits), parts[1].count == 2, parts[2].count == 2 else { return .failure(.notADate) }
            (year, month, day) = (parts[0], parts[1], parts[2])
        } else {
            return .failure(.notADate)
        }
        guard year.count == 4 else { return .failure(.yearDigits) }
        guard let y = Int(year), let m = Int(month), let d = Int(day) else { return .failure(.notADate) }
        return check(year: y, month: m, day: d)
    }

    /// A date already split in parts (a TOML date): its year in range, the day existing.
    public static func check(year: Int, month: Int, day: Int) -> Result<Day, Problem> {
        guard years.contains(year) else { return .failure(.yearOutOfRange) }
        guard let result = Day(year: year, month: month, day: day) else { return .failure(.noSuchDay) }
        return .success(result)
    }

    /// What was expected, after the field's name and the text: in Vietnamese, "dd/mm/yyyy".
    public static func problem(_ text: String, _ problem: Problem) -> Localized {
        switch problem {
        case .notADate:
            Localized(vi: "ngày không hợp lệ \"\(text)\": ghi theo dạng dd/mm/yyyy (ví dụ 04/01/2027) hoặc yyyy-mm-dd",
                      en: "not a date \"\(text)\": write it as dd/mm/yyyy (e.g. 04/01/2027) or yyyy-mm-dd")
        case .yearDigits:
            Localized(vi: "ngày không hợp lệ \"\(text)\": năm phải đủ bốn chữ số, dạng dd/mm/yyyy (ví dụ 04/01/2027)",
                      en: "not a date \"\(text)\": the year needs four digits, as dd/mm/yyyy (e.g. 04/01/2027)")
        case .yearOutOfRange:
            Localized(vi: "ngày không hợp lệ \"\(text)\": năm phải từ \(years.lowerBound) đến \(years.upperBound) (dd/mm/yyyy)",
                      en: "not a date \"\(text)\": the year must be from \(years.lowerBound) to \(years.upperBound) (dd/mm/yyyy)")
        case .noSuchDay:
            Localized(vi: "ngày không hợp lệ \"\(text)\": không có ngày này (dd/mm/yyyy)",
                      en: "not a date \"\(text)\": no such day (dd/mm/yyyy)")
        }
    }

    static func isDigits(_ s: Substring) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
