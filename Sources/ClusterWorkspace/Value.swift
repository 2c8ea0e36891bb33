// Checked values: what attributes hold and expressions compute, with units resolved.

import ClusterSyntax

/// What a number measures; arithmetic and comparison check that dimensions agree.
public enum Dimension: Sendable, Equatable {
  case number
  case money
  case duration
  /// Output per month, of `item` (`garments`).
  case rate(item: String)

  public var description: String {
    switch self {
    case .number: return "a plain number"
    case .money: return "money"
    case .duration: return "years"
    case .rate(let item): return "\(item)/month"
    }
  }
}

/// A value held by an attribute, a variable or computed by an expression.
public indirect enum Value: Sendable {
  /// A number in base units (US dollars, years, items per month, fractions for shares), with
  /// the literal it was written as, so it prints back unchanged.
  case number(Double, Dimension, written: WrittenNumber?)
  case text(String)
  case word(String)
  case bool(Bool)
  case list([Value])
  case map([MapEntry])
  /// An actor of the current cluster.
  case entity(String)
  /// A span of years, first and last included: `1995 to 2005` (the checker keeps them in order).
  case span(Int, Int)
  /// An attribute that is not set.
  case nothing

  public static func plain(_ x: Double) -> Value { .number(x, .number, written: nil) }
  public static func money(_ x: Double) -> Value { .number(x, .money, written: nil) }
}

/// One `key: value` of a map value.
public struct MapEntry: Sendable {
  public let key: String
  public let value: Value
  public init(key: String, value: Value) {
    self.key = key
    self.value = value
  }
}

/// A number as the user wrote it.
public struct WrittenNumber: Sendable, Equatable {
  public let digits: String
  public let unit: UnitSyntax
  public init(digits: String, unit: UnitSyntax) {
    self.digits = digits
    self.unit = unit
  }
}

public enum Units {
  /// The scale of a money unit in US dollars.
  public static func moneyScale(_ word: String) -> Double? {
    switch word {
    case "usd": return 1
    case "kusd": return 1e3
    case "musd": return 1e6
    case "busd": return 1e9
    default: return nil
    }
  }

  /// Converts a literal to its base value and dimension.
  public static func resolve(_ n: NumberLiteral) -> (Double, Dimension) {
    let x = n.magnitude
    switch n.unit {
    case .none: return (x, .number)
    case .percent: return (x / 100, .number)
    case .word(let w):
      if let scale = moneyScale(w) { return (x * scale, .money) }
      return (x, .duration)
    case .rate(let item, let per): return (per == "year" ? x / 12 : x, .rate(item: item))
    }
  }
}

extension Value {
  /// The literal to print for a value; computed numbers get a readable unit.
  public var syntax: ValueSyntax? { syntax(at: Value.emptySpan) }

  /// The literal for a value, placed at `span` (where the expression it was computed from was
  /// written, so a check of it points there).
  public func syntax(at span: SourceSpan) -> ValueSyntax? {
    switch self {
    case .number(let x, let dimension, let written):
      let w = written ?? Value.write(x, dimension)
      return .number(NumberLiteral(digits: w.digits, unit: w.unit, span: span))
    case .text(let s): return .string(s, span)
    case .word(let w), .entity(let w): return .word(Name(w, span: span))
    case .bool(let b): return .bool(b, span)
    case .list(let items): return .list(items.compactMap { $0.syntax(at: span) }, span)
    case .map(let entries):
      return .map(entries.compactMap { e in e.value.syntax(at: span).map { (Name(e.key, span: span), $0) } }, span)
    case .span(let first, let last):
      return .span(
        NumberLiteral(digits: String(first), unit: .none, span: span),
        NumberLiteral(digits: String(last), unit: .none, span: span), span)
    case .nothing: return nil
    }
  }

  /// A computed number written exactly, in the base unit of its dimension.
  static func write(_ x: Double, _ dimension: Dimension) -> WrittenNumber {
    let digits = Value.exactDigits(x)
    switch dimension {
    case .number: return WrittenNumber(digits: digits, unit: .none)
    case .money: return WrittenNumber(digits: digits, unit: .word("usd"))
    case .duration: return WrittenNumber(digits: digits, unit: .word("years"))
    case .rate(let item): return WrittenNumber(digits: digits, unit: .rate(item: item, per: "month"))
    }
  }

  /// Plain decimal digits that read back as the same double (no exponent: the lexer has none).
  public static func exactDigits(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    let text = "\(x)"
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
    // Expand `m e k` into positional digits.
    let mantissa = String(text[..<e])
    let exponent = Int(text[text.index(after: e)...]) ?? 0
    let negative = mantissa.hasPrefix("-")
    let unsigned = negative ? String(mantissa.dropFirst()) : mantissa
    let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = whole + fraction
    var point = whole.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: -point + 1) + digits
      point = 1
    } else if point > digits.count {
      digits += String(repeating: "0", count: point - digits.count)
    }
    var out = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    while out.hasSuffix("0") { out.removeLast() }
    if out.hasSuffix(".") { out.removeLast() }
    return (negative ? "-" : "") + out
  }

  /// `display` cut to `limit` characters with `…`: values quoted in error messages, where a
  /// hostile 10 MB string must not become a 10 MB message.
  /// Two values as an error quotes them: as they display, unless they display alike but
  /// differ, and then numbers in the shortest form that reads back as the same number
  /// (`0.30000000000000004` against `0.3`), money in usd.
  public static func distinguished(_ a: Value, _ b: Value) -> (String, String) {
    guard a.display == b.display, case .number(let x, let dx, _) = a, case .number(let y, let dy, _) = b, x != y else {
      return (a.display, b.display)
    }
    func exact(_ v: Double, _ d: Dimension) -> String { "\(v)" + (d == .money ? " usd" : "") }
    return (exact(x, dx), exact(y, dy))
  }

  public func brief(_ limit: Int = 80) -> String {
    Value.brief(display, limit)
  }

  public static func brief(_ text: String, _ limit: Int = 80) -> String {
    text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
  }

  /// How a value reads in tables and `print`: money in the largest fitting unit.
  public var display: String {
    switch self {
    case .number(let x, let dimension, let written):
      if let written { return Printer.number(NumberLiteral(digits: written.digits, unit: written.unit, span: Value.emptySpan)) }
      return Value.format(x, dimension)
    case .text(let s): return s
    case .word(let w), .entity(let w): return w
    case .bool(let b): return b ? "true" : "false"
    case .list(let items): return "[" + items.map(\.display).joined(separator: ", ") + "]"
    case .map(let entries): return "{ " + entries.map { "\($0.key): \($0.value.display)" }.joined(separator: ", ") + " }"
    case .span(let first, let last): return "\(first) to \(last)"
    case .nothing: return "(not set)"
    }
  }

  public static let emptySpan = SourceSpan(file: SourceFile(name: "<canonical>", text: ""), range: 0..<0)

  /// A computed number for people: grouped thousands, at most three decimals.
  public static func format(_ x: Double, _ dimension: Dimension) -> String {
    switch dimension {
    case .money:
      let a = abs(x)
      if a >= 1e9 { return decimal(x / 1e9) + " busd" }
      if a >= 1e6 { return decimal(x / 1e6) + " musd" }
      if a >= 1e3 { return decimal(x / 1e3) + " kusd" }
      return decimal(x) + " usd"
    case .number: return decimal(x)
    case .duration: return decimal(x) + " years"
    case .rate(let item): return decimal(x) + " \(item)/month"
    }
  }

  /// Money with three significant figures, for tables of trajectories: "126 musd", "1.12 busd".
  public static func shortMoney(_ x: Double) -> String {
    let a = abs(x)
    let (scaled, unit): (Double, String) =
      a >= 1e9 ? (x / 1e9, "busd") : a >= 1e6 ? (x / 1e6, "musd") : a >= 1e3 ? (x / 1e3, "kusd") : (x.rounded(), "usd")
    let magnitude = abs(scaled)
    let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2
    var factor = 1.0
    for _ in 0..<decimals { factor *= 10 }
    return decimal((scaled * factor).rounded() / factor) + " " + unit
  }

  /// At most three decimals, trailing zeros removed; no exponent below 1e15.
  public static func decimal(_ x: Double) -> String {
    guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "infinity" : "-infinity") }
    if abs(x) >= 1e15 { return exactDigits(x.rounded()) }
    let scaled = (x * 1000).rounded() / 1000
    if scaled == scaled.rounded() { return String(Int64(scaled)) }
    var text = exactDigits(scaled)
    if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 4 {
      text = String(text[...text.index(dot, offsetBy: 3)])
    }
    return text
  }
}

// MARK: - reading values

/// Typed reads of values for rules and reports: nil (or empty) when the value has another type.

extension Value {
  public var number: Double? {
    if case .number(let x, _, _) = self { return x }
    return nil
  }

  public var word: String? {
    switch self {
    case .word(let w), .text(let w): return w
    default: return nil
    }
  }

  public var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  public var name: String? {
    if case .entity(let n) = self { return n }
    return nil
  }

  public var words: [String] {
    if case .list(let items) = self { return items.compactMap { $0.word ?? $0.name } }
    return word.map { [$0] } ?? []
  }

  public var names: [String] {
    if case .list(let items) = self { return items.compactMap(\.name) }
    return name.map { [$0] } ?? []
  }

  public var entries: [MapEntry] {
    if case .map(let entries) = self { return entries }
    return []
  }

  /// The years of a span (`1995 to 2005`), or the one year of a year; nil for anything else.
  public var yearRange: ClosedRange<Int>? {
    switch self {
    case .span(let first, let last): return first <= last ? first...last : nil
    case .number(let x, _, _):
      guard x.isFinite, x == x.rounded(), abs(x) < 1e9 else { return nil }
      return Int(x)...Int(x)
    default: return nil
    }
  }
}
