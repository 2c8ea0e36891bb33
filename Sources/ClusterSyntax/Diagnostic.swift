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
  /// Other places the error involves, shown with their source lines under the main one: where
  /// a `{` that is not closed was opened.
  public var notes: [Note] = []

  /// A secondary place of a diagnostic, marked `-` under its source line with a few words.
  public struct Note: Sendable {
    public let span: SourceSpan
    public let label: String
    public init(_ label: String, at span: SourceSpan) {
      self.span = span
      self.label = label
    }
  }

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
      // The main place and the notes in the same file, in the order of their lines.
      let marks = ([(span, d.label, true)] + d.notes.filter { $0.span.file === span.file }.map { ($0.span, Optional($0.label), false) })
        .sorted { ($0.0.range.lowerBound, $0.2 ? 0 : 1) < ($1.0.range.lowerBound, $1.2 ? 0 : 1) }
      let gutter = String(repeating: " ", count: String(marks.map(\.0.line).max() ?? span.line).count)
      out += paint(gutter + " |", "34") + "\n"
      var previousLine: Int?
      for (place, label, primary) in marks {
        let line = place.line
        if let previousLine, line > previousLine + 1 { out += paint("...", "34") + "\n" }
        out += annotated(place, label: label, primary: primary, severity: d.severity, gutter: gutter, showLine: line != previousLine)
        previousLine = line
      }
      if let help = d.help {
        out += paint(gutter + " =", "34") + " " + paint("help:", "1") + " " + help + "\n"
      }
    } else {
      out += head + " " + d.message + "\n"
      if let help = d.help { out += "  = help: " + help + "\n" }
    }
    return out
  }

  /// One place: its source line (unless `showLine` is false, when the line was just shown) and
  /// a marker under the span, `^` for the main place, `-` for a note.
  private func annotated(
    _ span: SourceSpan, label: String?, primary: Bool, severity: Severity, gutter: String, showLine: Bool
  ) -> String {
    var out = ""
    let lineNumber = span.line
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
    let number = String(lineNumber)
    if showLine {
      out += paint(String(repeating: " ", count: gutter.count - number.count) + number + " |", "34") + " " + shown + "\n"
    }
    var caret = String(repeating: " ", count: before) + String(repeating: primary ? "^" : "-", count: width)
    if let label { caret += " " + label }
    let colour = !primary ? "1;34" : severity == .error ? "1;31" : "1;35"
    out += paint(gutter + " |", "34") + " " + paint(caret, colour) + "\n"
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
