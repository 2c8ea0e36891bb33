// Long answers on a terminal: what one entry at the prompt writes is held, then goes through
// $PAGER when it has more lines than the window, and the demo waits for a key between steps.

import ClusterSession

#if canImport(Glibc)
  import Glibc
#endif

/// The program long answers go through.
enum Pager {
  /// `$PAGER` run by the shell, or `less -FRX` when PAGER is not set.
  enum Command: Equatable {
    case shell(String)
    case less
  }

  /// The pager the environment asks for: none when PAGER is set to nothing or to `cat`.
  static func command(environment: (String) -> String? = Terminal.environment) -> Command? {
    guard let pager = environment("PAGER") else { return .less }
    let words = pager.split(separator: " ")
    if words.isEmpty || (words.count == 1 && (words[0] == "cat" || words[0].hasSuffix("/cat"))) { return nil }
    return .shell(pager)
  }

  /// The rows `text` takes in a window `columns` wide: a line wider than the window takes
  /// several.
  static func rows(_ text: String, columns: Int) -> Int {
    var rows = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
      let width = withoutEscapes(String(line)).displayWidth
      rows += max(1, (width + columns - 1) / max(columns, 1))
    }
    return rows
  }

  /// `text` without the colour sequences (ESC [ … m) that take no room on the screen.
  static func withoutEscapes(_ text: String) -> String {
    guard text.contains("\u{1B}") else { return text }
    var out = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if (0x40...0x7E).contains(scalar.value), scalar != "[" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Shows `text` through the pager and waits until it ends. False when the pager could not be
  /// started (or the shell found no such command): then nothing was shown.
  static func show(_ text: String, with command: Command) -> Bool {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return false }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
    posix_spawn_file_actions_addclose(&actions, readEnd)

    // The pager gets the signals' usual actions: this process ignores some while it waits.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let arguments: [String]
    switch command {
    case .shell(let line): arguments = ["/bin/sh", "-c", line]
    case .less: arguments = ["less", "-FRX"]
    }
    // As git does: colour passes through less, and a short answer does not clear the screen.
    var environment = currentEnvironment()
    if !environment.contains(where: { $0.hasPrefix("LESS=") }) { environment.append("LESS=FRX") }
    if !environment.contains(where: { $0.hasPrefix("LV=") }) { environment.append("LV=-c") }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child = pid_t()
    let started =
      command == .less
      ? posix_spawnp(&child, "less", &actions, &attributes, argv, envp)
      : posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
    close(readEnd)
    guard started == 0 else {
      close(writeEnd)
      return false
    }

    // A pager left with `q` before the end closes the pipe: that is no error. Ctrl-C is the
    // pager's to handle, not a reason to end the session.
    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&ignore.sa_mask)
    var previousPipe = sigaction()
    var previousInterrupt = sigaction()
    sigaction(SIGPIPE, &ignore, &previousPipe)
    sigaction(SIGINT, &ignore, &previousInterrupt)
    defer {
      sigaction(SIGPIPE, &previousPipe, nil)
      sigaction(SIGINT, &previousInterrupt, nil)
    }
    try? FileSystem.writeAll(text, to: writeEnd)
    close(writeEnd)
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    let exited = status & 0x7f == 0
    let code = (status >> 8) & 0xff
    // 127 and 126: the shell found no such command, or could not run it.
    return !(exited && (code == 127 || code == 126) && command != .less)
  }

  private static func currentEnvironment() -> [String] {
    var out: [String] = []
    var entry = environ
    while let pointer = entry.pointee {
      out.append(String(cString: pointer))
      entry += 1
    }
    return out
  }
}

/// Standard output of a person at a terminal: what one entry writes is held until the entry is
/// done, then written, or shown through the pager when it needs more rows than the window has
/// under the prompt.
final class HeldOutput {
  private var held = ""
  private let pager: Pager.Command?

  init(pager: Pager.Command?) {
    self.pager = pager
  }

  func hold(_ text: String) {
    held += text
  }

  /// Writes what was held.
  func release() {
    guard !held.isEmpty else { return }
    let text = held
    held = ""
    if let pager, let window = Terminal.windowSize(), window.rows > 0,
      Pager.rows(text, columns: window.columns) > window.rows - 1, Pager.show(text, with: pager)
    {
      return
    }
    Terminal.write(text)
  }

  /// Makes `session` hold its answers here until `detach`; a diagnostic first writes what came
  /// before it, so the two keep their order.
  func attach(to session: Session) {
    let (output, report) = (session.output, session.report)
    restore = { [weak session] in
      session?.output = output
      session?.report = report
    }
    session.output = { self.hold($0) }
    session.report = { diagnostic in
      self.release()
      report(diagnostic)
    }
  }

  /// Writes what is held and gives the session back its own output and report.
  func detach() {
    release()
    restore()
    restore = {}
  }

  private var restore: () -> Void = {}
}

extension Terminal {
  /// Whether a person reads the answers as they come: standard input and output are a terminal.
  static var personAtTerminal: Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }

  /// Waits for a key between two steps of the demo: true to go on (Enter, or any key but `q`),
  /// false to stop (`q`, Ctrl-C, Ctrl-D, end of input). The question is erased after.
  static func pause(_ question: String = "press Enter for the next step, q to stop ") -> Bool {
    write(question)
    defer { write("\r" + String(repeating: " ", count: question.count) + "\r") }
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return false }
    var raw = saved
    // One key at a time, not echoed; Ctrl-C arrives as a key, so the terminal is always restored.
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    var key: UInt8 = 0
    while true {
      let n = read(STDIN_FILENO, &key, 1)
      if n < 0, errno == EINTR { continue }
      guard n == 1 else { return false }
      // q, Q, Ctrl-C and Ctrl-D stop.
      return ![0x71, 0x51, 0x03, 0x04].contains(key)
    }
  }
}
