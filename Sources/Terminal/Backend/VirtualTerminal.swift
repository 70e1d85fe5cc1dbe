/// A terminal in memory, for tests: it keeps the last frame as text and roles, plays a
/// script of keys, can be resized, and writes real escape sequences into a byte buffer
/// so tests can measure bytes per frame and check that no control byte from the data
/// gets out.
///
/// ```swift
/// let terminal = VirtualTerminal(width: 80, height: 24)
/// terminal.type("Đề xuất")
/// terminal.enqueue(.enter)
/// desk.run(until: .idle, on: terminal)
/// #expect(terminal.snapshot().text.contains("Đề xuất"))
/// ```
public final class VirtualTerminal: TerminalBackend {
    /// The text and role map of a frame, as golden snapshot files hold them.
    public struct Snapshot: Equatable, Sendable {
        /// One line per row, trailing spaces trimmed, joined with "\n".
        public var text: String
        /// ``ScreenBuffer/roleSnapshot(ignoring:)`` of the frame.
        public var roles: String
    }

    public private(set) var size: TerminalSize
    public var colorDepth: ColorDepth
    public var theme: Theme {
        didSet {
            reducedTheme = theme.reduced(to: colorDepth)
            lastFrame = nil
        }
    }
    /// The last frame presented.
    public private(set) var lastFrame: ScreenBuffer?
    /// Every byte written so far (cleared by ``resetOutput()``).
    public private(set) var output: [UInt8] = []
    /// Bytes written by the last ``present(_:)``.
    public private(set) var lastFrameBytes = 0
    /// How many frames were presented.
    public private(set) var frameCount = 0
    /// How many times ``suspend()`` ran.
    public private(set) var suspendCount = 0
    /// Whether ``shutdown()`` ran.
    public private(set) var isShutDown = false
    public var bytesWritten: Int? { totalBytes }

    private var totalBytes = 0
    private var keys: [Key] = []
    private var keyIndex = 0
    private var decoder = KeyDecoder()
    private var writer = ANSIWriter()
    private var reducedTheme: Theme

    public init(width: Int = 80, height: Int = 24, theme: Theme = .builtInDefault, colorDepth: ColorDepth = .indexed256) {
        self.size = TerminalSize(width: width, height: height)
        self.colorDepth = colorDepth
        self.theme = theme
        self.reducedTheme = theme.reduced(to: colorDepth)
    }

    // MARK: - Script

    /// Queues keys to be read.
    public func enqueue(_ keys: Key...) {
        self.keys += keys
    }

    /// Queues keys.
    public func enqueue(_ keys: [Key]) {
        self.keys += keys
    }

    /// Queues the raw input a terminal would send, decoded as ``CursesTerminal`` would
    /// (one burst, ending idle).
    public func enqueue(inputs: [KeyInput]) {
        keys += decoder.feed(inputs + [.idle])
    }

    /// Queues each grapheme of `text` as a typed ``Key/char(_:)``.
    public func type(_ text: String) {
        keys += text.map { Key.char($0) }
    }

    /// Changes the size and queues ``Key/resize``, as a real terminal would.
    public func resize(width: Int, height: Int) {
        size = TerminalSize(width: width, height: height)
        keys.append(.resize)
    }

    /// Keys not read yet.
    public var pendingKeys: Int { keys.count - keyIndex }

    // MARK: - TerminalBackend

    public func present(_ buffer: ScreenBuffer) {
        writer.reset()
        writer.draw(buffer, since: lastFrame, theme: reducedTheme)
        lastFrameBytes = writer.bytes.count
        totalBytes += writer.bytes.count
        output += writer.bytes
        lastFrame = buffer
        frameCount += 1
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard keyIndex < keys.count else { return nil }
        defer { keyIndex += 1 }
        return keys[keyIndex]
    }

    public func suspend() {
        suspendCount += 1
        lastFrame = nil
        writer.invalidate()
        keys.append(.resize)
    }

    /// How many times ``release(while:)`` ran.
    public private(set) var releaseCount = 0

    public func release(while body: () -> Void) {
        releaseCount += 1
        body()
        lastFrame = nil
    }

    public func shutdown() {
        isShutDown = true
    }

    // MARK: - Reading it back

    /// The last frame as text and roles (empty before the first frame).
    public func snapshot(ignoringRoles ignored: Set<StyleRole> = [.normal]) -> Snapshot {
        guard let frame = lastFrame else { return Snapshot(text: "", roles: "") }
        return Snapshot(text: frame.text().joined(separator: "\n"), roles: frame.roleSnapshot(ignoring: ignored))
    }

    /// Forgets the bytes written so far (the counters keep counting).
    public func resetOutput() {
        output.removeAll()
    }
}
