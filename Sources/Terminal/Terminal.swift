/// The Terminal layer: what the screen is made of (cells of graphemes with a style role),
/// how wide text is, how keys arrive, and the two backends that show a frame: ncursesw for
/// people and a virtual screen for tests.
public enum TerminalInfo {
    public static let name = "Terminal"
}
