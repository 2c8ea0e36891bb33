// The channels through which each kind of intervention acts in the simulation, declared once
// per kind (an exhaustive switch: a new kind does not compile without its channels). Units are
// in docs/model.md; the effect of a unit is a parameter (`effect_market`, `effect_capacity` …).

import ClusterWorkspace

/// How strongly a project acts on each of the simulation's channels, in units.
struct Channels {
  var market = 0.0
  var capacity = 0.0
  var infrastructure = 0.0
  var trust = 0.0
  var entry = 0.0
  var value = 0.0
  /// A price advantage that lasts only while the project runs (export subsidies, fiscal
  /// incentives): extra demand, not a gain of market position [insight 8].
  var price = 0.0
}

extension InterventionKind {
  /// What the kind does, in the paper's terms.
  var channels: Channels {
    var c = Channels()
    switch self {
    case .tradeFair, .buyerSellerMeetings, .jointMarketing: c.market = 1; c.trust = 0.3
    case .exportConsortium: c.market = 1; c.trust = 0.5
    case .tradeFairComplex: c.market = 2; c.infrastructure = 0.2
    case .clusterBrand, .marketPresence: c.market = 1.5; c.value = 1
    case .marketInformation: c.market = 0.5
    case .logisticsTerminal: c.infrastructure = 1; c.market = 0.5
    case .transport: c.infrastructure = 1
    case .customsFacilitation, .regulationStreamlining: c.market = 0.5
    case .networkingSessions: c.trust = 1
    case .awarenessBuilding, .businessServices: c.trust = 0.5; c.capacity = 0.3
    case .trainingInstitute: c.capacity = 1; c.entry = 0.5
    case .designInstitute: c.capacity = 0.5; c.value = 1
    case .industrialPark: c.capacity = 1; c.infrastructure = 0.5; c.entry = 1.5  // space for new firms
    case .manufacturingComplex, .capacityInvestment: c.capacity = 2
    case .technologyTransfer: c.capacity = 1; c.value = 0.5
    case .ictAdoption: c.capacity = 0.5; c.market = 0.3
    case .certification, .qualityProgramme: c.market = 1; c.value = 0.5
    case .universityResearch: c.capacity = 1; c.entry = 0.5
    case .ictInfrastructure: c.infrastructure = 1.5; c.capacity = 0.5
    case .fdiAttraction: c.entry = 1.5; c.capacity = 1
    case .ventureCapital: c.entry = 1
    case .waterSupply, .effluentTreatment: c.infrastructure = 1.5
    case .labourStandards: c.market = 0.5; c.trust = 0.3
    case .disputeMediation: c.trust = 0.5
    case .womenEmployment, .regionalDevelopment: c.capacity = 0.3
    case .exportSubsidy, .fiscalIncentive: c.price = 1
    }
    return c
  }
}
