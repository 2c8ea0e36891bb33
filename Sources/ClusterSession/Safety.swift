// What a session may touch and how much it may compute: the trust given to a script
// (`--safe` for scripts from others) and the limits that answer with an error, not a hang.

/// The files a session may read and write.
public struct Safety: Sendable, Equatable {
  /// Whether `save` (and later `export`) may write files.
  public var writesFiles: Bool
  /// Whether `include` and `load` may read files at all.
  public var readsFiles: Bool
  /// The folder `include` and `load` must stay inside (a canonical path); nil: anywhere.
  public var readableFolder: String?

  public init(writesFiles: Bool = true, readsFiles: Bool = true, readableFolder: String? = nil) {
    self.writesFiles = writesFiles
    self.readsFiles = readsFiles
    self.readableFolder = readableFolder
  }

  /// A session the user runs for themselves: every file they can reach.
  public static let trusted = Safety()

  /// `--safe`: no writes; reads only inside `folder` (the script's own), symbolic links resolved.
  public static func safe(folder: String) -> Safety {
    Safety(writesFiles: false, readsFiles: true, readableFolder: FileSystem.canonicalPath(folder))
  }

  /// No files at all: the fuzzer and tests that must never touch the disk.
  public static let sealed = Safety(writesFiles: false, readsFiles: false, readableFolder: nil)

  /// Whether this is anything less than `trusted`.
  public var isRestricted: Bool { self != .trusted }
}

/// The session's own limits: each ends a statement with an error before it could hang.
/// `clusterlab --limit NAME=VALUE` raises or lowers one; `help limits` lists them.
public struct SessionLimits: Sendable, Equatable {
  /// Years one simulation may cover.
  public var years = 500
  /// Monte Carlo runs one `runs` may ask for.
  public var runs = 100_000
  /// Simulated years over all the runs of one command (runs × years).
  public var runYears = 5_000_000
  /// Iterations of `for` loops in one top-level statement, nested loops counted together.
  public var loopIterations = 10_000
  /// Files deep that `include` and `load` may nest.
  public var includeDepth = 16

  public init() {}

  public init(years: Int, runs: Int, runYears: Int, loopIterations: Int, includeDepth: Int) {
    self.years = years
    self.runs = runs
    self.runYears = runYears
    self.loopIterations = loopIterations
    self.includeDepth = includeDepth
  }

  /// `--safe` lowers what a stranger's script may ask for.
  public static let safe = SessionLimits(years: 200, runs: 10_000, runYears: 1_000_000, loopIterations: 1_000, includeDepth: 8)

  /// What the fuzzer (and its regression tests) allow one input: small enough that any input
  /// finishes in well under libFuzzer's timeout in a debug build with AddressSanitizer.
  public static let fuzzing = SessionLimits(years: 30, runs: 20, runYears: 600, loopIterations: 50, includeDepth: 4)

  /// The names `--limit` takes, with what each bounds, in the order `help limits` lists them.
  public static let names: [(name: String, meaning: String)] = [
    ("years", "years one simulation may cover"),
    ("runs", "Monte Carlo runs `runs` may ask for"),
    ("run_years", "runs × years of one command"),
    ("loop_iterations", "iterations of `for` loops in one statement, nested loops together"),
    ("include_depth", "files deep `include` and `load` may nest"),
  ]

  /// The value of the limit called `name`.
  public subscript(_ name: String) -> Int? {
    switch name {
    case "years": return years
    case "runs": return runs
    case "run_years": return runYears
    case "loop_iterations": return loopIterations
    case "include_depth": return includeDepth
    default: return nil
    }
  }

  /// Sets `name` to `value`; returns a message saying what is wrong, or nil.
  public mutating func set(_ name: String, _ value: Int) -> String? {
    guard value >= 1 else { return "a limit is a whole number from 1" }
    switch name {
    case "years": years = value
    case "runs": runs = value
    case "run_years": runYears = value
    case "loop_iterations": loopIterations = value
    case "include_depth": includeDepth = value
    default: return "no limit named `\(name)`; the limits are: " + SessionLimits.names.map(\.name).joined(separator: ", ")
    }
    return nil
  }
}
