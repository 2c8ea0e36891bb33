// A small JSON writer: values in a fixed key order, so the same answer is the same bytes;
// pretty for people (`as json`), or one value a line for the stream of `--format json`.

/// A JSON value whose objects keep the order their keys were given in.
enum JSON {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  static func number(_ x: Double?) -> JSON { x.map { .number($0) } ?? .null }
  static func string(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }
  static func strings(_ items: [String]) -> JSON { .array(items.map { .string($0) }) }

  /// Pretty-printed with two-space indentation and a final newline.
  var text: String {
    var out = ""
    write(into: &out, indent: 0)
    return out + "\n"
  }

  /// On one line, without spaces, and a final newline: one record of the JSON stream
  /// (`--format json`), which line-oriented tools (`jq`, `while read`) take a line at a time.
  /// Strings escape their line breaks, so no record spans two lines.
  var line: String {
    var out = ""
    write(into: &out, indent: nil)
    return out + "\n"
  }

  /// Writes the value; `indent` is the depth when pretty-printing, nil on one line. Both forms
  /// share the rules for numbers (`numberText(_:)`) and strings (`quote(_:)`).
  private func write(into out: inout String, indent: Int?) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let x): out += JSON.numberText(x)
    case .string(let s): out += JSON.quote(s)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      guard let indent else {
        out += "["
        for (i, item) in items.enumerated() {
          if i > 0 { out += "," }
          item.write(into: &out, indent: nil)
        }
        out += "]"
        return
      }
      let pad = String(repeating: "  ", count: indent + 1)
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(into: &out, indent: indent + 1)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let entries):
      if entries.isEmpty {
        out += "{}"
        return
      }
      guard let indent else {
        out += "{"
        for (i, (key, value)) in entries.enumerated() {
          if i > 0 { out += "," }
          out += JSON.quote(key) + ":"
          value.write(into: &out, indent: nil)
        }
        out += "}"
        return
      }
      let pad = String(repeating: "  ", count: indent + 1)
      out += "{\n"
      for (i, (key, value)) in entries.enumerated() {
        out += pad + JSON.quote(key) + ": "
        value.write(into: &out, indent: indent + 1)
        out += i == entries.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// A number as JSON writes it: whole numbers below 10^15 without a decimal point, others
  /// in the shortest form that reads back the same, and `null` for what is not finite (JSON
  /// has no NaN or infinity).
  static func numberText(_ x: Double) -> String {
    if !x.isFinite { return "null" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
  }

  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
