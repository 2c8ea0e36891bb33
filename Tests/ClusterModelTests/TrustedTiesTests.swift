// Insight 1's trusted ties against insight 6's trust (principles 5 and 6): a link reaches as far
// as its density and trust carry it, so however many partners a cohort has, the share of its
// firms with a trusted tie never exceeds what trust allows; and insight 1 never calls the ties
// a strength while insight 6 calls trust a risk.

import ClusterWorkspace
import Testing

@testable import ClusterModel

/// The practitioner's leather cluster (a-catalyst-notrust, an300, an3000): a catalyst, projects
/// in every gear, a cohort of tanners that cooperate at density 0.05, and almost no trust.
private func leather(firms: Int, trust: Double) -> String {
  """
  cluster Leather {
    type: manufacturing, year: 2000, exports: 50 musd
    demand: strong, advantage: [cost], readiness: none, trust: \(trust)
    structure: association, driver: exports, infrastructure: moderate
  }
  institution Assoc { kind: association, sector: private, roles: [catalyst, leader, manager], formal: true, founded: 1990, respected: true, services: [advocacy, training] }
  institution State { kind: government, sector: public, level: state }
  firms tanners: \(firms) { role: producer, employees: 40, direct_export: true, markets: [Europe] }
  link tanners -> Assoc : member
  link Assoc -> tanners : service
  link tanners -- tanners : cooperation density 0.05 trust \(trust)
  intervention JointBrand { kind: cluster_brand, gear: border_out, lead: Assoc, partners: [State], start: 1995 }
  intervention Effluent { kind: effluent_treatment, gear: development, lead: Assoc, partners: [State], funding: { State: 5 musd, Assoc: 20 musd }, cost: 25 musd, start: 1996 }
  intervention Consortia { kind: export_consortium, lead: Assoc, start: 1997 }
  intervention Training { kind: training_institute, lead: Assoc, partners: [State], start: 1994 }
  intervention Customs { kind: customs_facilitation, lead: State, partners: [Assoc], start: 1993 }
  """
}

/// Every example's clusters and the leather cluster at three sizes and three trusts.
private func cases() throws -> [(name: String, cluster: Cluster)] {
  var out = try exampleClusters().map { ("\($0.file) \($0.cluster.name)", $0.cluster) }
  for firms in [300, 3000] {
    for trust in [0.02, 0.05, 0.2] {
      out.append(("leather \(firms) firms, trust \(trust)", try #require(try workspace(leather(firms: firms, trust: trust)).current)))
    }
  }
  return out
}

/// `cluster` with every cohort `factor` times its size.
private func scaled(_ cluster: Cluster, by factor: Double) -> Cluster {
  var copy = cluster
  for entity in cluster.entities where entity.kind == .cohort {
    var bigger = entity
    bigger.attributes["count"] = .plain(Double(entity.firmCount) * factor)
    copy.replace(bigger)
  }
  return copy
}

@Suite struct TrustedTiesTests {
  /// Insight 1 is never a strength while insight 6 is a risk, over every example and the
  /// practitioner's leather cluster, as declared and with trust set below trust_low.
  @Test func insightOneIsNoStrengthWhileTrustIsARisk() throws {
    var checked = 0
    for (name, cluster) in try cases() {
      for trust in [nil, 0.02, 0.1, 0.25] as [Double?] {
        var c = cluster
        if let trust { c.attributes["trust"] = .plain(trust) }
        let s = statuses(quick(c))
        if s[5] == .risk {
          #expect(s[0] != .strength, "\(name), trust \(trust.map { "\($0)" } ?? "as declared"): insight 1 a strength while insight 6 is a risk")
          checked += 1
        }
      }
    }
    #expect(checked >= 20)
  }

  /// Multiplying a cohort's size (and so its partners) never turns insight 1 from warning to
  /// strength when trust is below trust_low.
  @Test func aBiggerCohortIsNoSubstituteForTrust() throws {
    var checked = 0
    for (name, cluster) in try cases() where cluster.entities.contains(where: { $0.kind == .cohort }) {
      for trust in [0.02, 0.1, 0.25] {
        var c = cluster
        c.attributes["trust"] = .plain(trust)
        let before = statuses(quick(c))[0]
        guard before == .warning else { continue }
        for factor in [10.0, 100.0] {
          let after = statuses(quick(scaled(c, by: factor)))[0]
          #expect(after != .strength, "\(name), trust \(trust), cohorts ×\(Int(factor)): insight 1 warning → strength")
          checked += 1
        }
      }
    }
    #expect(checked >= 10)
  }

  /// The weight itself: the share of firms with a trusted tie never exceeds the trust of their
  /// ties, however large the cohort (3,000 tanners at trust 0.02 once gave 95%).
  @Test func trustedReachNeverExceedsTrust() throws {
    for firms in [300, 3000, 30000] {
      for trust in [0.02, 0.05, 0.2] {
        let c = try #require(try workspace(leather(firms: firms, trust: trust)).current)
        let reach = try #require(quick(c).indicators.first { $0.id == "horizontal_links" }?.value)
        #expect(reach <= trust + 1e-12, "\(firms) firms, trust \(trust): \(reach) of firms with a trusted tie")
      }
    }
  }
}
