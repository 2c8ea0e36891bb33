// Where the tool meets the terminal: standard streams, colour rules, the width answers fit, the
// pager, the history file, and the choice between GNU readline and plain line reading.

import ArgumentParser
import ClusterSession
import ClusterSyntax
import LineEditing

#if canImport(Glibc)
  import Glibc
#endif

enum Terminal {
  /// Output goes straight to the file descriptor, so results and diagnostics interleave in the
  /// order they happen and nothing waits in a buffer if the process is killed. A closed pipe
  /// (`clusterlab … | head`) is not an error worth reporting.
  static func write(_ text: String) {
    try? FileSystem.writeAll(text, to: STDOUT_FILENO)
  }

  static func writeError(_ text: String) {
    try? FileSystem.writeAll(text, to: STDERR_FILENO)
  }

  /// The colour rules: `--color` wins; then NO_COLOR (set and non-empty) turns colour off,
  /// FORCE_COLOR or CLICOLOR_FORCE turn it on, TERM=dumb turns it off; else only when `stream`
  /// (standard error for diagnostics, standard output for answers) is a terminal.
  static func colourEnabled(_ choice: ColorChoice, stream: Int32 = STDERR_FILENO) -> Bool {
    switch choice {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
      if let force = environment("FORCE_COLOR") ?? environment("CLICOLOR_FORCE"), !force.isEmpty, force != "0" {
        return true
      }
      if environment("TERM") == "dumb" { return false }
      return isatty(stream) == 1
    }
  }

  /// The window standard output shows, when it is a terminal: columns and rows.
  static func windowSize() -> (columns: Int, rows: Int)? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  /// The screen answers are written for: the terminal's width (and height) when standard output
  /// is one; else `COLUMNS` when it is a whole number; else 80 (docs/language.md, "The screen").
  /// Statuses are coloured by the colour rules for standard output, never in the JSON stream.
  /// Charts draw in Unicode on a terminal whose locale is UTF-8, unless `ascii` (`--ascii`).
  static func screen(color: ColorChoice, json: Bool, ascii: Bool = false) -> Screen {
    screen(colour: !json && colourEnabled(color, stream: STDOUT_FILENO), ascii: ascii)
  }

  static func screen(colour: Bool, ascii: Bool = false) -> Screen {
    // A terminal that reports no size (`script`, some serial consoles) still draws in Unicode.
    let unicode = !ascii && isatty(STDOUT_FILENO) == 1 && localeIsUTF8
    if let window = windowSize() {
      return Screen(width: window.columns, height: window.rows > 0 ? window.rows : nil, colour: colour, unicode: unicode)
    }
    if let text = environment("COLUMNS"), let columns = Int(text), columns > 0 {
      return Screen(width: columns, colour: colour, unicode: unicode)
    }
    return Screen(colour: colour, unicode: unicode)
  }

  /// The user's locale as it was when clusterlab started: the line editor later switches the
  /// process to a UTF-8 locale for its own editing, which must not turn Unicode charts on.
  static let localeIsUTF8 = utf8Locale()

  /// Whether the locale's characters are UTF-8: the first of `LC_ALL`, `LC_CTYPE` and `LANG`
  /// that is set and not empty names it (`en_US.UTF-8`, `C.utf8`); `C`, `POSIX` or none is ASCII.
  static func utf8Locale() -> Bool {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment($0) }.first { !$0.isEmpty } ?? ""
    let lower = locale.lowercased()
    return lower.contains("utf-8") || lower.contains("utf8")
  }

  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// A session writing to the standard streams: with `--format json`, answers are the JSON
  /// stream on standard output and diagnostics JSON lines on standard error.
  static func makeSession(color: ColorChoice, format: FormatChoice = .text, ascii: Bool = false) -> Session {
    let json = format == .json
    let renderer = DiagnosticRenderer(colour: colourEnabled(color))
    let session = Session(output: { write($0) }, report: { _ in })
    // Diagnostics wrap between words in the screen's width, their carets where they were.
    session.report = { [weak session] in
      let text = renderer.render($0)
      writeError(json ? JSONStream.diagnostic($0) : session?.screen.fitDiagnostic(text) ?? text)
    }
    session.defaultFormat = json ? .json : .text
    session.screen = screen(color: color, json: json, ascii: ascii)
    return session
  }

  static func makeSession(_ options: OutputOptions, ascii: Bool = false) -> Session {
    makeSession(color: options.color, format: options.format, ascii: ascii)
  }

  /// A message of the tool itself rather than of a statement (a file it cannot read, the
  /// journal): `clusterlab: …` on standard error (`note: …` for a note), or with `--format
  /// json` a diagnostic line without a place, naming `file` when the message is about one.
  static func complain(_ message: String, severity: Severity = .error, json: Bool, file: String? = nil) {
    if json {
      writeError(JSONStream.diagnostic(Diagnostic(severity, message, at: nil), file: file))
    } else {
      writeError((severity == .note ? "note: " : "clusterlab: ") + message + "\n")
    }
  }

  /// Reads a file (or standard input for `-`) as a source; an unreadable file is an input error.
  static func source(_ path: String, json: Bool = false) throws -> SourceFile {
    if path == "-" {
      var lines: [String] = []
      while let line = readLine(strippingNewline: false) { lines.append(line) }
      return SourceFile(name: "<stdin>", text: lines.joined())
    }
    do {
      return SourceFile(name: path, text: try FileSystem.read(path), path: path)
    } catch {
      complain("cannot read \(path): \(error.reason)", json: json, file: path)
      throw ExitCode(1)
    }
  }

  /// `$CLUSTERLAB_HISTORY`, else `$XDG_STATE_HOME/clusterlab/history`, else
  /// `~/.local/state/clusterlab/history`. An empty CLUSTERLAB_HISTORY turns history off.
  static func historyPath() -> String? {
    if let explicit = environment("CLUSTERLAB_HISTORY") { return explicit.isEmpty ? nil : explicit }
    if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/clusterlab/history" }
    guard let home = environment("HOME"), !home.isEmpty else { return nil }
    return home + "/.local/state/clusterlab/history"
  }

  /// The interactive loop: readline on a terminal, plain lines otherwise (`-i` with a pipe).
  /// On a terminal, an entry's answers longer than the window go through the pager.
  static func interact(_ session: Session, quiet: Bool, ascii: Bool = false) {
    let repl = REPL(session: session)
    if isatty(STDIN_FILENO) == 1 {
      let held = isatty(STDOUT_FILENO) == 1 && !session.streamsJSON ? HeldOutput(pager: Pager.command()) : nil
      held?.attach(to: session)
      defer { held?.detach() }
      // Ctrl-C during a long Monte Carlo stops it and keeps the session.
      session.interruptRequested = { LineEditor.interruptRequested }
      // The banner is for people; the JSON stream holds only answers.
      if !quiet, !session.streamsJSON {
        write(session.screen.fit(
          "clusterlab \(version): export clusters, after ITC's Innovations in Export Strategy (2005).\n"
            + "Type `help` for the language, `demo` runs from the shell; Ctrl-D or `quit` leaves.\n"))
      }
      // The line editor ends the last line itself on Ctrl-D.
      let reader = ReadlineReader(repl: repl)
      reader.beforeReading = { held?.release() }
      // The window may have changed size while the person typed.
      reader.afterReading = { session.screen = screen(colour: session.screen.colour, ascii: ascii) }
      repl.run(reader: reader)
    } else {
      repl.run(reader: PlainReader())
    }
  }
}

/// Lines from GNU readline, with completion from the workspace.
final class ReadlineReader: LineReader {
  var isInteractive: Bool { true }
  private let editor: LineEditor
  private unowned let repl: REPL
  /// Called before each prompt (the answers of the last entry are written then) and after
  /// each line is read.
  var beforeReading: () -> Void = {}
  var afterReading: () -> Void = {}

  init(repl: REPL) {
    self.repl = repl
    editor = LineEditor(name: "clusterlab", historyFile: Terminal.historyPath())
    editor.completer = { [unowned self] request in
      let before = String(request.buffer.dropLast(request.word.count))
      let pending = self.repl.pending.isEmpty ? "" : self.repl.pending.joined(separator: "\n") + "\n"
      let session = self.repl.session
      let indicators = { session.indicatorIDs() }
      switch Completer.complete(before: pending + before, word: request.word, workspace: session.workspace, indicators: indicators) {
      case .filenames: return .filenames
      case .words(let words): return words.isEmpty ? Completion.none : .words(words)
      }
    }
  }

  func read(prompt: String) -> LineRead {
    beforeReading()
    defer { afterReading() }
    switch editor.read(prompt: prompt) {
    case .line(let text): return .line(text)
    case .endOfInput: return .endOfInput
    case .interrupted: return .interrupted
    }
  }

  func remember(_ entry: String) {
    editor.addHistory(entry)
  }
}

/// Lines from a pipe: no prompt, no history.
final class PlainReader: LineReader {
  func read(prompt: String) -> LineRead {
    return readLine().map { .line($0) } ?? .endOfInput
  }

  func remember(_ entry: String) {}
}
