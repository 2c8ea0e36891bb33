// The paper's vocabulary as types: the four gears, the life-cycle stages, the kinds of institution
// and intervention, and the metrics. Each kind declares its properties here, once; the schema's
// word lists, help and the model read them from here.

/// A gear of export strategy [insight 4].
public enum Gear: String, CaseIterable, Sendable, Comparable {
  case borderIn = "border_in"
  case border
  case borderOut = "border_out"
  case development

  /// How the paper writes it: "border-in".
  public var title: String { rawValue.replacingOccurrences(of: "_", with: "-") }

  /// The border and development gears turn only with a working public–private partnership
  /// (insight 4: "the public-private partnership must be fully operational if this gear of
  /// strategy is to turn smoothly"; "As in the case of the 'border' gear … the development gear").
  public var needsPartnership: Bool { self == .border || self == .development }

  public static func < (a: Gear, b: Gear) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}

/// A stage of the cluster life cycle [insight 2: "Clusters are dynamic and have a recognizable
/// life cycle"].
public enum Stage: String, CaseIterable, Sendable, Comparable {
  case embryonic, established, mature, declining

  public static func < (a: Stage, b: Stage) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}

/// Simple projects make early wins; complex ones need trust and a formal structure [insight 5;
/// Part 3, step 3].
public enum Complexity: String, CaseIterable, Sendable {
  case simple, complex
}

/// The type of a cluster [insight 7: "high tech, manufacturing, agricultural, artisanal"].
public enum ClusterType: String, CaseIterable, Sendable {
  case manufacturing
  case highTech = "high_tech"
  case agricultural, artisanal, services

  /// Agricultural and artisanal clusters are "developmentally" oriented at first: they "normally
  /// require fundamental interventions that target, at least initially, the institutional and
  /// learning aspects" [insight 2].
  public var isDevelopmental: Bool { self == .agricultural || self == .artisanal }

  /// "high-tech"
  public var title: String { rawValue.replacingOccurrences(of: "_", with: "-") }
}

/// What kind of institution an actor is. Associations, chambers and producers' cooperatives are
/// all organizations of firms; donors and international agencies are not the State.
public enum InstitutionKind: String, CaseIterable, Sendable {
  case association, government, agency, university, training, research, standards, finance, spv, donor, ngo, chamber
  case service, cooperative

  /// An organization of the cluster's firms: what the paper's "cluster-based trade associations"
  /// and "formal or informal associations" may be [insight 3].
  public var organizesFirms: Bool { self == .association || self == .chamber || self == .cooperative }

  /// Institutions that produce skills: "educational institutions capable of producing a stream
  /// of engineers, technicians and scientists" [insight 2, Rosenberg].
  public var producesSkills: Bool { self == .university || self == .training || self == .research }

  /// A development partner from outside the country's government (UNIDO, a development bank).
  public var isDonor: Bool { self == .donor }
}

/// The kinds of intervention the paper names, each with its gear, complexity, whether it builds
/// infrastructure, and the life-cycle stages it fits.
public enum InterventionKind: String, CaseIterable, Sendable {
  // border-out [insight 4, insight 9]
  case tradeFair = "trade_fair"
  case tradeFairComplex = "trade_fair_complex"
  case buyerSellerMeetings = "buyer_seller_meetings"
  case jointMarketing = "joint_marketing"
  case exportConsortium = "export_consortium"
  case clusterBrand = "cluster_brand"
  case marketPresence = "market_presence"
  case marketInformation = "market_information"
  // border
  case logisticsTerminal = "logistics_terminal"
  case customsFacilitation = "customs_facilitation"
  case regulationStreamlining = "regulation_streamlining"
  case transport
  // border-in
  case networkingSessions = "networking_sessions"
  case awarenessBuilding = "awareness_building"
  case trainingInstitute = "training_institute"
  case designInstitute = "design_institute"
  case industrialPark = "industrial_park"
  case manufacturingComplex = "manufacturing_complex"
  case technologyTransfer = "technology_transfer"
  case ictAdoption = "ict_adoption"
  case certification
  case universityResearch = "university_research"
  case capacityInvestment = "capacity_investment"
  case fdiAttraction = "fdi_attraction"
  case ventureCapital = "venture_capital"
  case businessServices = "business_services"
  case qualityProgramme = "quality_programme"
  case ictInfrastructure = "ict_infrastructure"
  // development
  case waterSupply = "water_supply"
  case effluentTreatment = "effluent_treatment"
  case labourStandards = "labour_standards"
  case disputeMediation = "dispute_mediation"
  case womenEmployment = "women_employment"
  case regionalDevelopment = "regional_development"
  // financial instruments that WTO rules no longer allow
  case exportSubsidy = "export_subsidy"
  case fiscalIncentive = "fiscal_incentive"

  /// The gear it turns unless the intervention declares another.
  public var gear: Gear {
    switch self {
    case .tradeFair, .tradeFairComplex, .buyerSellerMeetings, .jointMarketing, .exportConsortium, .clusterBrand,
      .marketPresence, .marketInformation:
      return .borderOut
    case .logisticsTerminal, .customsFacilitation, .regulationStreamlining, .transport, .exportSubsidy, .fiscalIncentive:
      return .border
    case .networkingSessions, .awarenessBuilding, .trainingInstitute, .designInstitute, .industrialPark,
      .manufacturingComplex, .technologyTransfer, .ictAdoption, .certification, .universityResearch,
      .capacityInvestment, .fdiAttraction, .ventureCapital, .businessServices, .qualityProgramme, .ictInfrastructure:
      return .borderIn
    case .waterSupply, .effluentTreatment, .labourStandards, .disputeMediation, .womenEmployment, .regionalDevelopment:
      return .development
    }
  }

  public var complexity: Complexity {
    switch self {
    case .tradeFair, .buyerSellerMeetings, .jointMarketing, .exportConsortium, .marketInformation,
      .customsFacilitation, .regulationStreamlining, .networkingSessions, .awarenessBuilding, .ictAdoption,
      .certification, .businessServices, .qualityProgramme, .labourStandards, .disputeMediation, .womenEmployment,
      .exportSubsidy, .fiscalIncentive:
      return .simple
    default:
      return .complex
    }
  }

  /// Shared physical or network infrastructure: what insight 8's financing is about ("the
  /// absence of adequate infrastructure … represents the single greatest constraint").
  public var isInfrastructure: Bool {
    switch self {
    case .logisticsTerminal, .transport, .waterSupply, .effluentTreatment, .industrialPark, .ictInfrastructure,
      .manufacturingComplex, .tradeFairComplex:
      return true
    default:
      return false
    }
  }

  /// A change of rules (deregulation, customs procedures): simple to make, and it lasts until
  /// reversed, unlike a fair or a meeting, which is an event [Part 1: TEA's "original objective"
  /// was the removal of restrictions].
  public var isReform: Bool {
    switch self {
    case .regulationStreamlining, .customsFacilitation: return true
    default: return false
    }
  }

  /// Export subsidies and fiscal incentives: "a practice that is no longer acceptable under WTO
  /// rules" (Part 1).
  public var isWTOIncompatible: Bool { self == .exportSubsidy || self == .fiscalIncentive }

  /// A government's instrument granted to firms one by one (a tax break, an export subsidy), not
  /// an initiative the cluster's members take together: it builds no trust among them, so it is
  /// no "early win" (Part 3, step 3: simple initiatives' "primary role is achieve 'early wins'
  /// and build trust among the members").
  public var isInstrument: Bool { self == .exportSubsidy || self == .fiscalIncentive }

  /// Builds the trust and horizontal relationships the paper puts first (insight 6; Part 3, step 2).
  public var buildsTrust: Bool {
    self == .networkingSessions || self == .awarenessBuilding || self == .disputeMediation
  }

  /// The "institutional and learning aspects" and continuous learning for skills upgrading
  /// (insight 2; insight 7, Santa Cruz).
  public var buildsLearning: Bool {
    switch self {
    case .awarenessBuilding, .businessServices, .trainingInstitute, .designInstitute, .technologyTransfer,
      .ictAdoption, .certification, .qualityProgramme, .universityResearch, .networkingSessions:
      return true
    default:
      return false
    }
  }

  /// Joint action that overcomes SMEs' obstacles to export promotion: consortia, buyer–seller
  /// meetings, joint marketing and fairs [insight 9].
  public var isJointExportPromotion: Bool {
    switch self {
    case .tradeFair, .tradeFairComplex, .buyerSellerMeetings, .jointMarketing, .exportConsortium, .marketInformation:
      return true
    default:
      return false
    }
  }

  /// A move of renewal for a mature cluster: "product diversification, market repositioning
  /// and/or technology acquisition" [insight 2].
  public var renews: Bool {
    switch self {
    case .technologyTransfer, .universityResearch, .designInstitute, .clusterBrand, .marketPresence, .fdiAttraction,
      .ventureCapital:
      return true
    default:
      return false
    }
  }

  /// The stages whose moves it belongs to. The paper: an embryonic cluster needs "a catalyst – the
  /// opening of an industrial park, or the building of specific needed infrastructure" and first
  /// "simple initiatives" (Part 3, step 3); established clusters take on "more ambitious actions"
  /// under "a formal structure"; a mature cluster renews itself "through product diversification,
  /// market repositioning and/or technology acquisition" and keeps "coordinating an ever-growing
  /// number [of] complex infrastructure projects" (Part 3, step 4).
  public var stages: Set<Stage> {
    switch self {
    case .tradeFair, .buyerSellerMeetings, .jointMarketing, .exportConsortium, .marketInformation, .customsFacilitation,
      .regulationStreamlining, .networkingSessions, .trainingInstitute, .ictAdoption, .certification,
      .qualityProgramme, .labourStandards, .disputeMediation, .womenEmployment, .regionalDevelopment, .fdiAttraction,
      .ventureCapital:
      return Set(Stage.allCases)
    case .awarenessBuilding, .businessServices, .exportSubsidy, .fiscalIncentive:
      return [.embryonic, .established]
    case .industrialPark, .logisticsTerminal, .transport, .ictInfrastructure, .capacityInvestment:
      return [.embryonic, .established, .mature]
    case .tradeFairComplex, .manufacturingComplex, .waterSupply, .effluentTreatment:
      return [.established, .mature]
    case .clusterBrand, .marketPresence, .designInstitute, .technologyTransfer, .universityResearch:
      return [.established, .mature, .declining]
    }
  }

  /// Whether it fits a cluster at `stage`. An embryonic, developmentally oriented cluster
  /// (agricultural, artisanal, or of informal low-technology micro-producers) starts with the
  /// institutional and learning side: simple projects and learning, not complex infrastructure
  /// [insight 2].
  public func fits(_ stage: Stage, developmental: Bool) -> Bool {
    guard stages.contains(stage) else { return false }
    if stage == .embryonic, developmental {
      return complexity == .simple || buildsLearning
    }
    return true
  }

  /// The kind in prose: "buyer–seller meetings", "ICT adoption".
  public var title: String {
    switch self {
    case .buyerSellerMeetings: return "buyer–seller meetings"
    case .ictAdoption: return "ICT adoption"
    case .ictInfrastructure: return "ICT infrastructure"
    case .fdiAttraction: return "attracting foreign direct investment"
    case .exportSubsidy: return "export subsidies"
    case .fiscalIncentive: return "fiscal incentives"
    default: return rawValue.replacingOccurrences(of: "_", with: " ")
    }
  }

  public var summary: String {
    switch self {
    case .tradeFair: return "joint participation in trade fairs"
    case .tradeFairComplex: return "a dedicated trade fair facility (Tirupur)"
    case .buyerSellerMeetings: return "buyers meet sellers in the cluster (Ludhiana)"
    case .jointMarketing: return "common brochures, websites, sales agents, advertising"
    case .exportConsortium: return "firms market jointly to reach buyers' volumes"
    case .clusterBrand: return "a brand for the cluster's product ('Tirupur')"
    case .marketPresence: return "warehouse or distribution centre in a key market"
    case .marketInformation: return "market information and buyer services"
    case .logisticsTerminal: return "inland container depot or freight terminal"
    case .customsFacilitation: return "faster inspection and clearance"
    case .regulationStreamlining: return "fewer regulations and export controls"
    case .transport: return "roads, ports, transport links"
    case .networkingSessions: return "periodic sessions by function (CEOs, designers)"
    case .awarenessBuilding: return "awareness programmes for member firms"
    case .trainingInstitute: return "professional and vocational training"
    case .designInstitute: return "a fashion or design institute"
    case .industrialPark: return "an industrial park for cluster firms"
    case .manufacturingComplex: return "a shared manufacturing complex"
    case .technologyTransfer: return "technology transfer and upgrading"
    case .ictAdoption: return "e-mail, e-commerce, ERP for member firms (KNIDGRO)"
    case .certification: return "shared costs of ISO 9001, SA 8000"
    case .universityResearch: return "research with universities"
    case .capacityInvestment: return "spinning, dyeing and other capacity"
    case .fdiAttraction: return "attracting foreign direct investment"
    case .ventureCapital: return "venture capital for cluster firms"
    case .businessServices: return "basic organizational and business services"
    case .qualityProgramme: return "quality control, tasting, traceability with buyers (Caldas)"
    case .ictInfrastructure: return "satellite links, a software technology park's networks (Bangalore)"
    case .waterSupply: return "water supply for the cluster and its town"
    case .effluentTreatment: return "sewerage, effluent treatment, sanitation"
    case .labourStandards: return "social compliance and labour relations"
    case .disputeMediation: return "a consultative mechanism for disputes"
    case .womenEmployment: return "women in the workforce"
    case .regionalDevelopment: return "development of a backward region"
    case .exportSubsidy: return "export subsidies (no longer acceptable under WTO rules)"
    case .fiscalIncentive: return "fiscal incentives to exporters (WTO rules require their elimination)"
    }
  }
}

/// A key constraint on a cluster's growth (the UNIDO table's row, insight 5; Ludhiana: "lack of
/// required skilled labour … inadequate product range … poor finishing … lack of market
/// information"), and the interventions that address it.
public enum Constraint: String, CaseIterable, Sendable {
  case infrastructure, skills, finance
  case marketInformation = "market_information"
  case technology, trust, regulation, quality, scale
  case productRange = "product_range"

  /// The kinds of intervention that address it, the one to start with first. Infrastructure is
  /// insight 8's and trust insight 6's: they are judged there.
  public var remedies: [InterventionKind] {
    switch self {
    case .infrastructure:
      return InterventionKind.allCases.filter(\.isInfrastructure)
    case .skills: return [.trainingInstitute, .businessServices, .designInstitute, .universityResearch]
    case .finance: return [.ventureCapital, .fdiAttraction]
    case .marketInformation: return [.marketInformation, .buyerSellerMeetings, .marketPresence]
    case .technology: return [.technologyTransfer, .ictAdoption, .universityResearch]
    case .trust: return [.networkingSessions, .awarenessBuilding, .disputeMediation]
    case .regulation: return [.regulationStreamlining, .customsFacilitation]
    case .quality: return [.certification, .qualityProgramme]
    case .scale: return [.exportConsortium, .capacityInvestment, .manufacturingComplex]
    case .productRange: return [.designInstitute, .technologyTransfer]
    }
  }

  /// "market information"
  public var title: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// A dated shock or ruling that strikes a cluster from outside: the crises the paper's cases are
/// told through (a buyer country's import alert, the end of quotas, a demand crash, a court's
/// ruling on effluents, a currency shock). An event's `size` is a signed fraction whose meaning
/// its kind gives below. The convention: the sign is that of the change in what the kind names
/// (demand, costs, price competitiveness), so a negative size is bad news for the cluster except
/// for `cost_shock` (costs up) and `regulation` (capacity that must stop or comply), whose
/// harmful sizes are positive.
public enum EventKind: String, CaseIterable, Sendable {
  /// `size` is the signed change of demand for the cluster's products: −30% is a fall of
  /// 30%, +10% a rise.
  case demandShock = "demand_shock"
  /// A buyer country's import alert or ban. `size` is the share of demand lost in the markets
  /// hit, written negative: −40%.
  case importAlert = "import_alert"
  /// The end of a quota regime (the Multi-Fibre Arrangement in 2005). `size` is the signed
  /// change of demand it brings: negative for a cluster that lived on its quota, positive for
  /// one the quotas held back.
  case quotaPhaseOut = "quota_phase_out"
  /// `size` is the signed change of the cluster's costs: +20% is costs up by a fifth, −10% a
  /// saving.
  case costShock = "cost_shock"
  /// A move of the exchange rate. `size` is the signed change of the price competitiveness of
  /// the cluster's exports: −15% makes its exports 15% dearer abroad (the currency rose), +15%
  /// 15% cheaper (a devaluation).
  case currencyShock = "currency_shock"
  /// A ruling or a law (a court orders effluent treatment). `size` is the share of capacity
  /// that must stop or comply, written positive and at most 100%: 10%.
  case regulation

  /// The sign a kind's `size` must have.
  public enum Sign: Sendable {
    case negative, positive, either
  }

  public var sign: Sign {
    switch self {
    case .importAlert: return .negative
    case .regulation: return .positive
    case .demandShock, .quotaPhaseOut, .costShock, .currencyShock: return .either
    }
  }

  /// What `size` means for this kind, in one line (for `help event` and error messages).
  public var sizeMeaning: String {
    switch self {
    case .demandShock: return "the signed change of demand for the cluster's products (-30% = a fall)"
    case .importAlert: return "the share of demand lost in the markets hit, written negative (-40%)"
    case .quotaPhaseOut:
      return "the signed change of demand from the end of quotas (negative for a cluster that lived on its quota)"
    case .costShock: return "the signed change of the cluster's costs (+20% = costs up)"
    case .currencyShock:
      return "the signed change of its exports' price competitiveness (-15% = exports 15% dearer abroad)"
    case .regulation: return "the share of capacity that must stop or comply, written positive (10%)"
    }
  }

  /// A size to show in examples.
  public var exampleSize: String {
    switch self {
    case .demandShock: return "-30%"
    case .importAlert: return "-40%"
    case .quotaPhaseOut: return "-20%"
    case .costShock: return "20%"
    case .currencyShock: return "-15%"
    case .regulation: return "10%"
    }
  }

  /// "import alert"
  public var title: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// The figures a simulation tracks and an intervention's `effects` or a `target` may name.
public enum Metric: String, CaseIterable, Sendable {
  case exports, demand, firms, exporters, employment, capacity, infrastructure
  case infrastructureLoad = "infrastructure_load"
  case trust
  case socialCapital = "social_capital"
  case valueRetention = "value_retention"
  case marketShare = "market_share"
  /// The world market for the cluster's products (simulated).
  case market
  /// The cluster's employment as a share of its region's labour pool (simulated).
  case labourLoad = "labour_load"
  case cost
  case leadTime = "lead_time"
  case sales

  /// What the figure is counted in.
  public enum Dimension: Sendable { case money, count, share }

  public var dimension: Dimension {
    switch self {
    case .exports, .demand, .capacity, .infrastructure, .cost, .sales, .market: return .money
    case .firms, .exporters, .employment, .leadTime: return .count
    case .infrastructureLoad, .trust, .socialCapital, .valueRetention, .marketShare, .labourLoad: return .share
    }
  }

  /// The metrics a simulated year holds, in the order reports show them.
  public static let simulated: [Metric] = [
    .exports, .demand, .firms, .exporters, .employment, .capacity, .infrastructure, .infrastructureLoad, .trust,
    .socialCapital, .valueRetention, .marketShare, .market, .labourLoad,
  ]

  /// The metrics an intervention's `effects` may name: each acts in the simulation through a
  /// stated channel (docs/model.md, "Declared effects").
  public static let effectable: [Metric] = [
    .exports, .firms, .exporters, .employment, .capacity, .infrastructure, .trust, .valueRetention,
  ]

  /// The metrics an intervention's `effects` and a `target` may name.
  public static let declarable: [Metric] = [
    .exports, .exporters, .firms, .employment, .capacity, .trust, .socialCapital, .valueRetention, .cost, .leadTime,
    .sales, .infrastructure,
  ]
}

extension String {
  /// `a_b` → `a-b` without Foundation.
  func replacingOccurrences(of target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
