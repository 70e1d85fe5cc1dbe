/// The demo's own pseudo-random generator: SplitMix64, so that a seed gives the same
/// ward history on every platform and every Swift version (the standard library's
/// `random(in:using:)` algorithms are not promised to stay the same).
struct DemoRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one item of a larger run: the seed and the index are
    /// mixed, so proposal 41 does not depend on how proposals 0…40 used their streams.
    init(seed: UInt64, stream: UInt64) {
        var mixer = DemoRandom(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next() ^ stream
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (0 when the bound is not positive).
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in the closed range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A fraction in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element; the array must not be empty (every caller passes a literal list).
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// `count` distinct elements in their original order.
    mutating func pick<T>(_ count: Int, of items: [T]) -> [T] {
        var chosen = Array(repeating: false, count: items.count)
        var left = min(count, items.count)
        while left > 0 {
            let i = below(items.count)
            if !chosen[i] {
                chosen[i] = true
                left -= 1
            }
        }
        return items.indices.filter { chosen[$0] }.map { items[$0] }
    }

    /// An index drawn with the given weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var roll = below(total)
        for (i, weight) in weights.enumerated() {
            if roll < weight { return i }
            roll -= weight
        }
        return weights.count - 1
    }
}
