// Insight 7: "Different structures fit different clusters, if they fit at all." A formal structure
// is needed when the cluster takes on infrastructure or other large financial projects; an
// informal, low-technology cluster needs continuous learning for skills upgrading (Santa Cruz);
// established organizations working together need no additional structure (Ludhiana, Bangalore).

import ClusterWorkspace

/// What insight 7 finds, as other rules read it.
struct StructureFit {
  /// Large or infrastructure projects under way with no formal structure to carry them.
  var unstructured: [String] = []
  /// An informal, low-technology cluster with no learning: "no continuous learning".
  var noLearning = false
  /// The cluster has a formal structure of its own.
  var formal = false

  /// Whether the case calls for a structure it lacks (otherwise none should be recommended).
  var needsStructure: Bool { !unstructured.isEmpty }
}

enum StructuresThatFit {
  static func assess(_ c: Context) -> (InsightFinding, [Indicator], StructureFit) {
    let facts = c.facts
    var b = FindingBuilder(7, c.p)
    var fit = StructureFit()
    let structure = facts.cluster["structure"].word
    fit.formal = structure == "formal" || structure == "association" || facts.institutions.contains { $0.formal }
    let big = facts.happened.filter {
      $0.cost >= c.p[.largeProjectCost] || ($0.complexity == .complex && $0.isInfrastructure)
    }
    // A large project needs a formal carrier: the cluster's structure, or its lead's own (a
    // government, a formal institution, a special purpose vehicle, a buyer or a large firm). A
    // lead whose formality nobody declared, in a cluster that declares no structure, leaves it open.
    var carriers: [String] = []
    var unknownCarriers: [String] = []
    for project in big {
      let lead = project.lead
      let institution = lead.flatMap(facts.institution)
      let carries =
        institution.map { $0.formal || $0.isGovernment || $0.kind == .spv || $0.sector == .mixed } ?? false
        || (lead.map(facts.isPrivateCarrier) ?? false)
      if carries, let lead {
        carriers.append(lead)
      } else if fit.formal {
        carriers.append("the cluster's own structure")
      } else if structure == nil || (institution.map { !$0.formalDeclared } ?? false) {
        unknownCarriers.append(project.name)
      } else {
        fit.unstructured.append(project.name)
      }
    }
    if !unknownCarriers.isEmpty {
      b.input(false, declare: "`\(facts.name).structure`, or whether the lead of " + Figure.list(unknownCarriers) + " is `formal`")
    }
    let technology = facts.cluster["technology"].word
    let lowTech: Bool? =
      technology.map { $0 == "low" }
      ?? (facts.firms.isEmpty || facts.firms.contains { $0.technology == nil } ? nil : facts.firms.allSatisfy { $0.technology == "low" })
    let informal = structure == "informal" || structure == "none" || facts.firms.contains { $0.informal }
    let learning =
      facts.happened.filter { $0.kind?.buildsLearning == true }.map(\.name)
      + facts.institutions.filter {
        $0.kind?.producesSkills == true || $0.services.contains("training") || $0.services.contains("education")
      }.map(\.name)
    fit.noLearning = informal && lowTech == true && learning.isEmpty
    let learningUnknown = informal && lowTech == nil && learning.isEmpty

    b.input(structure != nil || facts.institutions.contains { $0.formal }, declare: "`set \(facts.name).structure = …` (none, informal, association or formal)")
    if informal { b.input(lowTech != nil, declare: "`set \(facts.name).technology = low` (the technology level)") }

    var problems: [String] = []
    if !fit.unstructured.isEmpty {
      problems.append("large or infrastructure projects (\(Figure.list(fit.unstructured))) without a formal structure to carry them")
    }
    if fit.noLearning {
      problems.append("an informal, low-technology cluster with no training or learning: no continuous learning for skills upgrading")
    }
    b.evidence = [
      "structure: " + (structure ?? (fit.formal ? "formal institutions" : "not declared"))
        + (facts.type.map { " in " + article($0.title) + " cluster" } ?? ""),
      problems.isEmpty
        ? (big.isEmpty ? "no large or infrastructure project to carry"
          : "large projects (" + Figure.list(big.map(\.name)) + ")"
            + (carriers.isEmpty ? "" : " carried by " + Figure.list(Array(Set(carriers)).sorted()))
            + (unknownCarriers.isEmpty ? "" : "; no carrier declared for " + Figure.list(unknownCarriers)))
        : problems.joined(separator: "; "),
    ]
    if !learning.isEmpty, informal { b.evidence.append("learning: " + Figure.list(learning)) }
    b.indicators = ["structure_fit"]

    let status: InsightStatus =
      problems.count >= 2 ? .risk : problems.count == 1 ? .warning
      : learningUnknown || !unknownCarriers.isEmpty ? .notAssessed : .strength

    if !fit.unstructured.isEmpty {
      b.advise(Advice(
        "Give " + Figure.and(fit.unstructured) + " a formal carrier: a committee per project with its own reporting, or a special purpose vehicle.",
        step: .extend, because: "insight 7: large projects need formal structures",
        see: "TEA: 'a different committee for each' project (insight 7); NTADCL (insight 8)"))
    }
    if fit.noLearning {
      let lead = c.organizer
      b.advise(Advice(
        "Provide continuous learning for skills upgrading: basic business development services and training, "
          + (lead.map { "with \($0)" } ?? "through a support institution the cluster does not have yet") + ".",
        step: .conditions, because: "insight 7: no continuous learning",
        change: [c.newProject("SkillsUpgrading", .businessServices, lead: lead)],
        see: "the clothing cluster of Santa Cruz de la Sierra (insight 7)"))
    }

    let finding = b.finding(
      status,
      rule: "a warning for each misfit, a risk for two: large or infrastructure projects under way without a formal structure (the cluster's, or a formal, government or SPV lead); an informal, low-technology cluster with no learning. Not assessed when an informal cluster's technology level is not declared. No structure is needed otherwise",
      parameters: [.largeProjectCost],
      inputs: [
        TrailInput("type", facts.type?.rawValue ?? "not declared"), TrailInput("structure", structure ?? "not declared"),
        TrailInput("formal institutions", Figure.list(facts.institutions.filter(\.formal).map(\.name))),
        TrailInput("large or infrastructure projects under way", Figure.list(big.map(\.name))),
        TrailInput("learning (projects, training institutions)", Figure.list(learning)),
        TrailInput("low technology", lowTech.map { $0 ? "yes" : "no" } ?? "not declared"),
      ])
    let indicator = Indicator(
      id: "structure_fit", title: "structure fit", value: Double(problems.count),
      text: problems.isEmpty ? "the structure fits the type and the projects" : problems.joined(separator: "; "),
      unit: "misfits", trail: finding.trail)
    return (finding, [indicator], fit)
  }
}
