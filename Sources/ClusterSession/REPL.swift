// The read-eval-print loop, independent of any terminal: it reads through `LineReader`, so
// tests drive it with a list of lines and the executable with GNU readline.

import ClusterSyntax

/// What reading one line gave.
public enum LineRead: Equatable, Sendable {
  case line(String)
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
  /// Ctrl-C: drop what was typed so far.
  case interrupted
}

/// A source of input lines.
public protocol LineReader: AnyObject {
  func read(prompt: String) -> LineRead
  /// Records a complete entry (several lines for a block) in the history.
  func remember(_ entry: String)
  /// A person at a terminal (Ctrl-D is a key, not the end of a piped script).
  var isInteractive: Bool { get }
}

extension LineReader {
  public var isInteractive: Bool { false }
}

/// The loop: prompt, read until the entry is complete, run it, repeat.
public final class REPL {
  public static let prompt = "clusterlab> "

  /// The prompt of a line that continues an open entry: as wide as the main prompt, so blocks
  /// line up, and showing what is open, as psql's does: `.........{> ` in a block,
  /// `........."> ` in a string, `.........(> ` and `.........[> `.
  public static func continuationPrompt(_ opener: Character) -> String {
    String(repeating: ".", count: prompt.count - 3) + String(opener) + "> "
  }

  /// The prompt for a line after `before` (the lines of the entry so far): the main prompt
  /// when nothing is open.
  public static func prompt(after before: String) -> String {
    Lexer.innermostOpen(before).map { continuationPrompt($0.opener) } ?? prompt
  }

  /// The continuation prompts of every opener, and the one of earlier versions, which pasted
  /// transcripts may still hold.
  static let continuationPrompts = ["{", "[", "(", "\""].map { continuationPrompt(Character($0)) } + ["........> "]

  public let session: Session
  /// Lines of an entry still open (an unclosed `{`, `[`, `(` or string).
  public private(set) var pending: [String] = []

  public init(session: Session) {
    self.session = session
  }

  /// The unsaved changes a person was told about when leaving, so a second Ctrl-D (or `quit`)
  /// leaves.
  private var warnedAt: Int?

  /// Whether leaving now would lose changes nobody was told about: if so, says so once.
  private func holdsUnsavedWork(_ reader: LineReader) -> Bool {
    let unsaved = session.unsavedChanges
    guard reader.isInteractive, unsaved > 0, warnedAt != unsaved else { return false }
    warnedAt = unsaved
    session.notify(
      "\(unsaved) change\(unsaved == 1 ? "" : "s") not saved: `save FILE`, or Ctrl-D (or `quit`) again to leave\n"
        + "(leaving, the journal keeps them for `clusterlab --recover`)\n")
    return true
  }

  /// Runs until `quit` or the end of input. Returns the number of entries that failed.
  @discardableResult
  public func run(reader: LineReader) -> Int {
    var failures = 0
    while true {
      let open = pending.isEmpty ? nil : Lexer.innermostOpen(pending.joined(separator: "\n"))
      switch reader.read(prompt: open.map { REPL.continuationPrompt($0.opener) } ?? REPL.prompt) {
      case .interrupted:
        pending.removeAll()
      case .endOfInput:
        if !pending.isEmpty {
          if reader.isInteractive {
            // Ctrl-D inside an unfinished entry drops it, as Ctrl-C does, and stays.
            pending.removeAll()
            session.notify("(the unfinished entry is dropped)\n")
            continue
          }
          // A piped script ended inside a block: run it so the user sees what is missing.
          let outcome = submit(pending.joined(separator: "\n"), reader: reader)
          if outcome.errors > 0 { failures += 1 }
        }
        if holdsUnsavedWork(reader) { continue }
        return failures
      case .line(let line):
        if reader.isInteractive, let open {
          let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
          let typed = String(line.drop(while: blank).reversed().drop(while: blank).reversed())
          if typed.isEmpty {
            // A blank line in an open entry: perhaps the person does not know what is open.
            session.notify(hint(open) + "\n")
          } else if open.opener == "\"", typed == "quit" || typed == "exit" {
            // In an open string `quit` would be text; nobody means that.
            pending.removeAll()
            session.notify("(the unfinished entry is dropped)\n")
            if holdsUnsavedWork(reader) { continue }
            return failures
          }
        }
        pending.append(REPL.strippingPastedPrompt(line))
        let text = pending.joined(separator: "\n")
        if Lexer.isIncomplete(text) { continue }
        pending.removeAll()
        if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) { continue }
        let outcome = submit(text, reader: reader)
        if outcome.errors > 0 { failures += 1 }
        if outcome.quit {
          if holdsUnsavedWork(reader) { continue }
          return failures
        }
      }
    }
  }

  /// What is open and how to close it or leave: "a string is open since 3:12: close it with
  /// `"`, or Ctrl-C drops the entry".
  private func hint(_ open: (opener: Character, offset: Int)) -> String {
    let entry = SourceFile(name: "<input>", text: pending.joined(separator: "\n"))
    let place = "\(entry.line(of: open.offset)):\(entry.column(of: open.offset))"
    let (what, closer): (String, String) =
      switch open.opener {
      case "\"": ("a string", "\"")
      case "{": ("a `{`", "}")
      case "[": ("a `[`", "]")
      default: ("a `(`", ")")
      }
    return "\(what) is open since \(place): close it with `\(closer)`, or Ctrl-C drops the entry"
  }

  private func submit(_ text: String, reader: LineReader) -> RunOutcome {
    reader.remember(text)
    if REPL.habit(text) == nil, text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) == ["demo"] {
      return runDemo()
    }
    return session.run(SourceFile(name: "<input>", text: REPL.habit(text) ?? text))
  }

  /// `demo` at the prompt, as `clusterlab demo` from the shell: the built-in Tirupur case
  /// loaded into this session, then the tour, each statement shown before its answer.
  private func runDemo() -> RunOutcome {
    let outcome = session.run(SourceFile(name: "<demo>", text: "load example tirupur"))
    guard outcome.errors == 0 else { return outcome }
    session.echo = true
    defer { session.echo = false }
    return session.run(SourceFile(name: "<demo>", text: DemoTour.statements))
  }

  /// What other tools' users type to ask for help or to leave (sqlite3's `.help`, psql's `\?`
  /// and `\q`, a bare `?`), as the statement that does it here; nil for anything else.
  static func habit(_ entry: String) -> String? {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
    let word = entry.drop(while: blank).reversed().drop(while: blank).reversed()
    switch String(word).lowercased() {
    case "?", "??", ".help", ".h", "\\?", "\\h", "\\help", "help?", ":help", ":h": return "help"
    case ".quit", ".exit", ".q", "\\q", ":q", ":quit", ":exit": return "quit"
    default: return nil
    }
  }

  /// Lines pasted from a transcript keep their prompts; take them off each line.
  static func strippingPastedPrompt(_ line: String) -> String {
    var lines: [Substring] = []
    for part in line.split(separator: "\n", omittingEmptySubsequences: false) {
      if part.hasPrefix(prompt) {
        lines.append(part.dropFirst(prompt.count))
      } else if let continuation = continuationPrompts.first(where: { part.hasPrefix($0) }) {
        lines.append(part.dropFirst(continuation.count))
      } else {
        lines.append(part)
      }
    }
    return lines.joined(separator: "\n")
  }
}

/// A reader over fixed lines, for tests and for `-e` statements.
public final class ScriptedReader: LineReader {
  private var lines: [LineRead]
  public private(set) var prompts: [String] = []
  public private(set) var history: [String] = []

  public init(_ lines: [LineRead]) {
    self.lines = lines
  }

  public func read(prompt: String) -> LineRead {
    prompts.append(prompt)
    return lines.isEmpty ? .endOfInput : lines.removeFirst()
  }

  public func remember(_ entry: String) {
    history.append(entry)
  }
}
