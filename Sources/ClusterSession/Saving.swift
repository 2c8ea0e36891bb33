// `save`: the workspace written back into the text of the files it came from, so comments,
// citations and layout stay wherever nothing changed; the canonical form only when that
// cannot be done, and then `save` says so.
//
// How: replay the files (nothing printed, simulated or written) to see what they declare; edit
// their text in place where a value changed or a declaration went; write what is left as
// statements after the cluster's own (a scenario's go into its body); replay the result and
// keep it only if it makes exactly the workspace being saved.

import ClusterSyntax
import ClusterWorkspace

/// The text `save` writes.
struct SavedText {
  var text: String
  /// Why the files' own text could not be kept (the text is then the canonical form); nil when
  /// it was kept, or when the workspace came from no file.
  var canonicalBecause: String?
}

/// What replaying files makes: the workspace and the settings of simulations.
struct Replayed {
  var workspace: Workspace
  var seed: UInt64?
  var runs: Int
}

extension Session {
  /// The text `save` writes to `path` for the workspace, with the session's seed and runs.
  func savedText(to path: String) -> SavedText {
    let canonical = Session.savedText(of: workspace, seed: seed, runs: runs)
    let sources = workspace.sources
    guard !sources.isEmpty else { return SavedText(text: canonical) }
    switch mergedText(sources, to: path) {
    case .success(let text): return SavedText(text: text)
    case .failure(let reason): return SavedText(text: canonical, canonicalBecause: reason.text)
    }
  }

  struct MergeFailure: Error {
    let text: String
  }

  /// The files' text with the session's changes written in, checked by replaying it.
  private func mergedText(_ sources: [SourceFile], to path: String) -> Result<String, MergeFailure> {
    guard let original = replay(sources) else {
      return .failure(MergeFailure(text: "the files it was loaded from no longer run as they did"))
    }
    // Read from where they will be: the files they load keep pointing at the same files.
    var documents = sources.map { Document(file: $0, movedTo: path) }
    // 1. Values changed and declarations dropped, in place.
    var edited = documents
    var editCount = 0
    for i in edited.indices {
      let edits = inPlaceEdits(original.workspace, documents: documents, in: i)
      editCount += edits.count
      edited[i].apply(edits)
    }
    var now = original
    if editCount > 0, let replayed = replay(edited.map(\.file)) {
      documents = edited
      now = replayed
    }
    // 2. What is left, as statements: one cluster at a time, in order, since a scenario later
    // in a file sees its base's new statements.
    for _ in 0...(workspace.clusters.count + 1) {
      var pending: (cluster: String, changes: [Statement])?
      for cluster in workspace.clusters {
        guard let before = now.workspace.cluster(named: cluster.name), !before.hasSameContent(as: cluster) else { continue }
        guard let changes = before.changes(to: cluster) else {
          return .failure(MergeFailure(text: "cluster \(cluster.name) changed in a way only a new declaration can write"))
        }
        pending = (cluster.name, changes)
        break
      }
      guard let (name, changes) = pending else { break }
      let index = Index(documents)
      if let scenario = index.scenarios[name], documents[scenario.document].insert(changes, intoBodyOf: scenario.statement) {
        // written into the scenario's body
      } else if let last = index.last[name] {
        documents[last.document].insert(changes, after: last.statement)
      } else {
        documents[documents.count - 1].append([Statement(kind: .use(Name(name, span: Value.emptySpan)), span: Value.emptySpan)] + changes)
      }
      guard let replayed = replay(documents.map(\.file)) else {
        return .failure(MergeFailure(text: "the changes could not be written into the files' text"))
      }
      now = replayed
    }
    // 3. New clusters and scenarios, dropped clusters, settings: after everything.
    documents[documents.count - 1].append(closingStatements(after: now))
    guard var result = replay(documents.map(\.file)) else {
      return .failure(MergeFailure(text: "the changes could not be written into the files' text"))
    }
    // The cluster the session is in, where the statements above did not leave it.
    if let current = workspace.currentName, result.workspace.currentName != current,
      result.workspace.cluster(named: current) != nil
    {
      documents[documents.count - 1].append([Statement(kind: .use(Name(current, span: Value.emptySpan)), span: Value.emptySpan)])
      result.workspace.currentName = current
    }
    guard result.workspace.clusters.count == workspace.clusters.count,
      zip(result.workspace.clusters, workspace.clusters).allSatisfy({ $0.hasSameContent(as: $1) }),
      result.workspace.currentName == workspace.currentName,
      Cluster.sameValues(result.workspace.parameters, workspace.parameters),
      result.seed == seed, result.runs == runs
    else {
      return .failure(MergeFailure(text: "the files' text with the changes would not load as the workspace is"))
    }
    return .success(documents.map(\.text).joined(separator: "\n"))
  }

  /// Runs files as a scratch session would load them, printing, simulating and writing nothing.
  func replay(_ files: [SourceFile]) -> Replayed? {
    let scratch = Session(output: { _ in }, report: { _ in })
    scratch.mode = .replay
    scratch.safety = Safety(writesFiles: false, readsFiles: safety.readsFiles, readableFolder: safety.readableFolder)
    scratch.limits = limits
    for file in files where scratch.run(file).errors > 0 { return nil }
    var workspace = scratch.workspace
    workspace.sources = []
    return Replayed(workspace: workspace, seed: scratch.seed, runs: scratch.runs)
  }

  // MARK: - in place

  /// The edits that write changed values over the old ones and remove what was dropped, in
  /// document `d`. Scenarios are left to their bodies.
  private func inPlaceEdits(_ original: Workspace, documents: [Document], in d: Int) -> [Edit] {
    let index = Index(documents)
    var edits: [Edit] = []
    func mine(_ place: Place?) -> Place? { place.flatMap { $0.document == d ? $0 : nil } }
    func replace(_ span: SourceSpan, with value: Value) {
      if let syntax = value.syntax { edits.append(documents[d].replacement(of: span.range, with: Printer.value(syntax))) }
    }
    func remove(_ place: Place?) {
      if let place = mine(place) { edits.append(Edit(range: documents[d].removalRange(of: place.statement), text: "")) }
    }
    /// The value's last writer: a `set` statement, else the declaration's attribute.
    func write(_ key: String, of owner: String, in cluster: String, declaration: Place?, from old: Value?, to new: Value?) {
      guard Cluster.written(old) != Cluster.written(new) else { return }
      let setter = index.setters[cluster]?[owner]?[key]
      guard let new else {
        // Removed (a dropped actor was the facilitator): the `set` statements go.
        if declaration.flatMap({ Index.attribute(key, of: $0.statement) }) == nil {
          for place in index.allSetters[cluster]?[owner]?[key] ?? [] { remove(place) }
        }
        return
      }
      if let setter {
        if let place = mine(setter), case .set(_, _, let value) = place.statement.kind { replace(value.span, with: new) }
      } else if let place = mine(declaration), let span = Index.attribute(key, of: place.statement) {
        replace(span, with: new)
      }
    }
    for cluster in workspace.clusters {
      guard let before = original.cluster(named: cluster.name), index.scenarios[cluster.name] == nil else { continue }
      let name = cluster.name
      for key in Set(before.attributes.keys).union(cluster.attributes.keys).sorted() {
        write(key, of: name, in: name, declaration: index.clusters[name], from: before.attributes[key], to: cluster.attributes[key])
      }
      for entity in before.entities {
        let declaration = index.declarations[name]?[entity.name]
        guard let now = cluster.entity(named: entity.name), now.kind == entity.kind else {
          remove(declaration)
          for places in (index.allSetters[name]?[entity.name] ?? [:]).values { places.forEach(remove) }
          continue
        }
        for key in Set(entity.attributes.keys).union(now.attributes.keys).sorted() {
          write(key, of: entity.name, in: name, declaration: declaration, from: entity.attributes[key], to: now.attributes[key])
        }
      }
      var kept: [LinkContent: Int] = [:]
      for link in cluster.links { kept[LinkContent(link), default: 0] += 1 }
      for link in before.links {
        let content = LinkContent(link)
        if let n = kept[content], n > 0 {
          kept[content] = n - 1
        } else {
          remove(index.links[name]?[Index.key(link)])
        }
      }
      for target in before.targets {
        guard let now = cluster.targets.first(where: { $0.metric == target.metric && $0.year == target.year }),
          Cluster.written(now.value) != Cluster.written(target.value),
          let place = mine(index.targets[name]?["\(target.metric) \(target.year)"]), case .target(let t) = place.statement.kind
        else { continue }
        replace(t.value.span, with: now.value)
      }
      for (key, value) in cluster.parameters where Cluster.written(value) != Cluster.written(before.parameters[key]) {
        if let place = mine(index.parameters[name]?[key]), case .setParameter(_, let e, _) = place.statement.kind {
          replace(e.span, with: value)
        }
      }
    }
    for (key, value) in workspace.parameters where Cluster.written(value) != Cluster.written(original.parameters[key]) {
      if let place = mine(index.parameters[""]?[key]), case .setParameter(_, let e, _) = place.statement.kind {
        replace(e.span, with: value)
      }
    }
    return edits
  }

  // MARK: - after everything

  /// Statements for what the files' clusters cannot hold: new clusters (scenarios as
  /// scenarios), dropped ones, the session's parameters, new variables, and the seed and runs
  /// of simulations.
  private func closingStatements(after replayed: Replayed) -> [Statement] {
    let span = Value.emptySpan
    func name(_ text: String) -> Name { Name(text, span: span) }
    var out: [Statement] = []
    func add(_ kind: StatementKind) { out.append(Statement(kind: kind, span: span)) }
    var fresh = Workspace()
    for cluster in workspace.clusters where replayed.workspace.cluster(named: cluster.name) == nil {
      // A scenario's base is already above it (clusters are in the order they came).
      if let baseName = cluster.scenarioBase, let base = workspace.cluster(named: baseName), fresh.cluster(named: baseName) == nil {
        fresh.add(base)
      }
      if fresh.cluster(named: cluster.name) == nil { fresh.add(cluster) }
    }
    if !fresh.clusters.isEmpty {
      fresh.currentName = replayed.workspace.currentName
      let shown = Set(workspace.clusters.filter { replayed.workspace.cluster(named: $0.name) == nil }.map(\.name))
      var current = replayed.workspace.currentName
      for statement in fresh.canonicalScript().statements {
        switch statement.kind {
        case .declaration(let d) where d.keyword == .cluster:
          current = d.name.text
          if shown.contains(d.name.text) { out.append(statement) }
        case .scenario(let n, _, _):
          if shown.contains(n.text) { out.append(statement) }
        case .use(let n):
          current = n.text
        default:
          if let current, shown.contains(current) { out.append(statement) }
        }
      }
    }
    for cluster in replayed.workspace.clusters where workspace.cluster(named: cluster.name) == nil {
      add(.drop(name(cluster.name)))
    }
    for (key, value) in workspace.parameters.sorted(by: { $0.key < $1.key })
    where Cluster.written(value) != Cluster.written(replayed.workspace.parameters[key]) {
      if case .number(_, _, let written?) = value {
        add(.setParameter(name(key), .number(NumberLiteral(digits: written.digits, unit: written.unit, span: span)), cluster: nil))
      }
    }
    for (key, value) in workspace.variables where replayed.workspace.variable(key) == nil {
      if let expression = Workspace.expression(value, span: span) { add(.let(name(key), expression)) }
    }
    if seed != replayed.seed {
      add(.seed(seed.map { NumberLiteral(digits: String($0), unit: .none, span: span) }))
    }
    if runs != replayed.runs { add(.runs(NumberLiteral(digits: String(runs), unit: .none, span: span))) }
    return out
  }
}

// MARK: - the files' text

/// A statement of a file, by the file's position among the sources.
struct Place {
  let document: Int
  let statement: Statement
}

/// Where each cluster, actor, attribute, link and setting of the files is written, from their
/// top-level statements. After a `load`, an `include` or a loop that switches clusters, which
/// cluster the statements act in is not known without running them: they are not indexed
/// until the next `use` or cluster declaration.
struct Index {
  var clusters: [String: Place] = [:]
  var declarations: [String: [String: Place]] = [:]
  /// The last `set OWNER.attribute` of each cluster (owner: an actor, or the cluster itself).
  var setters: [String: [String: [String: Place]]] = [:]
  var allSetters: [String: [String: [String: [Place]]]] = [:]
  var links: [String: [String: Place]] = [:]
  var targets: [String: [String: Place]] = [:]
  /// `set param` by cluster (`""`: the session's).
  var parameters: [String: [String: Place]] = [:]
  var scenarios: [String: Place] = [:]
  /// The last statement acting in each cluster: its new statements go after it.
  var last: [String: Place] = [:]

  init(_ documents: [Document]) {
    var current: String?
    var known: Set<String> = []
    for (d, document) in documents.enumerated() {
      for statement in document.script.statements {
        let place = Place(document: d, statement: statement)
        switch statement.kind {
        case .declaration(let decl) where decl.keyword == .cluster:
          if decl.block != nil || !known.contains(decl.name.text) { clusters[decl.name.text] = place }
          known.insert(decl.name.text)
          current = decl.name.text
          last[decl.name.text] = place
        case .declaration(let decl):
          guard let c = current else { continue }
          declarations[c, default: [:]][decl.name.text] = place
          last[c] = place
        case .set(let owner, let attribute, _):
          guard let c = current else { continue }
          let cluster = declarations[c]?[owner.text] == nil && known.contains(owner.text) ? owner.text : c
          setters[cluster, default: [:]][owner.text, default: [:]][attribute.text] = place
          allSetters[cluster, default: [:]][owner.text, default: [:]][attribute.text, default: []].append(place)
          last[c] = place
        case .link(let l):
          guard let c = current else { continue }
          links[c, default: [:]][Index.key(from: l.from.text, to: l.to.text, kind: l.kind.text, directed: l.directed)] = place
          last[c] = place
        case .target(let t):
          guard let c = current else { continue }
          targets[c, default: [:]]["\(t.metric.text) \(t.year.digits)"] = place
          last[c] = place
        case .setParameter(let p, _, let cluster):
          parameters[cluster?.text ?? "", default: [:]][p.text] = place
        case .drop, .dropLink:
          if let c = current { last[c] = place }
        case .use(let n):
          current = n.text
        case .scenario(let n, _, _):
          scenarios[n.text] = place
          known.insert(n.text)
        case .load, .include, .reset, .undo, .redo:
          // Which cluster comes next is known only by running it.
          current = nil
        case .forLoop(_, _, let body) where Index.changesCluster(body):
          current = nil
        default:
          break
        }
      }
    }
  }

  /// Whether statements (a loop's body) may switch the cluster later statements act in.
  static func changesCluster(_ statements: [Statement]) -> Bool {
    statements.contains { statement in
      switch statement.kind {
      case .use, .load, .include, .reset, .undo, .redo: return true
      case .declaration(let d): return d.keyword == .cluster
      case .forLoop(_, _, let body): return changesCluster(body)
      default: return false
      }
    }
  }

  static func key(from: String, to: String, kind: String, directed: Bool) -> String {
    let (a, b) = directed || from <= to ? (from, to) : (to, from)
    return [a, b, kind, directed ? "->" : "--"].joined(separator: "\u{0}")
  }

  static func key(_ link: Link) -> String {
    key(from: link.from, to: link.to, kind: link.kind, directed: link.directed)
  }

  /// Where an attribute's value is written in a declaration (a cohort's size after its name).
  static func attribute(_ key: String, of statement: Statement) -> SourceSpan? {
    guard case .declaration(let d) = statement.kind else { return nil }
    if key == "count", let count = d.count { return count.span }
    return d.block?.attributes.last(where: { $0.name.text == key })?.value.span
  }
}

/// A change to a file's text: the bytes of `range` become `text`.
struct Edit {
  let range: Range<Int>
  let text: String
}

/// One source file's text as it is being edited.
struct Document {
  private(set) var file: SourceFile
  private(set) var script: Script

  /// `file` as it will read from `path`: its relative `load` and `include` paths rewritten so
  /// they still name the same files.
  init(file: SourceFile, movedTo path: String) {
    self.file = SourceFile(name: file.name, text: file.text, path: path)
    script = Parser.parse(file).0
    if BuiltinCases.isBuiltin(file) {
      // A built-in case's `load "tirupur.cluster"` named the built-in one: say so in the file.
      var edits: [Edit] = []
      for statement in script.statements {
        guard case .load(let written, _) = statement.kind, !written.contains("/"), BuiltinCases.text(named: written) != nil else { continue }
        let name = written.hasSuffix(".cluster") ? String(written.dropLast(".cluster".count)) : written
        edits.append(Edit(range: statement.span.range, text: "load example " + Printer.name(name)))
      }
      apply(edits)
      return
    }
    guard let from = file.directory, let to = self.file.directory,
      FileSystem.canonicalPath(from) != FileSystem.canonicalPath(to)
    else { return }
    var edits: [Edit] = []
    for statement in script.statements {
      switch statement.kind {
      case .load(let written, let span), .include(let written, let span):
        guard !written.hasPrefix("/"), !written.hasPrefix("~") else { continue }
        let target = FileSystem.canonicalPath(from == "." ? written : from + "/" + written)
        edits.append(Edit(range: span.range, text: Printer.quote(FileSystem.relativePath(of: target, from: to))))
      default:
        continue
      }
    }
    apply(edits)
  }

  var text: String { file.text }

  /// Applies edits that do not overlap, from the end so earlier offsets hold.
  mutating func apply(_ edits: [Edit]) {
    guard !edits.isEmpty else { return }
    var bytes = file.bytes
    var floor = Int.max
    for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) where edit.range.upperBound <= floor {
      bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8))
      floor = edit.range.lowerBound
    }
    replaceText(String(decoding: bytes, as: UTF8.self))
  }

  private mutating func replaceText(_ text: String) {
    file = SourceFile(name: file.name, text: text, path: file.path)
    script = Parser.parse(file).0
  }

  /// An edit that writes `text` over `range`, keeping a trailing comment in its column when the
  /// spaces before it allow (attributes aligned by hand stay aligned).
  func replacement(of range: Range<Int>, with text: String) -> Edit {
    let bytes = file.bytes
    var after = range.upperBound
    while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
    let spaces = after - range.upperBound
    guard after < bytes.count, bytes[after] == UInt8(ascii: "#"), spaces >= 2 else { return Edit(range: range, text: text) }
    let grown = text.utf8.count - range.count
    let kept = max(spaces - grown, 2)
    return Edit(range: range.lowerBound..<after, text: text + String(repeating: " ", count: kept))
  }

  /// The bytes to remove to take a statement out: its whole lines when it has them to itself,
  /// with its trailing comment and the comment lines right above it.
  func removalRange(of statement: Statement) -> Range<Int> {
    let bytes = file.bytes
    var start = statement.span.range.lowerBound
    var end = statement.span.range.upperBound
    while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") { start -= 1 }
    let ownsLineStart = start == 0 || bytes[start - 1] == UInt8(ascii: "\n")
    var after = end
    while after < bytes.count, bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") { after += 1 }
    if after < bytes.count, bytes[after] == UInt8(ascii: "#") {
      while after < bytes.count, bytes[after] != UInt8(ascii: "\n") { after += 1 }
    }
    if after < bytes.count, bytes[after] == UInt8(ascii: "\r") { after += 1 }
    let ownsLineEnd = after == bytes.count || bytes[after] == UInt8(ascii: "\n")
    guard ownsLineStart, ownsLineEnd else { return statement.span.range }
    end = min(bytes.count, after + 1)
    // The comment lines directly above belong to it.
    var comments = statement.leadingComments.count
    while comments > 0, start > 0 {
      let lineEnd = start - 1
      var lineStart = lineEnd
      while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
      let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self).trimmingPrefix(while: { $0 == " " || $0 == "\t" })
      guard line.hasPrefix("#") else { break }
      start = lineStart
      comments -= 1
    }
    return start..<end
  }

  /// Inserts statements on the lines after `statement` (after its trailing comment).
  mutating func insert(_ statements: [Statement], after statement: Statement) {
    let bytes = file.bytes
    var position = statement.span.range.upperBound
    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
    let indent = indentation(of: statement)
    var text = statements.map { Printer.indented(Printer.print($0), indent) + "\n" }.joined()
    if position < bytes.count {
      position += 1
    } else {
      text = "\n" + text
    }
    apply([Edit(range: position..<position, text: text)])
  }

  /// Inserts statements at the end of a scenario's body, before its `}` when that has a line
  /// of its own; false when it does not (a one-line scenario): the caller writes them elsewhere.
  mutating func insert(_ statements: [Statement], intoBodyOf statement: Statement) -> Bool {
    guard case .scenario(_, _, let changes) = statement.kind else { return false }
    let bytes = file.bytes
    let brace = statement.span.range.upperBound - 1
    guard brace >= 0, brace < bytes.count, bytes[brace] == UInt8(ascii: "}") else { return false }
    var lineStart = brace
    while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") {
      guard bytes[lineStart - 1] == UInt8(ascii: " ") || bytes[lineStart - 1] == UInt8(ascii: "\t") else { return false }
      lineStart -= 1
    }
    let indent = changes.first.map(indentation) ?? indentation(of: statement) + "  "
    let text = statements.map { Printer.indented(Printer.print($0), indent) + "\n" }.joined()
    apply([Edit(range: lineStart..<lineStart, text: text)])
    return true
  }

  /// Appends statements at the end, after a blank line.
  mutating func append(_ statements: [Statement]) {
    guard !statements.isEmpty else { return }
    var text = file.text
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    if !text.isEmpty { text += "\n" }
    text += statements.map { Printer.print($0) + "\n" }.joined()
    replaceText(text)
  }

  /// The spaces before a statement on its line.
  private func indentation(of statement: Statement) -> String {
    let bytes = file.bytes
    var start = statement.span.range.lowerBound
    while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") { start -= 1 }
    return String(decoding: bytes[start..<statement.span.range.lowerBound], as: UTF8.self)
  }
}
