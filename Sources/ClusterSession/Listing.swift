// `list` and `show`: tables and descriptions of what the workspace holds, and the same as
// JSON (`as json`, `--format json`; the shapes are in docs/model.md, "JSON output").

import ClusterSyntax
import ClusterWorkspace

enum Listing {
  /// The words `list` accepts besides the collections.
  static let extraCollections = ["variables", "examples"]

  /// What `list` lists: the variables, everything in the current cluster, or one collection.
  private enum Listed {
    case variables
    /// The cases built into clusterlab (`load example NAME`).
    case examples
    case everything
    case collection(ClusterWorkspace.Collection)
  }

  private static func listed(_ kind: Name?) throws(Diagnostic) -> Listed {
    guard let kind else { return .everything }
    if kind.text == "variables" || kind.text == "variable" { return .variables }
    if kind.text == "examples" || kind.text == "example" { return .examples }
    guard let c = ClusterWorkspace.Collection(word: kind.text) else {
      let words = ClusterWorkspace.Collection.allCases.map(\.rawValue) + extraCollections
      throw Diagnostic.error(
        "cannot list `\(kind.text)`", at: kind.span, label: "not something to list",
        help: Suggestions.help(for: kind.text, among: words, listUpTo: 12))
    }
    return .collection(c)
  }

  /// Everything `list` without a kind shows: actors, then interventions and events, those a
  /// filter keeps (it tests each one; attributes a kind lacks are simply unset).
  private static func everything(_ filter: Expression?, in workspace: Workspace) throws(Diagnostic) -> [Item] {
    let evaluator = Evaluator(workspace: workspace)
    let items = try evaluator.items(of: .firms, where: nil) + evaluator.items(of: .institutions, where: nil)
      + evaluator.items(of: .buyers, where: nil) + evaluator.items(of: .consortia, where: nil)
      + evaluator.items(of: .interventions, where: nil) + evaluator.items(of: .events, where: nil)
    guard let filter else { return items }
    var kept: [Item] = []
    for item in items where try Evaluator.passes(item, filter, in: workspace) { kept.append(item) }
    return kept
  }

  static func list(kind: Name?, filter: Expression?, in workspace: Workspace, _ screen: Screen) throws(Diagnostic) -> String {
    let listed = try listed(kind)
    if case .variables = listed {
      guard !workspace.variables.isEmpty else { return "no variables (declare one with `let NAME = EXPRESSION`)\n" }
      var table = TextTable(["variable", "value"])
      for (name, value) in workspace.variables.sorted(by: { $0.name < $1.name }) { table.add([name, value.display]) }
      return table.render(on: screen)
    }
    if case .examples = listed {
      var table = TextTable(["example", "case"])
      for case_ in BuiltinCases.all { table.add([case_.name, case_.summary]) }
      return table.render(on: screen) + "`load example NAME` loads one, from any folder.\n"
    }
    var collection: ClusterWorkspace.Collection?
    if case .collection(let c) = listed { collection = c }
    if collection != .clusters, workspace.current == nil {
      return "no clusters yet: declare one with `cluster NAME`\n"
    }
    guard let collection else {
      let kept = try everything(filter, in: workspace)
      let cluster = workspace.current
      var out = ""
      if kept.isEmpty {
        out += "nothing declared in cluster \(cluster?.name ?? "")" + (filter == nil ? "" : " matches") + "\n"
      } else {
        var table = TextTable(["name", "kind", "attributes"])
        for case .entity(let e) in kept { table.add([e.name, e.kind.noun, brief(e)]) }
        out += table.render(on: screen)
      }
      if filter == nil, let cluster {
        out += plural(cluster.links.count, "link") + ", " + plural(cluster.targets.count, "target") + " (`list links`, `list targets`)\n"
      }
      return out
    }
    let items = try Evaluator(workspace: workspace).items(of: collection, where: filter)
    if items.isEmpty {
      let place = collection == .clusters ? "" : " in cluster \(workspace.current?.name ?? "")"
      return "no \(collection.rawValue)\(place)" + (filter == nil ? "" : " match") + "\n"
    }
    return table(collection, items, workspace).render(on: screen)
  }

  /// `list … as json`: `{"collection", "cluster", "items"}`, the items in the order the table
  /// shows them; none is `[]`.
  static func listJSON(kind: Name?, filter: Expression?, in workspace: Workspace) throws(Diagnostic) -> JSON {
    let listed = try listed(kind)
    var collection: String?
    var items: [JSON] = []
    switch listed {
    case .variables:
      collection = "variables"
      items = workspace.variables.sorted(by: { $0.name < $1.name }).map {
        .object([("name", .string($0.name)), ("value", JSON.value($0.value))])
      }
    case .examples:
      collection = "examples"
      items = BuiltinCases.all.map { .object([("name", .string($0.name)), ("case", .string($0.summary))]) }
    case .everything:
      if workspace.current != nil {
        items = try everything(filter, in: workspace).map { itemJSON($0, in: workspace) }
      }
    case .collection(let c):
      collection = c.rawValue
      if c == .clusters || workspace.current != nil {
        items = try Evaluator(workspace: workspace).items(of: c, where: filter).map { itemJSON($0, in: workspace) }
      }
    }
    return .object([("collection", .string(collection)), ("cluster", .string(workspace.currentName)), ("items", .array(items))])
  }

  /// One row of `list` as JSON.
  static func itemJSON(_ item: Item, in workspace: Workspace) -> JSON {
    switch item {
    case .entity(let e):
      return .object([("name", .string(e.name)), ("kind", .string(e.kind.rawValue)), ("attributes", attributesJSON(e.attributes, of: e.kind))])
    case .link(let l):
      return linkJSON(l)
    case .target(let t):
      return .object([("metric", .string(t.metric)), ("value", JSON.value(t.value)), ("year", .number(Double(t.year)))])
    case .cluster(let c):
      let counts = Counts(c)
      return .object([
        ("name", .string(c.name)), ("current", .bool(c.name == workspace.currentName)), ("type", JSON.value(c["type"])),
        ("year", JSON.value(c["year"])), ("actors", .number(Double(counts.actors))), ("firms", .number(Double(c.firmCount))),
        ("links", .number(Double(c.links.count))),
      ])
    }
  }

  static func linkJSON(_ l: Link) -> JSON {
    .object([
      ("from", .string(l.from)), ("to", .string(l.to)), ("directed", .bool(l.directed)), ("kind", .string(l.kind)),
      ("attributes", attributesJSON(l.attributes, of: .link)),
    ])
  }

  /// Declared attributes in the schema's order (the order `save` writes), so the same
  /// workspace gives the same bytes.
  static func attributesJSON(_ attributes: [String: Value], of kind: EntityKind) -> JSON {
    let specs = Schema.attributes(of: kind).map(\.name)
    let names = specs.filter { attributes[$0] != nil } + attributes.keys.filter { !specs.contains($0) }.sorted()
    return .object(names.compactMap { name in attributes[name].map { (name, JSON.value($0)) } })
  }

  /// What a cluster holds, counted as `load`, `show` and `list clusters` say it.
  struct Counts {
    let actors: Int
    let interventions: Int
    let events: Int

    init(_ cluster: Cluster) {
      actors = cluster.entities.filter { $0.kind.isActor }.count
      events = cluster.entities.filter { $0.kind == .event }.count
      interventions = cluster.entities.count - actors - events
    }
  }

  private static func cell(_ v: Value) -> String {
    v.isNothing ? "" : v.display
  }

  private static func table(_ collection: ClusterWorkspace.Collection, _ items: [Item], _ workspace: Workspace) -> TextTable {
    var table: TextTable
    switch collection {
    case .firms, .cohorts:
      table = TextTable(["name", "firms", "role", "employees", "capacity", "exports"])
      table.rightAligned = [1, 3, 4, 5]
      for case .entity(let e) in items {
        table.add([e.name, String(e.firmCount), cell(e["role"]), cell(e["employees"]), cell(e["capacity"]), cell(e["exports"])])
      }
    case .institutions:
      table = TextTable(["name", "kind", "sector", "level", "roles"])
      for case .entity(let e) in items {
        table.add([e.name, cell(e["kind"]), cell(e["sector"]), cell(e["level"]), cell(e["roles"])])
      }
    case .buyers:
      table = TextTable(["name", "kind", "origin", "lead", "min_order"])
      table.rightAligned = [4]
      for case .entity(let e) in items {
        table.add([e.name, cell(e["kind"]), cell(e["origin"]), cell(e["lead"]), cell(e["min_order"])])
      }
    case .consortia:
      table = TextTable(["name", "members", "firms", "activities"])
      table.rightAligned = [2]
      for case .entity(let e) in items {
        table.add([e.name, cell(e["members"]), cell(e["firms"]), cell(e["activities"])])
      }
    case .interventions:
      table = TextTable(["name", "kind", "gear", "lead", "start", "funding"])
      table.rightAligned = [4, 5]
      for case .entity(let e) in items {
        var gear = cell(e["gear"])
        if gear.isEmpty, case .word(let kind) = e["kind"], let spec = Schema.interventionKind(kind) {
          gear = spec.gear.rawValue
        }
        var funding = ""
        if case .map(let entries) = e["funding"], !entries.isEmpty {
          let total = entries.reduce(0.0) { sum, entry in
            if case .number(let x, _, _) = entry.value { return sum + x }
            return sum
          }
          funding = Value.format(total, .money)
        }
        table.add([e.name, cell(e["kind"]), gear, cell(e["lead"]), cell(e["start"]), funding])
      }
    case .events:
      table = TextTable(["name", "kind", "year", "size", "duration", "recovery", "markets", "hits"])
      table.rightAligned = [2, 3, 4, 5]
      for case .entity(let e) in items {
        let lasting = e["lasting"].bool == true
        table.add([
          e.name, cell(e["kind"]), cell(e["year"]), cell(e["size"]), lasting ? "lasting" : cell(e["duration"]),
          lasting ? "" : cell(e["recovery"]), cell(e["markets"]), cell(e["hits"]),
        ])
      }
    case .links:
      table = TextTable(["from", "", "to", "kind", "trust", "density", "mode"])
      table.rightAligned = [4, 5]
      for case .link(let l) in items {
        table.add([l.from, l.directed ? "->" : "--", l.to, l.kind, cell(l.attributes["trust"] ?? .nothing),
          cell(l.attributes["density"] ?? .nothing), cell(l.attributes["mode"] ?? .nothing)])
      }
    case .targets:
      table = TextTable(["metric", "value", "by"])
      table.rightAligned = [1, 2]
      for case .target(let t) in items { table.add([t.metric, t.value.display, String(t.year)]) }
    case .clusters:
      table = TextTable(["", "cluster", "type", "year", "actors", "firms", "links"])
      table.rightAligned = [3, 4, 5, 6]
      for case .cluster(let c) in items {
        table.add([c.name == workspace.currentName ? "*" : "", c.name, cell(c["type"]), cell(c["year"]),
          String(Counts(c).actors), String(c.firmCount), String(c.links.count)])
      }
    }
    return table
  }

  /// "1 link", "3 links".
  static func plural(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }

  /// The attributes of an entity on one line (the table wraps it in its column).
  static func brief(_ e: Entity) -> String {
    let specs = Schema.attributes(of: e.kind).filter { $0.name != "notes" && $0.name != "full_name" }
    var parts: [String] = []
    if e.kind == .cohort { parts.append("\(e.firmCount) firms") }
    for spec in specs where spec.name != "count" {
      if let v = e.attributes[spec.name] { parts.append("\(spec.name): \(v.display)") }
    }
    return parts.joined(separator: ", ")
  }

  // MARK: - show

  /// What `show NAME` found: an actor or intervention of the current cluster, a cluster, or a
  /// variable, looked up in that order.
  private enum Shown {
    case entity(Entity, Cluster)
    case cluster(Cluster)
    case variable(String, Value)
  }

  private static func find(_ name: Name, in workspace: Workspace) throws(Diagnostic) -> Shown {
    if let cluster = workspace.current, let entity = cluster.entity(named: name.text) { return .entity(entity, cluster) }
    if let cluster = workspace.cluster(named: name.text) { return .cluster(cluster) }
    if let value = workspace.variable(name.text) { return .variable(name.text, value) }
    let candidates = (workspace.current?.entities.map(\.name) ?? []) + workspace.clusters.map(\.name)
      + workspace.variables.map(\.name)
    throw Diagnostic.error(
      "nothing named `\(name.text)`" + (workspace.current.map { " in cluster \($0.name)" } ?? ""), at: name.span,
      label: "not declared",
      help: Suggestions.best(for: name.text, among: candidates).map { "did you mean `\($0)`?" }
        ?? (candidates.isEmpty ? "nothing is declared yet" : "`list` shows what is declared"))
  }

  /// The declaration in canonical form, as written (so it can be pasted back), and comments
  /// on what refers to it, wrapped to the screen as comments.
  static func show(_ name: Name, in workspace: Workspace, _ screen: Screen) throws(Diagnostic) -> String {
    switch try find(name, in: workspace) {
    case .entity(let entity, let cluster):
      return describe(entity, in: cluster, screen)
    case .cluster(let cluster):
      var out = declaration(of: cluster, in: workspace) + "\n"
      if case .entity(let f) = cluster["facilitator"] { out += "facilitator: \(f)\n" }
      let counts = Counts(cluster)
      var count = [
        plural(counts.actors, "actor") + " (" + plural(cluster.firmCount, "firm") + ")",
        plural(counts.interventions, "intervention"),
      ].joined(separator: ", ")
      if counts.events > 0 { count += ", " + plural(counts.events, "event") }
      count += ", " + plural(cluster.links.count, "link") + ", " + plural(cluster.targets.count, "target")
      count += cluster.name == workspace.currentName ? " (the current cluster)" : ""
      return out + Layout.paragraph(count, width: screen.width, first: "# ", rest: "#   ")
    case .variable(let name, let value):
      return "let \(name) = \(value.display)\n"
    }
  }

  /// `show NAME as json`: an actor's, a cluster's or a variable's shape, told apart by `kind`.
  static func showJSON(_ name: Name, in workspace: Workspace) throws(Diagnostic) -> JSON {
    switch try find(name, in: workspace) {
    case .entity(let entity, let cluster):
      let r = Relations(of: entity, in: cluster)
      var implied: JSON = .null
      if let spec = kindSpec(entity) {
        implied = .object([("gear", .string(spec.gear.rawValue)), ("complexity", .string(spec.complexity.rawValue))])
      }
      return .object([
        ("name", .string(entity.name)), ("kind", .string(entity.kind.rawValue)),
        ("declaration", .string(declaration(of: entity))),
        ("attributes", attributesJSON(entity.attributes, of: entity.kind)),
        ("from_kind", implied),
        ("links", .array(cluster.links.filter { $0.touches(entity.name) }.map(linkJSON))),
        ("relations", .object([
          ("leads", .strings(r.leads)), ("partner_in", .strings(r.partnerIn)), ("in_consortium", .strings(r.memberOf)),
          ("funds", .strings(r.funds.map(\.name))), ("hit_by", .strings(r.hitBy)), ("facilitates", .strings(r.facilitates)),
        ])),
      ])
    case .cluster(let cluster):
      let counts = Counts(cluster)
      return .object([
        ("name", .string(cluster.name)), ("kind", .string("cluster")),
        ("declaration", .string(declaration(of: cluster, in: workspace))),
        ("attributes", attributesJSON(cluster.attributes, of: .cluster)),
        ("current", .bool(cluster.name == workspace.currentName)),
        ("actors", .number(Double(counts.actors))), ("firms", .number(Double(cluster.firmCount))),
        ("interventions", .number(Double(counts.interventions))), ("events", .number(Double(counts.events))),
        ("links", .number(Double(cluster.links.count))), ("targets", .number(Double(cluster.targets.count))),
      ])
    case .variable(let name, let value):
      return .object([("name", .string(name)), ("kind", .string("variable")), ("value", JSON.value(value))])
    }
  }

  /// A cluster's declaration as `save` writes it (its attributes in canonical form).
  private static func declaration(of cluster: Cluster, in workspace: Workspace) -> String {
    let span = SourceSpan(file: SourceFile(name: "<show>", text: ""), range: 0..<0)
    var statement = Statement(kind: .declaration(DeclarationSyntax(
      keyword: .cluster, name: Name(cluster.name, span: span), count: nil, block: nil)), span: span)
    if let declaration = workspace.canonicalScript().statements.first(where: {
      if case .declaration(let d) = $0.kind { return d.keyword == .cluster && d.name.text == cluster.name }
      return false
    }) {
      statement = declaration
    }
    return Printer.print(statement)
  }

  /// An actor's or intervention's declaration in canonical form.
  private static func declaration(of entity: Entity) -> String {
    let span = SourceSpan(file: SourceFile(name: "<show>", text: ""), range: 0..<0)
    return Printer.print(Statement(kind: .declaration(Workspace.declaration(entity, span: span)), span: span))
  }

  /// The kind of an intervention that declares no gear: its gear and complexity come from it.
  private static func kindSpec(_ entity: Entity) -> InterventionKind? {
    guard entity.kind == .intervention, entity["gear"].isNothing, case .word(let kind) = entity["kind"] else { return nil }
    return Schema.interventionKind(kind)
  }

  /// Who refers to an entity: what it leads, is a partner or member in, funds, is hit by, and
  /// the cluster it facilitates.
  private struct Relations {
    var leads: [String] = []
    var partnerIn: [String] = []
    var memberOf: [String] = []
    var funds: [(name: String, amount: Value)] = []
    var hitBy: [String] = []
    var facilitates: [String] = []

    init(of entity: Entity, in cluster: Cluster) {
      for other in cluster.entities where other.name != entity.name {
        if other.kind == .event, other["hits"].names.contains(entity.name) { hitBy.append(other.name) }
        if case .list(let items) = other["members"], items.contains(where: { $0.display == entity.name }) {
          memberOf.append(other.name)
        }
        if case .list(let items) = other["partners"], items.contains(where: { $0.display == entity.name }) {
          partnerIn.append(other.name)
        }
        if case .entity(let lead) = other["lead"], lead == entity.name { leads.append(other.name) }
        if case .map(let entries) = other["funding"], let share = entries.first(where: { $0.key == entity.name }) {
          funds.append((other.name, share.value))
        }
      }
      if case .entity(let f) = cluster["facilitator"], f == entity.name { facilitates.append(cluster.name) }
    }
  }

  private static func describe(_ entity: Entity, in cluster: Cluster, _ screen: Screen) -> String {
    var out = declaration(of: entity) + "\n"
    if let spec = kindSpec(entity) {
      out += "# gear \(spec.gear.rawValue) and complexity \(spec.complexity.rawValue), from its kind\n"
    }
    let links = cluster.links.filter { $0.touches(entity.name) }
    if !links.isEmpty {
      out += "# links:\n"
      for link in links { out += "link " + link.description + linkAttributes(link) + "\n" }
    }
    // Who refers to it, one line per relation.
    let r = Relations(of: entity, in: cluster)
    for (label, names) in [
      ("leads", r.leads), ("partner in", r.partnerIn), ("in consortium", r.memberOf),
      ("funds", r.funds.map { "\($0.name) (\($0.amount.display))" }), ("hit by", r.hitBy),
    ]
    where !names.isEmpty {
      out += Layout.paragraph(names.joined(separator: ", "), width: screen.width, first: "# \(label): ", rest: "#   ")
    }
    if !r.facilitates.isEmpty { out += "# facilitates cluster \(cluster.name)\n" }
    return out
  }

  private static func linkAttributes(_ link: Link) -> String {
    let parts = Schema.attributes(of: .link).compactMap { spec in link.attributes[spec.name].map { "\(spec.name): \($0.display)" } }
    return parts.isEmpty ? "" : " { " + parts.joined(separator: ", ") + " }"
  }
}
