// Parameters change results the way docs/model.md says, every figure has a trail, and the
// model is deterministic.

import ClusterModel
import Testing

@Suite struct ParameterTests {
  @Test func everyParameterHasASourceAndItsDefaultInRange() {
    for p in Parameters.all {
      #expect(!p.source.isEmpty && !p.meaning.isEmpty && !p.unit.isEmpty, "\(p.name)")
      #expect(p.range.contains(p.defaultValue), "\(p.name)")
    }
    #expect(Set(Parameters.all.map(\.name)).count == Parameters.all.count)
  }

  @Test func raisingTrustLowTurnsTrustIntoARisk() throws {
    #expect(status(try evaluate(healthy), 6) == .strength)
    var p = ParameterSet()
    p.set(.trustLow, 0.8)
    p.set(.trustHigh, 0.9)
    #expect(status(try evaluate(healthy, p), 6) == .risk)
  }

  @Test func aLowerPublicShareMaximumTurnsFinancingIntoAWarning() throws {
    var p = ParameterSet()
    p.set(.publicShareMax, 0.05)
    #expect(status(try evaluate(healthy, p), 8) == .warning)
  }

  /// Every key has one entry in the table, and every entry a key.
  @Test func everyParameterKeyHasItsEntry() {
    for key in ParameterKey.allCases { #expect(Parameters.spec(key) != nil, "\(key.rawValue)") }
    #expect(Parameters.all.count == ParameterKey.allCases.count)
    #expect(ParameterSet().value(named: "no_such_parameter") == nil)
  }

  @Test func theSMECeilingMovesFirmsOutOfTheProductionBase() throws {
    var p = ParameterSet()
    p.set(.smeMaxEmployees, 10)
    let e = try evaluate(healthy, p)
    #expect(e.indicator("production_base")?.value == 0)
    #expect(status(e, 2) == .warning)
  }

  /// A figure near its threshold says the verdict is borderline (Ludhiana's trust is at trust_low).
  @Test func aVerdictNearItsThresholdIsBorderline() throws {
    let e = try evaluate(try example("ludhiana.cluster"))
    #expect(e.insights[5].borderline.first?.parameter == .trustLow)
    var p = ParameterSet()
    p.set(.borderlineBand, 0)
    let exact = try evaluate(try example("ludhiana.cluster"), p)
    #expect(exact.insights[5].borderline.first?.parameter == .trustLow, "exactly on the threshold is borderline")
    let clear = try evaluate(try example("tirupur-2005.cluster"))
    #expect(clear.insights[5].borderline.isEmpty)
  }

  @Test func everyIndicatorAndInsightHasATrail() throws {
    for name in ["tirupur.cluster", "santa-cruz-clothing.cluster", "caldas-coffee.cluster"] {
      let e = try evaluate(try example(name))
      for i in e.indicators {
        #expect(!i.trail.rule.isEmpty && !i.trail.passage.isEmpty, "\(name): \(i.id)")
        for parameter in i.trail.parameters { #expect(Parameters.spec(parameter) != nil, "\(i.id) names \(parameter)") }
      }
      for f in e.insights {
        #expect(f.trail.passage.hasPrefix("insight \(f.number):"))
        #expect(!f.evidence.isEmpty, "insight \(f.number)")
        // A verdict that calls for action says what; one not assessed says what to declare.
        if f.status == .warning || f.status == .risk { #expect(!f.advice.isEmpty, "\(name): insight \(f.number)") }
        if f.status == .notAssessed { #expect(!f.toDeclare.isEmpty, "\(name): insight \(f.number)") }
        if f.status == .notApplicable { #expect(f.advice.isEmpty, "\(name): insight \(f.number)") }
        for id in f.indicators { #expect(e.indicator(id) != nil, "insight \(f.number) names \(id)") }
      }
      #expect(Set(e.indicators.map(\.id)).count == e.indicators.count, "indicator ids are unique")
    }
  }

  @Test func evaluationIsDeterministic() throws {
    let text = try example("tirupur-2005.cluster")
    let a = try evaluate(text)
    let b = try evaluate(text)
    #expect(a.indicators.map(\.text) == b.indicators.map(\.text))
    #expect(a.network == b.network)
  }
}
