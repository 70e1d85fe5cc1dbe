import Crypto
import Foundation
import GRDB
import Procedure

/// A published chain head (mã kiểm tra): the sequence number of the last event and the
/// first 95 bits of its hash, in Crockford base32, with one check character, grouped by
/// four so that it can be copied by hand into meeting minutes or onto the notice board:
///
///     4711-7F3K-9QXA-M2CD-H8PW-6RT5
///
/// Whoever later holds the file can only make `verify --against` accept it by producing,
/// at that sequence number, a hash that agrees on those 95 bits: a second preimage of
/// SHA-256 truncated to 95 bits, about 2^95 attempts. Recomputing the whole chain after
/// an edit gives a different head, and cutting the tail removes the event the code names.
/// (docs/CHAIN.md, "Checkpoints".)
public struct ChainCheckpoint: Sendable, Hashable {
    public var seq: Int64
    /// The 19 base32 characters taken from the head hash.
    public var digest: String

    /// Crockford's base32: no I, L, O or U, so that nothing is misread by hand.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    static let hashCharacters = 19

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.digest = String(Self.base32(hexadecimal: hash).prefix(Self.hashCharacters))
    }

    init(seq: Int64, digest: String) {
        self.seq = seq
        self.digest = digest
    }

    /// The code as written: `SEQ-XXXX-XXXX-XXXX-XXXX-XXXC` (C the check character).
    public var code: String {
        let characters = Array(digest) + [Self.check(seq: seq, digest: digest)]
        var groups: [String] = []
        var index = 0
        while index < characters.count {
            groups.append(String(characters[index..<min(index + 4, characters.count)]))
            index += 4
        }
        return "\(seq)-" + groups.joined(separator: "-")
    }

    /// Reads a code as a person may have copied it: case, spaces and dashes do not
    /// matter, O reads as 0 and I or L as 1. Nil when it is not a code or its check
    /// character does not match (a copying mistake).
    public init?(code text: String) {
        // The sequence number is the digits before the first separator; the rest, with
        // its separators dropped, is the digest and the check character.
        let separators: Set<Character> = ["-", ".", " ", "\t"]
        let trimmed = text.uppercased().trimmingCharacters(in: .whitespaces).drop { $0 == "#" }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 18, let seq = Int64(digits), seq > 0,
              let next = trimmed.dropFirst(digits.count).first, separators.contains(next) else { return nil }
        var rest = Array(trimmed.dropFirst(digits.count).filter { !separators.contains($0) }).map { c -> Character in
            switch c {
            case "O": "0"
            case "I", "L": "1"
            default: c
            }
        }
        guard rest.count == Self.hashCharacters + 1, rest.allSatisfy({ Self.alphabet.contains($0) }) else { return nil }
        let check = rest.removeLast()
        let digest = String(rest)
        guard check == Self.check(seq: seq, digest: digest) else { return nil }
        self.init(seq: seq, digest: digest)
    }

    /// Whether a full hash is the one this code names.
    public func matches(hash: String) -> Bool {
        Self.base32(hexadecimal: hash).hasPrefix(digest)
    }

    /// One character over the sequence number and the digest, so that a mistyped code is
    /// reported as mistyped (31 in 32 single mistakes are caught) rather than as tampering.
    static func check(seq: Int64, digest: String) -> Character {
        let sum = SHA256.hash(data: Data("\(seq):\(digest)".utf8))
        return alphabet[Int(Array(sum)[0] & 31)]
    }

    static func base32(hexadecimal: String) -> String {
        var bytes: [UInt8] = []
        var high: UInt8?
        for c in hexadecimal.utf8 {
            let v: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = c - UInt8(ascii: "A") + 10
            default: continue
            }
            if let h = high {
                bytes.append(h << 4 | v)
                high = nil
            } else {
                high = v
            }
        }
        var out = ""
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
            buffer &= (1 << UInt32(bits)) - 1
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return out
    }
}

/// The head of the chain now: what `dexuat checkpoint` prints.
public struct ChainHead: Sendable, Hashable {
    public var checkpoint: ChainCheckpoint
    public var hash: String
    /// When the last event was recorded, in Vietnam (ISO 8601, +07:00).
    public var atLocal: String
}

/// How the file compares with a code written down earlier.
public enum CheckpointFinding: Sendable, Hashable {
    /// The event the code names is there, with the hash the code names.
    case matches
    /// The chain is shorter than it was when the code was written: its tail was cut.
    case truncated(lastSeq: Int64)
    /// The event at that number has another hash: the history up to it was rewritten
    /// (even if every hash after the edit was recomputed).
    case rewritten

    public var ok: Bool { self == .matches }

    public func message(_ code: ChainCheckpoint, _ language: Language) -> String {
        switch self {
        case .matches:
            LedgerText.matchesCheckpointHistoryUpEvent(code.code, code.seq)[language]
        case .truncated(let last):
            LedgerText.checkpointNamesEventButFile(code.code, code.seq, last)[language]
        case .rewritten:
            LedgerText.eventNoLongerHashHad(code.seq, code.code)[language]
        }
    }
}

extension Ledger {
    /// The current head of the chain.
    public func chainHead() throws -> ChainHead {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT seq, hash, at_local FROM event ORDER BY seq DESC LIMIT 1") else {
                throw LedgerError.badInput(LedgerText.noEventsMakeCheckpointYet)
            }
            let seq: Int64 = row["seq"], hash: String = row["hash"], at: String = row["at_local"]
            return ChainHead(checkpoint: ChainCheckpoint(seq: seq, hash: hash), hash: hash, atLocal: at)
        }
    }

    /// Compares the stored chain with a code written down earlier. Run it together with
    /// `verify()`: this says whether the head the code names is still there, `verify`
    /// whether every later event chains to it.
    public func compare(with code: ChainCheckpoint) throws -> CheckpointFinding {
        try read { db in
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM event") ?? 0
            guard let hash = try String.fetchOne(db, sql: "SELECT hash FROM event WHERE seq = ?", arguments: [code.seq]) else {
                return .truncated(lastSeq: last)
            }
            return code.matches(hash: hash) ? .matches : .rewritten
        }
    }
}
