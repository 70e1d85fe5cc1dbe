/// Working days: Monday to Friday, minus public holidays, plus make-up Saturdays and
/// Sundays. The holidays and make-up days of a year are the announced ones
/// (`AnnouncedHolidays`, 2020 to the latest announced year) or, for a year with none,
/// the computed defaults (`VietnameseHolidays`); the administrator's adjustments apply
/// on top of either.
///
/// Every limit of the procedure is counted in working days (PROCEDURE.md §3.2, §4):
///
///     let calendar = WorkingCalendar(adjustments: ledgerAdjustments)
///     let due = calendar.addingWorkingDays(7, to: receipt)      // collective review
///     calendar.dueStatus(of: due, today: Day.inVietnam(.now))   // .onTrack, .dueSoon, .overdue
///
/// When several adjustments name the same day, the last one in `adjustments` wins,
/// and an adjustment always overrides the announced or computed calendar for its day.
public struct WorkingCalendar: Sendable {
    /// The administrator's edits, in the order they were made.
    public var adjustments: [CalendarAdjustment] {
        didSet { latestAdjustment = Self.latest(of: adjustments) }
    }

    /// The adjustment in force on each adjusted day.
    private var latestAdjustment: [Day: CalendarAdjustment]
    private let base = HolidayCache.shared

    public init(adjustments: [CalendarAdjustment] = []) {
        self.adjustments = adjustments
        self.latestAdjustment = Self.latest(of: adjustments)
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        if !latestAdjustment.isEmpty, let adjustment = latestAdjustment[day] {
            return adjustment.kind == .workday
        }
        return base.isWorkingDay(day)
    }

    /// The day off on a day, announced, computed or declared by an adjustment (then
    /// named by its reason); nil on an ordinary day, a plain weekend or a make-up day.
    public func holiday(on day: Day) -> Holiday? {
        if let adjustment = latestAdjustment[day] {
            return Self.holiday(from: adjustment)
        }
        return base.holiday(on: day)
    }

    /// Every day off of a solar year, sorted by day, each with its source: what
    /// `dexuat calendar` lists.
    public func daysOff(in year: Int) -> [Holiday] {
        var byDay = base.year(year).holidays
        for adjustment in latestAdjustment.values where adjustment.day.year == year {
            byDay[adjustment.day] = Self.holiday(from: adjustment)
        }
        return byDay.values.sorted { $0.day < $1.day }
    }

    /// The declared working days of a solar year, sorted by day: announced make-up
    /// Saturdays, and the administrator's working days (make-up days and cancelled
    /// holidays); an adjustment making a day off removes an announced make-up day.
    public func makeUpDays(in year: Int) -> [MakeUpDay] {
        var byDay = base.year(year).makeUpDays
        for adjustment in latestAdjustment.values where adjustment.day.year == year {
            switch adjustment.kind {
            case .workday:
                byDay[adjustment.day] = MakeUpDay(
                    day: adjustment.day, name: Localized(vi: adjustment.reason, en: adjustment.reason), source: .adjustment)
            case .dayOff:
                byDay[adjustment.day] = nil
            }
        }
        return byDay.values.sorted { $0.day < $1.day }
    }

    /// The day that is `count` working days after `day` (the start day itself is not
    /// counted): "7 working days from receipt". With a negative count, the working day
    /// that many working days before `day`. Zero gives `day` itself.
    public func addingWorkingDays(_ count: Int, to day: Day) -> Day {
        let step = count < 0 ? -1 : 1
        var remaining = count.magnitude
        var current = day
        while remaining > 0 {
            let next = current.adding(days: step)
            guard next != current else { break }  // the end of the calendar (year 9999)
            current = next
            if isWorkingDay(current) {
                remaining -= 1
            }
        }
        return current
    }

    /// Working days in (from, to]: how many working days have passed since `from`;
    /// negative when `to` is before `from`.
    public func workingDays(from: Day, to: Day) -> Int {
        if to < from {
            return -workingDays(from: to, to: from)
        }
        var count = 0
        var current = from
        while current < to {
            current = current.adding(days: 1)
            if isWorkingDay(current) {
                count += 1
            }
        }
        return count
    }

    /// How a due date stands today: overdue once today is past it; due soon from the
    /// moment at most `soonWithin` working days remain (the due day itself included);
    /// on track before that.
    public func dueStatus(of due: Day, today: Day, soonWithin: Int = 2) -> DueStatus {
        if today > due {
            return .overdue
        }
        // workingDays(from: today, to: due) <= soonWithin, without counting up to a
        // far-away due date: the next working day past the margin is later than due.
        if soonWithin >= 0, due < addingWorkingDays(soonWithin + 1, to: today) {
            return .dueSoon
        }
        return .onTrack
    }

    // MARK: Helpers

    private static func latest(of adjustments: [CalendarAdjustment]) -> [Day: CalendarAdjustment] {
        Dictionary(adjustments.map { ($0.day, $0) }, uniquingKeysWith: { _, later in later })
    }

    private static func holiday(from adjustment: CalendarAdjustment) -> Holiday? {
        switch adjustment.kind {
        case .dayOff:
            Holiday(day: adjustment.day, name: Localized(vi: adjustment.reason, en: adjustment.reason), source: .adjustment)
        case .workday:
            nil
        }
    }
}
