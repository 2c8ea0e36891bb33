// Simulation commands through the session: simulate, seed and runs, scenario, compare on a
// metric, plot, sensitivity, sweeps, and trajectory values in assertions.

import ClusterModel
import ClusterSyntax
import Foundation
import Testing

@testable import ClusterSession

@Suite struct SimulationCommandTests {
  @Test func simulateThenAssertOnTrajectoryValues() throws {
    let r = try knitSession()
    #expect(r.run("simulate 1995 to 2000").errors == 0, "\(r.transcript)")
    #expect(r.transcript.contains("Knit: simulated 1995–2000 (deterministic)"))
    #expect(r.run("assert exports(2000) > exports(1995)\nassert firms(2000) >= 136").errors == 0, "\(r.transcript)")
    #expect(r.run("assert exports(2000) > 10 busd").errors == 1)
    #expect(r.diagnostics.last?.message.hasPrefix("assertion failed: exports(2000) > 10 busd") == true)
    #expect(r.run("print exports(1990)").errors == 1)
    #expect(r.diagnostics.last?.message == "1990 is outside the simulation (1995 to 2000)")
    // The stage of a simulated year is readable too.
    #expect(r.run("assert stage(1995) == embryonic or stage(1995) == established").errors == 0, "\(r.transcript)")
    #expect(r.run("print stage(1980)").errors == 1)
  }

  /// `evaluate in YEAR` reads the facts dated by then; after `simulate`, a later year reads the
  /// simulated state (firms, exports, trust, stage).
  @Test func aQueryInAYearReadsTheFactsThenOrTheSimulation() throws {
    let r = try knitSession()
    #expect(r.run("evaluate in 1993").errors == 0, "\(r.transcript)")
    #expect(r.transcript.hasPrefix("Knit (manufacturing, 1995) as of 1993"))
    #expect(r.transcript.contains("border 0 (+2 planned)"), "the depot and the tax start in 1994: \(r.transcript)")
    r.transcript = ""
    #expect(r.run("simulate 1995 to 2005").errors == 0)
    r.transcript = ""
    #expect(r.run("why trust in 2003").errors == 0)
    #expect(r.transcript.contains("(simulated)") && r.transcript.contains("as simulated in 2003"), "\(r.transcript)")
    r.transcript = ""
    #expect(r.run("stage in 2003 as json").errors == 0)
    let object = try #require(try json(r.transcript) as? [String: Any])
    #expect((object["candidates"] as? [String])?.count == 1, "a simulated year has one stage")
    // Before the case's year, or beyond the simulation: the dated facts.
    r.transcript = ""
    #expect(r.run("evaluate in 2030").errors == 0)
    #expect(r.transcript.contains("as of 2030"))
    #expect(r.run("evaluate in soon").errors == 1)
    // A change after the run: the run no longer describes the cluster, so the facts are read.
    #expect(r.run("set Knit.trust = 0.6").errors == 0)
    r.transcript = ""
    #expect(r.run("why trust in 2003").errors == 0)
    #expect(r.transcript.contains("as of 2003") && !r.transcript.contains("simulated"), "\(r.transcript)")
  }

  @Test func trajectoryValuesNeedASimulation() throws {
    let r = try knitSession()
    #expect(r.run("print exports(2000)").errors == 1)
    #expect(r.diagnostics.last?.help == "run `simulate FROM to TO` first")
    r.run("simulate 1995 to 2000")
    #expect(r.run("print p10(exports, 2000)").errors == 1)
    #expect(r.diagnostics.last?.help?.contains("runs 1000") == true)
  }

  @Test func monteCarloGivesPercentilesAndShares() throws {
    let r = try knitSession()
    #expect(r.run("seed 3\nruns 50\nsimulate 1995 to 2000").errors == 0, "\(r.transcript)")
    #expect(r.transcript.contains("Monte Carlo: 50 runs, seed 3"))
    #expect(r.run("assert p10(exports, 2000) <= p90(exports, 2000)\nassert share(took_off) + share(stagnated) + share(failed) > 0.99").errors == 0)
    // The same seed gives the same bytes.
    let once = try knitSession()
    let twice = try knitSession()
    once.run("seed 3\nruns 50\nsimulate 1995 to 2000")
    twice.run("seed 3\nruns 50\nsimulate 1995 to 2000")
    #expect(once.transcript == twice.transcript)
  }

  @Test func simulateAnswersJSON() throws {
    let r = try knitSession()
    r.run("runs 20\nseed 1\nsimulate 1995 to 1997 as json")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.transcript.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["cluster", "years", "events", "assumed", "monte_carlo"])
    let years = try #require(object["years"] as? [[String: Any]])
    #expect(years.count == 3)
    #expect(years[0]["exports"] as? Double != nil)
  }

  @Test func scenariosAreClustersAndCompareOnAMetric() throws {
    let r = try knitSession()
    #expect(r.run("scenario NoDepot from Knit {\n  drop Depot\n}").errors == 0, "\(r.transcript)")
    #expect(r.session.workspace.cluster(named: "NoDepot")?.entity(named: "Depot") == nil)
    #expect(r.session.workspace.cluster(named: "Knit")?.entity(named: "Depot") != nil)
    #expect(r.session.workspace.currentName == "Knit")
    r.transcript = ""
    #expect(r.run("compare Knit, NoDepot on exports from 1995 to 2000").errors == 0)
    #expect(r.transcript.contains("NoDepot − Knit"))
    #expect(r.run("compare Knit, NoDepot on exprts in 2000").errors == 1)
    #expect(r.diagnostics.last?.help?.hasPrefix("did you mean `exports`?") == true)
  }

  /// A parameter set inside a scenario is the scenario's: its base and the session keep theirs.
  @Test func aScenarioCanChangeAParameter() throws {
    let r = try knitSession()
    #expect(r.run("scenario Slow from Knit {\n  set param market_growth_manufacturing = 0.01\n}").errors == 0, "\(r.transcript)")
    #expect(!r.session.parameterSet.isOverridden(.marketGrowthManufacturing))
    #expect(r.session.workspace.cluster(named: "Slow")?.parameters["market_growth_manufacturing"] != nil)
    r.run("use Slow")
    r.run("simulate 1995 to 2000")
    let slow = r.session.simulations["Slow"]?.trajectory.value("exports", in: 2000)
    r.run("use Knit")
    r.run("simulate 1995 to 2000")
    let base = r.session.simulations["Knit"]?.trajectory.value("exports", in: 2000)
    #expect(try #require(slow) < (try #require(base)))
    // `params` answers for the current cluster; a scenario's own value shows there.
    r.run("use Slow")
    r.transcript = ""
    r.run("params")
    let line = r.transcript.split(separator: "\n").first { $0.hasPrefix("market_growth_manufacturing ") }
    #expect(line?.split(separator: " ").dropFirst().first?.hasPrefix("0.01") == true, "\(r.transcript)")
    // Saved as the scenario, its parameter inside it, and loaded back the same.
    let script = r.session.workspace.canonicalScript()
    let text = Printer.print(script)
    #expect(text.contains("scenario Slow from Knit {\n  set param market_growth_manufacturing = 0.01\n}"), "\(text)")
    let again = Recorder()
    #expect(again.run(text).errors == 0, "\(again.transcript)")
    #expect(Printer.print(again.session.workspace.canonicalScript()) == text)
    // Outside a scenario: `in NAME` names the cluster; an unknown one is refused with a suggestion.
    #expect(r.run("set param trust_low = 0.2 in Knit").errors == 0)
    #expect(r.session.workspace.cluster(named: "Knit")?.parameters["trust_low"] != nil)
    #expect(r.run("set param trust_low = 0.2 in Knitt").errors == 1)
    #expect(r.diagnostics.last?.help == "did you mean `Knit`?")
    #expect(r.run("scenario S from Knit { set param trust_low = 0.2 in Knit }").errors == 1)
    #expect(r.session.workspace.cluster(named: "S") == nil)
  }

  @Test func aFailingScenarioChangesNothing() throws {
    let r = try knitSession()
    #expect(r.run("scenario Bad from Knit {\n  drop Depot\n  drop Nobody\n}").errors == 1)
    #expect(r.session.workspace.cluster(named: "Bad") == nil)
    #expect(r.run("scenario Bad from Knitt { drop Depot }").errors == 1)
    #expect(r.diagnostics.last?.help == "did you mean `Knit`?")
  }

  /// Inside a scenario, the base's name (or another cluster's) is refused where it is written:
  /// it would change that cluster for every later comparison.
  @Test func aScenarioCannotReachItsBase() throws {
    let r = try knitSession()
    let before = Printer.print(r.session.workspace.canonicalScript())
    #expect(r.run("scenario S from Knit {\n  set Knit.trust = 0.1\n}").errors == 1)
    let error = try #require(r.diagnostics.last)
    #expect(error.message == "inside scenario S, `Knit` is its base cluster: a scenario changes only its own copy")
    #expect(error.span?.line == 2 && error.span?.column == 7, "\(String(describing: error.span?.location))")
    #expect(error.help == "write `set S.trust = …` to change the scenario")
    #expect(r.run("scenario S from Knit { drop Knit }").errors == 1)
    #expect(r.diagnostics.last?.help?.contains("cannot drop a cluster") == true)
    #expect(r.run("cluster Other { type: manufacturing }\nuse Knit").errors == 0)
    #expect(r.run("scenario S from Knit { set Other.trust = 0.2 }").errors == 1)
    #expect(r.diagnostics.last?.message.contains("`Other` is another cluster") == true)
    #expect(r.run("drop Other").errors == 0)
    #expect(Printer.print(r.session.workspace.canonicalScript()) == before)
    // Nor may it drop itself: the rest of its body would then change the base.
    #expect(r.run("scenario S from Knit { drop S; set Assoc.formal = false }").errors == 1)
    #expect(r.diagnostics.last?.message == "a scenario cannot drop itself")
    #expect(r.session.workspace.cluster(named: "S") == nil)
    #expect(Printer.print(r.session.workspace.canonicalScript()) == before)
    // The scenario's own name is how a scenario changes its cluster.
    #expect(r.run("scenario S from Knit { set S.trust = 0.1 }").errors == 0, "\(r.transcript)")
    #expect(r.session.workspace.cluster(named: "S")?["trust"].number == 0.1)
    #expect(r.session.workspace.cluster(named: "Knit")?["trust"].number == 0.35)
  }

  /// `why exports in 2004` on Tirupur names what bound exports and the largest parts, and the
  /// parts add up to the figure.
  @Test func whyASimulatedFigureAddsUp() throws {
    let r = Recorder()
    let path = repositoryRoot() + "/examples/tirupur.cluster"
    #expect(r.run(try readFile(path), name: "tirupur.cluster", path: path).errors == 0)
    r.transcript = ""
    #expect(r.run("why exports in 2004 as json").errors == 0, "\(r.transcript)")
    let object = try #require(try json(r.transcript) as? [String: Any])
    let value = try #require(object["value"] as? Double)
    let parts = ["interventions", "events"].flatMap { (object[$0] as? [[String: Any]]) ?? [] }
    let sum = (object["start"] as? Double ?? 0) + (object["own_growth"] as? Double ?? 0)
      + parts.reduce(0) { $0 + ($1["contribution"] as? Double ?? 0) }
    #expect(abs(sum - value) < value * 1e-9, "parts \(sum), figure \(value)")
    let channels = (object["channels"] as? [[String: Any]]) ?? []
    let byChannel = channels.reduce(0) { $0 + ($1["contribution"] as? Double ?? 0) }
    let byIntervention = ((object["interventions"] as? [[String: Any]]) ?? []).reduce(0) { $0 + ($1["contribution"] as? Double ?? 0) }
    #expect(abs(byChannel - byIntervention) < value * 1e-9)
    #expect(["demand", "capacity", "infrastructure"].contains(object["binding"] as? String ?? ""))
    r.transcript = ""
    #expect(r.run("why exports in 2004").errors == 0)
    #expect(r.transcript.contains("exports were bound by"), "\(r.transcript)")
    #expect(r.transcript.contains("Water (1995)") && r.transcript.contains("by channel"), "\(r.transcript)")
    // A year before the case's, and no year, are located errors that say what to write.
    #expect(r.run("why exports in 1980").errors == 1)
    #expect(r.diagnostics.last?.help?.contains("from 1990 on") == true)
    #expect(r.run("why exports").errors == 1)
    #expect(r.diagnostics.last?.help == "write `why exports in 2000`")
  }

  /// `compare A, B on METRIC in YEAR` breaks the difference down by part, and the parts add up.
  @Test func compareInAYearBreaksTheDifferenceDown() throws {
    let r = try knitSession()
    #expect(r.run("scenario NoDepot from Knit { drop Depot }").errors == 0)
    r.transcript = ""
    #expect(r.run("compare Knit, NoDepot on exports in 2003 as json").errors == 0, "\(r.transcript)")
    let object = try #require(try json(r.transcript) as? [String: Any])
    let values = try #require(((object["years"] as? [[String: Any]])?.first?["values"]) as? [Double])
    let parts = try #require(object["difference"] as? [[String: Any]])
    let sum = parts.reduce(0) { $0 + ($1["contribution"] as? Double ?? 0) }
    #expect(abs(sum - (values[1] - values[0])) < 1, "parts \(sum), difference \(values[1] - values[0])")
    #expect(parts.contains { $0["part"] as? String == "Depot" && ($0["contribution"] as? Double ?? 0) < 0 })
    // In text, what the second declares otherwise is listed under the parts.
    #expect(r.run("scenario Distrust from Knit { set Distrust.trust = 0.1 }").errors == 0)
    r.transcript = ""
    #expect(r.run("compare Knit, Distrust on exports in 2003").errors == 0)
    #expect(r.transcript.contains("what Distrust declares otherwise than Knit:\n  trust: 0.35 → 0.1"), "\(r.transcript)")
  }

  /// `plot` draws the last simulation; after a change it says the simulation predates it.
  @Test func plotSaysWhenItsSimulationIsStale() throws {
    let r = try knitSession()
    #expect(r.run("simulate 1995 to 2000").errors == 0)
    r.transcript = ""
    #expect(r.run("plot exports").errors == 0)
    #expect(!r.transcript.contains("predates"))
    #expect(r.run("set Knit.trust = 0.6").errors == 0)
    r.transcript = ""
    #expect(r.run("plot exports").errors == 0)
    #expect(r.transcript.hasPrefix("note: this simulation of Knit predates its last change"), "\(r.transcript)")
    // An expression reading the stale run is refused where it is written.
    #expect(r.run("print exports(2000)").errors == 1)
    #expect(r.diagnostics.last?.message == "the simulation of Knit predates its last change (or a parameter's)")
    #expect(r.run("simulate 1995 to 2000\nprint exports(2000)").errors == 0)
  }

  @Test func plotNeedsASimulationAndDrawsOne() throws {
    let r = try knitSession()
    #expect(r.run("plot exports").errors == 1)
    r.run("simulate 1995 to 2005")
    r.transcript = ""
    #expect(r.run("plot exports").errors == 0)
    #expect(r.transcript.hasPrefix("Knit: exports (musd), last simulation (deterministic)\n"), "\(r.transcript)")
    #expect(r.transcript.contains("*"))
    #expect(r.transcript.contains("1995") && r.transcript.contains("2005"))
  }

  @Test func sensitivityRanksParametersAndInterventions() throws {
    let r = try knitSession()
    #expect(r.run("sensitivity on exports in 2000 as json").errors == 0, "\(r.transcript)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.transcript.utf8)) as? [String: Any])
    let bars = try #require(object["bars"] as? [[String: Any]])
    let swings = bars.compactMap { $0["swing"] as? Double }
    #expect(swings == swings.sorted(by: >))
    #expect(bars.contains { ($0["name"] as? String) == "Depot" })
  }

  @Test func sweepsSetParametersFromTheLoopVariable() throws {
    let r = try knitSession()
    let script = """
      for t in [0.2, 0.4] {
        set param trust_low = t
        simulate 1995 to 1998
        print exports(1998)
      }
      """
    #expect(r.run(script).errors == 0, "\(r.transcript)")
    #expect(r.session.parameterSet[.trustLow] == 0.4)
    // Each `print` writes one line holding only an amount, such as "24.5 musd".
    let printed = r.transcript.split(separator: "\n").filter { $0.split(separator: " ").count == 2 && $0.hasSuffix("musd") }
    #expect(printed.count == 2)
  }

  @Test func badYearsAndRunsAreLocatedErrors() throws {
    let r = try knitSession()
    #expect(r.run("simulate 2000 to 1995").errors == 1)
    #expect(r.diagnostics.last?.help == "write `simulate 1995 to 2000`")
    #expect(r.run("simulate 1995 to 9999").errors == 1)
    #expect(r.run("runs 0").errors == 1)
    #expect(r.run("seed 1.5").errors == 1)
  }
}
