// `list` and `show`: tables and descriptions of what the workspace holds.

import ClusterSyntax
import ClusterWorkspace

enum Listing {
  /// The words `list` accepts besides the collections.
  static let extraCollections = ["variables"]

  static func list(kind: Name?, filter: Expression?, in workspace: Workspace) throws(Diagnostic) -> String {
    if let kind, kind.text == "variables" || kind.text == "variable" {
      guard !workspace.variables.isEmpty else { return "no variables (declare one with `let NAME = EXPRESSION`)\n" }
      var table = TextTable(["variable", "value"])
      for (name, value) in workspace.variables.sorted(by: { $0.name < $1.name }) { table.add([name, value.display]) }
      return table.render()
    }
    var collection: ClusterWorkspace.Collection?
    if let kind {
      guard let c = ClusterWorkspace.Collection(word: kind.text) else {
        let words = ClusterWorkspace.Collection.allCases.map(\.rawValue) + extraCollections
        throw Diagnostic.error(
          "cannot list `\(kind.text)`", at: kind.span, label: "not something to list",
          help: Suggestions.help(for: kind.text, among: words, listUpTo: 12))
      }
      collection = c
    }
    if collection != .clusters, workspace.current == nil {
      return "no clusters yet: declare one with `cluster NAME`\n"
    }
    let evaluator = Evaluator(workspace: workspace)
    guard let collection else {
      // Everything in the current cluster, actors then interventions and events.
      let items = try evaluator.items(of: .firms, where: nil) + evaluator.items(of: .institutions, where: nil)
        + evaluator.items(of: .buyers, where: nil) + evaluator.items(of: .consortia, where: nil)
        + evaluator.items(of: .interventions, where: nil) + evaluator.items(of: .events, where: nil)
      var kept: [Item] = []
      if let filter {
        for item in items {
          // `list where …` tests each actor; attributes a kind lacks are simply unset.
          if try Evaluator.passes(item, filter, in: workspace) { kept.append(item) }
        }
      } else {
        kept = items
      }
      let cluster = workspace.current
      var out = ""
      if kept.isEmpty {
        out += "nothing declared in cluster \(cluster?.name ?? "")" + (filter == nil ? "" : " matches") + "\n"
      } else {
        var table = TextTable(["name", "kind", "attributes"])
        for case .entity(let e) in kept { table.add([e.name, e.kind.noun, brief(e)]) }
        out += table.render()
      }
      if filter == nil, let cluster {
        out += plural(cluster.links.count, "link") + ", " + plural(cluster.targets.count, "target") + " (`list links`, `list targets`)\n"
      }
      return out
    }
    let items = try evaluator.items(of: collection, where: filter)
    if items.isEmpty {
      let place = collection == .clusters ? "" : " in cluster \(workspace.current?.name ?? "")"
      return "no \(collection.rawValue)\(place)" + (filter == nil ? "" : " match") + "\n"
    }
    return table(collection, items, workspace).render()
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
          String(c.entities.filter { $0.kind.isActor }.count), String(c.firmCount), String(c.links.count)])
      }
    }
    return table
  }

  /// "1 link", "3 links".
  static func plural(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }

  /// The attributes of an entity on one short line.
  static func brief(_ e: Entity) -> String {
    let specs = Schema.attributes(of: e.kind).filter { $0.name != "notes" && $0.name != "full_name" }
    var parts: [String] = []
    if e.kind == .cohort { parts.append("\(e.firmCount) firms") }
    for spec in specs where spec.name != "count" {
      if let v = e.attributes[spec.name] { parts.append("\(spec.name): \(v.display)") }
    }
    let text = parts.joined(separator: ", ")
    return text.count > 70 ? String(text.prefix(69)) + "…" : text
  }

  // MARK: - show

  static func show(_ name: Name, in workspace: Workspace) throws(Diagnostic) -> String {
    if let cluster = workspace.current, let entity = cluster.entity(named: name.text) {
      return describe(entity, in: cluster)
    }
    if let cluster = workspace.cluster(named: name.text) {
      var statement = Statement(kind: .declaration(DeclarationSyntax(
        keyword: .cluster, name: Name(cluster.name, span: name.span), count: nil, block: nil)), span: name.span)
      if let declaration = workspace.canonicalScript().statements.first(where: {
        if case .declaration(let d) = $0.kind { return d.keyword == .cluster && d.name.text == cluster.name }
        return false
      }) {
        statement = declaration
      }
      var out = Printer.print(statement) + "\n"
      if case .entity(let f) = cluster["facilitator"] { out += "facilitator: \(f)\n" }
      let actors = cluster.entities.filter { $0.kind.isActor }.count
      let events = cluster.entities.filter { $0.kind == .event }.count
      out += "# " + [
        plural(actors, "actor") + " (" + plural(cluster.firmCount, "firm") + ")",
        plural(cluster.entities.count - actors - events, "intervention"),
      ].joined(separator: ", ")
      if events > 0 { out += ", " + plural(events, "event") }
      out += ", " + plural(cluster.links.count, "link") + ", " + plural(cluster.targets.count, "target")
      out += cluster.name == workspace.currentName ? " (the current cluster)\n" : "\n"
      return out
    }
    if let value = workspace.variable(name.text) {
      return "let \(name.text) = \(value.display)\n"
    }
    let candidates = (workspace.current?.entities.map(\.name) ?? []) + workspace.clusters.map(\.name)
      + workspace.variables.map(\.name)
    throw Diagnostic.error(
      "nothing named `\(name.text)`" + (workspace.current.map { " in cluster \($0.name)" } ?? ""), at: name.span,
      label: "not declared",
      help: Suggestions.best(for: name.text, among: candidates).map { "did you mean `\($0)`?" }
        ?? (candidates.isEmpty ? "nothing is declared yet" : "`list` shows what is declared"))
  }

  private static func describe(_ entity: Entity, in cluster: Cluster) -> String {
    let span = SourceSpan(file: SourceFile(name: "<show>", text: ""), range: 0..<0)
    var out = Printer.print(Statement(kind: .declaration(Workspace.declaration(entity, span: span)), span: span)) + "\n"
    if entity.kind == .intervention, entity["gear"].isNothing, case .word(let kind) = entity["kind"],
      let spec = Schema.interventionKind(kind)
    {
      out += "# gear \(spec.gear.rawValue) and complexity \(spec.complexity.rawValue), from its kind\n"
    }
    let links = cluster.links.filter { $0.touches(entity.name) }
    if !links.isEmpty {
      out += "# links:\n"
      for link in links { out += "link " + link.description + linkAttributes(link) + "\n" }
    }
    // Who refers to it, one line per relation.
    var leads: [String] = []
    var partnerIn: [String] = []
    var memberOf: [String] = []
    var funds: [String] = []
    var hitBy: [String] = []
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
        funds.append("\(other.name) (\(share.value.display))")
      }
    }
    for (label, names) in [
      ("leads", leads), ("partner in", partnerIn), ("in consortium", memberOf), ("funds", funds), ("hit by", hitBy),
    ]
    where !names.isEmpty {
      out += "# \(label): " + names.joined(separator: ", ") + "\n"
    }
    if case .entity(let f) = cluster["facilitator"], f == entity.name { out += "# facilitates cluster \(cluster.name)\n" }
    return out
  }

  private static func linkAttributes(_ link: Link) -> String {
    let parts = Schema.attributes(of: .link).compactMap { spec in link.attributes[spec.name].map { "\(spec.name): \($0.display)" } }
    return parts.isEmpty ? "" : " { " + parts.joined(separator: ", ") + " }"
  }
}
