// What the command line does to protect work and the machine: `--safe` and `--limit` turned
// into the session's safety and limits and the process's own CPU and memory ceilings, and the
// REPL's journal with `--recover`.

import ArgumentParser
import ClusterSession
import ClusterSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// `--safe` and `--limit`, shared by the commands that run the language.
struct ProtectionOptions: ParsableArguments {
  @Flag(help: "For scripts from others: no file writes, includes only from the script's folder, lower limits, CPU and memory ceilings (`help safe`).")
  var safe = false

  @Option(
    name: .customLong("limit"),
    help: ArgumentHelp(
      "Raise or lower a limit, NAME=VALUE (repeatable): years, runs, run_years, loop_iterations, include_depth, cpu_seconds, memory_mb.",
      valueName: "NAME=VALUE"))
  var limits: [String] = []

  /// The process's ceilings: CPU seconds and memory, 0 for none.
  struct Ceilings: Equatable {
    var cpuSeconds = 0
    var memoryMB = 0
  }

  /// Applies the options to a session; a bad `--limit` is a usage error (exit 2).
  func apply(to session: Session) throws -> Ceilings {
    var ceilings = Ceilings()
    if safe {
      session.limits = .safe
      ceilings = Ceilings(cpuSeconds: 60, memoryMB: 4096)
    }
    for entry in limits {
      let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let value = Int(parts[1].replacingUnderscores()), value >= 1 else {
        throw ValidationError("`--limit \(entry)`: write NAME=VALUE with a whole number from 1, such as `--limit runs=200000`")
      }
      switch parts[0] {
      case "cpu_seconds": ceilings.cpuSeconds = value
      case "memory_mb": ceilings.memoryMB = value
      default:
        if let problem = session.limits.set(parts[0], value) {
          throw ValidationError("`--limit \(entry)`: \(problem), cpu_seconds, memory_mb")
        }
      }
    }
    return ceilings
  }

  /// The folder a `--safe` run of `path` may read: the script's own (the working folder for
  /// `-e` statements and standard input).
  static func folder(of path: String?) -> String {
    guard let path, path != "-", let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String { filter { $0 != "_" } }
}

enum Protection {
  /// Sets the process's CPU and memory ceilings. Past the CPU ceiling the kernel sends
  /// SIGXCPU: the handler says why and exits 1, as any refused input does.
  static func impose(_ ceilings: ProtectionOptions.Ceilings) {
    if ceilings.cpuSeconds > 0 {
      let soft = rlim_t(ceilings.cpuSeconds)
      var limit = rlimit(rlim_cur: soft, rlim_max: soft + 5)
      _ = setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &limit)
      signal(SIGXCPU) { _ in
        let message = "clusterlab: stopped: the CPU-time ceiling was reached (`--limit cpu_seconds=N` raises it)\n"
        message.withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
        _exit(1)
      }
      // A parent may have started us with the signal blocked; threads made later inherit this.
      var unblock = sigset_t()
      sigemptyset(&unblock)
      sigaddset(&unblock, SIGXCPU)
      pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }
    if ceilings.memoryMB > 0 {
      let bytes = rlim_t(ceilings.memoryMB) << 20
      var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
      _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
    }
  }

  // MARK: - the journal

  /// `$CLUSTERLAB_JOURNAL` (a folder; empty turns the journal off), else
  /// `$XDG_STATE_HOME/clusterlab/journal`, else `~/.local/state/clusterlab/journal`.
  static func journalFolder() -> String? {
    if let explicit = Terminal.environment("CLUSTERLAB_JOURNAL") { return explicit.isEmpty ? nil : explicit }
    if let state = Terminal.environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/clusterlab/journal" }
    guard let home = Terminal.environment("HOME"), !home.isEmpty else { return nil }
    return home + "/.local/state/clusterlab/journal"
  }

  /// Starts this session's journal; a journal that cannot be written is reported once and the
  /// session goes on without it.
  static func startJournal(for session: Session) -> Journal? {
    guard let folder = journalFolder() else { return nil }
    do {
      let journal = try Journal(folder: folder)
      var reported = false
      session.journal = { statement in
        do {
          try journal.append(statement)
        } catch {
          if !reported {
            reported = true
            Terminal.complain(
              "the journal \(journal.path) cannot be written (\((error as? FileError)?.reason ?? "\(error)")); work since is not protected",
              severity: .warning, json: session.streamsJSON)
          }
        }
      }
      return journal
    } catch {
      Terminal.complain(
        "no journal in \(folder) (\(error.reason)); work is not protected against a crash", severity: .warning,
        json: session.streamsJSON)
      return nil
    }
  }

  /// Replays the newest interrupted journal into `session`, quietly. Returns its path, or nil
  /// when there is nothing to recover.
  static func recover(into session: Session) -> String? {
    guard let folder = journalFolder() else {
      Terminal.complain("the journal is off (CLUSTERLAB_JOURNAL is empty): nothing to recover", json: session.streamsJSON)
      return nil
    }
    let found = Journal.interrupted(in: folder)
    guard let newest = found.first else {
      Terminal.complain("no interrupted session to recover (journals live in \(folder))", json: session.streamsJSON)
      return nil
    }
    let text: String
    do {
      text = try FileSystem.read(newest.path)
    } catch {
      Terminal.complain("cannot read \(newest.path): \(error.reason)", json: session.streamsJSON, file: newest.path)
      return nil
    }
    let write = session.output
    session.output = { _ in }
    let keepGoing = session.keepGoing
    session.keepGoing = true
    let outcome = session.run(SourceFile(name: newest.path, text: text, path: newest.path))
    session.output = write
    session.keepGoing = keepGoing
    var line = "recovered \(newest.statements) statement\(newest.statements == 1 ? "" : "s") from \(newest.path)"
    if outcome.errors > 0 { line += " (\(outcome.errors) failed again: see above)" }
    if found.count > 1 {
      line += "\n\(found.count - 1) more interrupted session\(found.count == 2 ? "" : "s"): `clusterlab --recover` again brings back the next"
    }
    // Said to the person, as the REPL's own words are: a note on standard error in the stream.
    session.notify(line + "\n")
    return newest.path
  }

  /// At the start of a REPL: a word about interrupted sessions waiting to be recovered.
  static func mentionInterrupted(json: Bool) {
    guard let folder = journalFolder() else { return }
    let found = Journal.interrupted(in: folder)
    guard let newest = found.first else { return }
    Terminal.complain(
      "an interrupted session left \(newest.statements) statement\(newest.statements == 1 ? "" : "s") in \(newest.path); "
        + "`clusterlab --recover` brings \(newest.statements == 1 ? "it" : "them") back", severity: .note, json: json)
  }
}
