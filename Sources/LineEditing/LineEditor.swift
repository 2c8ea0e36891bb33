// LineEditor: clusterlab's line editor, and the only Swift code that talks to GNU
// readline (through the CReadline shim). Keeping every readline call in this file
// means the rest of the package never needs a terminal, and the editor could be
// swapped for libedit without touching the REPL.
//
// Readline is a process-wide, single-threaded library: create one LineEditor per
// process and use it from one thread.

import CReadline
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one call to ``LineEditor/read(prompt:)`` produced.
public enum LineInput: Equatable, Sendable {
  /// A line the user accepted with Enter, without its newline. A pasted block or a
  /// recalled multi-line history entry arrives as one line with embedded `\n`s.
  case line(String)
  /// Ctrl-D on an empty line (or the input stream ended).
  case endOfInput
  /// Ctrl-C at the prompt: the line being typed was discarded. The caller should
  /// drop any continuation buffer and show its main prompt again.
  case interrupted
}

/// The answer of a ``LineEditor/completer`` to one Tab press.
public enum Completion: Equatable, Sendable {
  /// Complete from these full words. Only those that start with
  /// ``CompletionRequest/word`` are used; readline inserts the common prefix, then
  /// lists the candidates if several remain, and adds a space after a unique match.
  case words([String])
  /// Let readline complete the word as a file path: `~` expands, directories get a
  /// trailing `/`, and a file name completed inside an open `"` string is closed.
  case filenames
  /// Offer nothing (readline does not fall back to file names).
  case none
}

/// The context of one Tab press, passed to ``LineEditor/completer``.
public struct CompletionRequest: Sendable {
  /// The whole line buffer from its start up to the cursor.
  public let buffer: String
  /// The partial word being completed: the text between the last word-break
  /// character (or an open `"`) and the cursor. Words break at whitespace and
  /// `( ) [ ] { } , : = < > ; "`; `.`, `/`, `~`, `-` and `_` stay inside words.
  public let word: String

  /// Creates a request (the editor makes these; tests of a completer may too).
  public init(buffer: String, word: String) {
    self.buffer = buffer
    self.word = word
  }
}

/// A readline-based line editor with persistent history and Tab completion.
///
/// Constructing a `LineEditor` configures readline, loads the history file and
/// installs a SIGINT handler that never ends the process: Ctrl-C at the prompt makes
/// ``read(prompt:)`` return ``LineInput/interrupted``, and Ctrl-C at any other time
/// sets ``interruptRequested``. The previous SIGINT action is restored when the
/// editor is deinitialised.
///
/// Create one editor per process and use it from one thread: readline keeps its
/// state in C globals.
public final class LineEditor {
  /// The history file, or nil when history is not persisted.
  private let historyFile: String?
  /// The most entries kept in memory and in the history file.
  private let historyLimit: Int
  /// Entries in the history file as far as this editor knows (other sessions may
  /// have appended more); used to decide when to truncate the file.
  private var fileEntryCount = 0
  /// Set after the first history-file error was reported, so it is reported once.
  private var reportedHistoryError = false
  /// The SIGINT action in force before this editor installed its own.
  private var previousSigintAction = sigaction()

  /// Called on Tab with the text before the cursor. Return ``Completion/words(_:)``
  /// (full words that start with `request.word`), ``Completion/filenames`` to let
  /// readline complete a file path (directories get a trailing `/`, `~` expands), or
  /// ``Completion/none``, which offers nothing (there is no fallback to file names).
  /// With no completer, Tab offers nothing. Runs on the thread that called
  /// ``read(prompt:)``, while it waits; keep it fast.
  public var completer: ((CompletionRequest) -> Completion)?

  /// True once Ctrl-C was pressed while the editor was NOT inside ``read(prompt:)``,
  /// for example during a long evaluation. The caller polls it at safe points,
  /// stops the work, and calls ``clearInterrupt()``. ``read(prompt:)`` clears it
  /// too: a request still pending when the prompt is shown again is stale.
  public static var interruptRequested: Bool {
    interruptRequestedFlag.load(ordering: .acquiring)
  }

  /// Makes readline edit by UTF-8 characters whatever the locale says: clusterlab is UTF-8
  /// throughout, and under `LANG=C` (servers, containers) readline would take each byte of `é`
  /// for a character, so Backspace would split it. Only the character type changes (the
  /// user's locale if it is UTF-8, else C.UTF-8); nothing else reads the locale.
  static func useUTF8Characters() {
    func isUTF8(_ name: String) -> Bool {
      let upper = name.uppercased()
      return upper.contains("UTF-8") || upper.contains("UTF8")
    }
    if let current = setlocale(LC_CTYPE, ""), isUTF8(String(cString: current)) { return }
    // Readline sets the character type again from LC_ALL, LC_CTYPE and LANG when it starts:
    // the variables it reads must name a UTF-8 locale too.
    for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
      if let all = getenv("LC_ALL"), !isUTF8(String(cString: all)), strlen(all) > 0 { setenv("LC_ALL", candidate, 1) }
      setenv("LC_CTYPE", candidate, 1)
      return
    }
  }

  /// Clears ``interruptRequested``.
  public static func clearInterrupt() {
    interruptRequestedFlag.store(false, ordering: .releasing)
  }

  /// Creates the editor and configures readline.
  ///
  /// - Parameters:
  ///   - name: The application name readline uses for `$if name` sections of the
  ///     user's inputrc (`rl_readline_name`), for example `"clusterlab"`.
  ///   - historyFile: The path of the history file, loaded now and appended to by
  ///     ``addHistory(_:)``; its directory is created (mode 0700) when the first
  ///     entry is written. Nil keeps history in memory only.
  ///   - historyLimit: The most entries kept in memory and in the file. Zero or less
  ///     disables history.
  public init(name: String, historyFile: String?, historyLimit: Int = 1000) {
    self.historyFile = historyFile
    self.historyLimit = max(0, historyLimit)

    // Touch the flags now: a signal handler must not be the first to initialise a
    // Swift global (lazy initialisation is not async-signal-safe).
    _ = interruptRequestedFlag.load(ordering: .relaxed)
    _ = readInterruptedFlag.load(ordering: .relaxed)
    _ = insideReadFlag.load(ordering: .relaxed)

    LineEditor.useUTF8Characters()
    crl_configure(
      name, LineEditor.wordBreakCharacters, "\"", LineEditor.filenameQuoteCharacters,
      attemptCompletion, eventHook)
    crl_configure_history(Int32(clamping: self.historyLimit))
    loadHistory()
    installSigintHandler()
  }

  deinit {
    var previous = previousSigintAction
    sigaction(SIGINT, &previous, nil)
  }

  /// Characters that end the word being completed: whitespace and the punctuation of
  /// the language. `.`, `/`, `~`, `-` and `_` are not breaks, so member names and
  /// paths stay one word.
  static let wordBreakCharacters = " \t\n()[]{},:=<>;\""

  /// A file name completed outside a string is wrapped in `"` if it contains one of
  /// these (a space or the language's punctuation).
  static let filenameQuoteCharacters = " \t\n()[]{},:=<>;"

  // MARK: Reading

  /// Reads one line with readline, showing `prompt`.
  ///
  /// Ctrl-C at the prompt discards the line, moves to a fresh line and returns
  /// ``LineInput/interrupted`` (the caller resets its continuation buffer). Ctrl-D on
  /// an empty line returns ``LineInput/endOfInput``; the cursor is then on a fresh
  /// line too. A line is not added to the history: call ``addHistory(_:)``.
  ///
  /// - Parameter prompt: The prompt; wrap escape sequences (colours) in `\u{01}` and
  ///   `\u{02}` so readline can measure its width.
  /// - Returns: The line, the end of input, or an interruption.
  public func read(prompt: String) -> LineInput {
    activeCompleter = completer
    defer { activeCompleter = nil }
    crl_refresh_screen_size()

    readInterruptedFlag.store(false, ordering: .sequentiallyConsistent)
    insideReadFlag.store(true, ordering: .sequentiallyConsistent)
    interruptRequestedFlag.store(false, ordering: .sequentiallyConsistent)
    let raw = readline(prompt)
    insideReadFlag.store(false, ordering: .sequentiallyConsistent)
    let interrupted = readInterruptedFlag.exchange(false, ordering: .sequentiallyConsistent)
    defer { free(raw) }

    if interrupted {
      // Readline has echoed ^C and, accepting the emptied line, already moved to a
      // fresh line (an extra newline here would leave a blank line).
      return .interrupted
    }
    guard let raw else {
      // Readline ≥ 8.1 prints a newline itself at EOF only when bracketed paste was on.
      if crl_eof_found() == 0 || !bracketedPasteActive() { writeToTerminal("\n") }
      return .endOfInput
    }
    return .line(String(cString: raw))
  }

  /// Whether readline surrounded the last read with bracketed-paste mode (it does
  /// unless the user or TERM=dumb turned it off), which also makes it end the line
  /// itself at EOF.
  private func bracketedPasteActive() -> Bool {
    guard let value = rl_variable_value("enable-bracketed-paste") else { return false }
    return String(cString: value) == "on" && !isDumbTerminal()
  }

  private func isDumbTerminal() -> Bool {
    guard let term = getenv("TERM") else { return true }
    let name = String(cString: term)
    return name.isEmpty || name == "dumb"
  }

  private func writeToTerminal(_ text: String) {
    crl_write_output(text)
  }

  // MARK: History

  /// Adds an entry to the history and appends it to the history file at once, so a
  /// crash or `kill -9` loses nothing.
  ///
  /// An entry may contain newlines: a multi-line block is one entry, recalled whole
  /// by Up, in this session and after a restart. An empty (all-whitespace) entry, or
  /// one equal to the newest entry, is skipped. The file's directory is created
  /// (mode 0700) if missing, and the file (mode 0600) is truncated to the history
  /// limit once it exceeds the limit by a tenth (at least 10 entries), so it is not
  /// rewritten on every entry. Concurrent sessions may append to the same file:
  /// each entry is one `O_APPEND` write, and truncation takes an exclusive lock.
  ///
  /// - Parameter entry: The text to remember, usually a whole (multi-line) statement.
  public func addHistory(_ entry: String) {
    guard historyLimit > 0 else { return }
    guard entry.contains(where: { !$0.isWhitespace }) else { return }
    if let last = crl_last_history_line(), String(cString: last) == entry { return }
    add_history(entry)

    guard let historyFile else { return }
    do {
      try HistoryFile.append(entry, to: historyFile)
      fileEntryCount += 1
      if fileEntryCount > historyLimit + max(10, historyLimit / 10) {
        fileEntryCount = try HistoryFile.truncate(historyFile, toLast: historyLimit)
      }
    } catch {
      reportHistoryError(error)
    }
  }

  private func loadHistory() {
    guard historyLimit > 0, let historyFile else { return }
    do {
      guard let contents = try HistoryFile.read(historyFile) else { return }
      let entries = HistoryFile.entries(in: contents)
      for entry in entries.suffix(historyLimit) {
        add_history(String(decoding: entry.text, as: UTF8.self))
      }
      fileEntryCount = entries.count
      if fileEntryCount > historyLimit {
        fileEntryCount = try HistoryFile.truncate(historyFile, toLast: historyLimit)
      }
    } catch {
      reportHistoryError(error)
    }
  }

  private func reportHistoryError(_ error: any Error) {
    guard !reportedHistoryError else { return }
    reportedHistoryError = true
    crl_write_error("warning: history file: \(error)\n")
  }

  // MARK: Ctrl-C

  private func installSigintHandler() {
    var action = sigaction()
    #if canImport(Darwin)
      action.__sigaction_u.__sa_handler = sigintHandler
    #else
      action.__sigaction_handler.sa_handler = sigintHandler
    #endif
    sigemptyset(&action.sa_mask)
    // Outside readline, a blocking read or write in the caller's work restarts
    // instead of failing with EINTR; the caller notices the flag at its next check.
    action.sa_flags = Int32(SA_RESTART)
    sigaction(SIGINT, &action, &previousSigintAction)
  }
}

// MARK: - State shared with C callbacks and the signal handler

/// Set by the SIGINT handler when Ctrl-C arrives outside `read(prompt:)`.
private let interruptRequestedFlag = Atomic<Bool>(false)
/// Set by the SIGINT handler when Ctrl-C arrives during `read(prompt:)`.
private let readInterruptedFlag = Atomic<Bool>(false)
/// True while `read(prompt:)` is inside readline().
private let insideReadFlag = Atomic<Bool>(false)

/// The completer of the editor that is reading; only touched on the reading thread
/// (readline is single-threaded), hence `nonisolated(unsafe)`.
nonisolated(unsafe) private var activeCompleter: ((CompletionRequest) -> Completion)?
/// The candidates the word generator hands to readline, and its position.
nonisolated(unsafe) private var pendingWords: [String] = []
nonisolated(unsafe) private var pendingWordIndex = 0

/// SIGINT handler: only sets a flag (async-signal-safe). During readline(), readline
/// catches the signal first, echoes ^C, restores the terminal, and re-raises it here.
private func sigintHandler(_: Int32) {
  if insideReadFlag.load(ordering: .sequentiallyConsistent) {
    readInterruptedFlag.store(true, ordering: .sequentiallyConsistent)
  } else {
    interruptRequestedFlag.store(true, ordering: .sequentiallyConsistent)
  }
}

/// rl_event_hook and rl_signal_event_hook: readline polls it about every 100 ms while
/// waiting for a key. After Ctrl-C it discards the line and sets rl_done, so
/// readline() returns and `read(prompt:)` reports `.interrupted`.
private func eventHook() -> Int32 {
  if readInterruptedFlag.load(ordering: .sequentiallyConsistent) {
    crl_abort_line()
  }
  return 0
}

/// rl_attempted_completion_function: asks the active completer what to offer.
private func attemptCompletion(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  crl_no_filename_fallback()
  guard let text, let completer = activeCompleter else { return nil }

  let point = Int(crl_point())
  let bufferStart = UnsafeRawPointer(crl_line_buffer()).assumingMemoryBound(to: UInt8.self)
  let buffer = String(decoding: UnsafeBufferPointer(start: bufferStart, count: point), as: UTF8.self)
  let word = String(cString: text)

  switch completer(CompletionRequest(buffer: buffer, word: word)) {
  case .none:
    return nil
  case .filenames:
    return crl_complete_filenames(text)
  case .words(let candidates):
    var seen = Set<String>()
    pendingWords = candidates.filter { $0.hasPrefix(word) && seen.insert($0).inserted }
    pendingWordIndex = 0
    defer { pendingWords = [] }
    guard !pendingWords.isEmpty else { return nil }
    return crl_complete_with(text, nextWord)
  }
}

/// rl_compentry_func_t: yields the pending candidates one by one, each strdup'd
/// because readline frees them; NULL ends the list.
private func nextWord(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
  if state == 0 { pendingWordIndex = 0 }
  guard pendingWordIndex < pendingWords.count else { return nil }
  defer { pendingWordIndex += 1 }
  return strdup(pendingWords[pendingWordIndex])
}

// MARK: - History file

/// The history file format is readline's with timestamps: each entry is a line
/// `#<seconds since 1970>` followed by the entry's lines. Lines before the first
/// timestamp (a file written without timestamps) are one entry each.
///
/// We read and write it ourselves instead of with read_history/append_history:
/// readline's reader takes any line starting with `#` and a digit for a timestamp,
/// which would split an entry containing a comment such as `#1993: ICD built`, and
/// drops empty lines inside entries. Here a timestamp is `#` and at least 9 digits,
/// alone on its line (every real timestamp since 1973), and empty lines are kept.
enum HistoryFile {
  /// An entry's text (its lines joined with `\n`) and where its record starts in
  /// the file.
  struct Entry {
    var text: ArraySlice<UInt8>
    var offset: Int
  }

  /// A failed system call on the history file.
  struct Failure: Error, CustomStringConvertible {
    var operation: String
    var path: String
    var code: Int32
    var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
  }

  /// The file's bytes, or nil if it does not exist.
  static func read(_ path: String) throws -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw Failure(operation: "cannot open", path: path, code: errno)
    }
    defer { close(fd) }
    return try readAll(fd, path: path)
  }

  /// Splits a history file into entries.
  static func entries(in bytes: [UInt8]) -> [Entry] {
    var entries: [Entry] = []
    // The timestamped entry being read: where its record starts, and its text range.
    var current: (offset: Int, start: Int, end: Int)? = nil
    var lineStart = 0
    let newline = UInt8(ascii: "\n")

    func finish() {
      // A timestamp with no text after it (or only an empty line) is not an entry.
      if let entry = current, entry.end > entry.start {
        entries.append(Entry(text: bytes[entry.start..<entry.end], offset: entry.offset))
      }
      current = nil
    }

    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
      let line = bytes[lineStart..<lineEnd]
      if isTimestamp(line) {
        finish()
        current = (offset: lineStart, start: min(lineEnd + 1, bytes.count), end: min(lineEnd + 1, bytes.count))
      } else if current != nil {
        current?.end = lineEnd
      } else if !line.isEmpty {
        entries.append(Entry(text: line, offset: lineStart))  // legacy: one entry a line
      }
      lineStart = lineEnd + 1
    }
    finish()
    return entries
  }

  /// A timestamp line: `#` and at least 9 digits, nothing else.
  static func isTimestamp(_ line: ArraySlice<UInt8>) -> Bool {
    guard line.count >= 10, line.first == UInt8(ascii: "#") else { return false }
    return line.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// Appends one entry as a single `O_APPEND` write (atomic with respect to other
  /// sessions' appends), under a shared lock so it cannot interleave with a
  /// truncation, creating the file (0600) and its directory (0700) if needed.
  static func append(_ entry: String, to path: String) throws {
    var record = Array("#\(time(nil))\n".utf8)
    record += entry.utf8
    record.append(UInt8(ascii: "\n"))

    try createParentDirectory(of: path)
    let fd = try openLocked(path, flags: O_WRONLY | O_APPEND | O_CREAT, lock: LOCK_SH)
    defer { close(fd) }
    try writeAll(fd, record, path: path)
  }

  /// Rewrites the file with only its last `limit` entries (through a temporary file
  /// and rename, under an exclusive lock). Returns the number of entries left.
  static func truncate(_ path: String, toLast limit: Int) throws -> Int {
    let fd = try openLocked(path, flags: O_RDONLY, lock: LOCK_EX)
    defer { close(fd) }
    let bytes = try readAll(fd, path: path)
    let all = entries(in: bytes)
    guard all.count > limit else { return all.count }

    let keptFrom = limit > 0 ? all[all.count - limit].offset : bytes.count
    let temporary = "\(path).tmp\(getpid())"
    let out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    if out < 0 { throw Failure(operation: "cannot create", path: temporary, code: errno) }
    do {
      try writeAll(out, Array(bytes[keptFrom...]), path: temporary)
      if fsync(out) != 0 { throw Failure(operation: "cannot sync", path: temporary, code: errno) }
      close(out)
    } catch {
      close(out)
      unlink(temporary)
      throw error
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw Failure(operation: "cannot replace", path: path, code: code)
    }
    return limit
  }

  /// Opens `path` and takes a `flock` lock on it, reopening if the file was replaced
  /// (by another session's truncation) while we waited for the lock.
  private static func openLocked(_ path: String, flags: Int32, lock: Int32) throws -> Int32 {
    for _ in 0..<1000 {  // each retry means another session made progress
      let fd = open(path, flags | O_CLOEXEC, 0o600)
      if fd < 0 { throw Failure(operation: "cannot open", path: path, code: errno) }
      while flock(fd, lock) != 0 {
        if errno == EINTR { continue }
        let code = errno
        close(fd)
        throw Failure(operation: "cannot lock", path: path, code: code)
      }
      var opened = stat()
      var current = stat()
      if fstat(fd, &opened) == 0, stat(path, &current) == 0,
        opened.st_dev == current.st_dev, opened.st_ino == current.st_ino
      {
        return fd
      }
      close(fd)  // replaced meanwhile: try the new file
    }
    throw Failure(operation: "cannot lock", path: path, code: EAGAIN)
  }

  /// Creates the missing directories above `path`, each with mode 0700.
  private static func createParentDirectory(of path: String) throws {
    guard let slash = path.lastIndex(of: "/") else { return }
    let directory = String(path[..<slash])
    guard !directory.isEmpty else { return }
    var info = stat()
    if stat(directory, &info) == 0 { return }
    try createParentDirectory(of: directory)
    if mkdir(directory, 0o700) != 0 && errno != EEXIST {
      throw Failure(operation: "cannot create directory", path: directory, code: errno)
    }
  }

  private static func readAll(_ fd: Int32, path: String) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += chunk[..<count]
      } else if count == 0 {
        return bytes
      } else if errno != EINTR {
        throw Failure(operation: "cannot read", path: path, code: errno)
      }
    }
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
      if count > 0 {
        written += count
      } else if count < 0 && errno != EINTR {
        throw Failure(operation: "cannot write", path: path, code: errno)
      }
    }
  }
}

/// read(2), named apart from the `read` methods above.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}

/// write(2), named apart for symmetry with ``systemRead(_:_:_:)``.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, buffer, count)
}
