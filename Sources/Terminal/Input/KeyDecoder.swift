import Foundation

/// What a backend reads from the terminal, before decoding.
public enum KeyInput: Hashable, Sendable {
    /// One character read with `get_wch` (or one byte of an unknown sequence).
    case scalar(Unicode.Scalar)
    /// A function key the backend already recognised (curses `KEY_UP` → `.up`, …).
    case special(Key)
    /// Nothing more arrived within the short escape delay: the current burst is over.
    case idle
}

/// Turns the stream a backend reads into ``Key``s; pure, so every rule is unit-tested.
///
/// - `ESC` followed at once by a character is Alt+character; `ESC` followed by
///   ``KeyInput/idle`` is the Esc key (the backend waits only `ESCDELAY`, 25 ms).
/// - Bracketed paste, `ESC [ 2 0 0 ~ … ESC [ 2 0 1 ~`, becomes one ``Key/paste(_:)``:
///   whatever it holds (newlines, `ESC`, `q`) is text, never commands.
/// - C-a…C-z are ``Key/ctrl(_:)``, except C-i (Tab), C-h (Backspace), C-j and C-m
///   (Enter); DEL is Backspace.
/// - Combining marks that arrive right after a letter in the same burst (Telex and VNI
///   input methods may send NFD) are attached to it, and the letter is delivered in NFC.
///   So a printable character is held until the next input or the end of the burst.
/// - `ESC [` and `ESC O` sequences that curses did not recognise are decoded for the
///   arrows, Home/End, PgUp/PgDn, Ins/Del, F1–F12 and Shift-Tab; others are ``Key/unknown``.
///
/// ```swift
/// var decoder = KeyDecoder()
/// decoder.feed(.scalar("\u{1B}"))  // []
/// decoder.feed(.scalar("x"))       // []  (x may still get a combining mark)
/// decoder.feed(.idle)              // [.alt("x")]
/// ```
public struct KeyDecoder: Sendable {
    private enum State: Sendable {
        case ground
        case escape
        case sequence(introducer: Unicode.Scalar, parameters: String)
        case paste(text: String.UnicodeScalarView, idles: Int)
    }

    private var state: State = .ground
    /// A printable character waiting for possible combining marks.
    private var held: String?

    /// Longest paste kept, in scalars; the rest is dropped (a runaway paste must not
    /// eat all memory).
    public static let pasteLimit = 1_000_000
    /// How many idle reads in a row end a paste whose end marker never came.
    public static let pasteIdleLimit = 40

    private static let pasteStart = "200"
    private static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

    public init() {}

    /// Whether input is held that a following ``KeyInput/idle`` would turn into keys.
    /// The backend keeps reading (with a short timeout) while this is true.
    public var isPending: Bool {
        if held != nil { return true }
        if case .ground = state { return false }
        return true
    }

    /// Whether the decoder is waiting for the rest of an escape sequence or a paste, so
    /// the backend should wait `ESCDELAY` rather than not at all.
    public var isInsideSequence: Bool {
        if case .ground = state { return false }
        return true
    }

    /// Feeds one input and returns the keys it completes (often none or one).
    public mutating func feed(_ input: KeyInput) -> [Key] {
        var keys: [Key] = []
        switch state {
        case .paste(var text, let idles):
            switch input {
            case .scalar(let scalar):
                if text.count < Self.pasteLimit + Self.pasteEnd.count { text.append(scalar) }
                if text.count >= Self.pasteEnd.count && text.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd) {
                    text.removeLast(Self.pasteEnd.count)
                    state = .ground
                    keys.append(.paste(Self.cleanPaste(String(text))))
                } else {
                    state = .paste(text: text, idles: 0)
                }
            case .special(let key):
                // Curses may have matched a function-key sequence inside the paste.
                if key == .enter { text.append("\n") } else if key == .tab { text.append("\t") }
                state = .paste(text: text, idles: 0)
            case .idle:
                if idles + 1 >= Self.pasteIdleLimit {
                    state = .ground
                    keys.append(.paste(Self.cleanPaste(String(text))))
                } else {
                    state = .paste(text: text, idles: idles + 1)
                }
            }
            return keys
        case .escape:
            switch input {
            case .idle:
                flushHeld(into: &keys)
                state = .ground
                keys.append(.escape)
                return keys
            case .special(let key):
                state = .ground
                keys.append(.escape)
                keys.append(key)
                return keys
            case .scalar(let scalar):
                switch scalar {
                case "[", "O":
                    state = .sequence(introducer: scalar, parameters: "")
                    return keys
                case "\u{1B}":
                    keys.append(.escape)
                    return keys
                default:
                    state = .ground
                    if scalar.value >= 0x20 && scalar.value != 0x7F && !DisplayWidth.isControl(scalar) {
                        keys.append(.alt(Character(scalar)))
                    } else if scalar.value == 0x7F || scalar.value == 0x08 {
                        keys.append(.alt("\u{7F}"))
                    } else {
                        keys.append(.escape)
                        keys += feed(.scalar(scalar))
                    }
                    return keys
                }
            }
        case .sequence(let introducer, let parameters):
            switch input {
            case .idle:
                state = .ground
                // ESC [ or ESC O alone: Alt+[ or Alt+O; a broken sequence: unknown.
                keys.append(parameters.isEmpty ? .alt(Character(introducer)) : .unknown)
                return keys
            case .special(let key):
                state = .ground
                keys.append(.unknown)
                keys.append(key)
                return keys
            case .scalar(let scalar):
                let v = scalar.value
                if (0x30...0x3F).contains(v) || (0x20...0x2F).contains(v) {
                    if parameters.count > 32 {
                        state = .ground
                        keys.append(.unknown)
                    } else {
                        state = .sequence(introducer: introducer, parameters: parameters + String(scalar))
                    }
                    return keys
                }
                state = .ground
                if introducer == "[" && scalar == "~" && parameters == Self.pasteStart {
                    flushHeld(into: &keys)
                    state = .paste(text: String.UnicodeScalarView(), idles: 0)
                    return keys
                }
                if (0x40...0x7E).contains(v) {
                    flushHeld(into: &keys)
                    keys.append(Self.decodeSequence(introducer: introducer, parameters: parameters, final: scalar))
                } else {
                    keys.append(.unknown)
                    keys += feed(.scalar(scalar))
                }
                return keys
            }
        case .ground:
            break
        }

        switch input {
        case .idle:
            flushHeld(into: &keys)
        case .special(let key):
            flushHeld(into: &keys)
            keys.append(key)
        case .scalar(let scalar):
            if let base = held, DisplayWidth.isZeroWidth(scalar), !DisplayWidth.isControl(scalar) {
                // A combining mark (or a joiner) typed after a letter belongs to it.
                held = base + String(scalar)
                return keys
            }
            flushHeld(into: &keys)
            switch scalar.value {
            case 0x1B:
                state = .escape
            case 0x0D, 0x0A:
                keys.append(.enter)
            case 0x09:
                keys.append(.tab)
            case 0x08, 0x7F:
                keys.append(.backspace)
            case 0x00:
                keys.append(.ctrl(" "))
            case 0x01...0x1A:
                keys.append(.ctrl(Character(Unicode.Scalar(UInt8(0x60 + scalar.value)))))
            case 0x1C...0x1F:
                keys.append(.ctrl(Character(Unicode.Scalar(UInt8(0x40 + scalar.value)))))
            case 0x80...0x9F:
                keys.append(.unknown)
            default:
                held = String(scalar)
            }
        }
        return keys
    }

    /// Feeds several inputs in order.
    public mutating func feed(_ inputs: [KeyInput]) -> [Key] {
        inputs.flatMap { feed($0) }
    }

    private mutating func flushHeld(into keys: inout [Key]) {
        guard let text = held else { return }
        held = nil
        let normal = text.precomposedStringWithCanonicalMapping
        // Usually one grapheme; if the marks did not join, deliver each grapheme.
        for character in normal { keys.append(.char(character)) }
    }

    private static func cleanPaste(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var kept = String.UnicodeScalarView()
        for scalar in lines.unicodeScalars where scalar == "\n" || scalar == "\t" || !DisplayWidth.isControl(scalar) {
            kept.append(scalar)
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }

    private static func decodeSequence(introducer: Unicode.Scalar, parameters: String, final: Unicode.Scalar) -> Key {
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        case "~":
            let code = parameters.split(separator: ";").first.flatMap { Int($0) }
            switch code {
            case 1, 7: return .home
            case 2: return .insert
            case 3: return .delete
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 11, 12, 13, 14, 15: return .function((code ?? 0) - 10)
            case 17, 18, 19, 20, 21: return .function((code ?? 0) - 11)
            case 23, 24: return .function((code ?? 0) - 12)
            default: return .unknown
            }
        default:
            return .unknown
        }
    }
}
