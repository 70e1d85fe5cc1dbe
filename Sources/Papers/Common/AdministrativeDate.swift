import Procedure

/// The place-and-date line of an administrative document (Nghị định 30/2020/NĐ-CP,
/// Phụ lục I): "Uông Bí, ngày 05 tháng 02 năm 2026". A day below 10 and the months 1 and 2
/// take a leading zero (so that nobody can write a 1 before them afterwards); the other
/// months do not ("tháng 11", "tháng 3").
public enum AdministrativeDate {
    /// "05", "30".
    public static func day(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "01", "02", "3", "12".
    public static func month(_ n: Int) -> String { n < 3 ? "0\(n)" : "\(n)" }

    /// "Uông Bí, ngày 30 tháng 11 năm 2026"; in English "Uông Bí, November 30, 2026".
    public static func line(place: String, on date: Day, language: Language = .vi) -> String {
        PapersText.placeAndDate(place, day(date.day), month(date.month), date.year, Period.englishMonths[date.month - 1], date.day)[language]
    }
}
