// The vocabulary of the language: entity kinds, their attributes, value types and enumerations.
//
// One table, read by the checker (what a declaration may say), by help (what to tell the user),
// by completion (what to offer after `kind:`) and by the canonical printer (attribute order).
// Words are the paper's: gears, catalyst, border-in, consortium, lead buyer.

/// The kinds of entity a cluster holds.
public enum EntityKind: String, CaseIterable, Sendable, Hashable, Comparable {
  case cluster, firm, cohort, institution, buyer, consortium, intervention, event, link, target

  /// The keyword that declares this kind (`firms` declares a cohort).
  public var keyword: String {
    switch self {
    case .cohort: return "firms"
    default: return rawValue
    }
  }

  /// What the kind is called in messages.
  public var noun: String {
    switch self {
    case .cohort: return "cohort of firms"
    default: return rawValue
    }
  }

  /// What several of the kind are called in messages.
  public var pluralNoun: String {
    switch self {
    case .cohort: return "cohorts of firms"
    case .consortium: return "consortia"
    default: return rawValue + "s"
    }
  }

  /// Actors are the entities links, consortia and interventions may name. An event is not one.
  public var isActor: Bool {
    switch self {
    case .firm, .cohort, .institution, .buyer, .consortium: return true
    default: return false
    }
  }

  /// Declaration order: the order the cases are listed in.
  public static func < (a: EntityKind, b: EntityKind) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}

/// A closed set of bare words, such as the gears or the cluster types.
public struct WordDomain: Sendable, Hashable {
  public let name: String
  public let values: [String]
  /// Other words for a value, the paper's and practitioners' (`inland_container_depot` for
  /// `logistics_terminal`), each mapped to the value it stands for. They are accepted where
  /// the value is and stored as the value (``Synonyms`` holds them all).
  public let synonyms: [String: String]
  /// The help topic that lists the values, for a domain too long to list in an error.
  public let topic: String?
  public init(_ name: String, _ values: [String], synonyms: [String: String] = [:], topic: String? = nil) {
    self.name = name
    self.values = values
    self.synonyms = synonyms
    self.topic = topic
  }
  public func contains(_ word: String) -> Bool { values.contains(word) }

  /// The value `word` stands for: the value itself, or the value of a synonym. Case, and `-`
  /// for `_`, do not matter (`ICD`, `border-in`, `SPV`).
  public func canonical(_ word: String) -> String? {
    if values.contains(word) { return word }
    let key = String(word.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    if values.contains(key) { return key }
    return synonyms[key]
  }
}

/// The type of an attribute's value.
public enum ValueType: Sendable, Hashable {
  case text
  case word(WordDomain)
  case words(WordDomain)
  /// Free bare words or strings, such as market names (`[EU, US]`).
  case labels
  case name(Set<EntityKind>)
  case names(Set<EntityKind>)
  case money
  case share
  case count
  case year
  case years
  case rate
  case bool
  case funding
  case effects
  /// A signed share, a change: `-30%`, `-0.3`, `+10%`, from −100% to +1000%.
  case change
  /// A year, or a span of years written `1995 to 2005` (a single year means that year only).
  case yearSpan
  /// A whole number of years, with or without the unit: `2`, `2 years`.
  case wholeYears

  /// How `help` describes the type.
  public var description: String {
    switch self {
    case .text: return "text"
    case .word(let d): return "one of: " + d.values.joined(separator: ", ")
    case .words(let d): return "a list of: " + d.values.joined(separator: ", ")
    case .labels: return "a list of words or strings"
    case .name(let k): return "the name of " + article(k.sorted().map(\.noun).joined(separator: " or "))
    case .names(let k): return "a list of names of " + k.sorted().map(\.pluralNoun).joined(separator: " or ")
    case .money: return "money (usd, kusd, musd, busd)"
    case .share: return "a share from 0 to 1, or a percentage"
    case .count: return "a whole number"
    case .year: return "a year"
    case .years: return "a duration in years"
    case .rate: return "output per month or per year (e.g. 50000 garments/month)"
    case .bool: return "true or false"
    case .funding: return "a map from funding source to money, e.g. { TEA: 3 musd }"
    case .effects: return "a map from metric to a number, e.g. { exports: 10 musd }"
    case .change: return "a signed share from -100% to +1000%, e.g. -30% or 0.1"
    case .yearSpan: return "a year, or a span of years such as 1995 to 2005"
    case .wholeYears: return "a whole number of years, e.g. 2"
    }
  }

  /// The word domain whose values may complete this type, if any.
  public var domain: WordDomain? {
    switch self {
    case .word(let d), .words(let d): return d
    case .bool: return WordDomain("bool", ["true", "false"])
    default: return nil
    }
  }
}

/// One attribute a kind of entity may carry.
public struct AttributeSpec: Sendable {
  public let name: String
  public let type: ValueType
  public let summary: String
  public init(_ name: String, _ type: ValueType, _ summary: String) {
    self.name = name
    self.type = type
    self.summary = summary
  }
}

public enum Schema {
  // MARK: word domains

  public static let clusterTypes = WordDomain(
    "cluster type", ClusterType.allCases.map(\.rawValue), synonyms: Synonyms.clusterTypes)
  public static let levels = WordDomain("level", ["none", "weak", "moderate", "strong"])
  public static let readiness = WordDomain("readiness", ["none", "low", "latent", "high"])
  public static let advantages = WordDomain("advantage", ["process", "product", "location", "cost"])
  public static let stages = WordDomain("life-cycle stage", Stage.allCases.map(\.rawValue))
  public static let structures = WordDomain("structure", ["none", "informal", "association", "formal"])
  public static let technology = WordDomain("technology", ["low", "medium", "high"])
  public static let drivers = WordDomain("driver", ["exports", "domestic", "technology", "employment"])
  public static let constraints = WordDomain("constraint", Constraint.allCases.map(\.rawValue))
  public static let firmRoles = WordDomain(
    "firm role", ["producer", "lead_producer", "exporter", "supplier", "jobber", "service", "agent"],
    synonyms: Synonyms.firmRoles)
  public static let firmSizes = WordDomain("firm size", ["micro", "small", "medium", "large"])
  public static let valueChainStages = WordDomain(
    "value-chain stage",
    [
      "design", "inputs", "spinning", "knitting", "weaving", "dyeing", "bleaching", "printing",
      "compacting", "mercerising", "sewing",
      "processing", "production", "assembly", "finishing", "packaging", "testing", "logistics",
      "marketing", "distribution", "retail", "services", "research", "software",
    ], topic: "firm")
  public static let certifications = WordDomain(
    "certification", ["iso9001", "iso14001", "sa8000", "haccp", "organic", "fair_trade"])
  public static let ictLevels = WordDomain("ICT use", ["none", "basic", "email", "web", "ecommerce", "erp"])
  public static let institutionKinds = WordDomain(
    "institution kind", InstitutionKind.allCases.map(\.rawValue), synonyms: Synonyms.institutionKinds)
  public static let governmentLevels = WordDomain("level", ["local", "state", "national", "international"])
  public static let sectors = WordDomain("sector", ["public", "private", "mixed"])
  public static let institutionRoles = WordDomain(
    "cluster role", ["catalyst", "leader", "manager", "facilitator", "broker", "financier"],
    synonyms: Synonyms.clusterRoles)
  public static let mandates = WordDomain("mandate", ["clear", "unclear", "overlapping"])
  public static let services = WordDomain(
    "service",
    [
      "information", "training", "finance", "logistics", "marketing", "testing", "certification",
      "research", "advocacy", "infrastructure", "mediation", "education", "technology",
    ])
  public static let buyerKinds = WordDomain(
    "buyer kind", ["retailer", "brand", "buying_house", "importer", "wholesaler", "processor", "multinational"],
    synonyms: Synonyms.buyerKinds)
  public static let origins = WordDomain("origin", ["foreign", "local"])
  public static let relationships = WordDomain("relationship", ["spot", "occasional", "long_term"])
  public static let buyerSupport = WordDomain(
    "buyer support", ["requirements", "quality", "logistics", "technical", "education", "finance", "traceability"])
  public static let consortiumActivities = WordDomain(
    "consortium activity",
    [
      "brochures", "marketing_office", "sales_agents", "website", "advertising", "warehouse",
      "exhibitions", "joint_sourcing", "large_orders",
    ])
  public static let gears = WordDomain("gear", Gear.allCases.map(\.rawValue))
  public static let complexities = WordDomain("complexity", Complexity.allCases.map(\.rawValue))
  public static let statuses = WordDomain("status", ["planned", "running", "done", "failed", "dropped"])
  public static let financingForms = WordDomain(
    "financing form",
    [
      "grant", "own_funds", "private", "ppp", "loan", "equity", "development_finance",
      "subsidy", "fiscal_incentive",
    ])
  public static let metrics = WordDomain("metric", Metric.declarable.map(\.rawValue))
  public static let effectMetrics = WordDomain("effect", Metric.effectable.map(\.rawValue))
  public static let linkKinds = WordDomain(
    "link kind", ["supplies", "customer", "cooperation", "member", "service", "buys", "partner"],
    synonyms: Synonyms.linkKinds)
  public static let linkModes = WordDomain("link mode", ["arm_length", "partnership"])
  public static let eventKinds = WordDomain(
    "event kind", EventKind.allCases.map(\.rawValue), synonyms: Synonyms.eventKinds)

  /// The interventions the paper names (`InterventionKind` holds each one's gear, complexity and
  /// stages).
  public static let interventionKinds: [InterventionKind] = InterventionKind.allCases

  public static let interventionKindDomain = WordDomain(
    "intervention kind", interventionKinds.map(\.rawValue), synonyms: Synonyms.interventionKinds,
    topic: "interventions")

  public static func interventionKind(_ name: String) -> InterventionKind? {
    InterventionKind(rawValue: name)
  }

  // MARK: attributes per kind

  static let actors: Set<EntityKind> = [.firm, .cohort, .institution, .buyer, .consortium]
  static let firmsOnly: Set<EntityKind> = [.firm, .cohort]
  /// What an event's `hits` may name.
  static let eventTargets: Set<EntityKind> = [.firm, .cohort, .buyer]

  private static let firmAttributes: [AttributeSpec] = [
    .init("role", .word(firmRoles), "what the firm does in the cluster"),
    .init("size", .word(firmSizes), "size class (micro, small, medium, large)"),
    .init("employees", .count, "employees per firm"),
    .init("capacity", .rate, "output capacity per firm, e.g. 50000 garments/month"),
    .init("exports", .money, "direct exports per firm per year"),
    .init("sales", .money, "total sales per firm per year"),
    .init("founded", .year, "year the firm was founded (or arrived in the cluster)"),
    .init("arrive", .yearSpan, "the years its firms arrive in the cluster, evenly: `1995 to 2005`, or one year"),
    .init("roles", .words(institutionRoles), "its roles in the initiative: a large firm may be the catalyst [insight 5]"),
    .init("stages", .words(valueChainStages), "value-chain stages the firm performs"),
    .init("product", .text, "what the firm makes"),
    .init("technology", .word(technology), "technology level relative to the industry"),
    .init("ict", .word(ictLevels), "use of ICT"),
    .init("certifications", .words(certifications), "certifications held"),
    .init("markets", .labels, "export markets"),
    .init("direct_export", .bool, "exports directly rather than through agents"),
    .init("foreign", .bool, "foreign-owned (FDI, a multinational)"),
    .init("informal", .bool, "works informally"),
    .init("notes", .text, "free notes"),
  ]

  /// The attributes of each kind, in the order the canonical printer writes them.
  public static func attributes(of kind: EntityKind) -> [AttributeSpec] {
    switch kind {
    case .cluster:
      return [
        .init("name", .text, "display name"),
        .init("region", .text, "where the cluster is"),
        .init("sector", .text, "what the cluster makes"),
        .init("type", .word(clusterTypes), "the type of cluster [insight 7]"),
        .init("year", .year, "the year this description holds for"),
        .init("exports", .money, "the cluster's direct exports per year"),
        .init("employment", .count, "direct employment in the cluster"),
        .init("demand", .word(levels), "international demand for the product [insight 2]"),
        .init("market_size", .money, "the world market for its products per year in its `year` (the simulation's market; default by type)"),
        .init("advantage", .words(advantages), "actual or potential competitive advantage [insight 2]"),
        .init("readiness", .word(readiness), "readiness of producers to cooperate [insight 2]"),
        .init("trust", .share, "trust among firms, 0 to 1 [insight 6]"),
        .init("stage", .word(stages), "life-cycle stage, if known"),
        .init("structure", .word(structures), "the organizational structure of the initiative [insight 7]"),
        .init("technology", .word(technology), "technology level relative to the industry"),
        .init("driver", .word(drivers), "what drives the cluster (Gulati)"),
        .init("infrastructure", .word(levels), "adequacy of infrastructure [insight 8]"),
        .init("constraints", .words(constraints), "the key constraints on growth (UNIDO table) [insight 5]"),
        .init("budget", .money, "the initiative's own budget per year (Green Book)"),
        .init("facilitator", .name(actors), "a strong and respected facilitator (Green Book)"),
        .init("framework", .bool, "a common framework with a vision shared by members (Green Book)"),
        .init("notes", .text, "free notes"),
      ]
    case .firm:
      return firmAttributes
    case .cohort:
      return [.init("count", .count, "number of firms in the cohort")] + firmAttributes
    case .institution:
      return [
        .init("kind", .word(institutionKinds), "what kind of institution"),
        .init("sector", .word(sectors), "public, private or mixed"),
        .init("level", .word(governmentLevels), "local, state, national or international"),
        .init("roles", .words(institutionRoles), "its roles in the cluster initiative [insight 3]"),
        .init("formal", .bool, "a formal structure (committees, statutes) [insight 7]"),
        .init("mandate", .word(mandates), "clarity of its mandate (Fayyaz) [insight 1]"),
        .init("respected", .bool, "respected by cluster members (Green Book)"),
        .init("services", .words(services), "services it provides to firms"),
        .init("budget", .money, "its budget for the cluster per year"),
        .init("founded", .year, "year founded"),
        .init("full_name", .text, "full name"),
        .init("notes", .text, "free notes"),
      ]
    case .buyer:
      return [
        .init("kind", .word(buyerKinds), "what kind of buyer"),
        .init("origin", .word(origins), "foreign, or local with global connections [insight 10]"),
        .init("market", .labels, "the markets it serves"),
        .init("lead", .bool, "a lead buyer with a long-term stake in the cluster [insight 10]"),
        .init("min_order", .money, "minimum order volume [insight 9]"),
        .init("relationship", .word(relationships), "spot, occasional or long-term"),
        .init("support", .words(buyerSupport), "what the buyer provides to suppliers [insight 10]"),
        .init("purchases", .money, "its purchases from the cluster per year"),
        .init("roles", .words(institutionRoles), "its roles in the initiative: a lead buyer may be the catalyst [insight 5]"),
        .init("founded", .year, "the year it began buying from the cluster"),
        .init("full_name", .text, "full name"),
        .init("notes", .text, "free notes"),
      ]
    case .consortium:
      return [
        .init("members", .names(firmsOnly), "the firms or cohorts it draws on"),
        .init("firms", .count, "how many firms it groups (needed when members are cohorts)"),
        .init("activities", .words(consortiumActivities), "what the members do jointly [insight 9]"),
        .init("markets", .labels, "markets it serves jointly"),
        .init("formed", .year, "year formed"),
        .init("notes", .text, "free notes"),
      ]
    case .intervention:
      return [
        .init("kind", .word(interventionKindDomain), "what kind of project (help interventions)"),
        .init("gear", .word(gears), "the gear of export strategy it turns [insight 4]"),
        .init("lead", .name(actors), "the actor that leads it"),
        .init("partners", .names(actors), "other actors taking part"),
        .init("funding", .funding, "money by source [insight 8]"),
        .init("financing", .word(financingForms), "the form of financing [insight 8]"),
        .init("cost", .money, "total cost, if more than the funding listed"),
        .init("start", .year, "the year it starts"),
        .init("duration", .years, "how long it runs"),
        .init("end", .year, "the year it ended or ends"),
        .init("complexity", .word(complexities), "simple (an early win) or complex [insight 5]"),
        .init("status", .word(statuses), "planned, running, done, failed or dropped"),
        .init("effects", .effects, "what it adds once it delivers, each through a stated channel: exports, capacity, infrastructure (money a year), firms, exporters, employment (counts), trust, value_retention (shares), e.g. { exports: 10 musd }"),
        .init("revenue", .money, "what it earns per year (user charges, tariffs) to repay its financiers [insight 8]"),
        .init("addresses", .words(constraints), "the declared constraints it addresses, when its kind does not say [insights 4, 8]"),
        .init("notes", .text, "free notes"),
      ]
    case .event:
      return [
        .init("kind", .word(eventKinds), "what happens; the kind says what `size` means"),
        .init("year", .year, "the year it strikes"),
        .init("size", .change, "how hard it strikes: a signed share, its sign and meaning set by the kind"),
        .init("duration", .wholeYears, "years it holds at full size (1 if not given)"),
        .init("recovery", .wholeYears, "years over which it then fades back to nothing (0 if not given)"),
        .init("lasting", .bool, "true: a permanent effect, which neither ends nor fades (no duration or recovery)"),
        .init("markets", .labels, "the buyer markets it hits (every market if not given)"),
        .init("hits", .names(eventTargets), "the firms, cohorts or buyers it hits (the whole cluster if not given)"),
        .init("notes", .text, "free notes"),
      ]
    case .link:
      return [
        .init("trust", .share, "trust on this linkage, 0 to 1 [insight 6]"),
        .init("density", .share, "for a cohort: the share of possible pairs that are linked"),
        .init("mode", .word(linkModes), "vertical links: arm's length or partnership [insight 1]"),
        .init("since", .year, "year the link began"),
        .init("notes", .text, "free notes"),
      ]
    case .target:
      return []
    }
  }

  public static func attribute(_ name: String, of kind: EntityKind) -> AttributeSpec? {
    attributes(of: kind).first { $0.name == name }
  }

  /// Which end a link of each kind names first, for the hint on a link written the other way
  /// round.
  public static func linkKindOrder(_ kind: String) -> String {
    switch kind {
    case "supplies": return "the supplier first"
    case "customer": return "the customer first"
    case "member": return "the member first"
    case "service": return "the institution first"
    case "buys": return "the buyer first"
    default: return "either end first"
    }
  }

  /// What each link kind means, for help and checks.
  public static func linkKindSummary(_ kind: String) -> String {
    switch kind {
    case "supplies": return "vertical: FROM supplies inputs or services to TO"
    case "customer": return "vertical: FROM is a customer of TO"
    case "cooperation": return "horizontal: firms cooperate (use -- for both ways)"
    case "member": return "FROM (firms, a consortium or an institution) is a member of an institution"
    case "service": return "an institution serves firms"
    case "buys": return "a buyer buys from firms (a link to global markets)"
    case "partner": return "institutions work together (public-private partnership)"
    default: return ""
    }
  }
}

/// The words the paper and practitioners use for kinds, roles and links, each with the value of
/// the vocabulary it stands for: the one place they are kept. A synonym is accepted wherever its
/// value is (a declaration, `set`, a `where` filter) and stored as that value, so `show`, `list`
/// and `save` write the value. Keys are lower-case with `_` between words: case and `-` do not
/// matter when a word is looked up (``WordDomain/canonical(_:)``).
public enum Synonyms {
  public static let interventionKinds: [String: String] = [
    // "the building of an inland container depot" (Tirupur): a border project.
    "inland_container_depot": "logistics_terminal", "icd": "logistics_terminal",
    "container_depot": "logistics_terminal", "container_freight_station": "logistics_terminal",
    "cfs": "logistics_terminal", "dry_port": "logistics_terminal", "freight_terminal": "logistics_terminal",
    "common_facility_centre": "manufacturing_complex", "common_facility_center": "manufacturing_complex",
    "common_facilities": "manufacturing_complex", "cfc": "manufacturing_complex",
    "trade_fairs": "trade_fair", "fair": "trade_fair", "fairs": "trade_fair", "trade_show": "trade_fair",
    "exhibition": "trade_fair", "exhibitions": "trade_fair",
    "trade_fair_centre": "trade_fair_complex", "exhibition_centre": "trade_fair_complex",
    "buyer_seller_meeting": "buyer_seller_meetings", "buyer_seller_meet": "buyer_seller_meetings",
    "reverse_buyer_seller_meet": "buyer_seller_meetings", "bsm": "buyer_seller_meetings",
    "export_consortia": "export_consortium", "consortium": "export_consortium",
    "networking": "networking_sessions", "networking_session": "networking_sessions",
    "awareness": "awareness_building", "awareness_programme": "awareness_building",
    "business_development_services": "business_services", "bds": "business_services",
    "training": "training_institute", "training_centre": "training_institute",
    "vocational_training": "training_institute",
    "design_centre": "design_institute", "fashion_institute": "design_institute",
    "industrial_estate": "industrial_park", "industrial_parks": "industrial_park",
    "industrial_zone": "industrial_park",
    "software_technology_park": "ict_infrastructure",
    "effluent_treatment_plant": "effluent_treatment", "etp": "effluent_treatment",
    "common_effluent_treatment_plant": "effluent_treatment", "cetp": "effluent_treatment",
    "water": "water_supply",
    "venture_funds": "venture_capital", "fdi": "fdi_attraction",
    "brand": "cluster_brand", "collective_brand": "cluster_brand",
    "market_intelligence": "market_information",
    "warehouse": "market_presence", "distribution_centre": "market_presence",
    "quality_program": "quality_programme", "quality_control": "quality_programme",
    "iso_certification": "certification",
    "social_compliance": "labour_standards", "labor_standards": "labour_standards",
    "mediation": "dispute_mediation",
    "export_subsidies": "export_subsidy", "tax_incentive": "fiscal_incentive",
    "tax_incentives": "fiscal_incentive", "fiscal_incentives": "fiscal_incentive",
  ]

  public static let institutionKinds: [String: String] = [
    "trade_association": "association", "industry_association": "association",
    "business_association": "association", "exporters_association": "association",
    "producers_association": "association",
    "chamber_of_commerce": "chamber", "chamber_of_industry": "chamber",
    "special_purpose_vehicle": "spv",
    "ministry": "government", "state_government": "government", "local_government": "government",
    "municipality": "government",
    "trade_promotion_organization": "agency", "trade_promotion_organisation": "agency", "tpo": "agency",
    "export_promotion_council": "agency", "development_agency": "agency",
    "training_institution": "training", "training_institute": "training", "training_centre": "training",
    "research_institute": "research", "research_centre": "research", "technology_centre": "research",
    "standards_body": "standards", "testing_laboratory": "standards", "testing_lab": "standards",
    "bank": "finance", "development_bank": "finance", "financial_institution": "finance",
    "donor_agency": "donor", "development_partner": "donor",
    "non_governmental_organization": "ngo", "non_governmental_organisation": "ngo",
    "bds_provider": "service", "service_provider": "service",
    "common_facility_centre": "service", "common_facility_center": "service", "cfc": "service",
    "cooperative_society": "cooperative", "producers_cooperative": "cooperative", "coop": "cooperative",
  ]

  /// The roles of actors in the cluster initiative [insight 3].
  public static let clusterRoles: [String: String] = [
    // The cluster development agent of UNIDO's method is the paper's facilitator.
    "cluster_development_agent": "facilitator", "cda": "facilitator", "cluster_facilitator": "facilitator",
    "external_facilitator": "facilitator", "cluster_development_executive": "facilitator",
    "network_broker": "broker", "cluster_broker": "broker", "intermediary": "broker",
    "funder": "financier", "sponsor": "financier",
    "cluster_manager": "manager", "coordinator": "manager",
    "champion": "leader", "cluster_champion": "leader",
  ]

  public static let firmRoles: [String: String] = [
    "manufacturer": "producer", "maker": "producer",
    "lead_firm": "lead_producer", "anchor_firm": "lead_producer",
    "merchant_exporter": "exporter",
    "input_supplier": "supplier", "vendor": "supplier",
    "subcontractor": "jobber", "job_worker": "jobber", "jobworker": "jobber",
    "service_provider": "service",
    "buying_agent": "agent", "sourcing_agent": "agent",
  ]

  public static let buyerKinds: [String: String] = [
    "buying_office": "buying_house", "sourcing_office": "buying_house",
    "retail_chain": "retailer", "department_store": "retailer", "chain_store": "retailer",
    "distributor": "wholesaler", "brand_owner": "brand",
    "mnc": "multinational", "transnational": "multinational", "tnc": "multinational",
  ]

  public static let linkKinds: [String: String] = [
    "supplier": "supplies", "supply": "supplies", "sells_to": "supplies",
    "membership": "member", "member_of": "member",
    "collaboration": "cooperation", "cooperates": "cooperation", "horizontal": "cooperation",
    "joint_action": "cooperation",
    "services": "service", "serves": "service", "support": "service",
    "purchases": "buys", "sources_from": "buys",
    "customer_of": "customer",
    "partnership": "partner", "ppp": "partner", "public_private_partnership": "partner",
  ]

  public static let clusterTypes: [String: String] = [
    "hightech": "high_tech", "high_technology": "high_tech",
    "agriculture": "agricultural", "agro": "agricultural", "agribusiness": "agricultural",
    "handicraft": "artisanal", "handicrafts": "artisanal", "craft": "artisanal", "crafts": "artisanal",
    "service": "services", "industrial": "manufacturing",
  ]

  public static let eventKinds: [String: String] = [
    "quota_end": "quota_phase_out", "end_of_quotas": "quota_phase_out", "mfa_phase_out": "quota_phase_out",
    "import_ban": "import_alert",
    "demand_crash": "demand_shock", "demand_fall": "demand_shock", "recession": "demand_shock",
    "cost_increase": "cost_shock", "exchange_rate_shock": "currency_shock",
    "court_ruling": "regulation", "ruling": "regulation",
  ]
}

/// "a firm role", "an intervention kind".
public func article(_ noun: String) -> String {
  guard let first = noun.first else { return noun }
  return ("aeiou".contains(first) ? "an " : "a ") + noun
}
