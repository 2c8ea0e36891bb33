// The expression evaluator: `let`, `print`, `assert` and `where` filters over a workspace.

import ClusterSyntax

/// The collections an expression can count, filter or list.
public enum Collection: String, CaseIterable, Sendable {
  case firms, cohorts, institutions, buyers, consortia, interventions, events, links, targets, clusters

  /// Accepts the plural and the singular (`firm`, `consortium`).
  public init?(word: String) {
    switch word {
    case "firms", "firm": self = .firms
    case "cohorts", "cohort": self = .cohorts
    case "institutions", "institution": self = .institutions
    case "buyers", "buyer": self = .buyers
    case "consortia", "consortium", "consortiums": self = .consortia
    case "interventions", "intervention": self = .interventions
    case "events", "event": self = .events
    case "links", "link": self = .links
    case "targets", "target": self = .targets
    case "clusters", "cluster": self = .clusters
    default: return nil
    }
  }

  public var kinds: Set<EntityKind> {
    switch self {
    case .firms: return [.firm, .cohort]
    case .cohorts: return [.cohort]
    case .institutions: return [.institution]
    case .buyers: return [.buyer]
    case .consortia: return [.consortium]
    case .interventions: return [.intervention]
    case .events: return [.event]
    case .links: return [.link]
    case .targets: return [.target]
    case .clusters: return [.cluster]
    }
  }
}

/// One thing a filter looks at: an entity, a link, a target or a cluster.
public enum Item: Sendable {
  case entity(Entity)
  case link(Link)
  case target(Target)
  case cluster(Cluster)

  /// The value of an attribute, or of the pseudo-attributes `name`, `kind`, `from`, `to`.
  public func attribute(_ name: String) -> Value? {
    switch self {
    case .entity(let e):
      if name == "name" { return .text(e.name) }
      if Schema.attribute(name, of: e.kind) != nil { return e[name] }
      return nil
    case .link(let l):
      switch name {
      case "from": return .entity(l.from)
      case "to": return .entity(l.to)
      case "kind": return .word(l.kind)
      default: return Schema.attribute(name, of: .link) != nil ? (l.attributes[name] ?? .nothing) : nil
      }
    case .target(let t):
      switch name {
      case "metric": return .word(t.metric)
      case "value": return t.value
      case "year": return .plain(Double(t.year))
      default: return nil
      }
    case .cluster(let c):
      if name == "name", c["name"].isNothing { return .text(c.name) }
      return Schema.attribute(name, of: .cluster) != nil ? c[name] : nil
    }
  }

  /// The names a filter on this item may use.
  public var attributeNames: [String] {
    switch self {
    case .entity(let e): return ["name"] + Schema.attributes(of: e.kind).map(\.name)
    case .link: return ["from", "to", "kind"] + Schema.attributes(of: .link).map(\.name)
    case .target: return ["metric", "value", "year"]
    case .cluster: return Schema.attributes(of: .cluster).map(\.name)
    }
  }

  /// How many firms the item stands for in `count` and `sum`.
  var weight: Double {
    if case .entity(let e) = self, e.kind == .cohort { return Double(e.firmCount) }
    return 1
  }
}

extension Value {
  public var isNothing: Bool {
    if case .nothing = self { return true }
    return false
  }
}

/// Functions an expression may call beyond `count` and `sum`: the session provides the values
/// of its simulations (`exports(2004)`, `p10(exports, 2004)`).
public protocol ExpressionFunctions {
  /// The function names, for "did you mean".
  var names: [String] { get }
  /// Whether a bare word is a metric name passed as an argument.
  func isMetric(_ word: String) -> Bool
  /// The value of a call, or nil when the function is unknown.
  func call(_ function: Name, _ arguments: [Value], at span: SourceSpan) throws(Diagnostic) -> Value?
}

/// Evaluates expressions against a workspace, which it never changes.
public struct Evaluator {
  public let workspace: Workspace
  /// The simulation's functions, when a session provides them.
  public var functions: (any ExpressionFunctions)?
  /// The item a `where` filter is looking at; its attributes are in scope as bare names.
  var item: Item?

  public init(workspace: Workspace, functions: (any ExpressionFunctions)? = nil) {
    self.workspace = workspace
    self.functions = functions
  }

  /// `"t = {t}"`: each `{EXPRESSION}` replaced by its value as `print` shows it; `{{` and `}}`
  /// write a brace. Errors inside a brace are located at the string.
  func interpolated(_ s: String, at span: SourceSpan) throws(Diagnostic) -> String {
    guard s.contains("{") || s.contains("}") else { return s }
    var out = ""
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      let next = s.index(after: i)
      if (c == "{" || c == "}"), next < s.endIndex, s[next] == c {
        out.append(c)
        i = s.index(after: next)
        continue
      }
      guard c == "{" else {
        out.append(c)
        i = next
        continue
      }
      guard let close = s[next...].firstIndex(of: "}") else {
        throw Diagnostic.error(
          "a `{` in this string opens a value that is not closed", at: span, label: "no `}`",
          help: "close it, as in `\"t = {t}\"`, or write `{{` for a brace")
      }
      let source = String(s[next..<close])
      switch Parser.expression(in: SourceFile(name: "<string>", text: source)) {
      case .success(let e):
        do {
          out += try evaluate(e).display
        } catch {
          throw Diagnostic.error("in `{\(source)}` of this string: \(error.message)", at: span, help: error.help)
        }
      case .failure(let d):
        throw Diagnostic.error(
          "in `{\(source)}` of this string: \(d.message)", at: span,
          help: "inside `{…}` goes a value, such as `{t}` or `{exports(2004)}`; `{{` writes a brace")
      }
      i = close < s.endIndex ? s.index(after: close) : close
    }
    return out
  }

  public func evaluate(_ e: Expression) throws(Diagnostic) -> Value {
    switch e {
    case .number(let n):
      let (x, dimension) = Units.resolve(n)
      guard x.isFinite else { throw Diagnostic.error("too large a number", at: n.span, label: "overflow") }
      return .number(x, dimension, written: nil)
    case .string(let s, let span): return .text(try interpolated(s, at: span))
    case .bool(let b, _): return .bool(b)
    case .name(let name): return resolve(name)
    case .member(let base, let attribute):
      let value = try evaluate(base)
      guard case .entity(let entityName) = value else {
        throw Diagnostic.error("only an actor has attributes; `\(Value.brief(Printer.expression(base)))` is \(value.brief())", at: base.span)
      }
      let target: Item
      if let entity = workspace.current?.entity(named: entityName) {
        target = .entity(entity)
      } else if let cluster = workspace.cluster(named: entityName) {
        target = .cluster(cluster)
      } else {
        throw Diagnostic.error("no actor named `\(entityName)`", at: base.span)
      }
      guard let v = target.attribute(attribute.text) else {
        throw Diagnostic.error(
          "`\(entityName)` has no attribute `\(attribute.text)`", at: attribute.span, label: "unknown attribute",
          help: Suggestions.best(for: attribute.text, among: target.attributeNames).map { "did you mean `\($0)`?" })
      }
      return v
    case .list(let items, _):
      var values: [Value] = []
      for item in items { values.append(try evaluate(item)) }
      return .list(values)
    case .negate(let operand, let span):
      let v = try evaluate(operand)
      switch v {
      case .number(let x, let d, _): return .number(-x, d, written: nil)
      case .nothing: return .nothing
      default: throw Diagnostic.error("cannot negate \(v.brief())", at: span)
      }
    case .not(let operand, _):
      return .bool(!(try truth(operand)))
    case .binary(let op, let left, let right, let span):
      if op == .and || op == .or {
        // Short-circuit: the right side is not evaluated when the left decides.
        let first = try truth(left)
        if first == (op == .or) { return .bool(first) }
        return .bool(try truth(right))
      }
      let l = try operand(left, comparedWith: right, op)
      let r = try operand(right, comparedWith: left, op)
      return try binary(op, l, r, left: left, right: right, span: span)
    case .count(let kind, let filter, _):
      let items = try collect(kind, filter)
      return .plain(items.reduce(0) { $0 + $1.weight })
    case .sum(let kind, let attribute, let filter, let span):
      var total = 0.0
      var dimension: Dimension?
      for item in try collect(kind, filter) {
        guard let v = item.attribute(attribute.text) else {
          throw Diagnostic.error(
            "\(kind.text) have no attribute `\(attribute.text)`", at: attribute.span,
            help: Suggestions.best(for: attribute.text, among: item.attributeNames).map { "did you mean `\($0)`?" })
        }
        guard case .number(let x, let d, _) = v else {
          if v.isNothing { continue }
          throw Diagnostic.error("`\(attribute.text)` is not a number", at: attribute.span)
        }
        if let dimension, dimension != d {
          throw Diagnostic.error("cannot add \(d.description) to \(dimension.description)", at: span)
        }
        dimension = d
        total += x * item.weight
      }
      return .number(total, dimension ?? .number, written: nil)
    case .call(let function, let arguments, let span):
      // Arguments that name a metric (`exports` in `p10(exports, 2004)`) stay words.
      var values: [Value] = []
      for argument in arguments {
        if case .name(let n) = argument, functions?.isMetric(n.text) == true {
          values.append(.word(n.text))
        } else {
          values.append(try evaluate(argument))
        }
      }
      if let functions, let value = try functions.call(function, values, at: span) { return value }
      throw Diagnostic.error(
        "unknown function `\(function.text)`", at: function.span, label: "not a function",
        help: Suggestions.best(for: function.text, among: ["count", "sum"] + (functions?.names ?? [])).map { "did you mean `\($0)`?" }
          ?? "the functions are `count(KIND where …)`, `sum(KIND.attribute where …)` and, after `simulate`, metrics of a year such as `exports(2004)`")
    }
  }

  /// Whether an expression holds; `nothing` (an unset attribute) counts as false.
  public func truth(_ e: Expression) throws(Diagnostic) -> Bool {
    switch try evaluate(e) {
    case .bool(let b): return b
    case .nothing: return false
    case let v: throw Diagnostic.error("expected true or false, but this is \(v.brief())", at: e.span)
    }
  }

  /// A bare name: an attribute of the item being filtered, a variable, an actor or cluster, or
  /// else an enumeration word.
  private func resolve(_ name: Name) -> Value {
    if let item, let v = item.attribute(name.text) { return v }
    if let v = workspace.variable(name.text) { return v }
    if workspace.current?.entity(named: name.text) != nil || workspace.cluster(named: name.text) != nil {
      return .entity(name.text)
    }
    return .word(name.text)
  }

  /// Whether one item passes a `where` filter.
  public static func passes(_ item: Item, _ filter: Expression, in workspace: Workspace) throws(Diagnostic) -> Bool {
    var scoped = Evaluator(workspace: workspace)
    scoped.item = item
    return try scoped.truth(filter)
  }

  /// The items of a collection of the current cluster that pass `filter`.
  public func collect(_ kind: Name, _ filter: Expression?) throws(Diagnostic) -> [Item] {
    guard let collection = Collection(word: kind.text) else {
      throw Diagnostic.error(
        "cannot count `\(kind.text)`", at: kind.span, label: "not a collection",
        help: Suggestions.help(for: kind.text, among: Collection.allCases.map(\.rawValue), listUpTo: 10))
    }
    return try items(of: collection, where: filter)
  }

  public func items(of collection: Collection, where filter: Expression?) throws(Diagnostic) -> [Item] {
    var all: [Item]
    switch collection {
    case .clusters: all = workspace.clusters.map { .cluster($0) }
    case .links: all = (workspace.current?.links ?? []).map { .link($0) }
    case .targets: all = (workspace.current?.targets ?? []).map { .target($0) }
    default: all = (workspace.current?.entities(of: collection.kinds) ?? []).map { .entity($0) }
    }
    guard let filter else { return all }
    var kept: [Item] = []
    for candidate in all {
      var scoped = self
      scoped.item = candidate
      if try scoped.truth(filter) { kept.append(candidate) }
    }
    return kept
  }

  // MARK: - operators

  private func binary(_ op: BinaryOperator, _ l: Value, _ r: Value, left: Expression, right: Expression, span: SourceSpan)
    throws(Diagnostic) -> Value
  {
    switch op {
    case .equal, .notEqual:
      try checkEnumeration(l, r, left: left, right: right)
      let same = equal(l, r)
      return .bool(op == .equal ? same : !same)
    case .less, .lessEqual, .greater, .greaterEqual:
      if l.isNothing || r.isNothing { return .bool(false) }
      guard case .number(let a, let da, _) = l, case .number(let b, let db, _) = r else {
        throw Diagnostic.error("`\(op.rawValue)` compares numbers; here \(l.brief()) and \(r.brief())", at: span)
      }
      guard da == db else {
        throw Diagnostic.error(
          "cannot compare \(da.description) with \(db.description)", at: span,
          help: da == .money || db == .money ? "give both sides a money unit, e.g. `1 musd`" : nil)
      }
      switch op {
      case .less: return .bool(a < b)
      case .lessEqual: return .bool(a <= b)
      case .greater: return .bool(a > b)
      default: return .bool(a >= b)
      }
    default:
      if l.isNothing || r.isNothing { return .nothing }
      guard case .number(let a, let da, _) = l, case .number(let b, let db, _) = r else {
        throw Diagnostic.error("`\(op.rawValue)` needs numbers; here \(l.brief()) and \(r.brief())", at: span)
      }
      let result: Value
      switch op {
      case .add, .subtract:
        guard da == db else { throw Diagnostic.error("cannot add \(db.description) to \(da.description)", at: span) }
        result = .number(op == .add ? a + b : a - b, da, written: nil)
      case .multiply:
        if da == .number {
          result = .number(a * b, db, written: nil)
        } else if db == .number {
          result = .number(a * b, da, written: nil)
        } else {
          throw Diagnostic.error("cannot multiply \(da.description) by \(db.description)", at: span)
        }
      default:
        if b == 0 { throw Diagnostic.error("division by zero", at: right.span) }
        if db == .number {
          result = .number(a / b, da, written: nil)
        } else if da == db {
          result = .plain(a / b)
        } else {
          throw Diagnostic.error("cannot divide \(da.description) by \(db.description)", at: span)
        }
      }
      // Infinity and NaN would travel on into comparisons and reports: stop them here.
      if case .number(let x, _, _) = result, !x.isFinite {
        throw Diagnostic.error(
          "the result is too large to compute (beyond about 1.8 × 10^308)", at: span, label: "overflow")
      }
      return result
    }
  }

  /// In `role == exporter`, `exporter` is the enumeration word even if a variable of that name
  /// exists: a comparison with an enumeration attribute reads bare words as its values.
  private func operand(_ e: Expression, comparedWith other: Expression, _ op: BinaryOperator) throws(Diagnostic) -> Value {
    if op == .equal || op == .notEqual, case .name(let n) = e, let d = domain(of: other), let word = d.canonical(n.text) {
      return .word(word)
    }
    return try evaluate(e)
  }

  /// `role == produser`: a word compared with an enumeration attribute must be one of its values.
  private func checkEnumeration(_ l: Value, _ r: Value, left: Expression, right: Expression) throws(Diagnostic) {
    for (attributeSide, wordSide, wordValue) in [(left, right, r), (right, left, l)] {
      guard case .word(let word) = wordValue, case .name(let wordName) = wordSide,
        let domain = domain(of: attributeSide), domain.canonical(word) == nil
      else { continue }
      throw Diagnostic.error(
        "unknown \(domain.name) `\(word)`", at: wordName.span, label: "not " + article(domain.name),
        help: Workspace.suggestion(for: word, in: domain))
    }
  }

  /// The word domain of an attribute named by an expression, if it has one.
  private func domain(of e: Expression) -> WordDomain? {
    let attributeName: String
    var kinds: [EntityKind] = []
    switch e {
    case .name(let n):
      guard let item, item.attribute(n.text) != nil else { return nil }
      attributeName = n.text
      switch item {
      case .entity(let entity): kinds = [entity.kind]
      case .link:
        if n.text == "kind" { return Schema.linkKinds }
        kinds = [.link]
      case .cluster: kinds = [.cluster]
      case .target: return n.text == "metric" ? Schema.metrics : nil
      }
    case .member(let base, let n):
      guard case .name(let b) = base, let entity = workspace.current?.entity(named: b.text) else { return nil }
      attributeName = n.text
      kinds = [entity.kind]
    default: return nil
    }
    for kind in kinds {
      if let type = Schema.attribute(attributeName, of: kind)?.type, let d = type.domain, d.name != "bool" {
        return d
      }
    }
    return nil
  }

  private func equal(_ l: Value, _ r: Value) -> Bool {
    switch (l, r) {
    case (.nothing, .nothing): return true
    case (.nothing, _), (_, .nothing): return false
    case let (.number(a, da, _), .number(b, db, _)): return a == b && da == db
    case let (.bool(a), .bool(b)): return a == b
    case let (.list(items), other) where !isList(other): return items.contains { equal($0, other) }
    case let (other, .list(items)) where !isList(other): return items.contains { equal($0, other) }
    case let (.list(a), .list(b)): return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
    default:
      if let a = l.label, let b = r.label { return a == b }
      return false
    }
  }

  private func isList(_ v: Value) -> Bool {
    if case .list = v { return true }
    return false
  }
}

extension Value {
  /// Words, names and texts compare by their text: `market == EU` and `market == "EU"` agree.
  var label: String? {
    switch self {
    case .word(let s), .text(let s), .entity(let s): return s
    default: return nil
    }
  }
}
