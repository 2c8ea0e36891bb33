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
  /// What the kind does: the units of each channel it acts through, from the parameter table
  /// (`channel_<kind>_<channel>`; docs/model.md, "The channel table"). An exhaustive switch: a
  /// new kind does not compile without its channels.
  func channels(_ p: ParameterSet) -> Channels {
    var c = Channels()
    switch self {
    case .tradeFair: c.market = p[.channelTradeFairMarket]; c.trust = p[.channelTradeFairTrust]
    case .buyerSellerMeetings: c.market = p[.channelBuyerSellerMeetingsMarket]; c.trust = p[.channelBuyerSellerMeetingsTrust]
    case .jointMarketing: c.market = p[.channelJointMarketingMarket]; c.trust = p[.channelJointMarketingTrust]
    case .exportConsortium: c.market = p[.channelExportConsortiumMarket]; c.trust = p[.channelExportConsortiumTrust]
    case .tradeFairComplex: c.market = p[.channelTradeFairComplexMarket]; c.infrastructure = p[.channelTradeFairComplexInfrastructure]
    case .clusterBrand: c.market = p[.channelClusterBrandMarket]; c.value = p[.channelClusterBrandValue]
    case .marketPresence: c.market = p[.channelMarketPresenceMarket]; c.value = p[.channelMarketPresenceValue]
    case .marketInformation: c.market = p[.channelMarketInformationMarket]
    case .logisticsTerminal: c.infrastructure = p[.channelLogisticsTerminalInfrastructure]; c.market = p[.channelLogisticsTerminalMarket]
    case .transport: c.infrastructure = p[.channelTransportInfrastructure]
    case .customsFacilitation: c.market = p[.channelCustomsFacilitationMarket]
    case .regulationStreamlining: c.market = p[.channelRegulationStreamliningMarket]
    case .networkingSessions: c.trust = p[.channelNetworkingSessionsTrust]
    case .awarenessBuilding: c.trust = p[.channelAwarenessBuildingTrust]; c.capacity = p[.channelAwarenessBuildingCapacity]
    case .businessServices: c.trust = p[.channelBusinessServicesTrust]; c.capacity = p[.channelBusinessServicesCapacity]
    case .trainingInstitute: c.capacity = p[.channelTrainingInstituteCapacity]; c.entry = p[.channelTrainingInstituteEntry]
    case .designInstitute: c.capacity = p[.channelDesignInstituteCapacity]; c.value = p[.channelDesignInstituteValue]
    case .industrialPark: c.capacity = p[.channelIndustrialParkCapacity]; c.infrastructure = p[.channelIndustrialParkInfrastructure]; c.entry = p[.channelIndustrialParkEntry]
    case .manufacturingComplex: c.capacity = p[.channelManufacturingComplexCapacity]
    case .capacityInvestment: c.capacity = p[.channelCapacityInvestmentCapacity]
    case .technologyTransfer: c.capacity = p[.channelTechnologyTransferCapacity]; c.value = p[.channelTechnologyTransferValue]
    case .ictAdoption: c.capacity = p[.channelIctAdoptionCapacity]; c.market = p[.channelIctAdoptionMarket]
    case .certification: c.market = p[.channelCertificationMarket]; c.value = p[.channelCertificationValue]
    case .qualityProgramme: c.market = p[.channelQualityProgrammeMarket]; c.value = p[.channelQualityProgrammeValue]
    case .universityResearch: c.capacity = p[.channelUniversityResearchCapacity]; c.entry = p[.channelUniversityResearchEntry]
    case .ictInfrastructure: c.infrastructure = p[.channelIctInfrastructureInfrastructure]; c.capacity = p[.channelIctInfrastructureCapacity]
    case .fdiAttraction: c.entry = p[.channelFdiAttractionEntry]; c.capacity = p[.channelFdiAttractionCapacity]
    case .ventureCapital: c.entry = p[.channelVentureCapitalEntry]
    case .waterSupply: c.infrastructure = p[.channelWaterSupplyInfrastructure]
    case .effluentTreatment: c.infrastructure = p[.channelEffluentTreatmentInfrastructure]
    case .labourStandards: c.market = p[.channelLabourStandardsMarket]; c.trust = p[.channelLabourStandardsTrust]
    case .disputeMediation: c.trust = p[.channelDisputeMediationTrust]
    case .womenEmployment: c.capacity = p[.channelWomenEmploymentCapacity]
    case .regionalDevelopment: c.capacity = p[.channelRegionalDevelopmentCapacity]
    case .exportSubsidy: c.price = p[.channelExportSubsidyPrice]
    case .fiscalIncentive: c.price = p[.channelFiscalIncentivePrice]
    }
    return c
  }
}
