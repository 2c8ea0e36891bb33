// How one cluster differs from another, as the statements that turn the first into the second:
// what `save` writes into a scenario's body and after a loaded file's own statements.

import ClusterSyntax

extension Cluster {
  /// Whether the two clusters hold the same: attributes, actors, interventions and events in
  /// the same order, links in the same order, targets and parameters. Values compare as they
  /// are written back (`0.30` and `0.3` differ), spans and `scenarioBase` do not count.
  public func hasSameContent(as other: Cluster) -> Bool {
    guard name == other.name, Cluster.sameValues(attributes, other.attributes),
      Cluster.sameValues(parameters, other.parameters),
      entities.count == other.entities.count, links.count == other.links.count, targets.count == other.targets.count
    else { return false }
    for (a, b) in zip(entities, other.entities) {
      guard a.kind == b.kind, a.name == b.name, Cluster.sameValues(a.attributes, b.attributes) else { return false }
    }
    for (a, b) in zip(links, other.links) {
      guard LinkKey(a) == LinkKey(b), a.from == b.from, Cluster.sameValues(a.attributes, b.attributes) else { return false }
    }
    let written = { (t: Target) in "\(t.metric) \(t.year) \(Cluster.written(t.value))" }
    return targets.map(written).sorted() == other.targets.map(written).sorted()
  }

  /// A value as the language writes it ("" for none): how values compare here.
  public static func written(_ value: Value?) -> String {
    value?.syntax.map(Printer.value) ?? ""
  }

  public static func sameValues(_ a: [String: Value], _ b: [String: Value]) -> Bool {
    a.count == b.count && a.allSatisfy { written($0.value) == written(b[$0.key]) }
  }

  /// The statements that, run with `self` as the current cluster (a scenario body, or after a
  /// cluster's own statements in a file), make it hold what `target` holds, in an order that
  /// always runs: new actors and interventions, changed attributes, dropped links, dropped
  /// entities, new links, targets, parameters. Nil when no statements can (an attribute that
  /// only a new declaration could remove, an entity that changed kind): the caller writes the
  /// whole cluster instead. The statements are checked by running them on a copy.
  public func changes(to target: Cluster) -> [Statement]? {
    let span = Value.emptySpan
    func name(_ text: String) -> Name { Name(text, span: span) }
    var out: [Statement] = []
    func add(_ kind: StatementKind) { out.append(Statement(kind: kind, span: span)) }

    for entity in entities {
      if let now = target.entity(named: entity.name), now.kind != entity.kind { return nil }
    }
    for entity in target.entities where self.entity(named: entity.name) == nil {
      add(.declaration(Workspace.declaration(entity, span: span)))
    }
    // Cluster attributes: the facilitator may name an actor declared above.
    for (key, value) in target.attributes.sorted(by: { $0.key < $1.key })
    where Cluster.written(value) != Cluster.written(attributes[key]) {
      guard let syntax = value.syntax else { return nil }
      add(.set(entity: name(self.name), attribute: name(key), value: syntax))
    }
    for entity in entities {
      guard let now = target.entity(named: entity.name) else { continue }
      let specs = Schema.attributes(of: entity.kind).map(\.name) + (entity.kind == .cohort ? ["count"] : [])
      for key in specs where Cluster.written(now.attributes[key]) != Cluster.written(entity.attributes[key]) {
        // Dropping an entity removes it from lists that name it; other removals cannot be written.
        guard let value = now.attributes[key], let syntax = value.syntax else { continue }
        add(.set(entity: name(entity.name), attribute: name(key), value: syntax))
      }
    }
    // Links by what they join and carry (hashed: a case may have tens of thousands).
    var unmatched: [LinkContent: Int] = [:]
    for link in target.links { unmatched[LinkContent(link), default: 0] += 1 }
    for link in links {
      let content = LinkContent(link)
      if let n = unmatched[content], n > 0 {
        unmatched[content] = n - 1
      } else {
        add(.dropLink(from: name(link.from), to: name(link.to), directed: link.directed, kind: name(link.kind)))
      }
    }
    for entity in entities where target.entity(named: entity.name) == nil {
      add(.drop(name(entity.name)))
    }
    var kept: [LinkContent: Int] = [:]
    for link in links { kept[LinkContent(link), default: 0] += 1 }
    for link in target.links {
      // The target's own links that `self` already has stay; the rest are new, in its order.
      let content = LinkContent(link)
      if let n = kept[content], n > 0 {
        kept[content] = n - 1
        continue
      }
      add(.link(LinkSyntax(
        from: name(link.from), to: name(link.to), directed: link.directed, kind: name(link.kind),
        block: Workspace.block(link.attributes, kind: .link))))
    }
    let targetsBefore = Set(targets.map { "\($0.metric) \($0.year) \(Cluster.written($0.value))" })
    for t in target.targets where !targetsBefore.contains("\(t.metric) \(t.year) \(Cluster.written(t.value))") {
      guard case .number(_, _, let written?) = t.value else { return nil }
      add(.target(TargetSyntax(
        metric: name(t.metric), value: NumberLiteral(digits: written.digits, unit: written.unit, span: span),
        year: NumberLiteral(digits: String(t.year), unit: .none, span: span))))
    }
    for (key, value) in target.parameters.sorted(by: { $0.key < $1.key })
    where Cluster.written(value) != Cluster.written(parameters[key]) {
      guard case .number(_, _, let written?) = value else { return nil }
      add(.setParameter(name(key), .number(NumberLiteral(digits: written.digits, unit: written.unit, span: span)), cluster: nil))
    }

    // Run them on a copy: what they make must be the target, or they are no answer.
    var trial = Workspace()
    trial.add(self)
    trial.currentName = self.name
    for statement in out {
      if case .setParameter(let key, _, _) = statement.kind {
        trial.updateCluster(named: self.name) { $0.parameters[key.text] = target.parameters[key.text] }
        continue
      }
      do {
        // In place where the language allows: many new declarations must not copy the cluster each.
        switch statement.kind {
        case .declaration(let d): try trial.declareInPlace(d)
        case .link(let l): try trial.linkInPlace(l)
        default: _ = try trial.apply(statement)
        }
      } catch {
        return nil
      }
    }
    guard let result = trial.cluster(named: self.name), result.hasSameContent(as: target) else { return nil }
    return out
  }
}

/// A link as `save` compares it: its ends, kind and attributes as written.
public struct LinkContent: Hashable, Sendable {
  let key: LinkKey
  let from: String
  let attributes: String

  public init(_ link: Link) {
    key = LinkKey(link)
    from = link.from
    attributes = link.attributes.sorted { $0.key < $1.key }.map { "\($0.key): \(Cluster.written($0.value))" }.joined(separator: ", ")
  }
}
