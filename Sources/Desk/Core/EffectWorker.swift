import Foundation
import Ledger

/// The one background worker: Ledger jobs run here in order, one at a time, and their
/// results wait in a mailbox for the loop. The UI thread never waits on SQL: it hands a job
/// over and reads the mailbox between keys.
public final class EffectWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [LedgerJob] = []
    private var running: String?
    private var mailbox: [DeskMessage] = []
    private var stopped = false
    private let ledger: Ledger
    /// Called on the worker before each job (tests slow a job down with it).
    private let beforeJob: @Sendable (String) -> Void
    /// Called on the worker after a result is posted (the loop wakes up early with it).
    private let posted: @Sendable () -> Void

    public init(ledger: Ledger, beforeJob: @escaping @Sendable (String) -> Void = { _ in },
                posted: @escaping @Sendable () -> Void = {}) {
        self.ledger = ledger
        self.beforeJob = beforeJob
        self.posted = posted
        let thread = Thread { [weak self] in self?.loop() }
        thread.name = "dexuat.desk.worker"
        thread.start()
    }

    deinit { stop() }

    /// Queues a job; a queued job of the same name not yet started is replaced.
    public func submit(_ job: LedgerJob) {
        condition.lock()
        queue.removeAll { $0.name == job.name }
        queue.append(job)
        condition.broadcast()
        condition.unlock()
    }

    /// The results posted since the last call, in order.
    public func take() -> [DeskMessage] {
        condition.lock()
        defer { condition.unlock() }
        let out = mailbox
        mailbox.removeAll()
        return out
    }

    /// Whether no job is queued or running and no result waits.
    public var isIdle: Bool {
        condition.lock()
        defer { condition.unlock() }
        return queue.isEmpty && running == nil && mailbox.isEmpty
    }

    /// The names of the jobs queued or running (what the status line says is loading).
    public var busy: [String] {
        condition.lock()
        defer { condition.unlock() }
        return (running.map { [$0] } ?? []) + queue.map(\.name)
    }

    /// Blocks until every job is done and its result posted (tests, scripts), or the timeout.
    @discardableResult
    public func waitUntilDone(timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !(queue.isEmpty && running == nil) {
            if !condition.wait(until: deadline) { return false }
        }
        return true
    }

    /// Blocks until no job named `name` is queued or running (its result is then in the
    /// mailbox), or the timeout; returns whether none is.
    @discardableResult
    public func waitFor(_ name: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while running == name || queue.contains(where: { $0.name == name }) {
            if !condition.wait(until: deadline) { return false }
        }
        return true
    }

    public func stop() {
        condition.lock()
        stopped = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while queue.isEmpty && !stopped { condition.wait() }
            if stopped { condition.unlock(); return }
            let job = queue.removeFirst()
            running = job.name
            condition.unlock()

            beforeJob(job.name)
            let result = job.run(ledger)

            condition.lock()
            mailbox.append(result)
            running = nil
            condition.broadcast()
            condition.unlock()
            posted()
        }
    }
}
