// The workspace written back as statements: what `save` writes and `show` prints.

import ClusterSyntax

extension Workspace {
  /// The statements that rebuild this workspace, in an order that always loads: each cluster
  /// (a scenario as `scenario … from …` with its changes, when they can be written), then its actors (firms before the consortia that group them), interventions, events (after
  /// the actors they hit), links and targets; references the cluster makes to its actors come after them as `set`.
  public func canonicalScript() -> Script {
    let file = SourceFile(name: "<saved>", text: "")
    let span = SourceSpan(file: file, range: 0..<0)
    var statements: [Statement] = []
    func add(_ kind: StatementKind) { statements.append(Statement(kind: kind, span: span)) }
    // The cluster declarations go to as the script runs: a cluster's declaration switches to
    // it; a scenario leaves it where it was.
    var current: String?
    for (position, cluster) in clusters.enumerated() {
      if let baseName = cluster.scenarioBase, let base = clusters[..<position].first(where: { $0.name == baseName }),
        let changes = base.copy(named: cluster.name, declaredAt: nil).changes(to: cluster)
      {
        add(.scenario(name: Name(cluster.name, span: span), base: Name(baseName, span: span), changes: changes))
        continue
      }
      current = cluster.name
      var attributes = cluster.attributes
      let facilitator = attributes.removeValue(forKey: "facilitator")
      add(.declaration(DeclarationSyntax(
        keyword: .cluster, name: Name(cluster.name, span: span), count: nil,
        block: Workspace.block(attributes, kind: .cluster))))
      let order: [EntityKind] = [.firm, .cohort, .institution, .buyer, .consortium, .intervention, .event]
      let sorted = cluster.entities.enumerated().sorted {
        (order.firstIndex(of: $0.element.kind) ?? 0, $0.offset) < (order.firstIndex(of: $1.element.kind) ?? 0, $1.offset)
      }
      for (_, entity) in sorted {
        add(.declaration(Workspace.declaration(entity, span: span)))
      }
      for link in cluster.links {
        add(.link(LinkSyntax(
          from: Name(link.from, span: span), to: Name(link.to, span: span), directed: link.directed,
          kind: Name(link.kind, span: span), block: Workspace.block(link.attributes, kind: .link))))
      }
      for target in cluster.targets {
        if case .number(_, _, let written?) = target.value {
          add(.target(TargetSyntax(
            metric: Name(target.metric, span: span),
            value: NumberLiteral(digits: written.digits, unit: written.unit, span: span),
            year: NumberLiteral(digits: String(target.year), unit: .none, span: span))))
        }
      }
      for (name, value) in cluster.parameters.sorted(by: { $0.key < $1.key }) {
        if case .number(_, _, let written?) = value {
          add(.setParameter(
            Name(name, span: span), .number(NumberLiteral(digits: written.digits, unit: written.unit, span: span)),
            cluster: Name(cluster.name, span: span)))
        }
      }
      if let facilitator, let value = facilitator.syntax {
        add(.set(entity: Name(cluster.name, span: span), attribute: Name("facilitator", span: span), value: value))
      }
    }
    if let currentName, currentName != current {
      add(.use(Name(currentName, span: span)))
    }
    for (name, value) in parameters.sorted(by: { $0.key < $1.key }) {
      if case .number(_, _, let written?) = value {
        add(.setParameter(Name(name, span: span), .number(NumberLiteral(digits: written.digits, unit: written.unit, span: span)), cluster: nil))
      }
    }
    for (name, value) in variables {
      if let expression = Workspace.expression(value, span: span) {
        add(.let(Name(name, span: span), expression))
      }
    }
    return Script(file: file, statements: statements)
  }

  /// The declaration of one entity, attributes in the schema's order.
  public static func declaration(_ entity: Entity, span: SourceSpan) -> DeclarationSyntax {
    var attributes = entity.attributes
    var count: NumberLiteral?
    if entity.kind == .cohort, case .number(_, _, let written?) = attributes.removeValue(forKey: "count") {
      count = NumberLiteral(digits: written.digits, unit: written.unit, span: span)
    }
    let keyword = Keyword(rawValue: entity.kind.keyword) ?? .firm
    return DeclarationSyntax(
      keyword: keyword, name: Name(entity.name, span: span), count: count,
      block: block(attributes, kind: entity.kind))
  }

  static func block(_ attributes: [String: Value], kind: EntityKind) -> AttributeBlock? {
    let specs = Schema.attributes(of: kind)
    let written = specs.compactMap { spec -> AttributeSyntax? in
      guard let value = attributes[spec.name], let syntax = value.syntax else { return nil }
      return AttributeSyntax(name: Name(spec.name, span: Value.emptySpan), value: syntax)
    }
    return written.isEmpty ? nil : AttributeBlock(attributes: written)
  }

  /// A variable's value as an expression `let` can read back.
  public static func expression(_ value: Value, span: SourceSpan) -> Expression? {
    switch value {
    case .number(let x, let d, let written):
      let w = written ?? Value.write(x, d)
      if w.digits.hasPrefix("-") {
        let positive = NumberLiteral(digits: String(w.digits.dropFirst()), unit: w.unit, span: span)
        return .negate(.number(positive), span)
      }
      return .number(NumberLiteral(digits: w.digits, unit: w.unit, span: span))
    // Braces doubled: read back, the text must not interpolate.
    case .text(let s): return .string(s.replacing("{", with: "{{").replacing("}", with: "}}"), span)
    case .word(let w), .entity(let w): return .name(Name(w, span: span))
    case .bool(let b): return .bool(b, span)
    case .list(let items): return .list(items.compactMap { expression($0, span: span) }, span)
    case .map, .span, .nothing: return nil
    }
  }
}
