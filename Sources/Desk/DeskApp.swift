import Foundation
import Ledger
import Procedure
import Terminal

/// The Desk's loop, and nothing else: it turns keys, the clock and the worker's results
/// into messages for `DeskUpdate.update`, hands the effects to the background worker (or,
/// for $EDITOR and C-z, to the terminal), and draws a frame from the state when something
/// changed. It holds no board's state: `state` is the whole Desk.
public final class DeskApp {
    public let ledger: Ledger
    public let backend: any TerminalBackend
    public internal(set) var state: DeskState
    let worker: EffectWorker
    /// Jobs held until the frame being made is presented (`LedgerJob.afterFrame`).
    var afterFrame: [LedgerJob] = []
    /// Runs the officer's $EDITOR on a text and returns the edited text (nil: unchanged).
    let editText: @Sendable (String) -> String?
    let now: @Sendable () -> Date

    /// - Parameters:
    ///   - beforeJob: called on the worker before each job (a test slows a job with it).
    ///   - bars: how bar charts are drawn; nil: from the environment and the terminal's theme.
    public init(ledger: Ledger, backend: any TerminalBackend, officer: String, played: Bool, language: Language,
                forms: FormProvider, chooser: [Chooser.Choice]? = nil, bars: BarStyle? = nil,
                editText: @escaping @Sendable (String) -> String? = { _ in nil },
                now: @escaping @Sendable () -> Date = { Date() },
                beforeJob: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.ledger = ledger
        self.backend = backend
        self.editText = editText
        self.now = now
        // The reference data is read once before the first frame; afterwards on the worker.
        let reference = try Reference.read(ledger)
        state = DeskState(size: backend.size, language: language, officer: officer, reference: reference, now: now())
        state.forms = forms
        state.played = played
        state.bars = bars ?? BarStyle.detect(environment: ProcessInfo.processInfo.environment,
                                             monochrome: backend.theme.name == "monochrome" || backend.colorDepth == .monochrome)
        state.changeToken = (try? ledger.changeToken()) ?? -1
        worker = EffectWorker(ledger: ledger, beforeJob: beforeJob)
        GlobalCommands.describeOfficer(&state)
        if let chooser, !chooser.isEmpty {
            state.overlays.append(.chooser(Chooser(choices: chooser)))
        }
        var proposals = state.proposals
        let actions = proposals.reload(state, keeping: nil)
        state.proposals = proposals
        var effects: [DeskEffect] = []
        DeskUpdate.apply(actions, from: .arrival, &state, &effects)
        send(.tick(now()))
        run(effects)
    }

    deinit { worker.stop() }

    // MARK: - The loop

    /// Runs until the officer quits; restores the terminal on the way out.
    public func run() {
        defer { backend.shutdown() }
        backend.present(render())
        while !state.quitting {
            step(timeoutMilliseconds: 30)
        }
    }

    /// How long the loop waits, after a key, for the proposal it selected before drawing
    /// the frame: a read of one proposal takes about a millisecond, so the frame after a
    /// line move shows the new proposal at once, drawn over the old one (only the cells
    /// that differ are sent), instead of a "loading" frame that blanks both panes and a
    /// second frame that paints them again. A slower read shows "loading" after this.
    static let detailWaitSeconds: TimeInterval = 0.05

    /// One turn of the loop: the keys typed, the worker's results, the clock; a frame when
    /// something changed. Returns whether a frame was presented.
    @discardableResult
    func step(timeoutMilliseconds: Int) -> Bool {
        var changed = false
        if let key = backend.readKey(timeoutMilliseconds: timeoutMilliseconds) {
            send(.key(key == .resize ? .resize : key), resize: key == .resize)
            changed = true
            // Keys already typed (a held key over a slow link) are handled before the
            // next frame: frames the officer could never see are not sent.
            var more = 0
            while more < 64, !state.quitting, let next = backend.readKey(timeoutMilliseconds: 0) {
                send(.key(next), resize: next == .resize)
                more += 1
            }
            // The proposal the keys selected, briefly waited for (see detailWaitSeconds).
            let deadline = Date().addingTimeInterval(Self.detailWaitSeconds)
            let awaited = DeskUpdate.awaitedJobs(state)
            submitAfterFrame { awaited.contains($0.name) }
            for job in awaited {
                worker.waitFor(job, timeout: max(0, deadline.timeIntervalSinceNow))
            }
        }
        // The worker's results, and the clock: never waited for (but the detail above).
        for message in worker.take() {
            if DeskUpdate.changesScreen(message, state) { changed = true }
            send(message)
        }
        let clock = state.clock
        send(.tick(now()))
        if state.clock != clock { changed = true }
        guard changed && !state.quitting else {
            submitAfterFrame()
            return false
        }
        backend.present(render())
        submitAfterFrame()
        return true
    }

    /// Hands the held jobs (all, or those `which` names) to the worker.
    func submitAfterFrame(_ which: (LedgerJob) -> Bool = { _ in true }) {
        guard !afterFrame.isEmpty else { return }
        for job in afterFrame where which(job) { worker.submit(job) }
        afterFrame.removeAll(where: which)
    }

    /// Handles every queued key, lets the worker finish what they asked, applies the results
    /// and presents a frame: for tests and scripts.
    public func runUntilIdle() {
        // What was asked before (the first page) arrives before the next key.
        settle()
        while !state.quitting, let key = backend.readKey(timeoutMilliseconds: 0) {
            send(.key(key), resize: key == .resize)
            settle()
        }
        send(.tick(now()))
        settle()
        backend.present(render())
    }

    /// Waits for the worker and applies its results until nothing is left to do.
    func settle() {
        for _ in 0..<50 {
            submitAfterFrame()
            worker.waitUntilDone()
            let results = worker.take()
            if results.isEmpty && worker.isIdle && afterFrame.isEmpty { return }
            for message in results { send(message) }
        }
    }

    /// One message through the update; its effects carried out.
    public func send(_ message: DeskMessage, resize: Bool = false) {
        if resize {
            run(DeskUpdate.update(&state, .resized(backend.size)))
            return
        }
        run(DeskUpdate.update(&state, message))
    }

    func run(_ effects: [DeskEffect]) {
        for effect in effects {
            switch effect {
            case .job(let job) where job.afterFrame:
                afterFrame.append(job)
            case .job(let job):
                worker.submit(job)
            case .suspend:
                backend.suspend()
            case .editText(let form, let field, let text):
                var edited: String?
                let edit = editText
                backend.release { edited = edit(text) }
                send(.edited(form: form, field: field, text: edited))
            }
        }
    }

    /// Looks for other officers' changes (at once with `force`, else only when the poll
    /// interval has passed), waits for what follows, and says whether there were any.
    @discardableResult
    public func poll(force: Bool = false) -> Bool {
        if force { state.lastPoll = .distantPast }
        let before = state.changeToken
        send(.tick(now()))
        settle()
        return state.changeToken != before
    }

    /// Applies actions as if a component had returned them, and carries out their effects.
    public func apply(_ actions: [DeskAction]) {
        var effects: [DeskEffect] = []
        DeskUpdate.apply(actions, from: .arrival, &state, &effects)
        DeskUpdate.layout(&state)
        run(effects)
    }

    // MARK: - Drawing

    /// The frame for the current state. Drawing never changes state.
    public func render() -> ScreenBuffer {
        DeskRenderer.render(state)
    }

    /// Puts a message in the message area (e.g. a theme file that could not be read).
    public func announce(_ text: String, kind: StatusMessage.Kind) {
        var effects: [DeskEffect] = []
        DeskUpdate.apply([.say(Localized(vi: text, en: text), kind)], from: .arrival, &state, &effects)
        run(effects)
    }
}

/// Draws a frame from the state: the board, the overlays in order, the status lines.
public enum DeskRenderer {
    public static func render(_ state: DeskState) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        buffer.cursor = nil
        if state.isTooSmall {
            drawTooSmall(state, into: &buffer)
            return buffer
        }
        let body = DeskLayout.body(for: state)
        state.currentBoard.draw(state, in: body, into: &buffer)
        StatusBar.draw(state, into: &buffer)
        for overlay in state.overlays {
            overlay.component.draw(state, in: body, into: &buffer)
        }
        return buffer
    }

    static func drawTooSmall(_ state: DeskState, into buffer: inout ScreenBuffer) {
        let lines = DeskText.tooSmall(state.size.width, state.size.height).map { $0[state.language] }
        for (index, line) in lines.enumerated() where index < state.size.height {
            buffer.put(DisplayWidth.truncate(line, to: state.size.width), at: 0, y: index, role: index == 0 ? .statusWarning : .normal)
        }
    }
}
