// Diagnostics: errors and warnings as values, and their rendering as annotated source text.

/// How serious a diagnostic is.
public enum Severity: String, Sendable {
  case error, warning, note
}

/// A problem found in the user's input, located in the source.
///
/// Phases collect diagnostics and never print them; the driver renders them with
/// ``DiagnosticRenderer``.
public struct Diagnostic: Error, Sendable {
  public var severity: Severity
  public var message: String
  public var span: SourceSpan?
  /// A few words printed under the caret.
  public var label: String?
  /// What to type instead ("did you mean …?"), printed as `= help: …`.
  public var help: String?
  /// Set when the error is only that the input ended early (an open `{`, `[`, `(` or string):
  /// the REPL then reads a continuation line instead of reporting it.
  public var isIncompleteInput: Bool

  public init(
    _ severity: Severity = .error, _ message: String, at span: SourceSpan?, label: String? = nil,
    help: String? = nil, isIncompleteInput: Bool = false
  ) {
    self.severity = severity
    self.message = message
    self.span = span
    self.label = label
    self.help = help
    self.isIncompleteInput = isIncompleteInput
  }

  public static func error(_ message: String, at span: SourceSpan?, label: String? = nil, help: String? = nil)
    -> Diagnostic
  {
    Diagnostic(.error, message, at: span, label: label, help: help)
  }
}

/// Renders diagnostics in the GNU first-line form followed by a gutter, the source line and a
/// caret under the span:
///
/// ```
/// bad.cluster:3:27: error: unknown link kind `vertcal`
///   |
/// 3 | link TEA -> Exporters : vertcal
///   |                         ^^^^^^^ not a link kind
///   = help: did you mean `vertical`?
/// ```
public struct DiagnosticRenderer: Sendable {
  public var colour: Bool

  public init(colour: Bool = false) {
    self.colour = colour
  }

  public func render(_ d: Diagnostic) -> String {
    var out = ""
    let head = paint("\(d.severity.rawValue):", d.severity == .error ? "1;31" : d.severity == .warning ? "1;35" : "1;36")
    if let span = d.span {
      out += paint(span.location + ":", "1") + " " + head + " " + paint(d.message, "1") + "\n"
      let lineNumber = span.line
      let gutter = String(repeating: " ", count: String(lineNumber).count)
      let raw = span.file.lineText(lineNumber)
      let bytes = span.file.bytes
      let lineStart = span.file.lineStarts[lineNumber - 1]
      let lineEnd = lineStart + raw.utf8.count
      let lo = min(max(span.range.lowerBound, lineStart), lineEnd)
      let hi = min(max(span.range.upperBound, lo), lineEnd)
      // A long line is shown as a window around the span, `…` marking what is cut.
      var shown: String
      let before: Int
      let width: Int
      if lineEnd - lineStart > Self.maximumShownBytes {
        var from = max(lineStart, lo - Self.maximumShownBytes / 4)
        while from > lineStart, bytes[from] & 0xC0 == 0x80 { from -= 1 }
        var to = min(lineEnd, from + Self.maximumShownBytes)
        while to > from, to < lineEnd, bytes[to] & 0xC0 == 0x80 { to -= 1 }
        let shownLo = min(max(lo, from), to)
        let shownHi = min(max(hi, shownLo), to)
        let mark = from > lineStart ? "…" : ""
        shown = mark + Self.visible(String(decoding: bytes[from..<to], as: UTF8.self))
        if to < lineEnd { shown += "…" }
        let offset = SourceFile.displayWidth(bytes[from..<shownLo])
        before = mark.count + offset
        width = max(1, SourceFile.displayWidth(bytes[from..<shownHi]) - offset)
      } else {
        shown = Self.visible(raw)
        before = SourceFile.displayWidth(bytes[lineStart..<lo])
        width = max(1, SourceFile.displayWidth(bytes[lineStart..<hi]) - before)
      }
      out += paint(gutter + " |", "34") + "\n"
      out += paint("\(lineNumber) |", "34") + " " + shown + "\n"
      var caret = String(repeating: " ", count: before) + String(repeating: "^", count: width)
      if let label = d.label { caret += " " + label }
      out += paint(gutter + " |", "34") + " " + paint(caret, d.severity == .error ? "1;31" : "1;35") + "\n"
      if let help = d.help {
        out += paint(gutter + " =", "34") + " " + paint("help:", "1") + " " + help + "\n"
      }
    } else {
      out += head + " " + d.message + "\n"
      if let help = d.help { out += "  = help: " + help + "\n" }
    }
    return out
  }

  /// Source lines longer than this many bytes are shown as a window of this size around the
  /// span: a hostile 10 MB line would otherwise be printed whole, and a 10 MB caret under it.
  static let maximumShownBytes = 240

  /// The source line as the terminal should show it: tabs expanded to 8 columns, control
  /// characters as `?` so raw escapes from a hostile file never reach the terminal.
  static func visible(_ line: String) -> String {
    var out = ""
    var column = 0
    for scalar in line.unicodeScalars {
      if scalar == "\t" {
        let next = (column / 8 + 1) * 8
        out += String(repeating: " ", count: next - column)
        column = next
      } else if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
        out += "?"
        column += 1
      } else {
        out.unicodeScalars.append(scalar)
        column += 1
      }
    }
    return out
  }

  private func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
