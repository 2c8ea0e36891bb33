// The workspace: the checked clusters of a session, their actors, links, interventions, targets
// and the session's variables. A value type, so a failed statement simply discards its copy.

import ClusterSyntax

/// A declared actor or intervention.
public struct Entity: Sendable {
  public let kind: EntityKind
  public let name: String
  public var attributes: [String: Value]
  /// Where it was declared, for "already declared at …" messages.
  public let declaredAt: SourceSpan?

  public init(kind: EntityKind, name: String, attributes: [String: Value], declaredAt: SourceSpan?) {
    self.kind = kind
    self.name = name
    self.attributes = attributes
    self.declaredAt = declaredAt
  }

  public subscript(attribute: String) -> Value { attributes[attribute] ?? .nothing }

  /// How many firms this entity stands for: a cohort its count, a firm one, others none.
  public var firmCount: Int {
    switch kind {
    case .firm: return 1
    case .cohort:
      if case .number(let x, _, _) = self["count"] { return Int(x) }
      return 0
    default: return 0
    }
  }
}

/// A linkage between two actors.
public struct Link: Sendable {
  public let from: String
  public let to: String
  public let directed: Bool
  public let kind: String
  public var attributes: [String: Value]

  public init(from: String, to: String, directed: Bool, kind: String, attributes: [String: Value]) {
    self.from = from
    self.to = to
    self.directed = directed
    self.kind = kind
    self.attributes = attributes
  }

  /// Whether the link touches `name` at either end.
  public func touches(_ name: String) -> Bool { from == name || to == name }

  /// `makers -> TEA : member`
  public var description: String { "\(Printer.name(from)) \(directed ? "->" : "--") \(Printer.name(to)) : \(kind)" }
}

/// A quantitative target of the cluster's common framework.
public struct Target: Sendable {
  public let metric: String
  public let value: Value
  public let year: Int
  public init(metric: String, value: Value, year: Int) {
    self.metric = metric
    self.value = value
    self.year = year
  }
}

/// What makes two links the same: kind, direction and ends (in either order when undirected).
struct LinkKey: Hashable, Sendable {
  let kind: String
  let directed: Bool
  let a: String
  let b: String

  init(_ link: Link) {
    kind = link.kind
    directed = link.directed
    if link.directed || link.from <= link.to {
      (a, b) = (link.from, link.to)
    } else {
      (a, b) = (link.to, link.from)
    }
  }
}

/// One cluster: its own attributes and everything declared in it.
public struct Cluster: Sendable {
  public let name: String
  public var attributes: [String: Value]
  public private(set) var entities: [Entity] = []
  /// The links, in declaration order; changed through `append(link:)` and `removeLinks(where:)`,
  /// which keep `linkIndex` (so a duplicate is found without reading every earlier link).
  public private(set) var links: [Link] = []
  private var linkIndex: [LinkKey: Int] = [:]
  public var targets: [Target] = []
  /// Model parameters for this cluster only (`set param … in NAME`, or inside a scenario); they
  /// override the session's.
  public var parameters: [String: Value] = [:]
  private var index: [String: Int] = [:]
  public let declaredAt: SourceSpan?
  /// The cluster a `scenario` copied, by name: `save` writes the scenario as its changes to it.
  public var scenarioBase: String?

  public init(name: String, attributes: [String: Value], declaredAt: SourceSpan?) {
    self.name = name
    self.attributes = attributes
    self.declaredAt = declaredAt
  }

  public subscript(attribute: String) -> Value { attributes[attribute] ?? .nothing }

  /// The same cluster under another name: a scenario's starting point.
  public func copy(named newName: String, declaredAt: SourceSpan?) -> Cluster {
    var copy = Cluster(name: newName, attributes: attributes, declaredAt: declaredAt)
    for entity in entities { copy.add(entity) }
    copy.links = links
    copy.linkIndex = linkIndex
    copy.targets = targets
    copy.parameters = parameters
    return copy
  }

  /// Whether a link of the same kind joins the same ends (either way for an undirected one).
  public func hasLink(like link: Link) -> Bool {
    linkIndex[LinkKey(link), default: 0] > 0
  }

  public mutating func append(link: Link) {
    links.append(link)
    linkIndex[LinkKey(link), default: 0] += 1
  }

  public mutating func removeLinks(where matches: (Link) -> Bool) {
    links.removeAll(where: matches)
    linkIndex = [:]
    for link in links { linkIndex[LinkKey(link), default: 0] += 1 }
  }

  /// Replaces every link (a test's renaming, a view of the cluster).
  public mutating func replaceLinks(_ new: [Link]) {
    links = []
    linkIndex = [:]
    for link in new { append(link: link) }
  }

  public func entity(named name: String) -> Entity? {
    index[name].map { entities[$0] }
  }

  public mutating func add(_ entity: Entity) {
    index[entity.name] = entities.count
    entities.append(entity)
    firmCount += entity.firmCount
  }

  public mutating func replace(_ entity: Entity) {
    if let i = index[entity.name] {
      firmCount += entity.firmCount - entities[i].firmCount
      entities[i] = entity
    }
  }

  public mutating func remove(named name: String) {
    guard let i = index[name] else { return }
    firmCount -= entities[i].firmCount
    entities.remove(at: i)
    index = [:]
    for (j, e) in entities.enumerated() { index[e.name] = j }
  }

  public func entities(of kinds: Set<EntityKind>) -> [Entity] {
    entities.filter { kinds.contains($0.kind) }
  }

  /// Total number of firms: single firms plus the size of every cohort (kept as entities
  /// change, so a cohort's check does not count the whole cluster again).
  public private(set) var firmCount = 0
}

/// Everything a session has declared.
public struct Workspace: Sendable {
  public private(set) var clusters: [Cluster] = []
  /// The cluster later declarations go to.
  public var currentName: String?
  public private(set) var variables: [(name: String, value: Value)] = []
  /// The model parameters set with `set param`, by name. The model checks the names.
  public var parameters: [String: Value] = [:]
  /// The files this workspace was read from (`load`, `include`, a script run), in order, as
  /// they were read: `save` keeps their text where nothing it declared has changed.
  public var sources: [SourceFile] = []

  public init() {}

  public var current: Cluster? {
    currentName.flatMap { cluster(named: $0) }
  }

  public func cluster(named name: String) -> Cluster? {
    clusters.first { $0.name == name }
  }

  public mutating func add(_ cluster: Cluster) {
    clusters.append(cluster)
  }

  public mutating func removeCluster(named name: String) {
    clusters.removeAll { $0.name == name }
    if currentName == name { currentName = clusters.last?.name }
  }

  /// Changes the current cluster in place.
  public mutating func updateCurrent(_ change: (inout Cluster) throws(Diagnostic) -> Void) throws(Diagnostic) {
    guard let name = currentName, let i = clusters.firstIndex(where: { $0.name == name }) else { return }
    try change(&clusters[i])
  }

  public mutating func updateCluster(named name: String, _ change: (inout Cluster) -> Void) {
    guard let i = clusters.firstIndex(where: { $0.name == name }) else { return }
    change(&clusters[i])
  }

  public func variable(_ name: String) -> Value? {
    variables.first { $0.name == name }?.value
  }

  public mutating func setVariable(_ name: String, _ value: Value) {
    if let i = variables.firstIndex(where: { $0.name == name }) {
      variables[i].value = value
    } else {
      variables.append((name, value))
    }
  }

  public var isEmpty: Bool { clusters.isEmpty && variables.isEmpty && parameters.isEmpty }

  /// Actors, interventions and links over all clusters: what a copy of the workspace costs.
  public var size: Int { clusters.reduce(0) { $0 + $1.entities.count + $1.links.count } + variables.count }
}
