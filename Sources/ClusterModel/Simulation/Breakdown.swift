// `why METRIC in YEAR`: a simulated figure broken down into parts that add up to it. Each part
// is what adding one thing (an intervention, an event, a channel) changed, added in a stated
// order to the run without it: the parts telescope, so they sum to the figure exactly.

import ClusterWorkspace

/// One part of a simulated figure.
public struct BreakdownPart: Sendable, Equatable {
  /// An intervention's or event's name, or a channel ("market", "capacity" …).
  public let name: String
  /// The year it starts (interventions, events); nil for a channel.
  public let year: Int?
  /// What adding it changed, in the metric's unit.
  public let contribution: Double
}

/// A simulated figure and what made it (docs/model.md, "Why a simulated figure").
public struct SimulatedBreakdown: Sendable {
  public let cluster: String
  public let metric: Metric
  public let year: Int
  public let value: Double
  /// What bound exports that year, with the three bounds.
  public let binding: Binding
  public let demand: Double
  public let capacity: Double
  public let infrastructure: Double
  /// The year the run starts (the case's) and the metric then.
  public let startYear: Int
  public let start: Double
  /// The change from the start without any intervention or event: the market, the cluster's
  /// prerequisites, trust, lead buyers, firms arriving.
  public let ownGrowth: Double
  /// Interventions in order of start, then events in order of year: start + ownGrowth + these
  /// = value.
  public let interventions: [BreakdownPart]
  public let events: [BreakdownPart]
  /// The same total change the interventions make, by channel, added in the order listed
  /// ("outcomes" is the trust projects win or lose as they start).
  public let channels: [BreakdownPart]
  /// The interventions and events left out when there are more than `maximumParts`: the
  /// breakdown then gives their total as one part and the channels.
  public let partsOmitted: Int
}

extension Simulation {
  /// The most interventions and events `why` adds one at a time: each needs a run of the case,
  /// so the time grows with their square (300 take about half a second in a release build).
  public static let maximumParts = 300

  /// Breaks down `metric` in `year` for `cluster` (deterministic runs from the case's year).
  /// Nil when the metric is not simulated or the year comes before the case's.
  public static func breakdown(_ cluster: Cluster, parameters: ParameterSet = ParameterSet(), metric: Metric, in year: Int)
    -> SimulatedBreakdown?
  {
    let full = SimulationCase(cluster, parameters: parameters)
    let first = full.facts.caseYear ?? year
    guard year >= first else { return nil }
    func value(_ c: SimulationCase, _ mask: ChannelMask = ChannelMask()) -> Double {
      let t = run(c, from: first, to: year, seed: nil, recordEvents: false, mask: mask)
      return t.state(in: year).flatMap { Trajectory.value(metric, of: $0) } ?? 0
    }
    let whole = Simulation.run(full, from: first, to: year, recordEvents: false)
    guard let state = whole.state(in: year), let figure = Trajectory.value(metric, of: state),
      let startValue = whole.state(in: first).flatMap({ Trajectory.value(metric, of: $0) })
    else { return nil }
    func startOf(_ e: Entity) -> Int? { (e.kind == .intervention ? e["start"] : e["year"]).number.map { Int($0) } }
    let order = { (a: Entity, b: Entity) -> Bool in (startOf(a) ?? Int.max, a.name) < (startOf(b) ?? Int.max, b.name) }
    let interventions = cluster.entities.filter { $0.kind == .intervention }.sorted(by: order)
    let events = cluster.entities.filter { $0.kind == .event }.sorted(by: order)
    var bare = cluster
    for e in interventions + events { bare.remove(named: e.name) }
    let v0 = value(SimulationCase(bare, parameters: parameters))
    // Interventions, then events, one at a time.
    var current = bare
    var previous = v0
    var parts: [BreakdownPart] = []
    let omitted = interventions.count + events.count > maximumParts ? interventions.count + events.count : 0
    if omitted > 0 {
      parts.append(BreakdownPart(name: "\(interventions.count) interventions and \(events.count) events together", year: nil, contribution: figure - v0))
    }
    for e in interventions + events where omitted == 0 {
      current.add(e)
      let v = value(SimulationCase(current, parameters: parameters))
      parts.append(BreakdownPart(name: e.name, year: startOf(e), contribution: v - previous))
      previous = v
    }
    // The interventions' total by channel, on the case without its events (as the
    // interventions' parts are): no channel, then one more each.
    var interventionsOnly = bare
    for e in interventions { interventionsOnly.add(e) }
    let withInterventions = SimulationCase(interventionsOnly, parameters: parameters)
    var mask = ChannelMask.none
    var channels: [BreakdownPart] = []
    var before = value(withInterventions, mask)
    channels.append(BreakdownPart(name: "outcomes", year: nil, contribution: before - v0))
    let steps: [(String, (inout ChannelMask) -> Void)] = [
      ("market", { $0.market = true }), ("capacity", { $0.capacity = true }),
      ("infrastructure", { $0.infrastructure = true }), ("trust", { $0.trust = true }), ("entry", { $0.entry = true }),
      ("value", { $0.value = true }), ("price", { $0.price = true }), ("declared effects", { $0.effects = true }),
      ("renewal", { $0.renewal = true }),
    ]
    for (name, turnOn) in steps {
      turnOn(&mask)
      let v = value(withInterventions, mask)
      channels.append(BreakdownPart(name: name, year: nil, contribution: v - before))
      before = v
    }
    return SimulatedBreakdown(
      cluster: cluster.name, metric: metric, year: year, value: figure, binding: state.binding, demand: state.demand,
      capacity: state.capacity, infrastructure: state.infrastructure, startYear: first, start: startValue,
      ownGrowth: v0 - startValue, interventions: omitted > 0 ? parts : Array(parts.prefix(interventions.count)),
      events: omitted > 0 ? [] : Array(parts.dropFirst(interventions.count)), channels: channels, partsOmitted: omitted)
  }
}
