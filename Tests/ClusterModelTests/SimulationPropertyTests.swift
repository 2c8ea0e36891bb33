// Properties of the simulation over every example (principle 8: "More of a successful input
// never gives less of its output, ceteris paribus; a negative shock never helps. Such
// properties are tests over every example."). Deterministic runs.

import ClusterWorkspace
import Testing

@testable import ClusterModel

/// The years a property compares: the case's year to twenty years on.
private func span(_ cluster: Cluster) -> (from: Int, to: Int) {
  let year = cluster["year"].number.map { Int($0) } ?? 2005
  return (year, year + 20)
}

/// `cluster` with `entity` added.
private func adding(_ entity: Entity, to cluster: Cluster) -> Cluster {
  var copy = cluster
  copy.add(entity)
  return copy
}

private func event(_ name: String, _ kind: String, year: Int, size: Double, duration: Int = 1) -> Entity {
  Entity(
    kind: .event, name: name,
    attributes: ["kind": .word(kind), "year": .plain(Double(year)), "size": .plain(size), "duration": .plain(Double(duration))],
    declaredAt: nil)
}

/// The years in which `changed` exports less than `base` (beyond rounding), as "YEAR: a < b".
private func lower(_ changed: Trajectory, than base: Trajectory, before limit: Int = .max) -> [String] {
  zip(changed.years, base.years).compactMap { c, b in
    c.year < limit && c.exports < b.exports * (1 - 1e-9) - 1e-6 ? "\(c.year): \(c.exports) < \(b.exports)" : nil
  }
}

@Suite struct SimulationPropertyTests {
  /// More demand never gives less exports: a favourable demand shock (a boom) or currency shock
  /// (a devaluation), in the year after the case's or five years on, lowers exports in no year
  /// (at worst equal when capacity or infrastructure binds).
  @Test func favourableShocksNeverLowerExports() throws {
    var runs = 0
    for (file, _, cluster) in try exampleClusters() {
      let (from, to) = span(cluster)
      let base = Simulation.run(cluster, from: from, to: to)
      for year in [from + 1, from + 5] {
        for (kind, size, duration) in [("demand_shock", 0.3, 2), ("currency_shock", 0.3, 1), ("currency_shock", 0.6, 1)] {
          let changed = Simulation.run(adding(event("Windfall", kind, year: year, size: size, duration: duration), to: cluster), from: from, to: to)
          let fell = lower(changed, than: base)
          #expect(fell.isEmpty, "\(file) \(cluster.name): \(kind) +\(size) in \(year): \(fell.count) years, first \(fell.first ?? "")")
          runs += 1
        }
      }
    }
    #expect(runs >= 50)
  }

  /// A subsidy's price advantage never lowers exports before the WTO rules apply: an export
  /// subsidy or fiscal incentive added to any example lowers exports in no year before
  /// wto_year, and in no year at all when wto_year lies beyond the run.
  @Test func aSubsidyBeforeTheWTORulesNeverLowersExports() throws {
    var runs = 0
    for (file, _, cluster) in try exampleClusters() {
      let (from, to) = span(cluster)
      for kind in ["export_subsidy", "fiscal_incentive"] {
        let subsidy = Entity(
          kind: .intervention, name: "Windfall",
          attributes: ["kind": .word(kind), "start": .plain(Double(from + 1)), "end": .plain(Double(from + 4))], declaredAt: nil)
        let changed = adding(subsidy, to: cluster)
        for wto in [1995.0, 2100.0] {
          var p = ParameterSet()
          p.set(.wtoYear, wto)
          let base = Simulation.run(cluster, parameters: p, from: from, to: to)
          let with = Simulation.run(changed, parameters: p, from: from, to: to)
          let fell = lower(with, than: base, before: Int(wto))
          #expect(fell.isEmpty, "\(file) \(cluster.name): \(kind), wto_year \(Int(wto)): \(fell.count) years, first \(fell.first ?? "")")
          runs += 1
        }
      }
    }
    #expect(runs >= 30)
  }

  /// A project declared failed delivers none of its channels or effects [principle 7: the
  /// evaluation already reads it so]: its run is the run without it, less the trust a failure
  /// costs when it fails within the run. For every intervention of every example: never more
  /// exports than dropping it in any year, the same years as dropping it when it started by the
  /// case's year, and the events say it failed.
  @Test func aFailedProjectDeliversNothing() throws {
    var checked = 0
    for (file, _, cluster) in try exampleClusters() {
      let (from, to) = span(cluster)
      for entity in cluster.entities where entity.kind == .intervention {
        guard let start = entity["start"].number.map({ Int($0) }), entity["status"].word != "dropped" else { continue }
        var failed = cluster
        var declared = entity
        declared.attributes["status"] = .word("failed")
        failed.replace(declared)
        var dropped = cluster
        dropped.remove(named: entity.name)
        let f = Simulation.run(failed, from: from, to: to)
        let d = Simulation.run(dropped, from: from, to: to)
        let label = "\(file) \(cluster.name): \(entity.name) (\(start)) failed"
        let more = zip(f.years, d.years).filter { $0.exports > $1.exports * (1 + 1e-9) + 1e-6 }.map { "\($0.0.year): \($0.0.exports) > \($0.1.exports)" }
        #expect(more.isEmpty, "\(label): more exports than without it: \(more.count) years, first \(more.first ?? "")")
        if start <= from { #expect(f.years == d.years, "\(label) by the case's year: not the run without it") }
        if start <= to { #expect(f.events.contains { $0.contains("\(entity.name) failed") }, "\(label): events \(f.events)") }
        checked += 1
      }
    }
    #expect(checked > 40, "interventions checked: \(checked)")
  }
}

/// Unknown is not absent, in the simulation (principle 4): for each prerequisite of insight 2
/// the run lists as assumed, declaring exactly the value it says it assumed leaves the
/// trajectory unchanged (within 1e-9 relative), over every example; and every undeclared
/// prerequisite is listed.
@Suite struct AssumedPrerequisiteTests {
  /// The declarations that say what the run assumed, keyed by a phrase of its `assumed` line.
  static let declarations: [(phrase: String, attribute: String, value: Value)] = [
    ("international demand moderate", "demand", .word("moderate")),
    ("readiness to cooperate latent", "readiness", .word("latent")),
    ("a competitive advantage", "advantage", .list([.word("cost")])),
  ]

  private static func differences(_ a: Trajectory, _ b: Trajectory) -> [String] {
    func near(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-9 * max(abs(x), abs(y)) + 1e-9 }
    return zip(a.years, b.years).compactMap { x, y in
      let same = near(x.exports, y.exports) && near(x.firms, y.firms) && near(x.exporters, y.exporters)
        && near(x.employment, y.employment) && near(x.capacity, y.capacity) && near(x.infrastructure, y.infrastructure)
        && near(x.trust, y.trust) && near(x.marketShare, y.marketShare) && x.stage == y.stage
      return same ? nil : "\(x.year): exports \(x.exports) vs \(y.exports), stage \(x.stage) vs \(y.stage)"
    }
  }

  @Test func declaringTheAssumedValueChangesNothing() throws {
    var checked = 0
    for (file, _, cluster) in try exampleClusters() {
      let year = cluster["year"].number.map { Int($0) } ?? 2005
      let base = Simulation.run(cluster, from: year, to: year + 20)
      for (attribute, phrase) in [("advantage", "a competitive advantage"), ("readiness", "readiness to cooperate")]
      where cluster.attributes[attribute] == nil && !(attribute == "readiness" && cluster.links.contains { $0.kind == "cooperation" }) {
        #expect(base.assumed.contains { $0.contains(phrase) }, "\(file) \(cluster.name): \(attribute) undeclared but not listed as assumed: \(base.assumed)")
      }
      for (phrase, attribute, value) in Self.declarations {
        guard base.assumed.contains(where: { $0.contains(phrase) }) else { continue }
        var declared = cluster
        declared.attributes[attribute] = value
        let run = Simulation.run(declared, from: year, to: year + 20)
        let changed = Self.differences(run, base)
        #expect(changed.isEmpty, "\(file) \(cluster.name): declaring \(attribute) = the assumed value changed \(changed.count) years, first \(changed.first ?? "")")
        #expect(!run.assumed.contains { $0.contains(phrase) }, "\(file) \(cluster.name): \(attribute) declared but still listed as assumed")
        checked += 1
      }
    }
    #expect(checked >= 8)
  }
}
