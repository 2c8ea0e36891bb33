// The model's parameters: one table, each with a default, a unit, a meaning and its source (the
// paper's passage, another named source, or "assumption" with the reason). Rules read parameters
// only through `ParameterKey`; the simulation's entries are in SimulationParameters.swift.

/// One parameter of the model.
public struct Parameter: Sendable {
  public let key: ParameterKey
  public let defaultValue: Double
  public let unit: String
  public let meaning: String
  /// The paper's passage, or "assumption: …" saying why the value was chosen.
  public let source: String
  /// The smallest and largest values `set param` accepts.
  public let range: ClosedRange<Double>

  /// The name users type: `trust_low`.
  public var name: String { key.rawValue }

  init(
    _ key: ParameterKey, defaultValue: Double, unit: String, meaning: String, source: String,
    range: ClosedRange<Double>
  ) {
    self.key = key
    self.defaultValue = defaultValue
    self.unit = unit
    self.meaning = meaning
    self.source = source
    self.range = range
  }
}

/// The values in force: the defaults, with the user's `set param` overrides.
public struct ParameterSet: Sendable, Equatable {
  public private(set) var overrides: [ParameterKey: Double] = [:]

  public init() {}

  public subscript(_ key: ParameterKey) -> Double {
    overrides[key] ?? Parameters.defaultValue(key)
  }

  /// The value of the parameter a user names; nil for a name that is not a parameter.
  public func value(named name: String) -> Double? {
    ParameterKey(rawValue: name).map { self[$0] }
  }

  /// Sets a parameter; the caller has checked the range with `Parameters.spec`.
  public mutating func set(_ key: ParameterKey, _ value: Double) {
    overrides[key] = Parameters.defaultValue(key) == value ? nil : value
  }

  /// Sets the parameter a user names; false (and nothing set) for a name that is not one.
  @discardableResult
  public mutating func set(named name: String, _ value: Double) -> Bool {
    guard let key = ParameterKey(rawValue: name) else { return false }
    set(key, value)
    return true
  }

  public func isOverridden(_ key: ParameterKey) -> Bool { overrides[key] != nil }
}

/// The name of every parameter: rules read parameters only through these keys, so a misspelt
/// name does not compile (`Parameters.all` holds one entry per key; a test checks both ways).
public enum ParameterKey: String, CaseIterable, Sendable {
  case smeMaxEmployees = "sme_max_employees"
  case productionBaseMinSmes = "production_base_min_smes"
  case largeFirmMinEmployees = "large_firm_min_employees"
  case trustLow = "trust_low"
  case trustHigh = "trust_high"
  case institutionReachMin = "institution_reach_min"
  case partnershipShareMin = "partnership_share_min"
  case buyerReachMin = "buyer_reach_min"
  case leverageBenchmark = "leverage_benchmark"
  case publicShareMax = "public_share_max"
  case largeProjectCost = "large_project_cost"
  case establishedMinFirms = "established_min_firms"
  case matureMinYears = "mature_min_years"
  case establishedMinYears = "established_min_years"
  case institutionsLimited = "institutions_limited"
  case institutionsImportant = "institutions_important"
  case institutionsVeryImportant = "institutions_very_important"
  case stateImportantShare = "state_important_share"
  case consortiaCoverMin = "consortia_cover_min"
  case jointPromotionReach = "joint_promotion_reach"
  case supportServiceWeight = "support_service_weight"
  case diamondWtoPenalty = "diamond_wto_penalty"
  case retentionDirectWeight = "retention_direct_weight"
  case networkExactLimit = "network_exact_limit"
  case networkSamples = "network_samples"
  case networkCohortDensity = "network_cohort_density"
  case networkSeed = "network_seed"
  case trustAssumed = "trust_assumed"
  case horizontalReachMin = "horizontal_reach_min"
  case paybackMaxYears = "payback_max_years"
  case wtoYear = "wto_year"
  case stageFitMin = "stage_fit_min"
  case borderlineBand = "borderline_band"
  case diamondLevelStrong = "diamond_level_strong"
  case diamondLevelModerate = "diamond_level_moderate"
  case diamondLevelWeak = "diamond_level_weak"
  case diamondSkillsFull = "diamond_skills_full"
  case diamondSupplierShareFull = "diamond_supplier_share_full"
  case diamondVerticalLinksFull = "diamond_vertical_links_full"
  case diamondPublicProjectsFull = "diamond_public_projects_full"
  case diamondNoPublicFactor = "diamond_no_public_factor"
  case marketSizeManufacturing = "market_size_manufacturing"
  case marketSizeHighTech = "market_size_high_tech"
  case marketSizeAgricultural = "market_size_agricultural"
  case marketSizeArtisanal = "market_size_artisanal"
  case marketSizeServices = "market_size_services"
  case marketSizeOther = "market_size_other"
  case marketGrowthManufacturing = "market_growth_manufacturing"
  case marketGrowthHighTech = "market_growth_high_tech"
  case marketGrowthAgricultural = "market_growth_agricultural"
  case marketGrowthOther = "market_growth_other"
  case marketGrowthLongRun = "market_growth_long_run"
  case marketMaturing = "market_maturing"
  case demandModerateFactor = "demand_moderate_factor"
  case demandWeakFactor = "demand_weak_factor"
  case marketShareMax = "market_share_max"
  case shareGain = "share_gain"
  case positionAdjustment = "position_adjustment"
  case demandShockSd = "demand_shock_sd"
  case runCompetitivenessSd = "run_competitiveness_sd"
  case unmetDemandKept = "unmet_demand_kept"
  case congestionCost = "congestion_cost"
  case labourPoolMultiple = "labour_pool_multiple"
  case labourPoolMin = "labour_pool_min"
  case labourPoolGrowth = "labour_pool_growth"
  case migrationResponse = "migration_response"
  case firmSizeMax = "firm_size_max"
  case imitationErosion = "imitation_erosion"
  case assetGain = "asset_gain"
  case renewalMarketGain = "renewal_market_gain"
  case stagePersistence = "stage_persistence"
  case utilization
  case firmGrowthMax = "firm_growth_max"
  case entryFill = "entry_fill"
  case exitRate = "exit_rate"
  case idleTolerated = "idle_tolerated"
  case labourElasticity = "labour_elasticity"
  case employeesAssumed = "employees_assumed"
  case exportsPerFirmAssumed = "exports_per_firm_assumed"
  case exporterConversion = "exporter_conversion"
  case exporterChannelsFull = "exporter_channels_full"
  case largeFirmCapacity = "large_firm_capacity"
  case educationEntry = "education_entry"
  case infrastructureHeadroomWeak = "infrastructure_headroom_weak"
  case infrastructureHeadroomModerate = "infrastructure_headroom_moderate"
  case infrastructureHeadroomStrong = "infrastructure_headroom_strong"
  case infrastructurePerUsd = "infrastructure_per_usd"
  case infrastructureIntensityHighTech = "infrastructure_intensity_high_tech"
  case infrastructureIntensityServices = "infrastructure_intensity_services"
  case infrastructureResponse = "infrastructure_response"
  case selfProvisionShare = "self_provision_share"
  case infrastructureGrowth = "infrastructure_growth"
  case effectMarket = "effect_market"
  case effectCapacity = "effect_capacity"
  case effectInfrastructure = "effect_infrastructure"
  case effectTrust = "effect_trust"
  case effectEntry = "effect_entry"
  case effectValue = "effect_value"
  case simpleProjectWeight = "simple_project_weight"
  case simpleProjectYears = "simple_project_years"
  case unmanagedDelivery = "unmanaged_delivery"
  case referenceCostSimple = "reference_cost_simple"
  case referenceCostComplex = "reference_cost_complex"
  case fundingElasticity = "funding_elasticity"
  case fundingScaleMax = "funding_scale_max"
  case fundingScaleMin = "funding_scale_min"
  case subsidyAdvantage = "subsidy_advantage"
  case countervailRisk = "countervail_risk"
  case countervailLoss = "countervail_loss"
  case priceElasticity = "price_elasticity"
  case scarringEmbryonic = "scarring_embryonic"
  case scarringRooted = "scarring_rooted"
  case eventRate = "event_rate"
  case eventSize = "event_size"
  case eventRecovery = "event_recovery"
  case maturityGrowth = "maturity_growth"
  case declineThreshold = "decline_threshold"
  case projectLagComplex = "project_lag_complex"
  case projectRampComplex = "project_ramp_complex"
  case trustGainSuccess = "trust_gain_success"
  case trustLossFailure = "trust_loss_failure"
  case failureScale = "failure_scale"
  case complexFailureBase = "complex_failure_base"
  case socialCapitalTrustWeight = "social_capital_trust_weight"
  case missingPrerequisiteDrag = "missing_prerequisite_drag"
  case advantageGain = "advantage_gain"
  case leadBuyerGain = "lead_buyer_gain"
  case sensitivityStep = "sensitivity_step"
  case tookOffMultiple = "took_off_multiple"
  case failedMultiple = "failed_multiple"
  case channelTradeFairMarket = "channel_trade_fair_market"
  case channelTradeFairTrust = "channel_trade_fair_trust"
  case channelBuyerSellerMeetingsMarket = "channel_buyer_seller_meetings_market"
  case channelBuyerSellerMeetingsTrust = "channel_buyer_seller_meetings_trust"
  case channelJointMarketingMarket = "channel_joint_marketing_market"
  case channelJointMarketingTrust = "channel_joint_marketing_trust"
  case channelExportConsortiumMarket = "channel_export_consortium_market"
  case channelExportConsortiumTrust = "channel_export_consortium_trust"
  case channelTradeFairComplexMarket = "channel_trade_fair_complex_market"
  case channelTradeFairComplexInfrastructure = "channel_trade_fair_complex_infrastructure"
  case channelClusterBrandMarket = "channel_cluster_brand_market"
  case channelClusterBrandValue = "channel_cluster_brand_value"
  case channelMarketPresenceMarket = "channel_market_presence_market"
  case channelMarketPresenceValue = "channel_market_presence_value"
  case channelMarketInformationMarket = "channel_market_information_market"
  case channelLogisticsTerminalInfrastructure = "channel_logistics_terminal_infrastructure"
  case channelLogisticsTerminalMarket = "channel_logistics_terminal_market"
  case channelTransportInfrastructure = "channel_transport_infrastructure"
  case channelCustomsFacilitationMarket = "channel_customs_facilitation_market"
  case channelRegulationStreamliningMarket = "channel_regulation_streamlining_market"
  case channelNetworkingSessionsTrust = "channel_networking_sessions_trust"
  case channelAwarenessBuildingTrust = "channel_awareness_building_trust"
  case channelAwarenessBuildingCapacity = "channel_awareness_building_capacity"
  case channelBusinessServicesTrust = "channel_business_services_trust"
  case channelBusinessServicesCapacity = "channel_business_services_capacity"
  case channelTrainingInstituteCapacity = "channel_training_institute_capacity"
  case channelTrainingInstituteEntry = "channel_training_institute_entry"
  case channelDesignInstituteCapacity = "channel_design_institute_capacity"
  case channelDesignInstituteValue = "channel_design_institute_value"
  case channelIndustrialParkCapacity = "channel_industrial_park_capacity"
  case channelIndustrialParkInfrastructure = "channel_industrial_park_infrastructure"
  case channelIndustrialParkEntry = "channel_industrial_park_entry"
  case channelManufacturingComplexCapacity = "channel_manufacturing_complex_capacity"
  case channelCapacityInvestmentCapacity = "channel_capacity_investment_capacity"
  case channelTechnologyTransferCapacity = "channel_technology_transfer_capacity"
  case channelTechnologyTransferValue = "channel_technology_transfer_value"
  case channelIctAdoptionCapacity = "channel_ict_adoption_capacity"
  case channelIctAdoptionMarket = "channel_ict_adoption_market"
  case channelCertificationMarket = "channel_certification_market"
  case channelCertificationValue = "channel_certification_value"
  case channelQualityProgrammeMarket = "channel_quality_programme_market"
  case channelQualityProgrammeValue = "channel_quality_programme_value"
  case channelUniversityResearchCapacity = "channel_university_research_capacity"
  case channelUniversityResearchEntry = "channel_university_research_entry"
  case channelIctInfrastructureInfrastructure = "channel_ict_infrastructure_infrastructure"
  case channelIctInfrastructureCapacity = "channel_ict_infrastructure_capacity"
  case channelFdiAttractionEntry = "channel_fdi_attraction_entry"
  case channelFdiAttractionCapacity = "channel_fdi_attraction_capacity"
  case channelVentureCapitalEntry = "channel_venture_capital_entry"
  case channelWaterSupplyInfrastructure = "channel_water_supply_infrastructure"
  case channelEffluentTreatmentInfrastructure = "channel_effluent_treatment_infrastructure"
  case channelLabourStandardsMarket = "channel_labour_standards_market"
  case channelLabourStandardsTrust = "channel_labour_standards_trust"
  case channelDisputeMediationTrust = "channel_dispute_mediation_trust"
  case channelWomenEmploymentCapacity = "channel_women_employment_capacity"
  case channelRegionalDevelopmentCapacity = "channel_regional_development_capacity"
  case channelExportSubsidyPrice = "channel_export_subsidy_price"
  case channelFiscalIncentivePrice = "channel_fiscal_incentive_price"
}

public enum Parameters {
  /// Every parameter: the evaluation's, then the simulation's.
  public static let all: [Parameter] = evaluation + simulation

  static let evaluation: [Parameter] = [
    // prerequisites [insight 2]
    .init(
      .smeMaxEmployees, defaultValue: 250, unit: "employees",
      meaning: "a firm with at most this many employees counts as an SME",
      source: "assumption: the common SME ceiling; the paper speaks of 'SMEs' without a size", range: 1...100_000),
    .init(
      .productionBaseMinSmes, defaultValue: 10, unit: "firms",
      meaning: "SMEs needed for a 'confirmed production capacity … based on SMEs'",
      source: "insight 2: 'Confirmed production capacity within the target geographic area based on SMEs'; the number is an assumption",
      range: 1...1_000_000),
    .init(
      .largeFirmMinEmployees, defaultValue: 250, unit: "employees",
      meaning: "a firm with at least this many employees is a large firm (a possible lead producer)",
      source: "insight 2: 'possibly one or more larger, prospective lead producers'; the number is an assumption",
      range: 1...1_000_000),
    // trust [insight 6]
    .init(
      .trustLow, defaultValue: 0.3, unit: "share",
      meaning: "below this, trust is too low for complex joint projects",
      source: "insight 6: 'there will be very limited success without … trust'; the level is an assumption",
      range: 0...1),
    .init(
      .trustHigh, defaultValue: 0.6, unit: "share",
      meaning: "at or above this, trust is a strength ('There is no trade secret. We help each other.')",
      source: "insight 6, G. Karthikeyan (TEA); the level is an assumption", range: 0...1),
    .init(
      .trustAssumed, defaultValue: 0.5, unit: "share",
      meaning: "the trust a link is weighted by when neither it nor the cluster declares any (never used for a verdict on trust itself, which is then 'not assessed')",
      source: "assumption: the middle of the scale, so an undeclared trust neither helps nor hurts a weighted reach much",
      range: 0...1),
    // between the boxes [insight 1]
    .init(
      .horizontalReachMin, defaultValue: 0.3, unit: "share of firms",
      meaning: "share of firms with at least one trusted tie to another firm for horizontal linkages to count as a strength",
      source: "insight 1: 'At the centre is the collaboration between firms'; level assumed", range: 0...1),
    .init(
      .institutionReachMin, defaultValue: 0.5, unit: "share of firms",
      meaning: "share of firms linked to an institution for firm–institution linkages to count as established",
      source: "insight 1: 'horizontal linkages must be established between firms and other participants'; level assumed",
      range: 0...1),
    .init(
      .partnershipShareMin, defaultValue: 0.3, unit: "share of vertical links",
      meaning: "share of vertical links that are partnerships (not arm's length) for a strength",
      source: "insight 1: vertical linkages 'can be arm's length or … a true partnership'; level assumed", range: 0...1),
    // global markets [insight 10]
    .init(
      .buyerReachMin, defaultValue: 0.3, unit: "share of firms",
      meaning: "share of firms exposed to global markets (weighted) for the cluster to count as linked to them",
      source: "insight 10: 'Successful clusters are linked to global markets'; level assumed", range: 0...1),
    // financing [insight 8]
    .init(
      .leverageBenchmark, defaultValue: 10, unit: "×",
      meaning: "public money levered this many times is the paper's benchmark (NTADCL: 250 ÷ 25)",
      source: "insight 8: 'the approach successfully leveraged budgetary resources by a factor of 10'", range: 1...1000),
    .init(
      .publicShareMax, defaultValue: 0.8, unit: "share of cost",
      meaning: "above this public share of its cost, an infrastructure project leans on public funds alone",
      source: "insight 8: 'There is more to infrastructure financing than public sector funds'; level assumed",
      range: 0...1),
    .init(
      .largeProjectCost, defaultValue: 10_000_000, unit: "usd",
      meaning: "a project costing at least this is a significant financial undertaking",
      source: "insight 7: formal structures come 'when a cluster becomes involved in infrastructure development or … a significant financial component'; amount assumed",
      range: 0...1e12),
    .init(
      .paybackMaxYears, defaultValue: 30, unit: "years",
      meaning: "the longest a project financed on its revenue may take to repay its private financiers",
      source: "insight 8: NTADCL's consortium was to 'construct, operate and maintain the facilities for a period of 30 years'",
      range: 1...200),
    .init(
      .wtoYear, defaultValue: 1995, unit: "year",
      meaning: "the year from which export subsidies count as incompatible with WTO rules",
      source: "outside the paper: the WTO Agreement on Subsidies and Countervailing Measures came into force on 1 January 1995; the paper: 'a practice that is no longer acceptable under WTO rules'",
      range: 1900...2100),
    // life cycle [insight 2]
    .init(
      .establishedMinFirms, defaultValue: 100, unit: "firms",
      meaning: "firms needed before a cluster can be called established",
      source: "assumption: the paper gives no number; Tirupur had ~50 exporters and hundreds of makers in 1990",
      range: 1...1_000_000),
    .init(
      .matureMinYears, defaultValue: 15, unit: "years",
      meaning: "years of organized initiative after which a cluster risks maturity",
      source: "assumption: Tirupur 1990 → 2005 ('Once a cluster reaches maturity, it runs the risk of stagnating')",
      range: 1...200),
    .init(
      .establishedMinYears, defaultValue: 5, unit: "years",
      meaning: "years of organized initiative after which an embryonic cluster can be established",
      source: "assumption: the paper gives no duration", range: 0...200),
    // mix and timing [insight 5]
    .init(
      .stageFitMin, defaultValue: 0.5, unit: "share of projects",
      meaning: "share of the projects that fit the stage the cluster was in when they started, for a strength",
      source: "insight 2: interventions 'should differ depending on its position in the cycle'; insight 5: 'the timing of their application'; level assumed",
      range: 0...1),
    // local institutions, for the UNIDO table [insight 5]
    .init(
      .institutionsLimited, defaultValue: 1, unit: "score",
      meaning: "local support score from which local institutions play a limited role",
      source: "insight 5, UNIDO table row 'Role of local support institutions'; levels assumed", range: 0...1000),
    .init(
      .institutionsImportant, defaultValue: 3, unit: "score",
      meaning: "local support score from which local institutions play an important role",
      source: "insight 5, UNIDO table; level assumed", range: 0...1000),
    .init(
      .institutionsVeryImportant, defaultValue: 6, unit: "score",
      meaning: "local support score from which local institutions play a very important role",
      source: "insight 5, UNIDO table; level assumed", range: 0...1000),
    .init(
      .stateImportantShare, defaultValue: 0.3, unit: "share",
      meaning: "public share of funding, or of interventions led, from which the State's role is important",
      source: "insight 5, UNIDO table row 'Role of the State'; level assumed", range: 0...1),
    .init(
      .supportServiceWeight, defaultValue: 0.5, unit: "score per service",
      meaning: "what each service adds to a local support institution's score (which counts 1 on its own)",
      source: "insight 5, UNIDO table row 'Role of local support institutions'; weight assumed", range: 0...10),
    // SMEs' obstacles [insight 9]
    .init(
      .consortiaCoverMin, defaultValue: 0.5, unit: "share",
      meaning: "share of the SMEs (of those below buyers' volumes, when known) that joint export promotion must reach for a strength",
      source: "insight 9: 56 SMEs in 9 consortia in the Bangalore machine-tool cluster; level assumed", range: 0...1),
    .init(
      .jointPromotionReach, defaultValue: 0.5, unit: "share of firms",
      meaning: "share of the firms linked to its organizers that one joint fair, meeting or marketing programme reaches (k of them reach 1 − (1 − share)^k)",
      source: "assumption: not every member takes part; Ludhiana's CEO visits reached all ('Each cluster member was visited by a minimum of 10 buyers')",
      range: 0...1),
    // Porter's diamond (Part 1)
    .init(
      .diamondWtoPenalty, defaultValue: 0.2, unit: "score",
      meaning: "what each running WTO-incompatible instrument takes off the diamond's government corner",
      source: "Part 1: 'WTO rules now require the elimination of fiscal incentives'; level assumed", range: 0...1),
    .init(
      .diamondLevelStrong, defaultValue: 1, unit: "score",
      meaning: "a declared level of strong (or high) as a diamond input",
      source: "assumption: the top of the 0–1 scale", range: 0...1),
    .init(
      .diamondLevelModerate, defaultValue: 0.6, unit: "score",
      meaning: "a declared level of moderate (medium, latent) as a diamond input",
      source: "assumption: above the middle of the scale", range: 0...1),
    .init(
      .diamondLevelWeak, defaultValue: 0.3, unit: "score",
      meaning: "a declared level of weak (low) as a diamond input (none: 0)",
      source: "assumption: below the middle of the scale", range: 0...1),
    .init(
      .diamondSkillsFull, defaultValue: 3, unit: "institutions",
      meaning: "universities, training and research institutions that give the factor corner its full skills score",
      source: "insight 2, Bangalore: 'The renowned Indian Institute of Science … the Indian Institute of Management and Bangalore University'; number assumed",
      range: 1...1000),
    .init(
      .diamondSupplierShareFull, defaultValue: 0.25, unit: "share of firms",
      meaning: "share of the cluster's firms that are suppliers, jobbers or service firms for a full related-industries score",
      source: "Part 1: 'a parallel expansion within supply and service industries'; level assumed", range: 0.01...1),
    .init(
      .diamondVerticalLinksFull, defaultValue: 4, unit: "links",
      meaning: "vertical links for a full score of linkages to suppliers",
      source: "insight 1: linkages 'between a firm, its suppliers and its customers'; number assumed", range: 1...1000),
    .init(
      .diamondPublicProjectsFull, defaultValue: 3, unit: "projects",
      meaning: "projects with a government partner for a full government score",
      source: "insight 3: the government's potential contributions; number assumed", range: 1...1000),
    .init(
      .diamondNoPublicFactor, defaultValue: 0.5, unit: "×",
      meaning: "what the government corner keeps when no government institution is declared at all",
      source: "assumption: public partners in projects count for less without a government actor in the case", range: 0...1),
    // value chain (Part 1)
    .init(
      .retentionDirectWeight, defaultValue: 0.5, unit: "weight",
      meaning: "weight of direct export in the value-retention index (the rest: downstream stages in the cluster)",
      source: "Part 1: 'Direct export, rather than through agents, became standard practice'; weight assumed",
      range: 0...1),
    // honest figures
    .init(
      .borderlineBand, defaultValue: 0.1, unit: "share of the threshold",
      meaning: "a figure within this share of a verdict's threshold makes the verdict borderline",
      source: "assumption: the inputs behind most figures are assumed to within about a tenth", range: 0...1),
    // network
    .init(
      .networkExactLimit, defaultValue: 2000, unit: "nodes",
      meaning: "graphs up to this size get exact betweenness; larger ones are sampled",
      source: "assumption: keeps `evaluate` under a second", range: 10...1_000_000),
    .init(
      .networkSamples, defaultValue: 64, unit: "nodes",
      meaning: "source nodes sampled for betweenness on large graphs",
      source: "assumption: the error stated with each sampled result (`network`) shrinks as 1/√samples", range: 4...100_000),
    .init(
      .networkCohortDensity, defaultValue: 0.01, unit: "share of pairs",
      meaning: "density inside a cohort whose cooperation link gives none",
      source: "assumption", range: 0...1),
    .init(
      .networkSeed, defaultValue: 2005, unit: "seed",
      meaning: "seed of the deterministic expansion of cohorts into firms",
      source: "assumption: any value; the same seed gives the same graph", range: 0...1e15),
  ]

  /// The parameter a user names, or nil.
  public static func spec(_ name: String) -> Parameter? {
    ParameterKey(rawValue: name).flatMap { byKey[$0] }
  }

  public static func spec(_ key: ParameterKey) -> Parameter? { byKey[key] }

  /// The parameters of the simulation (what `sensitivity` varies).
  public static let simulationNames: Set<String> = Set(simulation.map(\.name))

  static let byKey: [ParameterKey: Parameter] = Dictionary(all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

  /// A key's default. Every key has an entry in the table (ParameterTests checks it); a key
  /// without one would read as NaN, which no rule passes silently.
  static func defaultValue(_ key: ParameterKey) -> Double { byKey[key]?.defaultValue ?? .nan }
}
