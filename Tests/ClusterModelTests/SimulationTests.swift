// The simulation: calibration against the paper's figures (docs/calibration.md), what-if
// mechanics, and determinism.

import Foundation
import ClusterWorkspace
import Testing

@testable import ClusterModel

@Suite struct SimulationTests {
  func tirupur() throws -> Cluster {
    try #require(try workspace(try example("tirupur.cluster")).current)
  }

  /// Part 1: "By the end of 2004, the value of exports had risen from the 1990 level of $100
  /// million to $1.2 billion" (±25%), and exporters "from around 50 in 1990 to 500 in 2005" (±30%).
  @Test func tirupurFrom1990ReachesThePapersFigures() throws {
    let t = Simulation.run(try tirupur(), from: 1990, to: 2005)
    let exports2004 = try #require(t.value("exports", in: 2004))
    #expect(exports2004 >= 0.9e9 && exports2004 <= 1.5e9, "exports 2004: \(exports2004)")
    let exporters2005 = try #require(t.value("exporters", in: 2005))
    #expect(exporters2005 >= 350 && exporters2005 <= 650, "exporters 2005: \(exporters2005)")
  }

  /// Without TEA's infrastructure and its projects the cluster grows far less: the
  /// infrastructure binds (insight 8: "the single greatest constraint").
  @Test func withoutTEAsProjectsTirupurGrowsFarLess() throws {
    var without = try tirupur()
    for name in ["ICD", "Water", "IndustrialPark", "KnitwearComplex", "TradeFairComplex", "Training", "FashionInstitute", "Deregulation", "EuropeWarehouse", "TirupurBrand"] {
      without.remove(named: name)
    }
    let with = try #require(Simulation.run(try tirupur(), from: 1990, to: 2004).value("exports", in: 2004))
    let bare = Simulation.run(without, from: 1990, to: 2004)
    let exports = try #require(bare.value("exports", in: 2004))
    // "Far less": under half of the case with TEA (firms' own infrastructure still lets it grow).
    #expect(exports < with * 0.5, "with \(with), without \(exports)")
    #expect((bare.state(in: 2004)?.infrastructureLoad ?? 0) > 0.99, "the infrastructure binds")
  }

  /// Insight 2 box: from "13 software services companies with combined foreign income of $8
  /// million" in 1990–1991 to "more than 1,400 information technology firms … generating export
  /// income of $5 billion per year": within a factor of 2 of both.
  @Test func bangaloreSoftwareFrom1991ReachesThePapersFiguresWithinAFactorOfTwo() throws {
    let c = try #require(try workspace(try example("bangalore-software.cluster")).current)
    let t = Simulation.run(c, from: 1991, to: 2005)
    let exports = try #require(t.value("exports", in: 2005))
    #expect(exports >= 2.5e9 && exports <= 10e9, "exports 2005: \(exports)")
    let firms = try #require(t.value("firms", in: 2005))
    #expect(firms >= 700 && firms <= 2_800, "firms 2005: \(firms)")
    // The mechanism, not a coincidence: the growth of demand for offshore IT services carries
    // it (docs/calibration.md): at 20% a year instead of 50% it reaches a third as much.
    var p = ParameterSet()
    p.set(.marketGrowthHighTech, 0.2)
    let slow = Simulation.run(c, parameters: p, from: 1991, to: 2005)
    #expect((slow.value("exports", in: 2005) ?? .infinity) < exports / 2.5)
    // Starting a year earlier changes the 2005 figure by less than 15%: the run starts in the
    // year the case describes.
    let earlier = try #require(Simulation.run(c, from: 1990, to: 2005).value("exports", in: 2005))
    #expect(abs(earlier / exports - 1) < 0.15, "from 1990: \(earlier), from 1991: \(exports)")
  }

  @Test func aScenarioWithNothingChangedEqualsItsBase() throws {
    let base = try tirupur()
    let copy = base.copy(named: "Same", declaredAt: nil)
    #expect(Simulation.run(base, from: 1990, to: 2010) == Simulation.run(copy, from: 1990, to: 2010))
    #expect(Simulation.run(base, from: 1990, to: 2010, seed: 9) == Simulation.run(copy, from: 1990, to: 2010, seed: 9))
  }

  /// Removing an intervention changes the trajectory from its start year on, not before.
  @Test(arguments: ["ICD", "Water", "TradeFairComplex", "IndustrialPark"])
  func droppingAnInterventionChangesOnlyFromItsStart(_ name: String) throws {
    let base = try tirupur()
    let start = try #require(base.entity(named: name)?["start"].number.map { Int($0) })
    var without = base
    without.remove(named: name)
    let a = Simulation.run(base, from: 1990, to: 2010)
    let b = Simulation.run(without, from: 1990, to: 2010)
    for year in 1990..<start {
      #expect(a.state(in: year) == b.state(in: year), "\(name): \(year) before its start \(start)")
    }
    let after = (start...2010).contains { a.state(in: $0) != b.state(in: $0) }
    #expect(after, "\(name) changes nothing from \(start)")
    #expect(a.state(in: start) != b.state(in: start) || a.state(in: start + 1) != b.state(in: start + 1))
  }

  @Test func theSameSeedGivesTheSameRunAndNoSeedIsDeterministic() throws {
    let c = try tirupur()
    #expect(Simulation.run(c, from: 1990, to: 2010, seed: 3) == Simulation.run(c, from: 1990, to: 2010, seed: 3))
    #expect(Simulation.run(c, from: 1990, to: 2010, seed: 3) != Simulation.run(c, from: 1990, to: 2010, seed: 4))
    #expect(Simulation.run(c, from: 1990, to: 2010) == Simulation.run(c, from: 1990, to: 2010))
  }

  /// The same seed gives the same Monte Carlo summary on one core and on two.
  @Test func monteCarloIsTheSameWhateverTheCores() throws {
    let c = try tirupur()
    let one = try #require(MonteCarlo.run(c, from: 1990, to: 2000, runs: 60, seed: 11, workers: 1))
    let two = try #require(MonteCarlo.run(c, from: 1990, to: 2000, runs: 60, seed: 11, workers: 2))
    #expect(one == two)
    #expect(abs(one.outcomes.tookOff + one.outcomes.stagnated + one.outcomes.failed - 1) < 1e-12)
    let p = try #require(one.percentiles("exports", in: 2000))
    #expect(p.p10 <= p.p50 && p.p50 <= p.p90)
  }

  /// Selection gives exactly the percentiles a full sort gives, ties and sorted input included.
  @Test func selectedPercentilesEqualSortedOnes() {
    var generator = SplitMix64(seed: 5)
    for n in [1, 2, 3, 10, 11, 101, 1000] {
      for shape in 0..<3 {
        var values = (0..<n).map { i -> Double in
          switch shape {
          case 0: return Double(generator.next() % 1000) / 7
          case 1: return Double(i)  // already sorted
          default: return Double(generator.next() % 3)  // many ties
          }
        }
        let sorted = values.sorted()
        let expected = Percentiles(
          p10: MonteCarlo.quantile(sorted, 0.1), p50: MonteCarlo.quantile(sorted, 0.5), p90: MonteCarlo.quantile(sorted, 0.9))
        #expect(MonteCarlo.percentiles(&values) == expected, "n \(n), shape \(shape)")
      }
    }
  }

  @Test func lowTrustMakesComplexProjectsFailInMonteCarlo() throws {
    let text = """
      cluster Fragile { type: manufacturing, year: 2000, exports: 50 musd, demand: strong, trust: 0.05, advantage: [cost], readiness: latent }
      institution Assoc { kind: association, roles: [catalyst] }
      firms smes: 200 { role: producer, employees: 20 }
      intervention Park { kind: industrial_park, lead: Assoc, start: 2001 }
      """
    let c = try #require(try workspace(text).current)
    let deterministic = Simulation.run(c, from: 2000, to: 2005)
    #expect(deterministic.events.contains { $0.contains("Park delivers") }, "\(deterministic.events)")
    let trusted = try #require(try workspace(text.replacing("trust: 0.05", with: "trust: 0.6")).current)
    let good = Simulation.run(trusted, from: 2000, to: 2005)
    #expect((good.value("exports", in: 2005) ?? 0) > (deterministic.value("exports", in: 2005) ?? 0))
  }

  @Test func everyMetricHasAValue() throws {
    let t = Simulation.run(try tirupur(), from: 1990, to: 1992)
    for metric in Trajectory.metrics {
      #expect(t.value(metric, in: 1991) != nil, "\(metric)")
    }
    // Monte Carlo's unnamed row holds the same values in the order of `metrics`.
    let state = try #require(t.state(in: 1991))
    var row = [Double](repeating: .nan, count: Trajectory.metrics.count)
    Trajectory.write(state, into: &row, at: 0)
    #expect(row == Trajectory.metrics.map { Trajectory.value($0, of: state) ?? .nan })
  }
}

@Suite struct CalibrationTests {
  /// Insight 9: "Incremental sales in the vicinity of $10 million are attributed to this cluster
  /// initiative" (Ludhiana's buyer–seller meetings): the cumulative difference in exports
  /// 2002–2007 against the case without the meetings is of that order (5 to 20 musd).
  @Test func ludhianasBuyerSellerMeetingsAddSalesOfTheOrderOfTenMillion() throws {
    // The example describes the cluster as of 2005, after the programme; the run starts in the
    // year a case describes, so the calibration reads it as of 2001, the programme's first year.
    let base = try #require(try workspace(try example("ludhiana.cluster") + "\nset Ludhiana.year = 2001").current)
    var without = base
    for name in ["FirstMeeting", "SecondMeeting", "CEOVisits"] { without.remove(named: name) }
    let a = Simulation.run(base, from: 2001, to: 2007)
    let b = Simulation.run(without, from: 2001, to: 2007)
    let incremental = (2002...2007).reduce(0.0) { $0 + (a.value("exports", in: $1) ?? 0) - (b.value("exports", in: $1) ?? 0) }
    // Out of its tolerance since the run scores Ludhiana's undeclared advantage at the value it
    // assumes (met, principle 4): its own growth now fills its weak infrastructure sooner, and
    // the meetings add $4.5 million, not $6.7 million. Reported in docs/calibration.md, not
    // tuned back; the known issue fails this test when the figure returns within 5–20.
    withKnownIssue("Ludhiana's meetings add 4.5 musd since undeclared prerequisites are scored as assumed (docs/calibration.md)") {
      #expect(incremental >= 5e6 && incremental <= 20e6, "incremental sales \(incremental)")
    }
  }

  /// Insight 2, the Australian review: of manufactured clusters "more than half fail, and as few
  /// as 10% are significantly successful".
  @Test func aManufacturedClusterMostlyFails() throws {
    let c = try #require(try workspace(try example("manufactured-ict.cluster")).current)
    let mc = try #require(MonteCarlo.run(c, from: 2000, to: 2010, runs: 300, seed: 2004))
    #expect(mc.outcomes.failed > 0.5)
    #expect(mc.outcomes.tookOff <= 0.15)
  }
}

@Suite struct ModelDocumentationTests {
  /// docs/model.md lists every parameter with its default, as the code has it.
  @Test func theParameterTablesInDocsModelMatchTheCode() throws {
    var path = #filePath
    for _ in 0..<3 {
      if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
    }
    let text = try #require(try? readDocs(path + "/docs/model.md"))
    for p in Parameters.all {
      let row = "| `\(p.name)` | "
      #expect(text.contains(row), "docs/model.md lacks \(p.name)")
      if let range = text.range(of: row) {
        let rest = text[range.upperBound...]
        let cell = rest.prefix { $0 != " " && $0 != "|" }
        #expect(Double(cell.replacingOccurrences(of: ",", with: "")) == p.defaultValue, "\(p.name): docs say \(cell), code \(p.defaultValue)")
      }
    }
  }
}
