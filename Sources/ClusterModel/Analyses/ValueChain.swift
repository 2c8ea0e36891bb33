// The value chain (Part 1, the Tirupur chains of 1985 and 2005): the sector's typical stages
// present in the cluster, and value retention from direct export and downstream stages.

import ClusterWorkspace

enum ValueChain {
  /// The typical stages of a cluster's value chain, by type.
  static func typicalStages(_ type: ClusterType?) -> [String] {
    switch type {
    case .agricultural: return ["inputs", "production", "processing", "testing", "packaging", "logistics", "marketing"]
    case .highTech: return ["research", "design", "software", "services", "marketing"]
    case .services: return ["design", "services", "marketing", "distribution"]
    default: return ["design", "inputs", "production", "finishing", "logistics", "marketing", "distribution"]
    }
  }

  static func analyse(_ facts: Facts) -> (ValueChainResult, [Indicator]) {
    let p = facts.parameters
    var firmsPerStage: [String: Int] = [:]
    for group in facts.firms {
      for stage in group.stages { firmsPerStage[stage, default: 0] += group.count }
    }
    let typical = typicalStages(facts.type)
    let producing = Set(firmsPerStage.keys).union(
      facts.firms.compactMap { $0.role == "producer" || $0.role == "lead_producer" ? "production" : nil })
    let declared = facts.firms.contains { !$0.stages.isEmpty || $0.role != nil }
    let present = typical.filter { producing.contains($0) }
    let missing = typical.filter { !present.contains($0) }
    let valueAdded: Double? = declared && !typical.isEmpty ? Double(present.count) / Double(typical.count) : nil
    let exporters = facts.firms.filter { ($0.exports ?? 0) > 0 || $0.role == "exporter" }
    let known = exporters.filter { $0.directExport != nil }
    let knownCount = known.reduce(0) { $0 + $1.count }
    let direct = known.filter { $0.directExport == true }.reduce(0) { $0 + $1.count }
    let directShare: Double? = knownCount > 0 ? Double(direct) / Double(knownCount) : nil
    let downstream = ["design", "marketing", "distribution", "retail"]
    let downstreamShare = Double(downstream.filter { producing.contains($0) }.count) / Double(downstream.count)
    let w = p[.retentionDirectWeight]
    let retention: Double? = declared ? (directShare.map { w * $0 + (1 - w) * downstreamShare }) : nil
    let result = ValueChainResult(
      present: firmsPerStage.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, missing: missing,
      valueAdded: valueAdded, valueRetention: retention, directExportShare: directShare)
    let indicators = [
      Indicator(
        id: "value_added", title: "value-chain stages in the cluster", value: valueAdded,
        text: valueAdded == nil ? "not assessed (no firm declares its stages or role)"
          : "\(present.count) of \(typical.count) typical stages" + (missing.isEmpty ? "" : "; missing: " + Figure.list(missing)),
        unit: "share",
        trail: Trail(
          inputs: typical.map { TrailInput($0, present.contains($0) ? "present" : "missing") },
          rule: "share of the sector's typical stages performed by firms in the cluster (firm `stages`; producers count as production); not assessed when no firm declares stages or a role",
          passage: "Part 1: clusters 'lead … to improvements in terms of value-retention and value-addition'; the Tirupur value chains of 1985 and 2005")),
      Indicator(
        id: "value_retention", title: "value retention", value: retention,
        text: retention.map(Figure.score) ?? "not assessed (whether exporters export directly is not declared)", unit: "0 to 1",
        trail: Trail(
          inputs: [TrailInput("direct exporters", directShare.map(Figure.share) ?? "not declared"), TrailInput("downstream stages present (design, marketing, distribution, retail)", Figure.share(downstreamShare))],
          rule: "retention = retention_direct_weight × direct-export share + (1 − retention_direct_weight) × share of downstream stages present; not assessed when no exporter declares `direct_export`",
          parameters: ["retention_direct_weight"],
          passage: "Part 1: 'Direct export, rather than through agents, became standard practice' and 'substantially increased the level of value-retention'")),
    ]
    return (result, indicators)
  }
}
