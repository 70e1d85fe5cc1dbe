/// Why a theme file could not be used, with where: `"Themes/x.toml:12: unknown colour …"`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form editors and compilers use.
    public var description: String { "\(file):\(line): \(message)" }
}
