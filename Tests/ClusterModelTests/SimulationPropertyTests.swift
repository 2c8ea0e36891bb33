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
