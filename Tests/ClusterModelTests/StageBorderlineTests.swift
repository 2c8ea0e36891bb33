// Principle 9: "a verdict near its threshold says it is borderline". The stage read from a firm
// count one firm either side of established_min_firms says it is borderline, and the verdicts
// that turn on it do not jump on one firm.

import ClusterWorkspace
import Testing

@testable import ClusterModel

/// The practitioner's c99/c100: a supplier cohort of an automotive cluster, organized since
/// 1998, one gear turning.
private func auto(firms: Int) -> String {
  """
  cluster Auto {
    type: manufacturing, year: 2004, exports: 30 musd
    demand: strong, advantage: [cost], readiness: latent, trust: 0.4
    driver: exports, infrastructure: moderate, structure: association
  }
  institution SupplierAssoc { kind: association, sector: private, roles: [catalyst, leader, manager], founded: 1998, formal: true }
  institution Province { kind: government, sector: public, level: state }
  buyer GlobalOEM { kind: multinational, origin: foreign, lead: true, relationship: long_term }
  firms suppliers: \(firms) { role: producer, employees: 60, direct_export: false }
  link GlobalOEM -> suppliers : buys
  link suppliers -> SupplierAssoc : member
  link SupplierAssoc -> suppliers : service
  link suppliers -- suppliers : cooperation density 0.05 trust 0.4
  intervention Quality { kind: quality_programme, lead: GlobalOEM, partners: [SupplierAssoc], start: 1999 }
  intervention Certif { kind: certification, lead: SupplierAssoc, start: 1999 }
  intervention Tech { kind: technology_transfer, lead: GlobalOEM, partners: [SupplierAssoc, Province], start: 2001 }
  """
}

/// `cluster` with its largest cohort resized so that the cluster has `total` firms (nil when it
/// has no cohort, or the others alone exceed it).
private func withFirms(_ cluster: Cluster, _ total: Int) -> Cluster? {
  guard let largest = cluster.entities.filter({ $0.kind == .cohort }).max(by: { $0.firmCount < $1.firmCount }) else { return nil }
  let others = cluster.firmCount - largest.firmCount
  guard total - others >= 1 else { return nil }
  var copy = cluster
  var resized = largest
  resized.attributes["count"] = .plain(Double(total - others))
  copy.replace(resized)
  return copy
}

private func currentStep(_ e: Evaluation) -> String? { e.plan.first { $0.isCurrent }.map { "\($0.kind)" } }

@Suite struct StageBorderlineTests {
  @Test func ninetyNineAndOneHundredFirmsAreBothBorderlineAndJudgedAlike() throws {
    let c99 = quick(try #require(try workspace(auto(firms: 99)).current))
    let c100 = quick(try #require(try workspace(auto(firms: 100)).current))
    #expect(c99.stage.stage == .embryonic && c100.stage.stage == .established)
    #expect(c99.stage.text == "embryonic (borderline: 99 firms, the threshold is 100)")
    #expect(c100.stage.text == "established (borderline: 100 firms, the threshold is 100)")
    #expect(c99.insights[3].status == .warning)
    #expect(c100.insights[3].status == .warning, "insight 4 jumps to \(c100.insights[3].status) on one firm")
    #expect(!c100.insights[3].borderline.isEmpty)
    #expect(currentStep(c99) == currentStep(c100), "the plan moves a step on one firm")
    // Far from the threshold the stage is settled and insight 4 is the risk it was.
    let c150 = quick(try #require(try workspace(auto(firms: 150)).current))
    #expect(c150.stage.borderline == nil && c150.insights[3].status == .risk)
  }

  /// Over every example with a cohort, read in a year whose stage comes from the signs: one firm
  /// below the threshold and at it, insight 4 never turns from warning to risk, the plan's
  /// current step does not move, and a stage that changes says it is borderline.
  @Test func oneFirmAtTheThresholdNeverTurnsInsightFourIntoARisk() throws {
    var checked = 0
    for (file, _, cluster) in try exampleClusters() {
      var undeclared = cluster
      undeclared.attributes["stage"] = nil
      let threshold = Int(ParameterSet()[.establishedMinFirms])
      guard let below = withFirms(undeclared, threshold - 1), let at = withFirms(undeclared, threshold) else { continue }
      let a = quick(below), b = quick(at)
      if a.stage.candidates != b.stage.candidates {
        #expect(a.stage.borderline != nil && b.stage.borderline != nil, "\(file) \(cluster.name): \(a.stage.text) → \(b.stage.text)")
      }
      if a.insights[3].status == .warning {
        #expect(b.insights[3].status != .risk, "\(file) \(cluster.name): insight 4 warning → risk at \(threshold) firms")
      }
      #expect(currentStep(a) == currentStep(b), "\(file) \(cluster.name): plan step \(currentStep(a) ?? "") → \(currentStep(b) ?? "")")
      checked += 1
    }
    #expect(checked >= 6)
  }
}
