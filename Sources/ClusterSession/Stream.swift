// What a statement writes, in text or in the JSON stream of `--format json`: one envelope line
// per answer, the JSON shape of a value, and diagnostics as JSON lines (docs/model.md, "JSON
// output").

import ClusterSyntax
import ClusterWorkspace

/// What a statement has to say, before it is written in the session's format.
enum Reply {
  /// For people: a table, a chart, prose. Written as it is; in the stream, as `"text"`.
  case text(String)
  /// A documented JSON shape. Pretty-printed in text mode (`as json`); in the stream, the
  /// envelope's `"result"`.
  case json(JSON)
  /// A report of what was done (`undid: …`, `loaded …`), one sentence a line, without the final
  /// line break; `result` gives the figures behind it to the stream (`load`, `save`).
  case message(String, result: JSON? = nil)
}

extension Session {
  /// Whether standard output is the JSON stream: every write one line, one JSON object
  /// (`--format json`).
  public var streamsJSON: Bool { defaultFormat == .json }

  /// Writes what `statement` has to say: in text mode as people read it; in the stream, as one
  /// envelope line naming the command and where it was written.
  func emit(_ reply: Reply, for statement: Statement) {
    guard streamsJSON else {
      switch reply {
      case .text(let text): output(text)
      case .json(let value): output(value.text)
      case .message(let text, _): output(screen.fit(text + "\n"))
      }
      return
    }
    var entries = Session.envelope(statement)
    switch reply {
    case .text(let text): entries.append(("text", .string(text)))
    case .json(let value): entries.append(("result", value))
    case .message(let text, let result):
      entries.append(("message", .string(text)))
      if let result { entries.append(("result", result)) }
    }
    output(JSON.object(entries).line)
  }

  /// `--echo` in the stream: the statement's source, before what it writes.
  func emitEcho(_ statement: Statement) {
    output(JSON.object(Session.envelope(statement) + [("echo", .string(statement.span.text))]).line)
  }

  /// A word for the person at the prompt that belongs to no statement (the REPL's "not saved"
  /// warning): text on standard output, or in the stream a note on standard error, so the
  /// stream holds only answers.
  public func notify(_ text: String) {
    if streamsJSON {
      var lines = text
      while lines.hasSuffix("\n") { lines.removeLast() }
      report(Diagnostic(.note, lines, at: nil))
    } else {
      output(text)
    }
  }

  /// The keys every line of the stream begins with: the command and where the statement is.
  static func envelope(_ statement: Statement) -> [(String, JSON)] {
    [
      ("command", .string(statement.kind.keyword.rawValue)),
      ("file", .string(statement.span.file.name)),
      ("line", .number(Double(statement.span.line))),
    ]
  }
}

extension JSON {
  /// A value of the language as JSON, the one shape `print`, `list` and `show` share: a plain
  /// number as a number (shares as fractions: 15% is 0.15); a number with a unit as
  /// `{"value", "unit", "text"}`, the value in the unit the language stores it in (usd, years,
  /// ITEM/month); words, texts and names as strings; lists as arrays; maps as objects in their
  /// written order; a span of years as `{"from", "to"}`; booleans; nothing as null.
  static func value(_ v: Value) -> JSON {
    switch v {
    case .number(let x, let dimension, _):
      let unit: String
      switch dimension {
      case .number: return .number(x)
      case .money: unit = "usd"
      case .duration: unit = "years"
      case .rate(let item): unit = item + "/month"
      }
      return .object([("value", .number(x)), ("unit", .string(unit)), ("text", .string(v.display))])
    case .text(let s), .word(let s), .entity(let s): return .string(s)
    case .bool(let b): return .bool(b)
    case .list(let items): return .array(items.map(value))
    case .map(let entries): return .object(entries.map { ($0.key, value($0.value)) })
    case .span(let first, let last): return .object([("from", .number(Double(first))), ("to", .number(Double(last)))])
    case .nothing: return .null
    }
  }

  /// `print … as json`: the value, and the text `print` shows.
  /// What `print` writes: `{"value", "text"}` for one value, `{"values", "text"}` for several.
  static func printed(_ values: [Value]) -> JSON {
    let text = JSON.string(values.map(\.display).joined(separator: "  "))
    if values.count == 1 { return .object([("value", value(values[0])), ("text", text)]) }
    return .object([("values", .array(values.map(value))), ("text", text)])
  }
}

/// The JSON lines the command line writes itself: diagnostics on standard error and the
/// verdicts of `clusterlab check`.
public enum JSONStream {
  /// A diagnostic as one line: where it is (1-based lines and columns, the end just after the
  /// span; null without a place), what it says, and the label and help the text form prints.
  /// `file` names the file of a diagnostic without a place (a file that cannot be read).
  public static func diagnostic(_ d: Diagnostic, file: String? = nil) -> String {
    let span = d.span
    let end = span.map { $0.range.upperBound }
    return JSON.object([
      ("severity", .string(d.severity.rawValue)),
      ("message", .string(d.message)),
      ("file", .string(span?.file.name ?? file)),
      ("line", .number(span.map { Double($0.line) })),
      ("column", .number(span.map { Double($0.column) })),
      ("end_line", .number(span.flatMap { s in end.map { Double(s.file.line(of: $0)) } })),
      ("end_column", .number(span.flatMap { s in end.map { Double(s.file.column(of: $0)) } })),
      ("label", .string(d.label)),
      ("help", .string(d.help)),
      // The other places the error involves (where an unclosed `{` was opened), each
      // `FILE:LINE:COLUMN: LABEL`.
      ("notes", .array(d.notes.map { .string($0.span.location + ": " + $0.label) })),
    ]).line
  }

  /// `clusterlab check --format json`: one line a file.
  public static func check(file: String, errors: Int, summary: String?) -> String {
    JSON.object([
      ("command", .string("check")), ("file", .string(file)), ("ok", .bool(errors == 0)),
      ("errors", .number(Double(errors))), ("summary", .string(summary)),
    ]).line
  }
}
