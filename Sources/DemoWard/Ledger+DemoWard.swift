import Foundation
import Ledger
import Procedure

/// The demo ward put into a new file: Ledger's import step (`importDemo(…, oversight:)`),
/// given the ward's points 1 and 4 (`DemoOversight`). Ledger knows how to write a demo;
/// what the demo says lives here.
extension Ledger {
    /// Fills a new file with `org` and the proposals `proposals` hands to its sink (one at a
    /// time, `sink(id, transitions)`, or prepared on other threads: `generator.generate(sink)`), then
    /// the demo ward's briefings, inspections and difficulty reports. Returns how many
    /// proposals were written.
    @discardableResult
    public func importDemo(organization org: Organization, administrator: String, at now: Date = Date(),
                           batch: Int = 2_000,
                           proposals: (DemoSink) throws -> Void) throws -> Int {
        // §7.5: the demo's delegations and appointment, as the generator's world has them.
        let org = DemoWard.withDelegations(org, today: Day.inVietnam(now))
        let count = try importDemo(organization: org, administrator: administrator, at: now, batch: batch, proposals: proposals) { today, record in
            try DemoOversight.script(today: today, org: org) { login, daysAgo, decide in
                let day = today.adding(days: -daysAgo)
                // `decide` runs only during this call; Swift cannot see that through two
                // closure parameters.
                try withoutActuallyEscaping(decide) { try record(login, day, DemoOversight.morning(of: day), $0) }
            }
        }
        // §7.8: a few proposals carry small files made from their dossiers.
        try DemoAttachments.attach(in: self, at: now)
        return count
    }
}
