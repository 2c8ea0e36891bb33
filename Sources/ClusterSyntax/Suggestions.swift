// "Did you mean …?": the nearest candidate to a misspelt word, by restricted Damerau–Levenshtein.

public enum Suggestions {
  /// The edit distance between two words in half-units: a case-only change costs 1 (half an
  /// edit), any other insertion, deletion, substitution or adjacent transposition costs 2.
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    // Strip the common prefix and suffix first: they never change the distance.
    var lo = 0
    while lo < x.count, lo < y.count, x[lo] == y[lo] { lo += 1 }
    var hx = x.count
    var hy = y.count
    while hx > lo, hy > lo, x[hx - 1] == y[hy - 1] {
      hx -= 1
      hy -= 1
    }
    let s = Array(x[lo..<hx])
    let t = Array(y[lo..<hy])
    if s.isEmpty { return t.count * 2 }
    if t.isEmpty { return s.count * 2 }
    func cost(_ p: Unicode.Scalar, _ q: Unicode.Scalar) -> Int {
      if p == q { return 0 }
      return p.properties.lowercaseMapping == q.properties.lowercaseMapping ? 1 : 2
    }
    var previous2 = [Int](repeating: 0, count: t.count + 1)
    var previous = (0...t.count).map { $0 * 2 }
    var current = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
      current[0] = i * 2
      for j in 1...t.count {
        var best = min(previous[j] + 2, current[j - 1] + 2, previous[j - 1] + cost(s[i - 1], t[j - 1]))
        if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
          best = min(best, previous2[j - 2] + 2)
        }
        current[j] = best
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[t.count]
  }

  /// The largest distance (in half-units) at which `candidate` is still offered for `typed`:
  /// GCC's rule, a third of the longer word.
  static func cutoff(_ typed: String, _ candidate: String) -> Int? {
    let a = typed.unicodeScalars.count
    let b = candidate.unicodeScalars.count
    let longest = max(a, b)
    if longest <= 1 || a <= 2 { return nil }
    let edits = abs(a - b) <= 1 ? max(longest / 3, 1) : (longest + 2) / 3
    return edits * 2
  }

  /// The best candidate for `typed`, or nil when nothing is close. Ties keep the candidates'
  /// order, so callers list the likelier ones first and output stays deterministic.
  public static func best(for typed: String, among candidates: [String]) -> String? {
    if let exact = candidates.first(where: { $0.lowercased() == typed.lowercased() && $0 != typed }) {
      return exact
    }
    var best: (String, Int)?
    for candidate in candidates where candidate != typed {
      guard let limit = cutoff(typed, candidate) else { continue }
      let d = distance(typed, candidate)
      if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    if let best { return best.0 }
    // A name typed short: `Sinos` for `SinosShoes`.
    if typed.count >= 3, let longer = candidates.first(where: { $0.lowercased().hasPrefix(typed.lowercased()) }) {
      return longer
    }
    // Multi-word names typed in another order: `tools_machine` for `machine_tools`.
    let words = Set(typed.lowercased().split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "-" }))
    if words.count > 1 {
      return candidates.first {
        Set($0.lowercased().split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "-" })) == words
      }
    }
    return nil
  }

  /// A `help:` text for a misspelling: "did you mean `x`?", with the allowed values when few.
  public static func help(for typed: String, among candidates: [String], listUpTo limit: Int = 8) -> String? {
    let guess = best(for: typed, among: candidates)
    let allowed = candidates.count <= limit ? "allowed: " + candidates.joined(separator: ", ") : nil
    switch (guess, allowed) {
    case let (g?, a?): return "did you mean `\(g)`? (\(a))"
    case let (g?, nil): return "did you mean `\(g)`?"
    case let (nil, a?): return a
    default: return nil
    }
  }
}
