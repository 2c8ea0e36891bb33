// Reading and writing case files with POSIX calls: whole-file reads, and saves that write a
// temporary file, flush it and rename it over the old one, so a failed save never truncates.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file operation that failed, with the system's reason.
public struct FileError: Error, Sendable {
  public let reason: String
  static func fromErrno() -> FileError {
    FileError(reason: String(cString: strerror(errno)))
  }
}

public enum FileSystem {
  /// The largest file `load` or `include` reads.
  public static let maximumFileSize = 64 << 20

  /// Reads a whole file as UTF-8; invalid bytes become U+FFFD, which the lexer then reports.
  public static func read(_ path: String) throws(FileError) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .fromErrno() }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .fromErrno() }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(reason: "it is a folder") }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .fromErrno()
      }
      if n == 0 { break }
      bytes.append(contentsOf: buffer[0..<n])
      if bytes.count > maximumFileSize {
        throw FileError(reason: "it is larger than \(maximumFileSize >> 20) MiB")
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `text` to a temporary file beside `path`, flushes it to disk, then renames it over
  /// `path`: readers see the old file or the new one, never half of one. A rewrite keeps the
  /// file what it was, as careful editors do: through a symbolic link it rewrites the target,
  /// and it keeps the mode (an executable script stays executable, a private file private) and,
  /// where allowed, the owner and group. A new file gets 0666 less the umask.
  public static func writeAtomically(_ text: String, to requested: String) throws(FileError) {
    var path = requested
    if let resolved = realpath(requested, nil) {
      path = String(cString: resolved)
      free(resolved)
    }
    var existing = stat()
    let exists = stat(path, &existing) == 0
    // Unique per write, not only per process: two writes of one file at once (two threads,
    // two tests) must not share, truncate or rename each other's temporary file.
    let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
    guard fd >= 0 else { throw .fromErrno() }
    if exists {
      _ = fchown(fd, existing.st_uid, existing.st_gid)
      if fchmod(fd, existing.st_mode & 0o7777) != 0 {
        let failure = FileError.fromErrno()
        close(fd)
        unlink(temporary)
        throw failure
      }
    }
    do {
      try writeAll(text, to: fd)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    if fsync(fd) != 0 || close(fd) != 0 {
      let failure = FileError.fromErrno()
      unlink(temporary)
      throw failure
    }
    if rename(temporary, path) != 0 {
      let failure = FileError.fromErrno()
      unlink(temporary)
      throw failure
    }
    // The rename itself reaches the disk with the folder.
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let dfd = open(folder, O_RDONLY | O_DIRECTORY)
    if dfd >= 0 {
      _ = fsync(dfd)
      close(dfd)
    }
  }

  /// Makes `path` and any missing parents, private to the user (mode 0700).
  public static func makeFolder(_ path: String) throws(FileError) {
    var prefix = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      prefix += "/" + part
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST { throw .fromErrno() }
    }
  }

  /// Writes all of `text` to a file descriptor, retrying short writes and interrupted calls.
  public static func writeAll(_ text: String, to fd: Int32) throws(FileError) {
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Glibc.write(fd, base + written, raw.count - written)
      }
      if n < 0, errno == EINTR { continue }
      if n <= 0 { throw .fromErrno() }
      written += n
    }
  }

  /// Whether a file or folder exists at `path`.
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// The absolute, symlink-free form of a path, for include-cycle detection.
  public static func canonicalPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `path` as seen from `folder`: relative (`../cases/x.cluster`) when they share a folder
  /// below the root, else absolute (symbolic links resolved in both).
  public static func relativePath(of path: String, from folder: String) -> String {
    let target = canonicalPath(path)
    let base = canonicalPath(folder)
    guard target.hasPrefix("/"), base.hasPrefix("/") else { return target }
    let t = target.split(separator: "/")
    let b = base.split(separator: "/")
    var common = 0
    while common < min(t.count, b.count), t[common] == b[common] { common += 1 }
    // Nothing in common but the root: the absolute path says more than a climb to it.
    guard common > 0 else { return target }
    let up = Array(repeating: "..", count: b.count - common)
    return (up + t[common...].map(String.init)).joined(separator: "/")
  }

  public static func currentDirectory() -> String? {
    guard let cwd = getcwd(nil, 0) else { return nil }
    defer { free(cwd) }
    return String(cString: cwd)
  }
}
