// The checker: applies declarations and changes to a workspace after checking names, kinds,
// attribute types, enumeration values and references, with a "did you mean" where it can.

import ClusterSyntax

/// Hard limits that keep a typo from asking for the impossible.
public enum Limits {
  /// The largest cohort (and the largest total of firms in one cluster).
  public static let maximumFirms = 10_000_000
  public static let years = 1800...2200
}

extension Workspace {
  /// Applies one workspace statement. Returns lines to tell the user (what a `drop` took with
  /// it); throws the first error, leaving `self` unchanged.
  /// `functions` are the session's (`exports(2004)`), for values written as expressions.
  @discardableResult
  public mutating func apply(_ statement: Statement, functions: (any ExpressionFunctions)? = nil) throws(Diagnostic)
    -> [String]
  {
    var copy = self
    let notices = try copy.applyInPlace(statement, functions: functions)
    self = copy
    return notices
  }

  private mutating func applyInPlace(_ statement: Statement, functions: (any ExpressionFunctions)?) throws(Diagnostic)
    -> [String]
  {
    switch statement.kind {
    case .declaration(let d):
      return try declare(d, functions: functions)
    case .link(let l):
      try addLink(l, functions: functions)
    case .target(let t):
      let cluster = try requireCluster(t.metric.span)
      guard Schema.metrics.contains(t.metric.text) else {
        throw unknownWord(t.metric, in: Schema.metrics)
      }
      let year = try checkYear(t.year)
      let (x, dimension) = Units.resolve(t.value)
      let target = Target(
        metric: t.metric.text, value: .number(x, dimension, written: WrittenNumber(digits: t.value.digits, unit: t.value.unit)),
        year: year)
      updateCluster(named: cluster.name) { c in
        c.targets.removeAll { $0.metric == target.metric && $0.year == target.year }
        c.targets.append(target)
      }
    case .set(let entity, let attribute, let value):
      try set(entity, attribute, value, functions: functions)
    case .drop(let name):
      return try drop(name)
    case .dropLink(let from, let to, let directed, let kind):
      return try dropLink(from: from, to: to, directed: directed, kind: kind)
    case .use(let name):
      guard cluster(named: name.text) != nil else {
        throw Diagnostic.error(
          "no cluster named `\(name.text)`", at: name.span,
          help: Suggestions.help(for: name.text, among: clusters.map(\.name))
            ?? "declare it with `cluster \(Printer.name(name.text))`")
      }
      currentName = name.text
    case .let(let name, let expression):
      let value = try Evaluator(workspace: self).evaluate(expression)
      setVariable(name.text, value)
    default:
      break
    }
    return []
  }

  // MARK: - declarations

  private func requireCluster(_ span: SourceSpan) throws(Diagnostic) -> Cluster {
    guard let cluster = current else {
      throw Diagnostic.error(
        "no cluster to declare this in", at: span, help: "declare a cluster first: `cluster NAME`")
    }
    return cluster
  }

  private static func kind(of keyword: Keyword) -> EntityKind {
    switch keyword {
    case .cluster: return .cluster
    case .firm: return .firm
    case .firms: return .cohort
    case .institution: return .institution
    case .buyer: return .buyer
    case .consortium: return .consortium
    case .event: return .event
    default: return .intervention
    }
  }

  private mutating func declare(_ d: DeclarationSyntax, functions: (any ExpressionFunctions)?) throws(Diagnostic) -> [String] {
    let kind = Workspace.kind(of: d.keyword)
    if kind == .cluster {
      if cluster(named: d.name.text) != nil {
        if d.block == nil {
          currentName = d.name.text
          return []
        }
        throw Diagnostic.error(
          "cluster `\(d.name.text)` is already declared", at: d.name.span,
          help: "use `set \(Printer.name(d.name.text)).ATTRIBUTE = VALUE` to change it, or `use \(Printer.name(d.name.text))` to switch to it")
      }
      let attributes = try checkBlock(d.block, kind: .cluster, in: nil, functions: functions)
      add(Cluster(name: d.name.text, attributes: attributes, declaredAt: d.name.span))
      currentName = d.name.text
      return []
    }
    let entity = try checkedEntity(d, kind: kind, functions: functions)
    try updateCurrent { (c: inout Cluster) throws(Diagnostic) in c.add(entity) }
    return []
  }

  /// Declares a cluster, actor or intervention, changing the workspace only once every check
  /// has passed: a failure leaves it untouched, so the caller needs no copy to restore it (and
  /// a script of thousands of declarations stays linear, where `apply` copies each time).
  public mutating func declareInPlace(_ d: DeclarationSyntax, functions: (any ExpressionFunctions)? = nil) throws(Diagnostic) {
    _ = try declare(d, functions: functions)
  }

  /// The entity a declaration makes, checked against the current cluster. Its own function so
  /// no copy of the cluster outlives the checks (the cluster is then changed in place).
  private func checkedEntity(_ d: DeclarationSyntax, kind: EntityKind, functions: (any ExpressionFunctions)?) throws(Diagnostic)
    -> Entity
  {
    let cluster = try requireCluster(d.name.span)
    if let existing = cluster.entity(named: d.name.text) {
      let place = existing.declaredAt.map { " (line \($0.line) of \($0.file.name))" } ?? ""
      throw Diagnostic.error(
        "`\(d.name.text)` is already declared in cluster \(cluster.name) as \(article(existing.kind.noun))\(place)",
        at: d.name.span,
        help: "use `set \(Printer.name(d.name.text)).ATTRIBUTE = VALUE` to change one attribute, or `drop \(Printer.name(d.name.text))` first")
    }
    var attributes = try checkBlock(d.block, kind: kind, in: cluster, functions: functions)
    if let count = d.count {
      attributes["count"] = try checkCount(.number(count), name: "count", minimum: 1)
    }
    let entity = Entity(kind: kind, name: d.name.text, attributes: attributes, declaredAt: d.name.span)
    if kind == .event { try requireEventAttributes(entity, in: cluster, at: d.name.span) }
    var spans: [String: SourceSpan] = [:]
    for attribute in d.block?.attributes ?? [] { spans[attribute.name.text] = attribute.value.span }
    try checkEntity(entity, in: cluster, at: d.name.span, spans: spans)
    return entity
  }

  /// Checks that need the whole entity (a consortium's size against its members). `spans` gives
  /// where each attribute's value was written, to point at the one at fault; `setting` is the
  /// attribute a `set` changes.
  private func checkEntity(
    _ entity: Entity, in cluster: Cluster, at span: SourceSpan, spans: [String: SourceSpan] = [:],
    setting: String? = nil
  ) throws(Diagnostic) {
    if entity.kind == .event { try checkEvent(entity, at: span, spans: spans, setting: setting) }
    if entity.kind == .intervention, case .number(let start, _, _) = entity["start"], case .number(let end, _, _) = entity["end"],
      end < start
    {
      throw Diagnostic.error(
        "intervention `\(entity.name)` ends in \(Int(end)), before it starts in \(Int(start))", at: span,
        help: "write `end: \(Int(start))` or later, or correct `start`")
    }
    if entity.kind == .cohort {
      let total = cluster.firmCount + entity.firmCount
      if total > Limits.maximumFirms {
        throw Diagnostic.error(
          "a cluster of \(total) firms is more than the limit of \(Limits.maximumFirms)", at: span)
      }
    }
    if entity.kind == .consortium, case .list(let members) = entity["members"],
      case .number(let firms, _, _) = entity["firms"]
    {
      let available = members.reduce(0) { total, member in
        if case .entity(let name) = member { return total + (cluster.entity(named: name)?.firmCount ?? 0) }
        return total
      }
      if Int(firms) > available {
        throw Diagnostic.error(
          "consortium `\(entity.name)` groups \(Int(firms)) firms but its members have only \(available)",
          at: span, help: "lower `firms`, or add members")
      }
    }
  }

  // MARK: - events

  /// An event needs a kind, a year and a size: one error names every one missing, with the whole
  /// declaration to write.
  private func requireEventAttributes(_ entity: Entity, in cluster: Cluster, at span: SourceSpan) throws(Diagnostic) {
    let missing = ["kind", "year", "size"].filter { entity.attributes[$0] == nil }
    guard !missing.isEmpty else { return }
    let kind = entity["kind"].word.flatMap(EventKind.init(rawValue:))
    let year = entity["year"].isNothing ? (cluster["year"].isNothing ? "2000" : cluster["year"].display) : entity["year"].display
    let size = entity["size"].isNothing ? (kind ?? .demandShock).exampleSize : entity["size"].display
    let example = "event \(Printer.name(entity.name)) { kind: \(kind?.rawValue ?? "demand_shock"), year: \(year), size: \(size) }"
    let names = missing.map { "`\($0)`" }
    let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    throw Diagnostic.error(
      "event `\(entity.name)` needs \(list)", at: span, label: "no " + missing.joined(separator: ", "),
      help: "every event has a kind, the year it strikes and a size: write `\(example)`")
  }

  /// An event's size has the sign its kind gives (an import alert loses demand, a regulation
  /// stops capacity), and a lasting event neither ends nor fades.
  private func checkEvent(_ entity: Entity, at span: SourceSpan, spans: [String: SourceSpan], setting: String?)
    throws(Diagnostic)
  {
    let shown = Printer.name(entity.name)
    /// Where to point for `attribute`, and how to write it instead.
    func place(_ attribute: String) -> SourceSpan { spans[attribute] ?? span }
    func write(_ attribute: String, _ value: String) -> String {
      switch setting {
      case nil: return "write `\(attribute): \(value)`"
      case attribute?: return "write `set \(shown).\(attribute) = \(value)`"
      default:
        // `set NAME.kind = …` cannot change the size in the same step: declare the event again.
        var example = entity
        example.attributes[attribute] = .text(value)
        let written = Schema.attributes(of: .event).compactMap { spec -> String? in
          guard ["kind", "year", "size"].contains(spec.name), !example[spec.name].isNothing else { return nil }
          return "\(spec.name): \(example[spec.name].display)"
        }
        return "`drop \(shown)` and declare it again with `\(attribute): \(value)`: `event \(shown) { "
          + written.joined(separator: ", ") + " }`"
      }
    }
    if let kind = entity["kind"].word.flatMap(EventKind.init(rawValue:)), case .number(let size, _, let written) = entity["size"] {
      // On `set NAME.kind = …`, the size already there is what no longer fits: point at the kind.
      let at = setting == "kind" ? place("kind") : place("size")
      let digits = written.map { $0.digits.hasPrefix("-") ? String($0.digits.dropFirst()) : "-" + $0.digits }
      let flipped = written.flatMap { w in digits.map { Printer.number(NumberLiteral(digits: $0, unit: w.unit, span: span)) } }
      switch kind.sign {
      case .negative where size >= 0:
        throw Diagnostic.error(
          "the `size` of an \(kind.rawValue) is \(kind.sizeMeaning), but \(shown)'s is \(entity["size"].display)", at: at,
          label: "not negative",
          help: write("size", size > 0 ? (flipped ?? kind.exampleSize) : kind.exampleSize))
      case .positive where size <= 0:
        throw Diagnostic.error(
          "the `size` of a \(kind.rawValue) is \(kind.sizeMeaning), but \(shown)'s is \(entity["size"].display)", at: at,
          label: "not positive",
          help: write("size", size < 0 ? (flipped ?? kind.exampleSize) : kind.exampleSize))
      case .positive where size > 1:
        throw Diagnostic.error(
          "the `size` of a \(kind.rawValue) is a share of capacity, at most 100%, but \(shown)'s is \(entity["size"].display)",
          at: at, label: "more than 100%", help: write("size", "100%") + " or less")
      default:
        break
      }
    }
    if case .number(let duration, _, _) = entity["duration"], duration < 1 {
      throw Diagnostic.error(
        "an event holds at full size for at least one year", at: place("duration"), label: "less than 1",
        help: write("duration", "1") + ", and `recovery` for the years it takes to fade")
    }
    if entity["lasting"].bool == true {
      for attribute in ["duration", "recovery"] where !entity[attribute].isNothing {
        let at = setting == "lasting" ? place("lasting") : place(attribute)
        throw Diagnostic.error(
          "a lasting event neither ends nor fades, so it takes no `\(attribute)`", at: at,
          label: setting == "lasting" ? "it has a `\(attribute)`" : "with `lasting: true`",
          help: setting == nil
            ? "leave out `\(attribute)`, or leave out `lasting: true` for a shock that ends"
            : setting == attribute
              ? "for a shock that ends, `set \(shown).lasting = false` first"
              : "`drop \(shown)` and declare it again with `lasting: true` and no `\(attribute)`")
      }
    }
  }

  private func checkBlock(
    _ block: AttributeBlock?, kind: EntityKind, in cluster: Cluster?, functions: (any ExpressionFunctions)?
  ) throws(Diagnostic) -> [String: Value] {
    var attributes: [String: Value] = [:]
    for attribute in block?.attributes ?? [] {
      let name = attribute.name.text
      guard let spec = Schema.attribute(name, of: kind) else {
        throw unknownAttribute(attribute.name, of: kind)
      }
      if attributes[name] != nil {
        throw Diagnostic.error("`\(name)` is given twice", at: attribute.name.span, label: "again here")
      }
      attributes[name] = try check(attribute.value, against: spec, in: cluster, functions: functions)
    }
    return attributes
  }

  private func unknownAttribute(_ name: Name, of kind: EntityKind) -> Diagnostic {
    let names = Schema.attributes(of: kind).map(\.name)
    return Diagnostic.error(
      "\(article(kind.noun)) has no attribute `\(name.text)`", at: name.span, label: "unknown attribute",
      help: Suggestions.best(for: name.text, among: names).map { "did you mean `\($0)`?" }
        ?? "the attributes of \(article(kind.noun)) are: " + names.joined(separator: ", "))
  }

  private func unknownWord(_ word: Name, in domain: WordDomain) -> Diagnostic {
    Diagnostic.error(
      "unknown \(domain.name) `\(word.text)`", at: word.span, label: "not " + article(domain.name),
      help: Workspace.suggestion(for: word.text, in: domain))
  }

  /// "did you mean `x`?" among the values of a domain and their synonyms (a synonym is offered
  /// as its value), with the values listed when they fit on a line, else the help topic that
  /// lists them.
  static func suggestion(for typed: String, in domain: WordDomain) -> String {
    let candidates = domain.values + domain.synonyms.keys.sorted()
    let guess = Suggestions.best(for: typed, among: candidates).map { word -> String in
      guard let value = domain.synonyms[word] else { return "did you mean `\(word)`?" }
      return "did you mean `\(value)` (\(word.replacingOccurrences(of: "_", with: " ")))?"
    }
    let listed =
      domain.values.count <= 16
      ? "allowed: " + domain.values.joined(separator: ", ")
      : "`help \(domain.topic ?? "values")` lists all \(domain.values.count)"
    guard let guess else { return listed }
    return guess + " (" + listed + ")"
  }

  // MARK: - values

  /// A value written as an expression (`t * 2`), or as the name of a variable (`t`), evaluated
  /// into the literal it stands for, placed where it was written, with the words that say what
  /// it came to ("`t` is 30"); nil for a literal. A bare word is a variable only when it is not
  /// a value of the attribute (a `role: producer` stays a role) nor an actor's name.
  private func computed(_ syntax: ValueSyntax, for spec: AttributeSpec, functions: (any ExpressionFunctions)?)
    throws(Diagnostic) -> (literal: ValueSyntax, said: String)?
  {
    let value: Value
    let written: String
    switch syntax {
    case .expression(let e):
      value = try Evaluator(workspace: self, functions: functions).evaluate(e)
      written = Printer.expression(e)
    case .word(let n):
      guard let variable = variable(n.text), spec.type.domain?.canonical(n.text) == nil,
        current?.entity(named: n.text) == nil
      else { return nil }
      value = variable
      written = n.text
    default:
      return nil
    }
    let said = "`\(Value.brief(written, 40))` is \(value.isNothing ? "not set" : value.brief(40))"
    guard let literal = value.syntax(at: syntax.span) else {
      throw Diagnostic.error("`\(spec.name)` needs a value, but \(said)", at: syntax.span, label: "no value")
    }
    return (literal, said)
  }

  /// Checks a value against the type of an attribute and converts it: a literal, or an
  /// expression evaluated first and its result checked as a literal would be.
  func check(
    _ syntax: ValueSyntax, against spec: AttributeSpec, in cluster: Cluster?, functions: (any ExpressionFunctions)? = nil
  ) throws(Diagnostic) -> Value {
    if let (literal, said) = try computed(syntax, for: spec, functions: functions) {
      do {
        return try check(literal, against: spec, in: cluster)
      } catch {
        var d = error
        d.message += "; \(said)"
        throw d
      }
    }
    let wrong = { (expected: String) -> Diagnostic in
      Diagnostic.error("`\(spec.name)` needs \(expected)", at: syntax.span, label: "not \(expected)")
    }
    switch spec.type {
    case .text:
      switch syntax {
      case .string(let s, _): return .text(s)
      case .word(let n): return .text(n.text)
      default: throw wrong("text in double quotes")
      }
    case .word(let domain):
      return try checkWord(syntax, domain, spec)
    case .words(let domain):
      if case .list(let items, _) = syntax {
        var seen: [Value] = []
        for item in items { seen.append(try checkWord(item, domain, spec)) }
        return .list(seen)
      }
      return .list([try checkWord(syntax, domain, spec)])
    case .labels:
      let items: [ValueSyntax]
      if case .list(let list, _) = syntax { items = list } else { items = [syntax] }
      var labels: [Value] = []
      for item in items {
        switch item {
        case .word(let n): labels.append(.word(n.text))
        case .string(let s, _): labels.append(.text(s))
        default: throw Diagnostic.error("`\(spec.name)` needs words or strings", at: item.span)
        }
      }
      return .list(labels)
    case .name(let kinds):
      return try checkReference(syntax, kinds, spec, in: cluster)
    case .names(let kinds):
      let items: [ValueSyntax]
      if case .list(let list, _) = syntax { items = list } else { items = [syntax] }
      var names: [Value] = []
      for item in items { names.append(try checkReference(item, kinds, spec, in: cluster)) }
      return .list(names)
    case .money:
      guard case .number(let n) = syntax, case .word(let unit) = n.unit, Units.moneyScale(unit) != nil else {
        if case .number(let n) = syntax, n.unit == .none {
          throw Diagnostic.error(
            "`\(spec.name)` needs a money unit", at: syntax.span, label: "no unit",
            help: "write `\(n.digits) musd` (or usd, kusd, busd)")
        }
        throw wrong("money, such as `3 musd`")
      }
      let value = try finite(n, spec)
      if case .number(let x, _, _) = value, x < 0 {
        throw Diagnostic.error(
          "`\(spec.name)` cannot be negative", at: syntax.span, label: "negative money",
          help: "write the amount without a sign, such as `\(n.digits.drop { $0 == "-" }) \(unit)`")
      }
      return value
    case .share:
      guard case .number(let n) = syntax, n.unit == .none || n.unit == .percent else {
        throw wrong("a share from 0 to 1, such as `0.3` or `30%`")
      }
      let value = try finite(n, spec)
      if case .number(let x, _, _) = value, !(0...1).contains(x) {
        // `trust: 30` is most likely 30%.
        let percent = n.unit == .none && x > 1 && x <= 100
        throw Diagnostic.error(
          "`\(spec.name)` needs a share from 0 to 1 (or 0% to 100%)", at: syntax.span, label: "out of range",
          help: percent ? "did you mean `\(Value.exactDigits(x / 100))` (\(n.digits)%)? write `\(Value.exactDigits(x / 100))` or `\(n.digits)%`" : nil)
      }
      return value
    case .count:
      return try checkCount(syntax, name: spec.name, minimum: 0)
    case .year:
      guard case .number(let n) = syntax, n.unit == .none else { throw wrong("a year, such as `1990`") }
      return .number(Double(try checkYear(n)), .number, written: WrittenNumber(digits: n.digits, unit: .none))
    case .years:
      guard case .number(let n) = syntax else { throw wrong("a duration, such as `3 years`") }
      guard case .word(let w) = n.unit, w == "year" || w == "years" else {
        throw Diagnostic.error(
          "`\(spec.name)` needs a duration in years", at: syntax.span, label: "no unit",
          help: "write `\(n.digits) years`")
      }
      let value = try finite(n, spec)
      if case .number(let x, _, _) = value, x < 0 {
        throw Diagnostic.error("`\(spec.name)` cannot be negative", at: syntax.span)
      }
      return value
    case .rate:
      guard case .number(let n) = syntax, case .rate = n.unit else {
        if case .number(let n) = syntax, n.unit == .none {
          throw Diagnostic.error(
            "`\(spec.name)` needs a rate of output: what is made, per month or per year", at: syntax.span,
            label: "no unit", help: "write `\(n.digits) garments/month` (or pieces, pairs, tonnes …)")
        }
        throw wrong("a rate of output, such as `50000 garments/month`")
      }
      return try finite(n, spec)
    case .bool:
      guard case .bool(let b, _) = syntax else {
        if case .word(let n) = syntax {
          throw Diagnostic.error(
            "`\(spec.name)` needs true or false", at: n.span, label: "not a boolean",
            help: ["yes", "y", "on"].contains(n.text.lowercased()) ? "write `true`" : ["no", "n", "off"].contains(n.text.lowercased()) ? "write `false`" : "write `true` or `false`")
        }
        throw wrong("true or false")
      }
      return .bool(b)
    case .funding:
      guard case .map(let entries, _) = syntax else {
        throw wrong("a map of sources to money, such as `{ TEA: 3 musd }`")
      }
      var seen: [MapEntry] = []
      for (key, value) in entries {
        let ref = try checkReference(.word(key), EntityKind.allActors, spec, in: cluster)
        if seen.contains(where: { $0.key == key.text }) {
          throw Diagnostic.error("`\(key.text)` is given twice", at: key.span)
        }
        guard case .entity = ref else { continue }
        let money = try check(value, against: AttributeSpec("funding from \(key.text)", .money, ""), in: cluster, functions: functions)
        seen.append(MapEntry(key: key.text, value: money))
      }
      return .map(seen)
    case .effects:
      guard case .map(let entries, _) = syntax else {
        throw wrong("a map of metrics to numbers, such as `{ exports: 10 musd }`")
      }
      var seen: [MapEntry] = []
      for (key, value) in entries {
        guard let metric = Metric(rawValue: key.text), Metric.effectable.contains(metric) else {
          if Schema.metrics.contains(key.text) {
            throw Diagnostic.error(
              "the simulation does not read an effect on `\(key.text)`", at: key.span, label: "not simulated",
              help: "effects may name " + Schema.effectMetrics.values.joined(separator: ", ") + "; a target may name `\(key.text)`")
          }
          throw unknownWord(key, in: Schema.effectMetrics)
        }
        let value = try computed(value, for: AttributeSpec(key.text, .money, ""), functions: functions)?.literal ?? value
        guard case .number(let n) = value else {
          throw Diagnostic.error("the effect on `\(key.text)` needs a number", at: value.span)
        }
        let money = metric.dimension == .money
        var isMoney = false
        if case .word(let w) = n.unit { isMoney = ["usd", "kusd", "musd", "busd"].contains(w) }
        let unitless = n.unit == .none || (n.unit == .percent && metric.dimension == .share)
        guard money ? isMoney : unitless else {
          let example = money ? "10 musd" : metric.dimension == .share ? "0.1" : "20"
          throw Diagnostic.error(
            "the effect on `\(key.text)` needs \(money ? "money" : metric.dimension == .share ? "a share" : "a count")",
            at: value.span, label: "wrong unit", help: "write `\(key.text): \(example)`")
        }
        if seen.contains(where: { $0.key == key.text }) {
          throw Diagnostic.error(
            "the effect on `\(key.text)` is given twice", at: key.span, label: "again", help: "keep one `\(key.text):`")
        }
        let checked = try finite(n, spec)
        if case .number(let x, _, _) = checked {
          // An effect is what a project adds: never negative, a count whole, a share at most 1,
          // and no more than the largest figures the tool handles.
          let problem: String? =
            x < 0 ? "cannot be negative (an effect is what the project adds)"
            : metric.dimension == .count && x != x.rounded() ? "must be a whole number"
            : metric.dimension == .share && x > 1 ? "must be a share from 0 to 1 (or 0% to 100%)"
            : x > (money ? 1e13 : metric.dimension == .count ? 1e7 : 1) ? "is more than the tool handles" : nil
          if let problem {
            throw Diagnostic.error(
              "the effect on `\(key.text)` \(problem)", at: value.span, label: "out of range",
              help: "write `\(key.text): \(money ? "10 musd" : metric.dimension == .share ? "0.1" : "20")`")
          }
        }
        seen.append(MapEntry(key: key.text, value: checked))
      }
      return .map(seen)
    case .change:
      guard case .number(let n) = syntax, n.unit == .none || n.unit == .percent else {
        throw wrong("a signed share, such as `-30%` or `0.1`")
      }
      let value = try finite(n, spec)
      if case .number(let x, _, _) = value, !(-1...10).contains(x) {
        throw Diagnostic.error(
          "`\(spec.name)` must be between -100% and +1000% (-1 and 10)", at: syntax.span, label: "out of range",
          help: n.unit == .none && (-100...1000).contains(x) ? "for a percentage write `\(n.digits)%`" : nil)
      }
      return value
    case .yearSpan:
      return try checkYearSpan(syntax, spec)
    case .wholeYears:
      guard case .number(let n) = syntax else { throw wrong("a whole number of years, such as `2`") }
      let inYears: Bool
      switch n.unit {
      case .none: inYears = true
      case .word(let w): inYears = w == "year" || w == "years"
      default: inYears = false
      }
      guard inYears else {
        throw Diagnostic.error(
          "`\(spec.name)` needs a whole number of years", at: syntax.span, label: "not years",
          help: "write `\(spec.name): \(n.digits)`")
      }
      let x = n.magnitude
      let most = Limits.years.upperBound - Limits.years.lowerBound
      guard x == x.rounded(), x >= 0, x <= Double(most) else {
        throw Diagnostic.error(
          "`\(spec.name)` needs a whole number of years from 0 to \(most)", at: n.span, label: "not a whole number of years")
      }
      return .number(x, .number, written: WrittenNumber(digits: n.digits, unit: n.unit))
    }
  }

  /// `1995 to 2005` or one year: both years checked, the last not before the first.
  private func checkYearSpan(_ syntax: ValueSyntax, _ spec: AttributeSpec) throws(Diagnostic) -> Value {
    switch syntax {
    case .number(let n) where n.unit == .none:
      return .number(Double(try checkYear(n)), .number, written: WrittenNumber(digits: n.digits, unit: .none))
    case .span(let first, let last, _):
      let a = try checkYear(first)
      let b = try checkYear(last)
      guard a <= b else {
        throw Diagnostic.error(
          "the span of `\(spec.name)` ends in \(b), before it starts in \(a)", at: last.span, label: "before \(a)",
          help: "write the first year first: `\(spec.name): \(b) to \(a)`")
      }
      return .span(a, b)
    default:
      throw Diagnostic.error(
        "`\(spec.name)` needs a year or a span of years, such as `1995 to 2005`", at: syntax.span,
        label: "not a year or a span")
    }
  }

  private func finite(_ n: NumberLiteral, _ spec: AttributeSpec) throws(Diagnostic) -> Value {
    let (x, dimension) = Units.resolve(n)
    guard x.isFinite else {
      throw Diagnostic.error("`\(spec.name)` is too large a number", at: n.span)
    }
    return .number(x, dimension, written: WrittenNumber(digits: n.digits, unit: n.unit))
  }

  private func checkWord(_ syntax: ValueSyntax, _ domain: WordDomain, _ spec: AttributeSpec) throws(Diagnostic)
    -> Value
  {
    let name: Name
    switch syntax {
    case .word(let n): name = n
    case .string(let s, let span): name = Name(s, span: span)
    default:
      throw Diagnostic.error(
        "`\(spec.name)` needs \(article(domain.name))", at: syntax.span, label: "not a word",
        help: Suggestions.help(for: "", among: domain.values) ?? "type `help` with the kind to see the values")
    }
    guard let value = domain.canonical(name.text) else { throw unknownWord(name, in: domain) }
    return .word(value)
  }

  private func checkReference(
    _ syntax: ValueSyntax, _ kinds: Set<EntityKind>, _ spec: AttributeSpec, in cluster: Cluster?
  ) throws(Diagnostic) -> Value {
    let name: Name
    switch syntax {
    case .word(let n): name = n
    case .string(let s, let span): name = Name(s, span: span)
    default: throw Diagnostic.error("`\(spec.name)` needs a name", at: syntax.span)
    }
    try requireActor(name, kinds, in: cluster, role: "`\(spec.name)`")
    return .entity(name.text)
  }

  /// Checks that `name` is a declared actor of one of `kinds`.
  @discardableResult
  private func requireActor(_ name: Name, _ kinds: Set<EntityKind>, in cluster: Cluster?, role: String)
    throws(Diagnostic) -> Entity
  {
    let entity = try declaredActor(name, suggesting: kinds, in: cluster)
    guard kinds.contains(entity.kind) else {
      throw Diagnostic.error(
        "\(role) needs \(EntityKind.either(kinds)), but `\(name.text)` is \(article(entity.kind.noun))", at: name.span)
    }
    return entity
  }

  /// The actor `name` names, of whatever kind; when there is none, the suggestion is among
  /// the actors of `kinds`.
  private func declaredActor(_ name: Name, suggesting kinds: Set<EntityKind>, in cluster: Cluster?) throws(Diagnostic)
    -> Entity
  {
    guard let cluster else {
      throw Diagnostic.error("no cluster to look `\(name.text)` up in", at: name.span)
    }
    guard let entity = cluster.entity(named: name.text) else {
      let candidates = cluster.entities(of: kinds).map(\.name)
      throw Diagnostic.error(
        "no actor named `\(name.text)` in cluster \(cluster.name)", at: name.span, label: "not declared",
        help: Suggestions.best(for: name.text, among: candidates).map { "did you mean `\($0)`?" }
          ?? "declare it first, e.g. `\(kinds.sorted().first?.keyword ?? "firm") \(Printer.name(name.text))`")
    }
    return entity
  }

  /// `set makers.count = n`: a cohort has at least one firm.
  private func checkCohortSize(_ syntax: ValueSyntax, _ spec: AttributeSpec, functions: (any ExpressionFunctions)?)
    throws(Diagnostic) -> Value
  {
    guard let (literal, said) = try computed(syntax, for: spec, functions: functions) else {
      return try checkCount(syntax, name: "count", minimum: 1)
    }
    do {
      return try checkCount(literal, name: "count", minimum: 1)
    } catch {
      var d = error
      d.message += "; \(said)"
      throw d
    }
  }

  private func checkCount(_ syntax: ValueSyntax, name: String, minimum: Int) throws(Diagnostic) -> Value {
    guard case .number(let n) = syntax, n.unit == .none else {
      throw Diagnostic.error("`\(name)` needs a whole number", at: syntax.span)
    }
    let x = n.magnitude
    guard x == x.rounded(), x >= Double(minimum) else {
      throw Diagnostic.error(
        "`\(name)` needs a whole number of at least \(minimum)", at: n.span, label: "not a whole number ≥ \(minimum)")
    }
    guard x <= Double(Limits.maximumFirms) else {
      throw Diagnostic.error(
        "`\(name)` of \(n.digits) is more than the limit of \(Limits.maximumFirms)", at: n.span, label: "too large")
    }
    return .number(x, .number, written: WrittenNumber(digits: n.digits, unit: .none))
  }

  private func checkYear(_ n: NumberLiteral) throws(Diagnostic) -> Int {
    let x = n.magnitude
    guard n.unit == .none, x == x.rounded(), Double(Limits.years.lowerBound) <= x, x <= Double(Limits.years.upperBound)
    else {
      throw Diagnostic.error(
        "`\(n.digits)` is not a year from \(Limits.years.lowerBound) to \(Limits.years.upperBound)", at: n.span,
        label: "not a year")
    }
    return Int(x)
  }

  // MARK: - links

  /// Which kinds each end of each link kind may be.
  static func linkEnds(_ kind: String) -> (from: Set<EntityKind>, to: Set<EntityKind>) {
    let firms: Set<EntityKind> = [.firm, .cohort]
    switch kind {
    case "supplies": return (firms, firms.union([.consortium, .buyer]))
    case "customer": return (firms.union([.buyer]), firms)
    case "cooperation": return (firms.union([.consortium]), firms.union([.consortium]))
    case "member": return (firms.union([.consortium, .institution]), [.institution])
    case "service": return ([.institution], firms.union([.consortium, .institution]))
    case "buys": return ([.buyer], firms.union([.consortium]))
    default: return ([.institution, .buyer], [.institution, .buyer])  // partner
    }
  }

  private mutating func addLink(_ l: LinkSyntax, functions: (any ExpressionFunctions)?) throws(Diagnostic) {
    // The checks read a copy of the cluster in their own function, so that copy is gone when
    // the link is appended in place: appending must not copy every earlier link.
    let link = try checkedLink(l, functions: functions)
    try updateCurrent { (c: inout Cluster) throws(Diagnostic) in c.append(link: link) }
  }

  /// Declares a link in place, changing the workspace only once its checks have passed.
  public mutating func linkInPlace(_ l: LinkSyntax, functions: (any ExpressionFunctions)? = nil) throws(Diagnostic) {
    try addLink(l, functions: functions)
  }

  private func checkedLink(_ l: LinkSyntax, functions: (any ExpressionFunctions)?) throws(Diagnostic) -> Link {
    let cluster = try requireCluster(l.from.span)
    guard let kind = Schema.linkKinds.canonical(l.kind.text) else { throw unknownWord(l.kind, in: Schema.linkKinds) }
    let l = LinkSyntax(from: l.from, to: l.to, directed: l.directed, kind: Name(kind, span: l.kind.span), block: l.block)
    let ends = Workspace.linkEnds(kind)
    let from = try declaredActor(l.from, suggesting: ends.from, in: cluster)
    let to = try declaredActor(l.to, suggesting: ends.to, in: cluster)
    if !ends.from.contains(from.kind) || !ends.to.contains(to.kind) {
      throw misdirected(l, from: from, to: to)
    }
    if from.name == to.name, from.kind != .cohort {
      throw Diagnostic.error(
        "a link from `\(from.name)` to itself only makes sense for a cohort", at: l.to.span,
        help: "a cohort's ties among its own firms are written `link makers -- makers : cooperation density 0.02`")
    }
    let attributes = try checkBlock(l.block, kind: .link, in: cluster, functions: functions)
    if attributes["density"] != nil, from.kind != .cohort, to.kind != .cohort {
      throw Diagnostic.error(
        "`density` applies to links of a cohort", at: l.kind.span,
        help: "between two single actors there is one link: drop `density`")
    }
    let link = Link(from: from.name, to: to.name, directed: l.directed, kind: l.kind.text, attributes: attributes)
    if cluster.hasLink(like: link) {
      throw Diagnostic.error(
        "the link \(link.description) is already declared", at: l.from.span.through(l.kind.span),
        help: "drop it first: `drop link \(link.description)`")
    }
    return link
  }

  /// A link whose ends are of the wrong kinds for its kind. Written the other way round it
  /// may be right (`link TEA -> makers : member` for `link makers -> TEA : member`), or another
  /// kind may join these two (an institution serves firms: `service`).
  private func misdirected(_ l: LinkSyntax, from: Entity, to: Entity) -> Diagnostic {
    let kind = l.kind.text
    let ends = Workspace.linkEnds(kind)
    let arrow = l.directed ? "->" : "--"
    let rest = l.block == nil ? "" : " …"
    func written(_ a: Entity, _ b: Entity, _ k: String) -> String {
      "`link \(Printer.name(a.name)) \(arrow) \(Printer.name(b.name)) : \(k)\(rest)`"
    }
    let wrongStart = !ends.from.contains(from.kind)
    let (name, entity, allowed) = wrongStart ? (l.from, from, ends.from) : (l.to, to, ends.to)
    let message =
      "a `\(kind)` link's \(wrongStart ? "start" : "end") needs \(EntityKind.either(allowed)), but `\(name.text)` is \(article(entity.kind.noun))"
    let fits = { (k: String, a: Entity, b: Entity) -> Bool in
      let e = Workspace.linkEnds(k)
      return e.from.contains(a.kind) && e.to.contains(b.kind)
    }
    var help: String?
    if fits(kind, to, from) {
      help = "did you mean \(written(to, from, kind))? (\(Schema.linkKindOrder(kind)))"
    } else if let other = Schema.linkKinds.values.first(where: { fits($0, from, to) }) {
      help = "did you mean \(written(from, to, other))? (\(other): \(Schema.linkKindSummary(other)))"
    } else if let other = Schema.linkKinds.values.first(where: { fits($0, to, from) }) {
      help = "did you mean \(written(to, from, other))? (\(other): \(Schema.linkKindSummary(other)))"
    }
    return Diagnostic.error(message, at: name.span, label: "\(article(entity.kind.noun))", help: help)
  }

  // MARK: - set and drop

  private mutating func set(_ target: Name, _ attribute: Name, _ syntax: ValueSyntax, functions: (any ExpressionFunctions)?)
    throws(Diagnostic)
  {
    if let cluster = cluster(named: target.text), current?.entity(named: target.text) == nil {
      guard let spec = Schema.attribute(attribute.text, of: .cluster) else {
        throw unknownAttribute(attribute, of: .cluster)
      }
      let value = try check(syntax, against: spec, in: cluster, functions: functions)
      updateCluster(named: cluster.name) { $0.attributes[attribute.text] = value }
      return
    }
    let cluster = try requireCluster(target.span)
    guard var entity = cluster.entity(named: target.text) else {
      let candidates = cluster.entities.map(\.name) + clusters.map(\.name)
      throw Diagnostic.error(
        "nothing named `\(target.text)` in cluster \(cluster.name)", at: target.span, label: "not declared",
        help: Suggestions.best(for: target.text, among: candidates).map { "did you mean `\($0)`?" })
    }
    guard let spec = Schema.attribute(attribute.text, of: entity.kind) else {
      throw unknownAttribute(attribute, of: entity.kind)
    }
    entity.attributes[attribute.text] =
      spec.name == "count" && entity.kind == .cohort
      ? try checkCohortSize(syntax, spec, functions: functions) : try check(syntax, against: spec, in: cluster, functions: functions)
    var without = cluster
    without.remove(named: entity.name)
    try checkEntity(entity, in: without, at: target.span, spans: [attribute.text: syntax.span], setting: attribute.text)
    let changed = entity
    try updateCurrent { (c: inout Cluster) throws(Diagnostic) in c.replace(changed) }
  }

  private mutating func drop(_ name: Name) throws(Diagnostic) -> [String] {
    guard let cluster = current, let entity = cluster.entity(named: name.text) else {
      if let cluster = cluster(named: name.text) {
        removeCluster(named: name.text)
        let count = cluster.entities.count + cluster.links.count + cluster.targets.count
        return ["dropped cluster \(cluster.name) and the \(count) declarations in it"]
      }
      let candidates = (current?.entities.map(\.name) ?? []) + clusters.map(\.name)
      throw Diagnostic.error(
        "nothing named `\(name.text)` to drop" + (current.map { " in cluster \($0.name)" } ?? ""), at: name.span,
        label: "not declared", help: Suggestions.best(for: name.text, among: candidates).map { "did you mean `\($0)`?" })
    }
    if let led = cluster.entities.first(where: {
      if case .entity(let lead) = $0["lead"] { return lead == entity.name }
      return false
    }) {
      throw Diagnostic.error(
        "`\(entity.name)` leads intervention `\(led.name)`", at: name.span,
        help: "give it another lead (`set \(Printer.name(led.name)).lead = …`) or `drop \(Printer.name(led.name))` first")
    }
    // An event that hits only this actor would, without it, hit the whole cluster.
    if let event = cluster.entities.first(where: { $0.kind == .event && $0["hits"].names == [entity.name] }) {
      throw Diagnostic.error(
        "event `\(event.name)` hits only `\(entity.name)`: without it, it would hit the whole cluster", at: name.span,
        label: "hit by \(event.name)",
        help: "`drop \(Printer.name(event.name))` first, or change whom it hits: `set \(Printer.name(event.name)).hits = [...]`")
    }
    var notices: [String] = []
    let links = cluster.links.filter { $0.touches(entity.name) }
    var lines = ["dropped \(entity.kind.noun) \(entity.name)"]
    if !links.isEmpty {
      lines[0] += " and \(links.count) link\(links.count == 1 ? "" : "s"):"
      lines += links.map { "  link " + $0.description }
    }
    notices += lines
    let dropped = entity.name
    var updated = cluster
    updated.remove(named: dropped)
    updated.removeLinks { $0.touches(dropped) }
    if case .entity(let f) = updated["facilitator"], f == dropped {
      updated.attributes["facilitator"] = nil
      notices.append("cluster \(updated.name) no longer has a facilitator")
    }
    for var other in updated.entities {
      var changed = false
      for key in ["members", "partners", "hits"] {
        if case .list(let items) = other[key] {
          let kept = items.filter { if case .entity(let n) = $0 { return n != dropped } else { return true } }
          if kept.count != items.count {
            other.attributes[key] = .list(kept)
            changed = true
            notices.append("removed \(dropped) from the \(key) of \(other.name)")
          }
        }
      }
      if case .map(let entries) = other["funding"], entries.contains(where: { $0.key == dropped }) {
        other.attributes["funding"] = .map(entries.filter { $0.key != dropped })
        changed = true
        notices.append("removed \(dropped)'s funding of \(other.name)")
      }
      if changed { updated.replace(other) }
    }
    let result = updated
    try updateCurrent { (c: inout Cluster) throws(Diagnostic) in c = result }
    return notices
  }

  private mutating func dropLink(from: Name, to: Name, directed: Bool, kind: Name?) throws(Diagnostic) -> [String] {
    let cluster = try requireCluster(from.span)
    let canonicalKind = kind.map { Schema.linkKinds.canonical($0.text) ?? $0.text }
    let matches = { (l: Link) -> Bool in
      guard canonicalKind == nil || l.kind == canonicalKind, l.directed == directed else { return false }
      return (l.from == from.text && l.to == to.text) || (!directed && l.from == to.text && l.to == from.text)
    }
    let dropped = cluster.links.filter(matches)
    guard !dropped.isEmpty else {
      let near = cluster.links.filter { $0.touches(from.text) }.map { "link " + $0.description }
      throw Diagnostic.error(
        "no link \(Printer.name(from.text)) \(directed ? "->" : "--") \(Printer.name(to.text))\(kind.map { " : " + $0.text } ?? "") to drop",
        at: from.span.through(kind?.span ?? to.span),
        help: near.isEmpty ? nil : "the links of `\(from.text)` are: " + near.joined(separator: "; "))
    }
    try updateCurrent { (c: inout Cluster) throws(Diagnostic) in c.removeLinks(where: matches) }
    return dropped.map { "dropped link " + $0.description }
  }
}

extension EntityKind {
  static let allActors: Set<EntityKind> = [.firm, .cohort, .institution, .buyer, .consortium]

  /// "a firm, a cohort of firms or an institution": any one of `kinds`, in declaration order.
  static func either(_ kinds: Set<EntityKind>) -> String {
    let nouns = kinds.sorted().map { article($0.noun) }
    guard let last = nouns.last else { return "an actor" }
    return nouns.count == 1 ? last : nouns.dropLast().joined(separator: ", ") + " or " + last
  }
}
