/// A screen the Desk can show frames on and read keys from: ``CursesTerminal`` for
/// people, ``VirtualTerminal`` for tests.
///
/// The Desk's loop: `readKey(timeoutMilliseconds: 50)`, update state, build a
/// ``ScreenBuffer`` of ``size`` and `present` it. On ``Key/resize`` read ``size`` again;
/// on `.ctrl("z")` call ``suspend()``; on the way out call ``shutdown()``.
/// Backends are used from one thread only (ncurses is not thread-safe).
public protocol TerminalBackend: AnyObject {
    /// The terminal's size now.
    var size: TerminalSize { get }
    /// How many colours the terminal shows; pass it to ``ThemeLoader``.
    var colorDepth: ColorDepth { get }
    /// The theme frames are drawn with; setting it redraws everything on the next present.
    var theme: Theme { get set }
    /// Bytes sent to the terminal so far, when the backend can count them.
    var bytesWritten: Int? { get }

    /// Shows a frame: sends only the cells that changed since the last one, then puts the
    /// real cursor at `buffer.cursor` (visible) or hides it when that is nil.
    func present(_ buffer: ScreenBuffer)
    /// The next key, waiting at most `timeoutMilliseconds` (0: do not wait; negative:
    /// wait forever); nil when none came.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// C-z: gives the terminal back to the shell and stops the process; when the shell
    /// resumes it, takes the terminal again and queues ``Key/resize`` so the Desk redraws.
    func suspend()
    /// Gives the terminal to another program (an editor) while `body` runs, then takes it
    /// back and redraws everything on the next present.
    func release(while body: () -> Void)
    /// Restores the terminal as it was. Safe to call more than once.
    func shutdown()
}
