// Reproducible randomness for the network: the same cluster and seed give the same graph anywhere.

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, and good enough to expand a cluster.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SplitMix64.mix(state)
  }

  /// The SplitMix64 finaliser; also used on its own to spread seeds.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A double in [0, 1) from the top 53 bits.
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A whole number in 0..<bound (bound > 0), by multiply-shift: the bias is below 2⁻³² for
  /// any bound a cluster can have, far under the sampling noise it would hide in.
  mutating func below(_ bound: Int) -> Int {
    Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
  }
}

enum StableHash {
  /// FNV-1a over the UTF-8 bytes of the parts, with a separator that names cannot contain.
  /// Swift's `Hasher` is seeded per process, so it cannot give reproducible graphs.
  static func of(_ parts: [String]) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for (i, part) in parts.enumerated() {
      if i > 0 {
        h ^= 0x1F
        h &*= 0x0000_0100_0000_01B3
      }
      for byte in part.utf8 {
        h ^= UInt64(byte)
        h &*= 0x0000_0100_0000_01B3
      }
    }
    return h
  }

  /// A generator for one purpose (a link, a sample), independent of every other purpose: adding
  /// a link to a cluster does not reshuffle the expansion of the others.
  static func generator(seed: UInt64, _ parts: [String]) -> SplitMix64 {
    SplitMix64(seed: SplitMix64.mix(seed ^ SplitMix64.mix(of(parts))))
  }
}

/// The natural logarithm of a positive finite number, in plain arithmetic. The module stays free
/// of Foundation, and a C library's `log` may round differently across platforms, which would
/// change the skips of the geometric sampler and so the graph.
func naturalLog(_ x: Double) -> Double {
  guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
  var m = x.significand  // in [1, 2)
  var e = Double(Int(x.exponent))
  if m > 1.4142135623730951 {
    m *= 0.5
    e += 1
  }
  // log m = 2·atanh(s) with s = (m − 1)/(m + 1), |s| ≤ 0.172: eleven terms reach double precision.
  let s = (m - 1) / (m + 1)
  let s2 = s * s
  var series = 1.0 / 23
  var k = 21.0
  while k >= 1 {
    series = series * s2 + 1 / k
    k -= 2
  }
  return e * 0.6931471805599453 + 2 * s * series
}
