// Readers the export tests check files with, strict and independent of the writers: a JSON
// parser and a validator for the part of JSON Schema docs/export.schema.json uses, an RFC 4180
// CSV reader, and an XML well-formedness check (Foundation's XMLParser).

import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed JSON value that keeps booleans apart from numbers.
indirect enum JSONValue: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .number: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }
}

struct JSONReadError: Error, CustomStringConvertible {
  let description: String
}

/// A strict JSON parser (RFC 8259): no trailing commas, no comments, one value.
struct JSONReader {
  private let bytes: [UInt8]
  private var i = 0

  static func parse(_ text: String) throws -> JSONValue {
    var reader = JSONReader(bytes: Array(text.utf8))
    let value = try reader.value()
    reader.space()
    guard reader.i == reader.bytes.count else { throw JSONReadError(description: "text after the value at \(reader.i)") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private mutating func space() {
    while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
  }

  private mutating func literal(_ word: String, _ value: JSONValue) throws -> JSONValue {
    let w = Array(word.utf8)
    guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw JSONReadError(description: "bad literal at \(i)") }
    i += w.count
    return value
  }

  private mutating func value() throws -> JSONValue {
    space()
    guard i < bytes.count else { throw JSONReadError(description: "unexpected end") }
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      var object: [String: JSONValue] = [:]
      space()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return .object(object)
      }
      while true {
        space()
        guard case .string(let key) = try value() else { throw JSONReadError(description: "key expected at \(i)") }
        space()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw JSONReadError(description: "':' expected at \(i)") }
        i += 1
        guard object[key] == nil else { throw JSONReadError(description: "duplicate key \(key)") }
        object[key] = try value()
        space()
        guard i < bytes.count else { throw JSONReadError(description: "unexpected end") }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        guard bytes[i] == UInt8(ascii: "}") else { throw JSONReadError(description: "'}' expected at \(i)") }
        i += 1
        return .object(object)
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [JSONValue] = []
      space()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return .array(items)
      }
      while true {
        items.append(try value())
        space()
        guard i < bytes.count else { throw JSONReadError(description: "unexpected end") }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        guard bytes[i] == UInt8(ascii: "]") else { throw JSONReadError(description: "']' expected at \(i)") }
        i += 1
        return .array(items)
      }
    case UInt8(ascii: "\""):
      i += 1
      var scalars = String.UnicodeScalarView()
      var chunk: [UInt8] = []
      func flush() {
        scalars.append(contentsOf: String(decoding: chunk, as: UTF8.self).unicodeScalars)
        chunk.removeAll()
      }
      while i < bytes.count {
        let b = bytes[i]
        if b == UInt8(ascii: "\"") {
          i += 1
          flush()
          return .string(String(scalars))
        }
        guard b >= 0x20 else { throw JSONReadError(description: "control character in a string at \(i)") }
        if b == UInt8(ascii: "\\") {
          flush()
          i += 1
          guard i < bytes.count else { break }
          switch bytes[i] {
          case UInt8(ascii: "\""): scalars.append("\"")
          case UInt8(ascii: "\\"): scalars.append("\\")
          case UInt8(ascii: "/"): scalars.append("/")
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "b"): scalars.append("\u{8}")
          case UInt8(ascii: "f"): scalars.append("\u{C}")
          case UInt8(ascii: "u"):
            guard i + 4 < bytes.count, let code = UInt32(String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self), radix: 16),
              let scalar = Unicode.Scalar(code)
            else { throw JSONReadError(description: "bad \\u escape at \(i)") }
            scalars.append(scalar)
            i += 4
          default: throw JSONReadError(description: "bad escape at \(i)")
          }
          i += 1
        } else {
          chunk.append(b)
          i += 1
        }
      }
      throw JSONReadError(description: "unterminated string")
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    default:
      let start = i
      while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
      let text = String(decoding: bytes[start..<i], as: UTF8.self)
      guard !text.isEmpty, let x = Double(text), !text.hasPrefix("+"), !text.hasPrefix("."),
        !(text.hasPrefix("0") && text.count > 1 && text.dropFirst().first?.isNumber == true),
        !(text.hasPrefix("-0") && text.count > 2 && text.dropFirst(2).first?.isNumber == true)
      else { throw JSONReadError(description: "bad number '\(text)' at \(start)") }
      return .number(x)
    }
  }
}

/// Validates against the subset of JSON Schema (2020-12) the repository's schemas use: type,
/// properties, required, additionalProperties (false or a schema), items, minItems, maxItems,
/// enum, const, minimum, anyOf and local `$ref`s into `$defs`. Any other keyword is an error, so
/// a schema that grows past the subset cannot pass unchecked.
struct SchemaValidator {
  let root: JSONValue
  static let known: Set<String> = [
    "$schema", "$id", "$defs", "title", "description", "type", "properties", "required", "additionalProperties", "items",
    "minItems", "maxItems", "enum", "const", "minimum", "anyOf", "$ref",
  ]

  func validate(_ value: JSONValue) -> [String] {
    var errors: [String] = []
    check(value, root, "$", &errors)
    return errors
  }

  private func check(_ value: JSONValue, _ schema: JSONValue, _ path: String, _ errors: inout [String]) {
    guard case .object(let s) = schema else {
      errors.append("\(path): schema is not an object")
      return
    }
    for key in s.keys where !SchemaValidator.known.contains(key) { errors.append("\(path): unsupported schema keyword \(key)") }
    if case .string(let reference)? = s["$ref"] {
      guard reference.hasPrefix("#/$defs/"), let target = root["$defs"]?[String(reference.dropFirst("#/$defs/".count))] else {
        errors.append("\(path): unresolved $ref \(reference)")
        return
      }
      check(value, target, path, &errors)
    }
    if let type = s["type"] {
      let allowed: [String]
      switch type {
      case .string(let t): allowed = [t]
      case .array(let ts): allowed = ts.compactMap { if case .string(let t) = $0 { return t } else { return nil } }
      default: allowed = []
      }
      let name = value.typeName
      let matches = allowed.contains(name) || (name == "number" && allowed.contains("integer") && { if case .number(let x) = value { return x == x.rounded() } else { return false } }())
      if !matches {
        errors.append("\(path): \(name), expected \(allowed.joined(separator: " or "))")
        return
      }
    }
    if let constant = s["const"], constant != value { errors.append("\(path): not the constant") }
    if case .array(let choices)? = s["enum"], !choices.contains(value) { errors.append("\(path): \(value) not in the enum") }
    if case .number(let minimum)? = s["minimum"], case .number(let x) = value, x < minimum { errors.append("\(path): below \(minimum)") }
    if case .array(let options)? = s["anyOf"] {
      let fits = options.contains { option in
        var scratch: [String] = []
        check(value, option, path, &scratch)
        return scratch.isEmpty
      }
      if !fits { errors.append("\(path): matches none of anyOf") }
    }
    if case .object(let object) = value {
      let properties: [String: JSONValue]
      if case .object(let p)? = s["properties"] { properties = p } else { properties = [:] }
      if case .array(let required)? = s["required"] {
        for case .string(let key) in required where object[key] == nil { errors.append("\(path): missing \(key)") }
      }
      for (key, item) in object {
        if let p = properties[key] {
          check(item, p, path + "." + key, &errors)
        } else if let extra = s["additionalProperties"] {
          if extra == .bool(false) {
            errors.append("\(path): unexpected key \(key)")
          } else if case .object = extra {
            check(item, extra, path + "." + key, &errors)
          }
        }
      }
    }
    if case .array(let items) = value {
      if case .number(let n)? = s["minItems"], Double(items.count) < n { errors.append("\(path): fewer than \(Int(n)) items") }
      if case .number(let n)? = s["maxItems"], Double(items.count) > n { errors.append("\(path): more than \(Int(n)) items") }
      if let itemSchema = s["items"] {
        for (i, item) in items.enumerated() { check(item, itemSchema, "\(path)[\(i)]", &errors) }
      }
    }
  }
}

/// RFC 4180, strictly: CRLF between records, fields quoted when they hold a comma, a quote or a
/// line break, quotes doubled; anything else (a bare quote, a lone LF) is an error.
enum StrictCSV {
  static func parse(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var chars = Array(text.unicodeScalars)[...]
    var atFieldStart = true
    func fail(_ why: String) -> JSONReadError { JSONReadError(description: "CSV: \(why) in record \(records.count + 1)") }
    while let c = chars.first {
      chars = chars.dropFirst()
      if atFieldStart, c == "\"" {
        // A quoted field runs to the quote not doubled.
        while true {
          guard let d = chars.first else { throw fail("unterminated quoted field") }
          chars = chars.dropFirst()
          if d == "\"" {
            if chars.first == "\"" {
              field.unicodeScalars.append("\"")
              chars = chars.dropFirst()
            } else {
              break
            }
          } else {
            field.unicodeScalars.append(d)
          }
        }
        atFieldStart = false
        guard let next = chars.first, next == "," || next == "\r" else { throw fail("text after a quoted field") }
        continue
      }
      switch c {
      case ",":
        record.append(field)
        field = ""
        atFieldStart = true
      case "\r":
        guard chars.first == "\n" else { throw fail("CR without LF") }
        chars = chars.dropFirst()
        record.append(field)
        records.append(record)
        record = []
        field = ""
        atFieldStart = true
      case "\n": throw fail("LF without CR")
      case "\"": throw fail("a quote inside an unquoted field")
      default:
        field.unicodeScalars.append(c)
        atFieldStart = false
      }
    }
    guard record.isEmpty, field.isEmpty else { throw fail("no CRLF after the last record") }
    return records
  }
}

/// Whether `text` is well-formed XML; the parser's complaint when it is not.
final class XMLCheck: NSObject, XMLParserDelegate {
  private(set) var elements: [String] = []

  static func problem(in text: String) -> String? {
    let parser = XMLParser(data: Data(text.utf8))
    let check = XMLCheck()
    parser.delegate = check
    if parser.parse() { return nil }
    return "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")"
  }

  static func elementNames(in text: String) -> [String] {
    let parser = XMLParser(data: Data(text.utf8))
    let check = XMLCheck()
    parser.delegate = check
    _ = parser.parse()
    return check.elements
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
    attributes attributeDict: [String: String] = [:]
  ) {
    elements.append(elementName)
  }
}
