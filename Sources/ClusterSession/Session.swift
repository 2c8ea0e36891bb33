// The session: runs statements and commands against a workspace, one atomic step at a time,
// with undo, load/save/include and the answers to queries. It writes through two closures
// (results and diagnostics), so tests and the REPL drive it alike.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a run of statements ended.
public struct RunOutcome: Sendable, Equatable {
  /// Errors reported.
  public var errors = 0
  /// Whether `quit` or `exit` was reached.
  public var quit = false
  public init(errors: Int = 0, quit: Bool = false) {
    self.errors = errors
    self.quit = quit
  }
}

/// Whether statements run for real or are only checked.
public enum RunMode: Sendable {
  /// Everything runs.
  case run
  /// Declarations and changes are checked against a scratch workspace; commands that print or
  /// write files are skipped (`clusterlab check`).
  case check
  /// What changes the workspace and the settings of simulations runs; what prints, asserts,
  /// simulates or writes is skipped, and a `let` that needs a simulation is left unset: `save`
  /// replays the files a workspace came from to see what they declare.
  case replay
}

/// Runs the language against a workspace.
public final class Session {
  /// Errors `check` reports before it stops listing them.
  public static let maximumReportedErrors = 20

  public internal(set) var workspace = Workspace() {
    didSet {
      cachedEvaluation = nil
      exportEvaluations = [:]
      exportRuns = [:]
    }
  }
  /// The last evaluation of the current cluster; any change to the workspace drops it, so
  /// repeated queries on an unchanged case cost nothing.
  var cachedEvaluation: Evaluation?
  /// The evaluations `export` made, by cluster, dropped with any change: several exports of an
  /// unchanged case evaluate each cluster once.
  var exportEvaluations: [String: Evaluation] = [:]
  /// The runs `export` made for clusters without an up-to-date simulation, by cluster, with
  /// what they ran on (`exportRun`); dropped with any change, like the evaluations.
  var exportRuns: [String: (key: String, record: SimulationRecord)] = [:]
  /// Writes a result for the user (standard output).
  public var output: (String) -> Void
  /// Reports a diagnostic (standard error).
  public var report: (Diagnostic) -> Void
  /// Keep running after an error (`--keep-going`).
  public var keepGoing = false
  public var mode: RunMode = .run
  /// Print each statement, with its comments, before running it (`--echo`, the demo).
  public var echo = false
  /// How queries, `list`, `show`, `print` and `plot` answer when they don't say `as json` or
  /// `as text`. `.json` (`--format json`) also makes standard output the JSON stream: every
  /// write one line, one envelope (`streamsJSON`).
  public var defaultFormat: OutputFormat = .text
  /// The width text answers fit, the window's height and whether statuses are coloured: the
  /// command line measures the terminal (docs/language.md, "The screen").
  public var screen = Screen()
  /// The seed of the next simulations (`seed N`); nil runs deterministically.
  public var seed: UInt64?
  /// Monte Carlo runs of the next simulations (`runs N`).
  public var runs = 1
  /// Threads for Monte Carlo; nil uses every core.
  public var workers: Int?
  /// Asked while a long Monte Carlo runs: true stops it (Ctrl-C at the terminal).
  public var interruptRequested: @Sendable () -> Bool = { false }
  /// The last simulation of each cluster, by name.
  public var simulations: [String: SimulationRecord] = [:]
  /// The files this session may read and write (`--safe` narrows them).
  public var safety = Safety.trusted
  /// How much one statement may ask for (`--limit`).
  public var limits = SessionLimits()
  /// `for` iterations left to the statement running now.
  var loopIterationsLeft = 0
  /// The tables of the `for` running now, which a `print` of several values in its body adds
  /// a row to; nil outside loops.
  var sweepTables: [SweepTable]?
  /// Told the source of every statement the session accepted that a replay needs (changes,
  /// settings, simulations); the REPL writes them to its journal.
  public var journal: ((String) -> Void)?

  /// What `undo` restores: the workspace before a statement, or, for a declaration (the bulk
  /// of any case), only the name it added, so long sessions do not keep a copy per line.
  private enum UndoStep {
    case snapshot(Workspace)
    case declared(name: String, cluster: String?, previousCurrent: String?)
    case linked(Link, cluster: String)

    /// Actors, interventions and links a snapshot holds on to.
    var size: Int {
      if case .snapshot(let w) = self { return w.size }
      return 1
    }
  }

  private var undoStack: [(step: UndoStep, statement: String)] = []
  private var redoStack: [(workspace: Workspace, statement: String)] = []
  /// The most steps `undo` keeps, and the most actors, interventions and links their snapshots
  /// may hold together (about 100 bytes each); past either the oldest steps go.
  private static let undoLimit = 1000
  private static let undoSizeLimit = 2_000_000
  private var undoSize = 0
  /// Paths of the files being included, to detect cycles.
  private var includeChain: [String] = []
  /// The files this session loaded, included, ran or saved (canonical paths): `save` may
  /// overwrite them without `replace`.
  var knownFiles: Set<String> = []
  /// Changes typed since the last `save` (a `load` brings a file's work, not new work): the
  /// REPL says so before leaving, and the journal is kept for `--recover`.
  public private(set) var unsavedChanges = 0

  /// The work so far is in files (those on the command line, `-e` statements): nothing to
  /// warn about when leaving.
  public func markSaved() { unsavedChanges = 0 }

  public init(output: @escaping (String) -> Void, report: @escaping (Diagnostic) -> Void) {
    self.output = output
    self.report = report
  }

  // MARK: - running

  /// Parses and runs a whole source: a file, a `-e` argument or one REPL entry. Syntax errors
  /// anywhere mean nothing runs; then statements run in order, each atomic, and the run stops
  /// at the first error unless `keepGoing` or the mode is `.check`.
  @discardableResult
  public func run(_ file: SourceFile) -> RunOutcome {
    if let path = file.path {
      knownFiles.insert(FileSystem.canonicalPath(path))
      workspace.sources.append(file)
    }
    let (script, syntaxErrors) = Parser.parse(file)
    if !syntaxErrors.isEmpty {
      if mode == .check { return check(script, despite: syntaxErrors) }
      for d in syntaxErrors.prefix(Session.maximumReportedErrors) { report(d) }
      reportOverflow(syntaxErrors.count)
      return RunOutcome(errors: syntaxErrors.count)
    }
    var outcome = RunOutcome()
    for statement in script.statements {
      if echo {
        if streamsJSON { emitEcho(statement) } else { output(echoed(statement)) }
      }
      do {
        if try execute(statement) {
          outcome.quit = true
          break
        }
      } catch {
        outcome.errors += 1
        if outcome.errors <= Session.maximumReportedErrors { report(error) }
        if !(keepGoing || mode == .check) { break }
      }
    }
    reportOverflow(outcome.errors)
    return outcome
  }

  /// `check` of a file with syntax errors: the statements that parsed are checked all the
  /// same (with the declarations that failed to parse entered by name, so they cause no
  /// "not declared" further on), and every error is reported in the order of the file, so one
  /// run lists them all.
  private func check(_ script: Script, despite syntaxErrors: [Diagnostic]) -> RunOutcome {
    var found: [(offset: Int, diagnostic: Diagnostic)] = syntaxErrors.map { ($0.span?.range.lowerBound ?? 0, $0) }
    let steps = (script.statements.map { ($0, false) } + script.recovered.map { ($0, true) })
      .enumerated().sorted { ($0.element.0.span.range.lowerBound, $0.offset) < ($1.element.0.span.range.lowerBound, $1.offset) }
      .map(\.element)
    var quit = false
    for (statement, recovered) in steps where !quit {
      do {
        quit = try execute(statement)
      } catch where !recovered {
        // Errors of an included file are placed at the `include`.
        let place = error.span.flatMap { $0.file === script.file ? $0.range.lowerBound : nil }
        found.append((place ?? statement.span.range.lowerBound, error))
      } catch {
        // A declaration entered by name only is the parser's doing, not the user's.
      }
    }
    // By place, and in the order found where two share one (a stable sort).
    let ordered = found.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
    for (_, (_, d)) in ordered.prefix(Session.maximumReportedErrors) { report(d) }
    reportOverflow(found.count)
    return RunOutcome(errors: found.count)
  }

  /// A statement as the REPL would show it: comments, then the source after the prompts.
  private func echoed(_ statement: Statement) -> String {
    // A blank line sets off each commented step of a tour.
    var out = statement.leadingComments.isEmpty ? "" : "\n"
    out += statement.leadingComments.map { "#" + $0 + "\n" }.joined()
    let lines = statement.span.text.split(separator: "\n", omittingEmptySubsequences: false)
    var before = ""
    for (i, line) in lines.enumerated() {
      out += (i == 0 ? REPL.prompt : REPL.prompt(after: before)) + line + "\n"
      before += (i == 0 ? "" : "\n") + line
    }
    return out
  }

  private func reportOverflow(_ count: Int) {
    if count > Session.maximumReportedErrors {
      report(Diagnostic(.note, "and \(count - Session.maximumReportedErrors) more errors", at: nil))
    }
  }

  /// Runs one statement as one step: on error the workspace is as before. Returns true for `quit`.
  func execute(_ statement: Statement) throws(Diagnostic) -> Bool {
    loopIterationsLeft = limits.loopIterations
    if case .link(let l) = statement.kind, includeChain.isEmpty, let cluster = workspace.currentName {
      // A link, like an actor's declaration, needs no copy of the workspace to undo it.
      try workspace.linkInPlace(l, functions: trajectoryFunctions)
      if let link = workspace.current?.links.last {
        remember(.linked(link, cluster: cluster), statement)
      }
      unsavedChanges += 1
      if let journal, mode == .run { journal(journalText(statement)) }
      return false
    }
    if case .declaration(let d) = statement.kind, d.keyword != .cluster, includeChain.isEmpty {
      // An actor's declaration changes nothing until its checks pass: no copy to restore.
      let previousCurrent = workspace.currentName
      do {
        try workspace.declareInPlace(d, functions: trajectoryFunctions)
      } catch {
        if mode == .check { declareForChecking(statement) }
        throw error
      }
      remember(.declared(name: d.name.text, cluster: workspace.currentName, previousCurrent: previousCurrent), statement)
      unsavedChanges += 1
      if let journal, mode == .run { journal(journalText(statement)) }
      return false
    }
    let before = workspace
    let settings = (seed, runs, simulations)
    do {
      let quit = try perform(statement)
      if changesWorkspace(statement.kind), includeChain.isEmpty {
        remember(.snapshot(before), statement)
        switch statement.kind {
        case .load, .include: break
        case .reset: unsavedChanges = 0
        default: unsavedChanges += 1
        }
      }
      switch statement.kind {
      case .undo where includeChain.isEmpty: unsavedChanges = max(0, unsavedChanges - 1)
      case .redo where includeChain.isEmpty: unsavedChanges += 1
      case .save where includeChain.isEmpty: unsavedChanges = 0
      default: break
      }
      if let journal, includeChain.isEmpty, mode == .run, isReplayed(statement.kind) {
        journal(journalText(statement))
      }
      return quit
    } catch {
      workspace = before
      (seed, runs, simulations) = settings
      if mode == .check { declareForChecking(statement) }
      throw error
    }
  }

  /// Keeps an undo step, dropping the oldest past the limits; a new change clears `redo`.
  private func remember(_ step: UndoStep, _ statement: Statement) {
    undoStack.append((step, Printer.print(statement)))
    undoSize += step.size
    while undoStack.count > Session.undoLimit || (undoSize > Session.undoSizeLimit && undoStack.count > 1) {
      undoSize -= undoStack.removeFirst().step.size
    }
    redoStack.removeAll()
  }

  /// `check` goes on after an error to find the next one. So that a bad attribute does not
  /// hide the rest of the file behind "not declared" errors, a declaration that failed is
  /// entered with its name alone (a cohort with one firm). Only in `.check`: a session never
  /// keeps part of a failed statement.
  private func declareForChecking(_ statement: Statement) {
    guard case .declaration(let d) = statement.kind else { return }
    let count = d.count.map { _ in NumberLiteral(digits: "1", unit: .none, span: d.name.span) }
    let bare = Statement(
      kind: .declaration(DeclarationSyntax(keyword: d.keyword, name: d.name, count: count, block: nil)), span: statement.span)
    _ = try? workspace.apply(bare)
  }

  private func changesWorkspace(_ kind: StatementKind) -> Bool {
    switch kind {
    case .declaration, .link, .target, .set, .drop, .dropLink, .use, .let, .include, .load, .loadExample, .reset, .setParameter,
      .scenario, .forLoop:
      return true
    default: return false
    }
  }

  /// The statement as the journal keeps it: files by their absolute path, since a replay runs
  /// from elsewhere.
  private func journalText(_ statement: Statement) -> String {
    switch statement.kind {
    case .include(let path, let span), .load(let path, let span):
      let absolute = FileSystem.canonicalPath(existingPath(resolve(path, from: span.file)))
      let kind: StatementKind = if case .include = statement.kind { .include(path: absolute, span) } else { .load(path: absolute, span) }
      return Printer.print(Statement(kind: kind, span: statement.span))
    default:
      return Printer.print(statement)
    }
  }

  /// Statements a replay of the session needs: what changes the workspace, the settings of
  /// simulations, and simulations (later values read them). Not what only prints.
  private func isReplayed(_ kind: StatementKind) -> Bool {
    switch kind {
    case .undo, .redo, .seed, .runs, .simulate: return true
    default: return changesWorkspace(kind)
    }
  }

  func perform(_ statement: Statement) throws(Diagnostic) -> Bool {
    // Only a real run prints, asserts, simulates or writes.
    let quiet = mode != .run
    switch statement.kind {
    // An actor's declaration and a link change the workspace only once their checks pass, in
    // place: a file of thousands stays linear (`apply` would copy every earlier one each time).
    case .declaration(let d) where d.keyword != .cluster:
      try workspace.declareInPlace(d, functions: trajectoryFunctions)
    case .link(let l):
      try workspace.linkInPlace(l, functions: trajectoryFunctions)
    case .declaration, .target, .set, .use:
      try workspace.apply(statement, functions: trajectoryFunctions)
    case .let(let name, let e):
      // Evaluated here so it can read simulations (`let e2004 = exports(2004)`).
      switch mode {
      case .check: try workspace.apply(statement)
      case .run: workspace.setVariable(name.text, try evaluator().evaluate(e))
      case .replay: if let value = try? evaluator().evaluate(e) { workspace.setVariable(name.text, value) }
      }
    case .drop, .dropLink:
      let notices = try workspace.apply(statement)
      if !quiet, !notices.isEmpty { emit(.message(notices.joined(separator: "\n")), for: statement) }
    case .print(let expressions, let format):
      if quiet { break }
      let evaluator = self.evaluator()
      var values: [Value] = []
      for e in expressions { values.append(try evaluator.evaluate(e)) }
      // In a sweep, several values are a row of the loop's table.
      if values.count > 1, sweepTables != nil {
        addSweepRow(values, of: expressions, format: format)
        break
      }
      emit(self.format(format) == .json ? .json(JSON.printed(values)) : .text(values.map(\.display).joined(separator: "  ") + "\n"), for: statement)
    case .assert(let e):
      if quiet { break }
      try checkAssertion(e)
    case .include(let path, let span):
      let topLevel = includeChain.isEmpty
      let file = try runFile(path, at: span, command: "include")
      if topLevel { workspace.sources.append(file) }
    case .load(let path, let span):
      // A loaded case brings its declarations, not its printouts: what its own queries would
      // print is dropped (errors still show), and one line says what came in.
      let write = output
      output = { _ in }
      defer { output = write }
      let topLevel = includeChain.isEmpty
      let file = try runFile(path, at: span, command: "load")
      if topLevel { workspace.sources.append(file) }
      output = write
      if !quiet, includeChain.isEmpty {
        emit(.message("loaded \(path): \(summary())", result: loadedJSON(path)), for: statement)
      }
    case .loadExample(let name):
      let write = output
      output = { _ in }
      defer { output = write }
      let topLevel = includeChain.isEmpty
      let file = try runBuiltin(name, command: "load")
      if topLevel { workspace.sources.append(file) }
      output = write
      if !quiet, includeChain.isEmpty {
        emit(.message("loaded example \(name.text): \(summary())", result: loadedJSON("example " + name.text)), for: statement)
      }
    case .save(let path, let span, let replace):
      if quiet { break }
      // `save` writes its own line of text; the stream carries it as the envelope's message.
      var said = ""
      let write = output
      output = { said += $0 }
      defer { output = write }
      try save(to: path, at: span, replace: replace)
      output = write
      while said.hasSuffix("\n") { said.removeLast() }
      emit(.message(said, result: savedJSON(path)), for: statement)
    case .help(let topic):
      if quiet { break }
      emit(.text(Help.fitted(try Help.text(for: topic, at: statement.span), width: screen.width)), for: statement)
    case .list(let kind, let filter, let format):
      if quiet { break }
      emit(
        self.format(format) == .json
          ? .json(try Listing.listJSON(kind: kind, filter: filter, in: workspace))
          : .text(try Listing.list(kind: kind, filter: filter, in: workspace, screen)), for: statement)
    case .show(let name, let format):
      if quiet { break }
      emit(
        self.format(format) == .json ? .json(try Listing.showJSON(name, in: workspace)) : .text(try Listing.show(name, in: workspace, screen)),
        for: statement)
    case .undo:
      guard let last = undoStack.popLast() else {
        if !quiet { emit(.message("nothing to undo"), for: statement) }
        break
      }
      undoSize -= last.step.size
      redoStack.append((workspace, last.statement))
      switch last.step {
      case .snapshot(let before):
        workspace = before
      case .declared(let name, let cluster, let previousCurrent):
        if let cluster { workspace.updateCluster(named: cluster) { $0.remove(named: name) } }
        workspace.currentName = previousCurrent
      case .linked(let link, let cluster):
        // The link just declared is the last of its kind and ends: no other is the same.
        workspace.updateCluster(named: cluster) { c in
          c.removeLinks { $0.from == link.from && $0.to == link.to && $0.kind == link.kind && $0.directed == link.directed }
        }
      }
      if !quiet { emit(.message("undid: \(last.statement)"), for: statement) }
    case .redo:
      guard let next = redoStack.popLast() else {
        if !quiet { emit(.message("nothing to redo"), for: statement) }
        break
      }
      undoStack.append((.snapshot(workspace), next.statement))
      undoSize += workspace.size
      workspace = next.workspace
      if !quiet { emit(.message("redid: \(next.statement)"), for: statement) }
    case .reset:
      workspace = Workspace()
      if !quiet, includeChain.isEmpty { emit(.message("workspace cleared (`undo` brings it back)"), for: statement) }
    case .quit:
      return mode != .check
    case .setParameter(let name, let value, let cluster):
      try setParameter(name, value, cluster: cluster)
    case .query(let keyword, let year, let filter, let format):
      if quiet { break }
      emit(try answer(keyword, in: year, filter: filter, format: format, at: statement.span), for: statement)
    case .why(let target, let year, let format):
      if quiet { break }
      emit(try explain(target, in: year, format: format, at: statement.span), for: statement)
    case .compare(let names, let metric?, let period, let format):
      if quiet { break }
      emit(try compareOn(names, metric: metric, period: period, format: format), for: statement)
    case .compare(let names, nil, _, let format):
      if quiet { break }
      emit(try compare(names, format: format), for: statement)
    case .simulate(let from, let to, let silent, let format):
      if quiet { break }
      let reply = try simulate(from: from, to: to, format: format, at: statement.span)
      if !silent { emit(reply, for: statement) }
    case .seed(let n):
      if let n {
        guard n.unit == .none, n.magnitude >= 0, n.magnitude == n.magnitude.rounded(), n.magnitude < 1e15 else {
          throw Diagnostic.error("a seed is a whole number from 0", at: n.span, help: "write `seed 42`, or `seed none`")
        }
        seed = UInt64(n.magnitude)
      } else {
        seed = nil
      }
    case .runs(let n):
      let most = min(limits.runs, MonteCarlo.maximumRuns)
      guard n.unit == .none, n.magnitude >= 1, n.magnitude == n.magnitude.rounded(), n.magnitude <= Double(most) else {
        throw Diagnostic.error(
          "`runs` takes a whole number from 1 to \(most)", at: n.span, label: "out of range",
          help: most < MonteCarlo.maximumRuns ? "the limit `runs` is \(most); `clusterlab --limit runs=N` raises it" : nil)
      }
      runs = Int(n.magnitude)
    case .scenario(let name, let base, let changes):
      try scenario(name, from: base, changes: changes)
    case .sensitivity(let metric, let year, let format):
      if quiet { break }
      emit(try sensitivity(on: metric, in: year, format: format, at: statement.span), for: statement)
    case .plot(let metrics, let clusters, let period, let format):
      if quiet { break }
      emit(try plot(metrics, for: clusters, period: period, format: format, at: statement.span), for: statement)
    case .forLoop(let variable, let values, let body):
      if try forLoop(variable, values: values, body: body, statement: statement) { return true }
    case .export(let request):
      if quiet { break }
      emit(try export(request, at: statement.span), for: statement)
    }
    return false
  }

  /// A one-line count of what the current cluster holds.
  public func summary() -> String {
    guard let cluster = workspace.current else { return "no cluster" }
    let counts = Listing.Counts(cluster)
    return "cluster \(cluster.name): " + [
      Listing.plural(counts.actors, "actor") + " (" + Listing.plural(cluster.firmCount, "firm") + ")",
      Listing.plural(cluster.links.count, "link"), Listing.plural(counts.interventions, "intervention"),
    ].joined(separator: ", ") + (counts.events > 0 ? ", " + Listing.plural(counts.events, "event") : "")
  }

  /// `load` in the stream: the path as written and what the current cluster now holds (the
  /// counts `summary()` gives in words).
  private func loadedJSON(_ path: String) -> JSON {
    let cluster = workspace.current
    let counts = cluster.map(Listing.Counts.init)
    func count(_ n: Int?) -> JSON { .number(n.map(Double.init)) }
    return .object([
      ("path", .string(path)), ("cluster", .string(cluster?.name)), ("actors", count(counts?.actors)),
      ("firms", count(cluster?.firmCount)), ("links", count(cluster?.links.count)),
      ("interventions", count(counts?.interventions)), ("events", count(counts?.events)),
    ])
  }

  /// `save` in the stream: the path as written, and the clusters and declarations written,
  /// counted as `save`'s own line counts them (a cluster, its entities, links and targets).
  private func savedJSON(_ path: String) -> JSON {
    let declarations = workspace.clusters.reduce(0) { $0 + 1 + $1.entities.count + $1.links.count + $1.targets.count }
    return .object([
      ("path", .string(path)), ("clusters", .number(Double(workspace.clusters.count))),
      ("declarations", .number(Double(declarations))),
    ])
  }

  private func checkAssertion(_ e: Expression) throws(Diagnostic) {
    let evaluator = self.evaluator()
    guard try !evaluator.truth(e) else { return }
    var detail = ""
    if case .binary(let op, let left, let right, _) = e, !["and", "or"].contains(op.rawValue) {
      let l = try evaluator.evaluate(left)
      let r = try evaluator.evaluate(right)
      let (a, b) = Value.distinguished(l, r)
      detail = " (\(Value.brief(a)) \(op.rawValue) \(Value.brief(b)) is false)"
    }
    throw Diagnostic.error("assertion failed: \(Value.brief(Printer.expression(e), 120))\(detail)", at: e.span, label: "false")
  }

  // MARK: - files

  /// Resolves `path` against the folder of the file the statement came from.
  func resolve(_ path: String, from file: SourceFile) -> String {
    var expanded = path
    if expanded.hasPrefix("~/"), let home = getenv("HOME") {
      expanded = String(cString: home) + expanded.dropFirst()
    }
    if expanded.hasPrefix("/") { return expanded }
    guard let directory = file.directory else { return expanded }
    return directory == "." ? expanded : directory + "/" + expanded
  }

  /// `load examples/tirupur` finds examples/tirupur.cluster.
  private func existingPath(_ resolved: String) -> String {
    if !resolved.hasSuffix(".cluster"), !FileSystem.exists(resolved), FileSystem.exists(resolved + ".cluster") {
      return resolved + ".cluster"
    }
    return resolved
  }

  /// Runs a file as part of the current statement (`include`, `load`): any error in it fails
  /// the statement, and so the workspace returns to where it was before.
  @discardableResult
  private func runFile(_ path: String, at span: SourceSpan, command: String) throws(Diagnostic) -> SourceFile {
    let resolved = existingPath(resolve(path, from: span.file))
    if includeChain.count >= limits.includeDepth {
      throw Diagnostic.error(
        "\(command) nested more than \(limits.includeDepth) files deep", at: span, label: "too deep",
        help: "the limit `include_depth` is \(limits.includeDepth); `clusterlab --limit include_depth=N` changes it")
    }
    // A built-in case that loads another by its file name (`load "tirupur.cluster"`) gets the
    // built-in one: it has no folder on disk.
    if BuiltinCases.isBuiltin(span.file), !path.contains("/"), BuiltinCases.text(named: path) != nil {
      let name = path.hasSuffix(".cluster") ? String(path.dropLast(".cluster".count)) : path
      return try runBuiltin(Name(name, span: span), command: command)
    }
    let key = FileSystem.canonicalPath(resolved)
    try checkReadable(path, key, at: span, command: command)
    knownFiles.insert(key)
    if includeChain.contains(key) {
      throw Diagnostic.error(
        "`\(path)` includes itself", at: span, label: "include cycle",
        help: "the chain is: " + (includeChain + [key]).joined(separator: " → "))
    }
    let text: String
    do {
      text = try FileSystem.read(resolved)
    } catch {
      throw Diagnostic.error("cannot read `\(path)`: \(error.reason)", at: span, label: "\(command) failed")
    }
    return try runSource(SourceFile(name: displayName(resolved), text: text, path: resolved), key: key)
  }

  /// Runs a case built into clusterlab (`load example NAME`); it reads no file, so `--safe`
  /// allows it.
  func runBuiltin(_ name: Name, command: String) throws(Diagnostic) -> SourceFile {
    guard let text = BuiltinCases.text(named: name.text) else {
      let names = BuiltinCases.all.map(\.name)
      throw Diagnostic.error(
        "no built-in case named `\(name.text)`", at: name.span, label: "not a built-in case",
        help: Suggestions.best(for: name.text, among: names).map { "did you mean `load example \($0)`?" }
          ?? "the built-in cases: " + names.joined(separator: ", "))
    }
    let key = "example:" + (name.text.hasSuffix(".cluster") ? String(name.text.dropLast(".cluster".count)) : name.text)
    if includeChain.contains(key) {
      throw Diagnostic.error("`\(name.text)` loads itself", at: name.span, label: "\(command) cycle")
    }
    return try runSource(SourceFile(name: BuiltinCases.sourceName(String(key.dropFirst("example:".count))), text: text), key: key)
  }

  /// Runs a source as part of the current statement: a syntax error anywhere runs nothing.
  private func runSource(_ file: SourceFile, key: String) throws(Diagnostic) -> SourceFile {
    let (script, syntaxErrors) = Parser.parse(file)
    if let first = syntaxErrors.first { throw first }
    includeChain.append(key)
    defer { includeChain.removeLast() }
    for statement in script.statements {
      if try perform(statement) { break }
    }
    return file
  }

  /// Paths under the working directory are shown relative to it.
  private func displayName(_ path: String) -> String {
    if path.hasPrefix("./") { return String(path.dropFirst(2)) }
    if let cwd = FileSystem.currentDirectory(), path.hasPrefix(cwd + "/") {
      return String(path.dropFirst(cwd.count + 1))
    }
    return path
  }

  /// `--safe` reads only inside the script's folder, after symbolic links are resolved.
  private func checkReadable(_ path: String, _ canonical: String, at span: SourceSpan, command: String) throws(Diagnostic) {
    guard safety.readsFiles else {
      throw Diagnostic.error("this session reads no files", at: span, label: "\(command) refused")
    }
    if let folder = safety.readableFolder, !(canonical + "/").hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") {
      throw Diagnostic.error(
        "`\(path)` is outside the script's folder, and `--safe` reads only inside it", at: span,
        label: "\(command) refused", help: "copy the file next to the script, or run it without `--safe` if you trust it")
    }
  }

  /// `--safe` writes no files.
  func checkWritable(_ path: String, at span: SourceSpan, command: String) throws(Diagnostic) {
    guard safety.writesFiles else {
      throw Diagnostic.error(
        "`--safe` writes no files", at: span, label: "\(command) refused",
        help: "run without `--safe` to \(command) to `\(path)`")
    }
  }

  private func save(to path: String, at span: SourceSpan, replace: Bool) throws(Diagnostic) {
    try checkWritable(path, at: span, command: "save")
    let resolved = resolve(path, from: span.file)
    // Saving over a file this session neither loaded nor saved would replace someone's work
    // without a word: it takes `replace`.
    let key = FileSystem.canonicalPath(resolved)
    if !replace, !knownFiles.contains(key), FileSystem.exists(resolved) {
      throw Diagnostic.error(
        "`\(path)` already exists, and this session did not load or save it", at: span, label: "would be replaced",
        help: "write `save \(Printer.quote(path)) replace` to overwrite it, or save under another name")
    }
    let saved = savedText(to: resolved)
    do {
      try FileSystem.writeAtomically(saved.text, to: resolved)
    } catch {
      throw Diagnostic.error("cannot save to `\(path)`: \(error.reason)", at: span, label: "save failed")
    }
    knownFiles.insert(FileSystem.canonicalPath(resolved))
    let declarations = workspace.clusters.reduce(0) { $0 + 1 + $1.entities.count + $1.links.count + $1.targets.count }
    output("saved \(Listing.plural(workspace.clusters.count, "cluster")) (\(Listing.plural(declarations, "declaration"))) to \(path)\n")
    if let reason = saved.canonicalBecause {
      // Said, not silent: the comments of the files it came from are not in this copy.
      report(Diagnostic(
        .warning, "saved in canonical form, without the comments and layout of the files it came from: \(reason)", at: span))
    }
  }

  /// The text `save` writes: a header and the canonical script of the workspace.
  /// The settings that change results go at the end, so a reload simulates the same: the
  /// random seed and the number of Monte Carlo runs, when set.
  public static func savedText(of workspace: Workspace, seed: UInt64? = nil, runs: Int = 1) -> String {
    var text = "# clusterlab workspace (canonical form, written by `save`)\n\n" + Printer.print(workspace.canonicalScript())
    var settings: [String] = []
    if let seed { settings.append("seed \(seed)") }
    if runs != 1 { settings.append("runs \(runs)") }
    if !settings.isEmpty {
      if !text.hasSuffix("\n") { text += "\n" }
      text += "\n# settings of the simulations\n" + settings.joined(separator: "\n") + "\n"
    }
    return text
  }
}
