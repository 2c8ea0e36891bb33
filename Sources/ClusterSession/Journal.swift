// The REPL's journal: every accepted statement appended and flushed to disk as it is accepted,
// so that `clusterlab --recover` can bring back a session killed mid-work (a closed laptop,
// kill -9). A session that ends normally removes its journal.

import ClusterSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One session's journal file: a clusterlab script of the statements it accepted, in order.
public final class Journal {
  /// The journal's path: `journal-PID-SECONDS.cluster` in the journal folder (the start time
  /// keeps a reused process id from ever meeting an older, unrecovered journal).
  public let path: String
  private var fd: Int32
  /// Statements written so far.
  public private(set) var count = 0

  /// Creates a fresh journal for this process in `folder` (made if missing, mode 0700).
  public init(folder: String) throws(FileError) {
    try FileSystem.makeFolder(folder)
    var candidate = folder + "/journal-\(getpid())-\(time(nil)).cluster"
    var fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
    var attempt = 1
    // Never write over another journal, however its name came to be taken.
    while fd < 0 && errno == EEXIST && attempt < 100 {
      candidate = folder + "/journal-\(getpid())-\(time(nil))-\(attempt).cluster"
      fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
      attempt += 1
    }
    guard fd >= 0 else { throw .fromErrno() }
    path = candidate
    self.fd = fd
    try write("# clusterlab journal: the statements a REPL session accepted, in order.\n"
      + "# `clusterlab --recover` replays it; a session that ends normally removes it.\n")
  }

  /// Appends one accepted statement and flushes it to disk before the next prompt.
  public func append(_ statement: String) throws(FileError) {
    try write(statement.hasSuffix("\n") ? statement : statement + "\n")
    count += 1
  }

  private func write(_ text: String) throws(FileError) {
    guard fd >= 0 else { return }
    try FileSystem.writeAll(text, to: fd)
    _ = fsync(fd)
  }

  /// Ends the journal: a clean exit removes it, so only interrupted sessions leave one.
  public func close(removing: Bool) {
    guard fd >= 0 else { return }
    Glibc.close(fd)
    fd = -1
    if removing { unlink(path) }
  }

  deinit { close(removing: false) }

  /// A journal left by a session that did not end normally.
  public struct Interrupted: Sendable, Equatable {
    public let path: String
    /// Seconds since the epoch of its last write.
    public let modified: Int
    public let statements: Int
  }

  /// Whether process `pid` exists and is not a zombie (killed, but not yet reaped by its parent).
  static func isRunning(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 || errno == EPERM else { return false }
    // /proc/PID/stat: "PID (name) STATE …"; the name may hold spaces, so read after the last ')'.
    guard let stat = try? FileSystem.read("/proc/\(pid)/stat"), let close = stat.lastIndex(of: ")") else { return true }
    return stat[stat.index(after: close)...].trimmingPrefix(" ").first != "Z"
  }

  /// Journals in `folder` whose session is no longer running, newest first.
  public static func interrupted(in folder: String) -> [Interrupted] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var found: [Interrupted] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      guard name.hasPrefix("journal-"), name.hasSuffix(".cluster"),
        let pid = Int32(name.dropFirst("journal-".count).prefix(while: { $0 != "-" && $0 != "." }))
      else { continue }
      // A journal whose process still runs belongs to a live session: leave it alone.
      if pid == getpid() || isRunning(pid) { continue }
      let path = folder + "/" + name
      var info = stat()
      guard stat(path, &info) == 0 else { continue }
      let text = (try? FileSystem.read(path)) ?? ""
      let statements = Parser.parse(SourceFile(name: path, text: text)).script.statements.count
      found.append(Interrupted(path: path, modified: Int(info.st_mtim.tv_sec), statements: statements))
    }
    return found.sorted { ($0.modified, $0.path) > ($1.modified, $1.path) }
  }
}
