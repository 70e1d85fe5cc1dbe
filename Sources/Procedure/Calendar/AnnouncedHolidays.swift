/// The breaks the government has announced, year by year, as shipped data
/// (PROCEDURE.md §4: "dates of the past must be the real ones: deadlines of old
/// proposals are judged on them").
///
/// For a year listed here, `WorkingCalendar` uses this list *instead of* the computed
/// defaults of `VietnameseHolidays`; administrators' `CalendarAdjustment`s still apply
/// on top. A year not listed (before 2020, or not yet announced) is computed.
///
/// Each year lists every day off of public offices (công chức, viên chức, Saturday and
/// Sunday weekly rest) that is a holiday, a compensating day (nghỉ bù) or a moved day
/// (hoán đổi), and each Saturday worked in exchange (ngày làm bù), each with the
/// reference it was checked against. Weekend days inside a break are listed only when
/// they are holidays themselves. How each year was checked is said beside it; the
/// search was made in December 2026 in stored copies of the press and of provincial
/// portals re-publishing the announcements (no official gazette was at hand).
///
///     AnnouncedHolidays.year(2024)?.makeUpDays.map(\.day.iso)   // ["2024-05-04"]
public enum AnnouncedHolidays {
    /// The years shipped as data, oldest first.
    public static let years: ClosedRange<Int> = 2020...2026

    /// One announced year: its days off and its make-up working days, sorted by day.
    public struct Year: Sendable {
        public let daysOff: [Holiday]
        public let makeUpDays: [MakeUpDay]
    }

    /// The announced breaks of a year, or nil when none are shipped for it.
    public static func year(_ year: Int) -> Year? {
        guard let entries = table[year] else { return nil }
        var daysOff: [Holiday] = [], makeUp: [MakeUpDay] = []
        for entry in entries {
            guard let day = Day(iso: entry.iso) else { continue }  // the table is checked by tests
            switch entry.kind {
            case .off(let compensation):
                daysOff.append(Holiday(day: day, name: entry.name, isCompensation: compensation,
                                       source: .announced(reference: entry.reference)))
            case .makeUp:
                makeUp.append(MakeUpDay(day: day, name: entry.name, source: .announced(reference: entry.reference)))
            }
        }
        return Year(daysOff: daysOff.sorted { $0.day < $1.day }, makeUpDays: makeUp.sorted { $0.day < $1.day })
    }

    // MARK: - The table

    private enum Kind { case off(compensation: Bool), makeUp }
    private struct Entry {
        let iso: String
        let kind: Kind
        let name: Localized
        let reference: String
    }

    private static func off(_ iso: String, _ name: Localized, _ reference: String) -> Entry {
        Entry(iso: iso, kind: .off(compensation: false), name: name, reference: reference)
    }
    /// A compensating day off (nghỉ bù) for a holiday on a Saturday or Sunday.
    private static func inLieu(_ iso: String, of holiday: Localized, _ reference: String) -> Entry {
        Entry(iso: iso, kind: .off(compensation: true),
              name: Localized(vi: "Nghỉ bù " + holiday.vi, en: "Day off in lieu of " + holiday.en), reference: reference)
    }
    /// A working day moved to a Saturday (hoán đổi): off here, worked on `worked`.
    private static func moved(_ iso: String, worked: String, _ holiday: Localized, _ reference: String) -> [Entry] {
        let offText = dmy(iso), workedText = dmy(worked)
        return [
            Entry(iso: iso, kind: .off(compensation: false),
                  name: Localized(vi: holiday.vi + " (nghỉ hoán đổi, làm bù ngày \(workedText))",
                                  en: holiday.en + " (moved day off, worked on \(workedText))"),
                  reference: reference),
            Entry(iso: worked, kind: .makeUp,
                  name: Localized(vi: "Làm bù ngày \(offText) (\(holiday.vi))", en: "Making up \(offText) (\(holiday.en))"),
                  reference: reference),
        ]
    }
    private static func dmy(_ iso: String) -> String {
        Day(iso: iso)?.vietnamese ?? iso
    }

    private static let newYear = Localized(vi: "Tết Dương lịch", en: "New Year's Day")
    private static func tet(_ name: String) -> Localized {
        Localized(vi: "Tết Nguyên đán \(name)", en: "Lunar New Year (\(name))")
    }
    private static let hungKings = Localized(vi: "Giỗ Tổ Hùng Vương (10/3 Âm lịch)", en: "Hung Kings' Commemoration Day")
    private static let reunification = Localized(vi: "Ngày Giải phóng miền Nam, thống nhất đất nước", en: "Reunification Day")
    private static let labour = Localized(vi: "Ngày Quốc tế Lao động", en: "International Workers' Day")
    private static let nationalDay = Localized(vi: "Quốc khánh", en: "National Day")
    private static let nationalDayAdjacent = Localized(vi: "Quốc khánh (ngày liền kề)", en: "National Day (adjacent day)")
    private static let cultureDay = Localized(vi: "Ngày Văn hóa Việt Nam", en: "Vietnam Culture Day")

    /// Days fixed by the law itself, needing no yearly announcement.
    private static let code2012 = "Bộ luật Lao động 2012, Điều 115"
    private static let code2019 = "Bộ luật Lao động 2019, Điều 112"

    private static let table: [Int: [Entry]] = [
        2020: year2020, 2021: year2021, 2022: year2022, 2023: year2023, 2024: year2024, 2025: year2025, 2026: year2026,
    ]

    // 2020 — Labor Code 2012 (Quốc khánh one day only: the adjacent day came with the
    // 2019 Code, in force from 2021). Tết 23/01–29/01 (29 tháng Chạp Kỷ Hợi to mùng 5
    // Canh Tý; 28–29/01 in lieu of mùng 1–2 on the weekend): the Ministry of Labour's
    // Công văn số 4544 signed 25/10/2019, as the press quoted it (tinbong247news.net;
    // the Đắk Lắk Department of Industry and Trade portal, 07/01/2020, gives the same
    // dates; the original and the number's suffix were not seen). 2/9/2020 a single
    // day: tuoitrexahoi.vn, 08/2020. Giỗ Tổ 02/04 (Thursday), 30/4–1/5 Thursday–Friday:
    // no compensation, no swap.
    private static let year2020: [Entry] = [
        off("2020-01-01", newYear, code2012),
        off("2020-01-23", tet("Canh Tý"), tet2020), off("2020-01-24", tet("Canh Tý"), tet2020),
        off("2020-01-27", tet("Canh Tý"), tet2020),
        inLieu("2020-01-28", of: tet("Canh Tý"), tet2020), inLieu("2020-01-29", of: tet("Canh Tý"), tet2020),
        off("2020-04-02", hungKings, code2012),
        off("2020-04-30", reunification, code2012), off("2020-05-01", labour, code2012),
        off("2020-09-02", nationalDay, code2012),
    ]

    // 2021 — Tết 10/02–16/02 (29 Chạp Canh Tý to mùng 5 Tân Sửu), Quốc khánh 02/09 and
    // 03/09 (Thursday–Friday, a 4-day break): Thông báo 4875/TB-LĐTBXH, as
    // khoahocdoisong.vn quoted it (2 days before Tết, 3 after; 15–16/02 in lieu of
    // mùng 2–3 on the weekend); hanoimoi.vn gives the same dates; its date was not seen.
    // 1/5 on a Saturday gives Monday 03/05 (the Code's compensation; confirmed by a
    // press note of 04/2021).
    private static let year2021: [Entry] = [
        off("2021-01-01", newYear, code2019),
        off("2021-02-10", tet("Tân Sửu"), tet2021), off("2021-02-11", tet("Tân Sửu"), tet2021),
        off("2021-02-12", tet("Tân Sửu"), tet2021),
        inLieu("2021-02-15", of: tet("Tân Sửu"), tet2021), inLieu("2021-02-16", of: tet("Tân Sửu"), tet2021),
        off("2021-04-21", hungKings, code2019),
        off("2021-04-30", reunification, code2019), off("2021-05-01", labour, code2019),
        inLieu("2021-05-03", of: labour, code2019),
        off("2021-09-02", nationalDay, tet2021), off("2021-09-03", nationalDayAdjacent, tet2021),
    ]

    // 2022 — Tết 29/01–06/02 (27 Chạp Tân Sửu to mùng 6 Nhâm Dần: 5 days and two
    // weekends), approved by Công văn 245/VPCP-KGVX of 11/01/2022 as the press reported
    // it (kinhtemoitruong.vn, 12/01/2022; the original was not seen); Quốc khánh
    // 01/09–02/09 (Thursday–Friday), seen only in a published 2022 holiday list (the
    // announcement's number was not found). 1/1 (Sat), Giỗ Tổ 10/04 (Sun), 30/4 (Sat)
    // and 1/5 (Sun) each give the next working day (the Code's art. 111(3)).
    private static let year2022: [Entry] = [
        off("2022-01-01", newYear, code2019), inLieu("2022-01-03", of: newYear, code2019),
        off("2022-01-31", tet("Nhâm Dần"), tet2022), off("2022-02-01", tet("Nhâm Dần"), tet2022),
        off("2022-02-02", tet("Nhâm Dần"), tet2022), off("2022-02-03", tet("Nhâm Dần"), tet2022),
        off("2022-02-04", tet("Nhâm Dần"), tet2022),
        off("2022-04-10", hungKings, code2019), inLieu("2022-04-11", of: hungKings, code2019),
        off("2022-04-30", reunification, code2019), off("2022-05-01", labour, code2019),
        inLieu("2022-05-02", of: reunification, code2019), inLieu("2022-05-03", of: labour, code2019),
        off("2022-09-01", nationalDayAdjacent, national2022), off("2022-09-02", nationalDay, national2022),
    ]

    // 2023 — Tết 20/01–26/01 (29 Chạp Nhâm Dần to mùng 5 Quý Mão) and Quốc khánh
    // 01/09–04/09: Công văn 8056/VPCP-KGVX of 01/12/2022 (Deputy Prime Minister Vũ Đức
    // Đam), quoted by truyenhinhnghean.vn and suckhoecongdongonline.vn. 2/9 is a
    // Saturday: Monday 04/09 in lieu. 1/1 on a Sunday: Monday 02/01 (press note).
    // Giỗ Tổ 29/04 (Sat) and 30/4 (Sun): Tuesday 02/05 and Wednesday 03/05 in lieu, a
    // 5-day break with no make-up day (press note on the 2023 break).
    private static let year2023: [Entry] = [
        off("2023-01-01", newYear, code2019), inLieu("2023-01-02", of: newYear, code2019),
        off("2023-01-20", tet("Quý Mão"), tet2023), off("2023-01-23", tet("Quý Mão"), tet2023),
        off("2023-01-24", tet("Quý Mão"), tet2023), off("2023-01-25", tet("Quý Mão"), tet2023),
        off("2023-01-26", tet("Quý Mão"), tet2023),
        off("2023-04-29", hungKings, code2019), off("2023-04-30", reunification, code2019),
        off("2023-05-01", labour, code2019),
        inLieu("2023-05-02", of: hungKings, code2019), inLieu("2023-05-03", of: reunification, code2019),
        off("2023-09-01", nationalDayAdjacent, tet2023), off("2023-09-02", nationalDay, tet2023),
        inLieu("2023-09-04", of: nationalDay, tet2023),
    ]

    // 2024 — Tết 08/02–14/02 (29 Chạp Quý Mão to mùng 5 Giáp Thìn) and Quốc khánh
    // 31/08–03/09 (2/9 Monday and 3/9 Tuesday): Thông báo 5015/TB-LĐTBXH of 22/11/2023,
    // quoted in full by the Đắk Hà district portal. 30/4–1/5: Monday 29/04 off, worked on
    // Saturday 04/05: Công văn 2450/VPCP-KGVX of 12/04/2024 (baophapluat.vn,
    // baotintuc.vn, chinhphu.vn). Giỗ Tổ 18/04 (Thursday).
    private static let year2024: [Entry] = [
        off("2024-01-01", newYear, code2019),
        off("2024-02-08", tet("Giáp Thìn"), tet2024), off("2024-02-09", tet("Giáp Thìn"), tet2024),
        off("2024-02-12", tet("Giáp Thìn"), tet2024), off("2024-02-13", tet("Giáp Thìn"), tet2024),
        off("2024-02-14", tet("Giáp Thìn"), tet2024),
        off("2024-04-18", hungKings, code2019),
        off("2024-04-30", reunification, code2019), off("2024-05-01", labour, code2019),
        off("2024-09-02", nationalDay, tet2024), off("2024-09-03", nationalDayAdjacent, tet2024),
    ] + moved("2024-04-29", worked: "2024-05-04", reunification, may2024)

    // 2025 — Tết 25/01–02/02 (26 Chạp Giáp Thìn to mùng 5 Ất Tỵ, 9 days), 30/4–04/05
    // (Friday 02/05 off, worked on Saturday 26/04) and Quốc khánh 30/08–02/09 (1/9
    // Monday and 2/9 Tuesday): Công văn 8726/VPCP-KGVX of 26/11/2024 on "Tết Âm lịch
    // and some holidays of 2025" (pld.net.vn; dates from tet-amlich.com and
    // licham.prices.vn). Inside the Tết break, Monday 27/01 is a moved day worked on
    // Saturday 08/02: remembered from the announcement, NOT confirmed by the copies
    // searched (they give the break, not the swap) — the weekdays off are certain,
    // the make-up Saturday 08/02 less so. Giỗ Tổ 07/04 (Monday).
    private static let year2025: [Entry] = [
        off("2025-01-01", newYear, code2019),
        off("2025-01-28", tet("Ất Tỵ"), tet2025), off("2025-01-29", tet("Ất Tỵ"), tet2025),
        off("2025-01-30", tet("Ất Tỵ"), tet2025), off("2025-01-31", tet("Ất Tỵ"), tet2025),
        off("2025-04-07", hungKings, code2019),
        off("2025-04-30", reunification, code2019), off("2025-05-01", labour, code2019),
        off("2025-09-01", nationalDayAdjacent, tet2025), off("2025-09-02", nationalDay, tet2025),
    ] + moved("2025-01-27", worked: "2025-02-08", tet("Ất Tỵ"), tet2025)
      + moved("2025-05-02", worked: "2025-04-26", labour, tet2025)

    // 2026 — Tết Dương lịch 01/01–04/01: Friday 02/01 off, worked on Saturday 10/01,
    // văn bản 12729/VPCP-KGVX of 25/12/2025 (Deputy Prime Minister Phạm Thị Thanh Trà).
    // Tết 14/02–22/02 (27 Chạp Ất Tỵ to mùng 6 Bính Ngọ; 5 days Monday 16/02 to Friday
    // 20/02) and Quốc khánh 29/08–02/09 (Monday 31/08 off, worked on Saturday 22/08;
    // 1/9 the adjacent day): the Prime Minister's approval (thanhnien.vn and
    // kienthuc.net.vn, 13/10/2025) announced by the Ministry of Home Affairs' Thông báo
    // số 9441 of 16/10/2025 (vietbao.vn; the number's suffix was not seen). Giỗ Tổ
    // 26/04 is a Sunday: Monday 27/04 in lieu; 30/4–1/5 Thursday–Friday (thanhnien.vn,
    // 23/02/2026: no swap then announced). Ngày Văn hóa Việt Nam 24/11 (Tuesday): chosen
    // by Nghị quyết 80-NQ/TW as a paid day off and PROCEDURE.md §4 counts it from 2026;
    // the amendment of the Labor Code art. 112 that makes it law (Nghị quyết 30/NQ-CP,
    // 02/2026, orders it) was NOT seen passed — uncertain; an administrator can cancel
    // it with `calendar --add-workday 2026-11-24`.
    private static let year2026: [Entry] = [
        off("2026-01-01", newYear, code2019),
        off("2026-02-16", tet("Bính Ngọ"), tet2026), off("2026-02-17", tet("Bính Ngọ"), tet2026),
        off("2026-02-18", tet("Bính Ngọ"), tet2026), off("2026-02-19", tet("Bính Ngọ"), tet2026),
        off("2026-02-20", tet("Bính Ngọ"), tet2026),
        off("2026-04-26", hungKings, code2019), inLieu("2026-04-27", of: hungKings, code2019),
        off("2026-04-30", reunification, code2019), off("2026-05-01", labour, code2019),
        off("2026-09-01", nationalDayAdjacent, tet2026), off("2026-09-02", nationalDay, tet2026),
        off("2026-11-24", cultureDay, "Nghị quyết 80-NQ/TW của Bộ Chính trị (chủ trương; văn bản luật chưa đối chiếu)"),
    ] + moved("2026-01-02", worked: "2026-01-10", newYear, "Văn bản 12729/VPCP-KGVX ngày 25/12/2025")
      + moved("2026-08-31", worked: "2026-08-22", nationalDay, tet2026)

    private static let tet2020 = "Công văn số 4544 của Bộ LĐTBXH ngày 25/10/2019 (theo báo chí)"
    private static let tet2021 = "Thông báo 4875/TB-LĐTBXH"
    private static let tet2022 = "Công văn 245/VPCP-KGVX ngày 11/01/2022 (theo báo chí)"
    private static let national2022 = "Thông báo của Bộ LĐTBXH về nghỉ Quốc khánh năm 2022 (số hiệu chưa đối chiếu)"
    private static let tet2023 = "Công văn 8056/VPCP-KGVX ngày 01/12/2022"
    private static let tet2024 = "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023"
    private static let may2024 = "Công văn 2450/VPCP-KGVX ngày 12/04/2024"
    private static let tet2025 = "Công văn 8726/VPCP-KGVX ngày 26/11/2024"
    private static let tet2026 = "Thông báo số 9441 của Bộ Nội vụ ngày 16/10/2025"
}
