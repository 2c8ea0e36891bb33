// The one writer of XML markup (SVG, and the HTML report as well-formed XHTML): every text and
// attribute value goes through `Markup.escape`, so no declared name can break a file or inject
// markup; coordinates are written with one decimal, so the same input gives the same bytes.

struct Markup {
  private(set) var text = ""

  /// `&`, `<`, `>`, `"` and `'` as entities; characters XML 1.0 forbids (control characters
  /// other than tab and line breaks) as U+FFFD.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A coordinate or length with at most one decimal: `12`, `12.5`, `-3.2`.
  static func number(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    let tenths = Int((x * 10).rounded())
    let whole = tenths / 10
    let fraction = abs(tenths % 10)
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return sign + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
  }

  private static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
    attributes.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
  }

  /// `<name …/>` with attributes gathered on the way (some only sometimes).
  mutating func empty(_ name: String, attributes: [(String, String)]) {
    text += "<" + name + attributes.map { " \($0.0)=\"\(Markup.escape($0.1))\"" }.joined() + "/>\n"
  }

  /// `<name …>`
  mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    text += "<" + name + Markup.attributes(attributes) + ">"
  }

  /// `</name>`, and a line break when `line` (blocks read better in the source).
  mutating func close(_ name: String, line: Bool = true) {
    text += "</" + name + ">" + (line ? "\n" : "")
  }

  /// `<name …>text</name>`
  mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: String) {
    text += "<" + name + Markup.attributes(attributes) + ">" + Markup.escape(content) + "</" + name + ">\n"
  }

  /// `<name>text</name>`
  mutating func element(_ name: String, _ content: String) {
    element(name, [:], content)
  }

  /// `<name …>text</name>`, where the text's `backquoted` spans (statements of the language,
  /// in the model's words) become `<code>`.
  mutating func prose(_ name: String, _ attributes: KeyValuePairs<String, String>, _ content: String) {
    open(name, attributes)
    addProse(content)
    close(name)
  }

  mutating func prose(_ name: String, _ content: String) {
    prose(name, [:], content)
  }

  /// Text with its `backquoted` spans as `<code>`, inside the element open now.
  mutating func addProse(_ content: String) {
    for (i, part) in content.split(separator: "`", omittingEmptySubsequences: false).enumerated() {
      if i % 2 == 1 {
        text += "<code>" + Markup.escape(String(part)) + "</code>"
      } else {
        text += Markup.escape(String(part))
      }
    }
  }

  /// Fixed markup (the doctype, a line break): a constant, never input.
  mutating func fixed(_ markup: StaticString) {
    text += markup.description
  }

  /// `<name …/>`
  mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    text += "<" + name + Markup.attributes(attributes) + "/>\n"
  }

  /// Text inside the element open now.
  mutating func add(_ content: String) {
    text += Markup.escape(content)
  }

  /// Markup written by another writer (a chart inside the report).
  mutating func add(_ other: Markup) {
    text += other.text
  }

  /// A fixed style sheet: written as it is, so it must hold none of the characters XML would
  /// read as markup (a test keeps it so); HTML reads a `<style>` element's text raw.
  mutating func styleSheet(_ css: StaticString) {
    let sheet = css.description
    text += sheet.contains("<") || sheet.contains("&") ? Markup.escape(sheet) : sheet
  }
}
