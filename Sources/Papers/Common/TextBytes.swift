/// Bytes read from a file or standard input as UTF-8 text, never guessed: a file saved
/// as Windows-1258 or 1252 is refused with the line of its first byte that is not UTF-8,
/// not read in some other encoding.
public enum TextBytes {
    /// The text, or the line (1-based) of the first byte that is not UTF-8.
    public static func utf8(_ bytes: some Collection<UInt8>) -> Result<String, InvalidUTF8> {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0x0A { line += 1 }
            case .error:
                return .failure(InvalidUTF8(line: line))
            case .emptyInput:
                break loop
            }
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }
}

/// Text that is not UTF-8, and the line it stops being so on.
public struct InvalidUTF8: Error, Sendable, Hashable {
    public var line: Int
}
