// A small JSON writer: values in a fixed key order, so the same answer is the same bytes.

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

  private func write(into out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let x):
      if !x.isFinite {
        out += "null"
      } else if x == x.rounded(), abs(x) < 1e15 {
        out += String(Int64(x))
      } else {
        out += "\(x)"
      }
    case .string(let s): out += JSON.quote(s)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(into: &out, indent: indent + 1)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += close + "]"
    case .object(let entries):
      if entries.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (key, value)) in entries.enumerated() {
        out += pad + JSON.quote(key) + ": "
        value.write(into: &out, indent: indent + 1)
        out += i == entries.count - 1 ? "\n" : ",\n"
      }
      out += close + "}"
    }
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
