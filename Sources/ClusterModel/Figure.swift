// How the model writes figures in its evidence: shares and scores drawn from assumed inputs with
// two significant figures (principle 9, honest precision); declared amounts as declared.

public enum Figure {
  /// `x` rounded to `digits` significant figures, written without an exponent:
  /// 0.679 → "0.68", 252264.678 → "250000", 10.14 → "10", 0.0986 → "0.099".
  public static func approx(_ x: Double, digits: Int = 2) -> String {
    guard x.isFinite else { return x.isNaN ? "—" : (x > 0 ? "∞" : "-∞") }
    if x == 0 { return "0" }
    let sign = x < 0 ? "-" : ""
    var magnitude = abs(x)
    // The power of ten of the leading digit.
    var exponent = 0
    while magnitude >= 10 {
      magnitude /= 10
      exponent += 1
    }
    while magnitude < 1 {
      magnitude *= 10
      exponent -= 1
    }
    var scale = 1.0
    for _ in 1..<max(1, digits) { scale *= 10 }
    var mantissa = Int((magnitude * scale).rounded())
    var shift = exponent - (digits - 1)
    if Double(mantissa) >= scale * 10 {
      mantissa /= 10
      shift += 1
    }
    // Trailing zeros of the mantissa move into the exponent: "0.5" rather than "0.50".
    while mantissa % 10 == 0, mantissa != 0, shift < 0 {
      mantissa /= 10
      shift += 1
    }
    let digitsText = String(mantissa)
    if shift >= 0 { return sign + digitsText + String(repeating: "0", count: shift) }
    let places = -shift
    if digitsText.count > places {
      let cut = digitsText.index(digitsText.endIndex, offsetBy: -places)
      return sign + digitsText[..<cut] + "." + digitsText[cut...]
    }
    return sign + "0." + String(repeating: "0", count: places - digitsText.count) + digitsText
  }

  /// A share as a percentage with two significant figures: 0.679 → "68%", 1 → "100%".
  public static func share(_ x: Double) -> String {
    approx(x * 100) + "%"
  }

  /// A signed share: −0.3 → "−30%", 0.1 → "+10%".
  public static func signedShare(_ x: Double) -> String {
    (x < 0 ? "−" : "+") + share(abs(x))
  }

  /// A score from 0 to 1 with two significant figures.
  public static func score(_ x: Double) -> String { approx(x) }

  /// A number as declared: whole numbers exactly, others to two decimals.
  static func number(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    let scaled = (x * 100).rounded() / 100
    return scaled == scaled.rounded() ? String(Int64(scaled)) : "\(scaled)"
  }

  /// Money in the unit that reads best, to two decimals of it (declared amounts read as typed).
  static func money(_ x: Double) -> String {
    let a = abs(x)
    if a >= 1e9 { return number((x / 1e7).rounded() / 100) + " busd" }
    if a >= 1e6 { return number((x / 1e4).rounded() / 100) + " musd" }
    if a >= 1e3 { return number((x / 10).rounded() / 100) + " kusd" }
    return number(x) + " usd"
  }

  static func list(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.joined(separator: ", ")
  }

  /// "a, b and c"
  static func and(_ names: [String]) -> String {
    names.count <= 1 ? (names.first ?? "") : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
  }

  /// "1 link", "2 links"
  static func count(_ n: Int, _ noun: String) -> String {
    if n == 1 { return "1 \(noun)" }
    if noun.hasSuffix("ium") { return "\(n) \(noun.dropLast(2))a" }
    return "\(n) \(noun)s"
  }
}

extension String {
  var nonEmpty: String? { isEmpty ? nil : self }
}
