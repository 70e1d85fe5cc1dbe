/// The working days of a span of days, counted once, so that the figures of many
/// proposals add working days and count them by subtraction instead of walking the
/// calendar day by day. Outside its span it asks the calendar: every answer is the
/// calendar's own.
struct WorkingDayTable: Sendable {
    let calendar: WorkingCalendar
    /// The Julian day number of the day before the span.
    private let base: Int
    /// `counts[i]`: working days in (base, base + i].
    private let counts: [Int32]
    /// The Julian day numbers of the span's working days, in order.
    private let workingDays: [Int]

    /// A table for the days after `first` up to and including `last`.
    init(calendar: WorkingCalendar, from first: Day, through last: Day) {
        self.calendar = calendar
        base = first.julianDayNumber
        let length = max(0, first.days(until: last))
        var counts = [Int32](repeating: 0, count: length + 1)
        var workingDays: [Int] = []
        var count: Int32 = 0
        for i in 0...length {
            if i > 0 {
                let day = Day(julianDayNumber: base + i)
                if calendar.isWorkingDay(day) {
                    count += 1
                    workingDays.append(base + i)
                }
            }
            counts[i] = count
        }
        self.counts = counts
        self.workingDays = workingDays
    }

    private func index(_ day: Day) -> Int? {
        let i = day.julianDayNumber - base
        return i >= 0 && i < counts.count ? i : nil
    }

    /// `WorkingCalendar.workingDays(from:to:)`.
    func workingDays(from: Day, to: Day) -> Int {
        guard let i = index(from), let j = index(to) else { return calendar.workingDays(from: from, to: to) }
        return Int(counts[j] - counts[i])
    }

    /// `WorkingCalendar.addingWorkingDays(_:to:)` for a count of at least 1.
    func addingWorkingDays(_ count: Int, to day: Day) -> Day {
        guard count >= 1, let i = index(day) else { return calendar.addingWorkingDays(count, to: day) }
        // The next working day after `day` is the counts[i]-th of the span (0-based).
        let position = Int(counts[i]) + count - 1
        guard position < workingDays.count else { return calendar.addingWorkingDays(count, to: day) }
        return Day(julianDayNumber: workingDays[position])
    }
}
