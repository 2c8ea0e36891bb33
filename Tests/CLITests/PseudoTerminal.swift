// PseudoTerminal: a test helper (not a test) that runs a program under a real
// pseudo-terminal, so readline, job control and terminal echo behave as they do
// for a person at a keyboard. It follows repl-conventions.md §6.3: open a pty, start
// the program on its slave side as a session leader with the pty as its controlling
// terminal, write keys to the master, and poll the output for a regular expression.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failure of ``PseudoTerminal``: the pty or the child could not be set up, or an
/// expectation timed out. The description includes the output seen so far.
struct PseudoTerminalError: Error, CustomStringConvertible {
  var description: String
}

/// A child process running under a pseudo-terminal of a fixed size.
///
/// ```swift
/// let pty = try PseudoTerminal(executable: "/bin/cat", arguments: [], environment: ["TERM": "xterm"])
/// pty.send("hello\r")
/// try pty.expect("hello\nhello")   // the terminal's echo, then cat's copy
/// pty.sendKey(.ctrlD)
/// #expect(try pty.waitForExit() == 0)
/// ```
///
/// Output is matched after ANSI escape sequences are removed, `\r\n` becomes `\n`
/// and other control characters (lone `\r`, backspace, bell) are dropped. Like
/// `expect(1)`, each successful ``expect(_:timeout:)`` consumes the output up to
/// the end of its match, so the next expectation only sees later output;
/// ``output`` keeps everything. Not thread-safe: use one instance from one task.
final class PseudoTerminal {
  /// Keys that are not plain text, as the bytes a terminal sends for them.
  enum Key: String, CaseIterable, Sendable {
    case tab = "\t"
    /// Enter sends carriage return, as a real terminal does (the tty turns it into `\n`).
    case enter = "\r"
    case ctrlA = "\u{01}"
    case ctrlC = "\u{03}"
    case ctrlD = "\u{04}"
    case ctrlE = "\u{05}"
    case ctrlR = "\u{12}"
    case ctrlU = "\u{15}"
    case escape = "\u{1b}"
    case backspace = "\u{7f}"
    case up = "\u{1b}[A"
    case down = "\u{1b}[B"
    case right = "\u{1b}[C"
    case left = "\u{1b}[D"
  }

  /// The child's process id.
  let pid: pid_t
  /// The master side of the pty (non-blocking, close-on-exec).
  private let master: Int32
  /// Everything the child wrote, as bytes.
  private var raw: [UInt8] = []
  /// `output` for `raw`, recomputed when `raw` grows.
  private var cleanedCache: (rawCount: Int, text: String) = (0, "")
  /// UTF-16 offset in `output` where the next `expect` starts searching.
  private var searchStart = 0
  /// The exit status, once the child has been reaped.
  private var exitStatus: Int32?
  /// True once the slave side is closed (the child and its descendants exited).
  private var reachedEnd = false

  /// Starts `executable` under a new pseudo-terminal of `columns` × `rows`.
  ///
  /// The child becomes a session leader whose controlling terminal is the pty, so
  /// Ctrl-C sent with ``sendKey(_:count:)`` reaches it as SIGINT. Its signal mask is
  /// empty and job-control signals are reset to their defaults.
  ///
  /// - Parameters:
  ///   - executable: The program's path (searched in this process's `PATH` if it
  ///     contains no `/`).
  ///   - arguments: The arguments after the program name.
  ///   - environment: The child's whole environment (nothing is inherited).
  ///   - columns: The terminal width.
  ///   - rows: The terminal height.
  init(
    executable: String, arguments: [String], environment: [String: String],
    columns: Int = 100, rows: Int = 30
  ) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(
      ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else {
      throw PseudoTerminal.failure("openpty")
    }
    // Neither side may leak into children that other tests start meanwhile.
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
    // The parent keeps the slave open until the child has opened it, so reading the
    // master never sees a closed slave (EIO) before the child starts.
    defer { close(slave) }
    var slavePath = [CChar](repeating: 0, count: 256)
    guard ttyname_r(slave, &slavePath, slavePath.count) == 0 else {
      let error = PseudoTerminal.failure("ttyname_r")
      close(master)
      throw error
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid() (glibc runs the file actions after it), without
    // O_NOCTTY: the slave becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD, SIGWINCH, SIGHUP, SIGTERM] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(
      &attributes,
      Int16(PseudoTerminal.spawnSetSID | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child = pid_t()
    let spawn = executable.contains("/") ? posix_spawn : posix_spawnp
    let result = spawn(&child, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      close(master)
      throw PseudoTerminalError(
        description: "cannot start \(executable): \(String(cString: strerror(result)))")
    }
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    self.master = master
    self.pid = child
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
    close(master)
  }

  /// `POSIX_SPAWN_SETSID` (glibc ≥ 2.26; only declared with `_GNU_SOURCE`).
  private static let spawnSetSID: Int32 = 0x80

  // MARK: Input

  /// Writes text to the terminal as if typed (or pasted) all at once.
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    var written = 0
    let deadline = ContinuousClock.now + .seconds(5)
    while written < bytes.count && ContinuousClock.now < deadline {
      let count = bytes[written...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if count > 0 {
        written += count
      } else if count < 0 && errno != EINTR && errno != EAGAIN {
        return  // the child is gone
      } else {
        drain(waitingMilliseconds: 10)  // the pty is full: let the child catch up
      }
    }
  }

  /// Sends a special key, `count` times.
  func sendKey(_ key: Key, count: Int = 1) {
    for _ in 0..<max(0, count) { send(key.rawValue) }
  }

  // MARK: Output

  /// Everything the child wrote so far, with escape sequences and control
  /// characters other than `\n` and `\t` removed (`\r\n` becomes `\n`).
  var output: String {
    drain(waitingMilliseconds: 0)
    return cleanedOutput()
  }

  /// Everything the child wrote so far, exactly (decoded as UTF-8).
  var rawOutput: String {
    drain(waitingMilliseconds: 0)
    return String(decoding: raw, as: UTF8.self)
  }

  /// Waits until `pattern` matches the cleaned output after the previous match.
  ///
  /// - Parameters:
  ///   - pattern: An `NSRegularExpression` pattern; `^` and `$` match at line
  ///     boundaries, and `$` also at the end of the output (the cursor's line).
  ///   - timeout: How long to wait.
  /// - Returns: The matched text.
  /// - Throws: ``PseudoTerminalError`` on timeout (with the unmatched output) or for
  ///   a bad pattern.
  @discardableResult
  func expect(_ pattern: String, timeout: Duration = .seconds(5)) throws -> String {
    let regex: NSRegularExpression
    do {
      regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    } catch {
      throw PseudoTerminalError(description: "bad pattern \(pattern): \(error)")
    }
    let deadline = ContinuousClock.now + timeout
    while true {
      let text = cleanedOutput() as NSString
      let start = min(searchStart, text.length)
      let range = NSRange(location: start, length: text.length - start)
      if let match = regex.firstMatch(in: text as String, options: [], range: range) {
        searchStart = match.range.location + match.range.length
        return text.substring(with: match.range)
      }
      if ContinuousClock.now >= deadline || (reachedEnd && exitStatus != nil) {
        let unmatched = text.substring(from: start)
        throw PseudoTerminalError(
          description: """
            timed out after \(timeout) waiting for /\(pattern)/\(reachedEnd ? " (the program ended)" : ""); \
            output since the last match:
            \(unmatched)
            """)
      }
      drain(waitingMilliseconds: 20)
      if reachedEnd { reap(blocking: false) }
    }
  }

  /// Waits for the child to exit, reading its output meanwhile.
  ///
  /// - Returns: Its exit status, or 128 + the signal number if a signal ended it.
  /// - Throws: ``PseudoTerminalError`` if it is still running after `timeout`.
  func waitForExit(timeout: Duration = .seconds(5)) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while exitStatus == nil {
      reap(blocking: false)
      if exitStatus != nil { break }
      if ContinuousClock.now >= deadline {
        throw PseudoTerminalError(
          description: "process \(pid) still running after \(timeout); output:\n\(cleanedOutput())")
      }
      drain(waitingMilliseconds: 20)
    }
    // Collect what it wrote just before exiting.
    while !reachedEnd && drain(waitingMilliseconds: 50) {}
    return exitStatus ?? -1
  }

  /// Reads whatever is available, waiting up to `waitingMilliseconds` for the first
  /// byte. Returns whether anything was read.
  @discardableResult
  private func drain(waitingMilliseconds: Int32) -> Bool {
    guard !reachedEnd else { return false }
    var readAny = false
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    var wait = waitingMilliseconds
    while poll(&descriptor, 1, wait) > 0 {
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        raw += chunk[..<count]
        readAny = true
        wait = 0
      } else if count < 0 && (errno == EINTR || errno == EAGAIN) {
        continue
      } else {
        reachedEnd = true  // EIO (Linux) or 0: no process has the slave open any more
        break
      }
    }
    return readAny
  }

  private func reap(blocking: Bool) {
    guard exitStatus == nil else { return }
    var status: Int32 = 0
    let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
    guard result == pid else { return }
    let signal = status & 0x7f
    exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  private func cleanedOutput() -> String {
    if cleanedCache.rawCount != raw.count {
      cleanedCache = (raw.count, PseudoTerminal.clean(String(decoding: raw, as: UTF8.self)))
    }
    return cleanedCache.text
  }

  /// The rows a terminal `columns` wide would show after `text`: a small model of what
  /// readline's redisplay uses (printable text with wrapping, `\r`, `\n`, backspace, and the
  /// CSI cursor moves A B C D, erase-in-line K and erase-below J); other sequences are
  /// ignored. Rows are trimmed on the right; the screen never scrolls (rows grow).
  static func screen(_ text: String, columns: Int = 80) -> [String] {
    var rows: [[Character]] = [[]]
    var row = 0
    var column = 0
    func ensure() {
      while rows.count <= row { rows.append([]) }
      while rows[row].count < column { rows[row].append(" ") }
    }
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\u{1b}":
        guard scalars.first == "[" else {
          _ = scalars.popFirst()
          continue
        }
        scalars = scalars.dropFirst()
        var parameter = ""
        while let next = scalars.first, !(0x40...0x7e).contains(next.value) {
          parameter.unicodeScalars.append(next)
          scalars = scalars.dropFirst()
        }
        guard let final = scalars.popFirst() else { break }
        let n = Int(parameter) ?? 1
        switch final {
        case "A": row = max(0, row - n)
        case "B": row += n
        case "C": column += n
        case "D": column = max(0, column - n)
        case "K":
          ensure()
          rows[row].removeSubrange(min(column, rows[row].count)...)
        case "J":
          ensure()
          rows[row].removeSubrange(min(column, rows[row].count)...)
          rows.removeSubrange((row + 1)...)
        default: break
        }
      case "\r": column = 0
      case "\n": row += 1
      case "\u{08}": column = max(0, column - 1)
      default:
        guard scalar.value >= 0x20, scalar.value != 0x7f else { continue }
        if column >= columns {
          row += 1
          column = 0
        }
        ensure()
        if column < rows[row].count {
          rows[row][column] = Character(scalar)
        } else {
          rows[row].append(Character(scalar))
        }
        column += 1
      }
    }
    return rows.map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
  }

  /// Removes ANSI escape sequences (CSI, OSC and two-character escapes), turns
  /// `\r\n` into `\n`, and drops other control characters except `\n` and `\t`.
  static func clean(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    func advance() -> Unicode.Scalar? {
      pending = scalars.next()
      return pending
    }
    while let scalar = pending {
      switch scalar {
      case "\u{1b}":
        guard let introducer = advance() else { break }
        if introducer == "[" {
          // CSI: parameter and intermediate bytes, then one final byte in @...~.
          while let next = advance(), !(0x40...0x7e).contains(next.value) {}
        } else if introducer == "]" {
          // OSC: up to BEL or ESC \.
          while let next = advance(), next != "\u{07}" {
            if next == "\u{1b}" {
              _ = advance()
              break
            }
          }
        } else {
          // ESC, intermediate bytes (space.../), one final byte: ESC ( B, ESC =, ESC 7 …
          var next: Unicode.Scalar? = introducer
          while let byte = next, (0x20...0x2f).contains(byte.value) { next = advance() }
        }
      case "\r":
        if let next = advance(), next == "\n" { continue }  // keep the \n only
        continue
      case "\n", "\t":
        result.append(scalar)
      default:
        if scalar.value >= 0x20 && scalar.value != 0x7f { result.append(scalar) }
      }
      _ = advance()
    }
    return String(result)
  }

  // MARK: Helpers

  /// The directory holding the built products (`clusterlab` and the test bundle),
  /// found from the running test executable.
  static var builtProductsDirectory: String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return FileManager.default.currentDirectoryPath + "/.build/debug" }
    let executable = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return (executable as NSString).deletingLastPathComponent
  }

  private static func failure(_ operation: String) -> PseudoTerminalError {
    PseudoTerminalError(description: "\(operation) failed: \(String(cString: strerror(errno)))")
  }
}

extension PseudoTerminal {
  /// The built `clusterlab` under a terminal, with its history and journal in `state` (a
  /// temporary home) and nothing from the user's own set-up; `environment` adds to (or
  /// replaces) those variables.
  static func clusterlab(
    _ arguments: [String] = [], state: String, locale: [String: String] = ["LC_ALL": "C.UTF-8"],
    environment: [String: String] = [:], columns: Int = 100, rows: Int = 30
  ) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: builtProductsDirectory + "/clusterlab", arguments: arguments,
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": state, "XDG_STATE_HOME": state + "/state", "TERM": "xterm-256color",
        "INPUTRC": "/dev/null", "NO_COLOR": "1",
      ].merging(locale) { $1 }.merging(environment) { $1 },
      columns: columns, rows: rows)
  }

  /// Types a line and presses Enter.
  func enter(_ line: String) {
    send(line)
    sendKey(.enter)
  }
}
