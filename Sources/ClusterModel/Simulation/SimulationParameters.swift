// The parameters of the yearly simulation, with the paper's passage or the reason for each value.
// They join the model's one parameter table (`Parameters.all`).

extension Parameters {
  static let simulation: [Parameter] = [
    // demand [insight 2, insight 10]
    .init(
      .marketGrowthManufacturing, defaultValue: 0.06, unit: "per year",
      meaning: "growth of world demand for a manufacturing cluster's products",
      source: "assumption: world trade in manufactures grew about 6% a year in 1990–2005", range: -0.5...2),
    .init(
      .marketGrowthHighTech, defaultValue: 0.40, unit: "per year",
      meaning: "growth of world demand for a high-tech cluster's products and services",
      source: "assumption: demand for offshore IT services grew by tens of per cent a year in 1990–2005; this value carries most of the Bangalore calibration (docs/calibration.md)",
      range: -0.5...2),
    .init(
      .marketGrowthAgricultural, defaultValue: 0.04, unit: "per year",
      meaning: "growth of world demand for an agricultural cluster's products",
      source: "assumption: specialty segments grow faster (Caldas) but the default is the commodity trend", range: -0.5...2),
    .init(
      .marketGrowthOther, defaultValue: 0.05, unit: "per year",
      meaning: "growth of world demand for artisanal and service clusters, or when the type is not declared",
      source: "assumption", range: -0.5...2),
    .init(
      .demandModerateFactor, defaultValue: 0.6, unit: "× growth",
      meaning: "share of its market's growth a cluster with moderate (or undeclared) international demand sees",
      source: "insight 2: 'there must also be international demand for the product'; level assumed", range: 0...2),
    .init(
      .demandWeakFactor, defaultValue: 0.2, unit: "× growth",
      meaning: "the same with weak international demand (none: 0)",
      source: "insight 2; level assumed", range: 0...2),
    .init(
      .initialMarketShare, defaultValue: 0.01, unit: "share",
      meaning: "the cluster's share of its world market at the start of a simulation",
      source: "assumption: a developing-country cluster starts small (Tirupur's $100 million in 1990)", range: 0.000001...1),
    .init(
      .marketShareMax, defaultValue: 0.25, unit: "share",
      meaning: "the largest share of its world market a cluster can win: growth saturates as it nears it (maturity)",
      source: "insight 2: 'Once a cluster reaches maturity, it runs the risk of stagnating'; level assumed", range: 0.001...1),
    .init(
      .shareGain, defaultValue: 0.10, unit: "per year",
      meaning: "yearly growth of market share for a fully competitive cluster (all channels at full strength)",
      source: "insight 10: 'global market competitiveness represents the only true test'; level assumed", range: 0...2),
    .init(
      .demandShockSd, defaultValue: 0.08, unit: "per year",
      meaning: "standard deviation of the yearly demand shock (only with `seed`)",
      source: "assumption: export demand varies by several per cent from year to year", range: 0...1),
    .init(
      .unmetDemandKept, defaultValue: 0.5, unit: "share",
      meaning: "share of demand the cluster could not serve (capacity, infrastructure) that buyers still bring next year",
      source: "insight 8: the absence of infrastructure is 'the single greatest constraint to growth'; level assumed",
      range: 0...1),
    // capacity and firms
    .init(
      .utilization, defaultValue: 0.8, unit: "share",
      meaning: "exports as a share of capacity at the start (the rest is headroom)",
      source: "assumption", range: 0.05...1),
    .init(
      .firmGrowthMax, defaultValue: 0.10, unit: "per year",
      meaning: "how fast incumbent firms can grow their capacity (Tirupur: 50,000 to 200,000 garments/month in 15 years)",
      source: "Part 1: 'The average size of firm grew from a capacity of 50,000 garments/month and 50 employees, to 200,000 garments/month and 150 employees'",
      range: 0...2),
    .init(
      .entryFill, defaultValue: 0.5, unit: "share",
      meaning: "share of the demand incumbents cannot serve that new firms take up in a year",
      source: "Part 1: 'Growth in garment making also triggered a parallel expansion within supply and service industries'; level assumed",
      range: 0...1),
    .init(
      .exitRate, defaultValue: 0.15, unit: "share",
      meaning: "share of idle capacity (firms) that leaves each year when demand falls short",
      source: "assumption", range: 0...1),
    .init(
      .labourElasticity, defaultValue: 0.8, unit: "elasticity",
      meaning: "how employees per firm follow capacity per firm (Tirupur: capacity ×4, employees ×3)",
      source: "Part 1: 50 → 150 employees while capacity went 50,000 → 200,000 garments/month (log 3 / log 4 ≈ 0.8)",
      range: 0...2),
    .init(
      .exporterConversion, defaultValue: 0.025, unit: "per year",
      meaning: "how fast market access turns producers into direct exporters",
      source: "Part 1: 'Direct export, rather than through agents, became standard practice'; exporters 50 → 500; level assumed",
      range: 0...2),
    // infrastructure [insight 8]
    .init(
      .infrastructureHeadroomWeak, defaultValue: 1.3, unit: "× exports",
      meaning: "exports the infrastructure can carry at the start, as a multiple of exports, when it is weak",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; level assumed",
      range: 1...100),
    .init(
      .infrastructureHeadroomModerate, defaultValue: 2, unit: "× exports",
      meaning: "the same when infrastructure is moderate (or not declared)", source: "assumption", range: 1...100),
    .init(
      .infrastructureHeadroomStrong, defaultValue: 4, unit: "× exports",
      meaning: "the same when infrastructure is strong", source: "assumption", range: 1...100),
    .init(
      .infrastructurePerUsd, defaultValue: 3, unit: "usd/year per usd",
      meaning: "exports a year that one dollar invested in an infrastructure project can carry, once complete",
      source: "insight 8: NTADCL's $250 million water scheme 'to meet not only the cluster's own growth requirements'; level assumed",
      range: 0...100),
    .init(
      .infrastructureIntensityHighTech, defaultValue: 0.05, unit: "× manufacturing",
      meaning: "physical infrastructure a high-tech cluster needs per dollar of exports, relative to manufacturing (software travels by satellite link, not by container)",
      source: "insight 2, Bangalore: 'the installation of satellite communication facilities'; level assumed", range: 0.01...10),
    .init(
      .infrastructureIntensityServices, defaultValue: 0.5, unit: "× manufacturing",
      meaning: "the same for a services cluster", source: "assumption", range: 0.01...10),
    .init(
      .infrastructureResponse, defaultValue: 0.25, unit: "per year",
      meaning: "extra yearly growth of ordinary infrastructure while demand exceeds it (fully at twice the capacity)",
      source: "insight 8: governments and industry 'represent the two main sources of funding'; level assumed", range: 0...2),
    .init(
      .selfProvisionShare, defaultValue: 0.02, unit: "share of exports",
      meaning: "share of a year's export income firms spend on infrastructure of their own (power, water, links) after a year in which the shared infrastructure bound",
      source: "insight 8: governments and 'local industry represent the two main sources of funding'; Part 1: garment-makers 'invested in their own facilities'; level assumed",
      range: 0...1),
    .init(
      .infrastructureGrowth, defaultValue: 0.03, unit: "per year",
      meaning: "growth of infrastructure without a cluster project (ordinary public investment)",
      source: "assumption", range: 0...1),
    // interventions [insights 4, 5, 6]
    .init(
      .effectMarket, defaultValue: 0.04, unit: "per unit",
      meaning: "share growth added by one unit of a project's market channel (trade fairs, buyer–seller meetings, brand …)",
      source: "insight 9: Ludhiana's buyer–seller meetings brought 'incremental sales in the vicinity of $10 million'; level assumed",
      range: 0...1),
    .init(
      .effectCapacity, defaultValue: 0.03, unit: "per unit",
      meaning: "firm growth added by one unit of a project's capacity channel (parks, complexes, training, technology)",
      source: "Part 1: 'a new, world-class industrial park, capable of accommodating 60 garment enterprises'; level assumed",
      range: 0...1),
    .init(
      .effectInfrastructure, defaultValue: 0.6, unit: "per unit",
      meaning: "infrastructure capacity added by one unit of a project's infrastructure channel, as a share of the start",
      source: "Part 1: TEA's inland container terminal and the water supply 'to meet … the cluster's own growth requirements'; level assumed",
      range: 0...10),
    .init(
      .effectTrust, defaultValue: 0.03, unit: "per unit",
      meaning: "trust added each year by one unit of a project's trust channel (networking sessions, mediation)",
      source: "insight 6: 'networking sessions by function … to build the personal relationships needed'; level assumed",
      range: 0...1),
    .init(
      .effectEntry, defaultValue: 0.2, unit: "per unit",
      meaning: "entry of new firms added by one unit of a project's entry channel (venture capital, FDI, education)",
      source: "insight 2, Bangalore: educational institutions, venture capital, 'Over one hundred multinational companies'; level assumed",
      range: 0...5),
    .init(
      .effectValue, defaultValue: 0.02, unit: "per unit",
      meaning: "value retention added each year by one unit of a project's value channel (design, brand, market presence)",
      source: "Part 1: 'substantially increased the level of value-retention'; level assumed", range: 0...1),
    .init(
      .simpleProjectWeight, defaultValue: 0.6, unit: "× complex",
      meaning: "how much a simple project does through its channels, relative to a complex one",
      source: "Part 3, step 3: the first steps 'do not need to be overly ambitious'; level assumed", range: 0...2),
    .init(
      .maturityGrowth, defaultValue: 0.15, unit: "over 3 years",
      meaning: "exports growing less than this over three years, after mature_min_years, mark a mature cluster",
      source: "insight 2: 'Once a cluster reaches maturity, it runs the risk of stagnating'; level assumed", range: 0...10),
    .init(
      .declineThreshold, defaultValue: 0.05, unit: "over 3 years",
      meaning: "exports falling more than this over three years mark a declining cluster",
      source: "insight 2: the decline phase of the life cycle; level assumed", range: 0...1),
    .init(
      .projectLagComplex, defaultValue: 1, unit: "years",
      meaning: "years before a complex project starts to deliver (simple ones deliver in their start year)",
      source: "insight 5: 'the timing of their application'; assumption", range: 0...20),
    .init(
      .projectRampComplex, defaultValue: 3, unit: "years",
      meaning: "years a complex project takes to reach its full effect",
      source: "assumption", range: 1...30),
    .init(
      .trustGainSuccess, defaultValue: 0.04, unit: "trust",
      meaning: "trust gained when a joint project succeeds ('early wins … build trust among the members')",
      source: "Part 3, step 3: 'their primary role is achieve early wins and build trust'", range: 0...1),
    .init(
      .trustLossFailure, defaultValue: 0.08, unit: "trust",
      meaning: "trust lost when a joint project fails",
      source: "insight 6: 'there will be very limited success without … trust'; level assumed", range: 0...1),
    .init(
      .failureScale, defaultValue: 0.9, unit: "probability",
      meaning: "chance that a complex project started with no trust at all fails (falls linearly to 0 at trust_low)",
      source: "insight 6 and the Bangalore machine-tool cluster; level assumed", range: 0...1),
    // prerequisites [insight 2]
    .init(
      .missingPrerequisiteDrag, defaultValue: 0.05, unit: "per year",
      meaning: "share growth lost for each missing prerequisite (production base, advantage, readiness, demand)",
      source: "insight 2: without the fundamentals a cluster 'will, at best, lead to a weak, unsustainable cluster'; level assumed",
      range: 0...1),
    .init(
      .leadBuyerGain, defaultValue: 0.03, unit: "per year",
      meaning: "share growth added while a lead buyer is linked to the cluster",
      source: "insight 10: 'the involvement of one or more leading buyers has proved beneficial'; level assumed", range: 0...1),
    // outcomes of Monte Carlo runs
    .init(
      .tookOffMultiple, defaultValue: 3, unit: "× exports",
      meaning: "a run took off when final exports reach this multiple of the start",
      source: "ACIIC review cited in insight 2: 'as few as 10% are significantly successful'; threshold assumed", range: 1...1000),
    .init(
      .failedMultiple, defaultValue: 0.8, unit: "× exports",
      meaning: "a run failed when final exports fall below this multiple of the start",
      source: "ACIIC review cited in insight 2: 'more than half fail'; threshold assumed", range: 0...1),
  ]
}
