// The parameters of the yearly simulation, with the paper's passage, another named source, or the
// reason for each value. They join the model's one parameter table (`Parameters.all`).

extension Parameters {
  static let simulation: [Parameter] = [
    .init(
      .marketSizeManufacturing, defaultValue: 40_000_000_000, unit: "usd/year",
      meaning: "world market for a manufacturing cluster's product segment in the case's year (the cluster attribute `market_size` overrides it)",
      source: "assumption: a segment the size of knitted garments (world clothing exports were about $108 billion in 1990 and $198 billion in 2000, WTO International Trade Statistics; knitwear some 40% of them)", range: 1e6...1e13),
    .init(
      .marketSizeHighTech, defaultValue: 5_000_000_000, unit: "usd/year",
      meaning: "the same for a high-tech cluster's products and services",
      source: "assumption: world offshore software and IT services around 1990 were a few billion dollars a year (India's software exports about $0.15 billion in 1990–91, NASSCOM)", range: 1e6...1e13),
    .init(
      .marketSizeAgricultural, defaultValue: 10_000_000_000, unit: "usd/year",
      meaning: "the same for an agricultural cluster's products",
      source: "assumption: a segment the size of world exports of a specialty crop (world coffee exports were about $10 billion a year around 2000, ICO)", range: 1e6...1e13),
    .init(
      .marketSizeArtisanal, defaultValue: 2_000_000_000, unit: "usd/year",
      meaning: "the same for an artisanal cluster's products",
      source: "assumption", range: 1e6...1e13),
    .init(
      .marketSizeServices, defaultValue: 20_000_000_000, unit: "usd/year",
      meaning: "the same for a services cluster",
      source: "assumption", range: 1e6...1e13),
    .init(
      .marketSizeOther, defaultValue: 10_000_000_000, unit: "usd/year",
      meaning: "the same when the cluster's type is not declared",
      source: "assumption", range: 1e6...1e13),
    .init(
      .marketGrowthManufacturing, defaultValue: 0.06, unit: "per year",
      meaning: "growth of world demand for a manufacturing cluster's products in the case's year",
      source: "assumption: world trade in manufactures grew about 6% a year in 1990–2005", range: -0.5...2),
    .init(
      .marketGrowthHighTech, defaultValue: 0.5, unit: "per year",
      meaning: "growth of world demand for a high-tech cluster's products and services in the case's year",
      source: "assumption: demand for offshore IT services grew by tens of per cent a year in 1990–2005; this value carries most of the Bangalore calibration (docs/calibration.md)", range: -0.5...2),
    .init(
      .marketGrowthAgricultural, defaultValue: 0.04, unit: "per year",
      meaning: "growth of world demand for an agricultural cluster's products in the case's year",
      source: "assumption: specialty segments grow faster (Caldas) but the default is the commodity trend", range: -0.5...2),
    .init(
      .marketGrowthOther, defaultValue: 0.05, unit: "per year",
      meaning: "growth of world demand for artisanal and service clusters, or when the type is not declared",
      source: "assumption", range: -0.5...2),
    .init(
      .marketGrowthLongRun, defaultValue: 0.03, unit: "per year",
      meaning: "the growth every product market tends to as it matures",
      source: "Klepper (1996, 1997): an industry's output growth slows as its product matures; 3% is about the long-run growth of world output (assumption)", range: -0.5...1),
    .init(
      .marketMaturing, defaultValue: 0.1, unit: "per year",
      meaning: "share of a market's growth above the long-run rate that it loses each year (half-life about 7 years)",
      source: "Klepper (1996): the industry life cycle; level assumed", range: 0...1),
    .init(
      .demandModerateFactor, defaultValue: 0.6, unit: "× growth",
      meaning: "share of its market's growth a cluster with moderate (or undeclared) international demand sees",
      source: "insight 2: 'there must also be international demand for the product'; level assumed", range: 0...2),
    .init(
      .demandWeakFactor, defaultValue: 0.2, unit: "× growth",
      meaning: "the same with weak international demand (none: 0)",
      source: "insight 2; level assumed", range: 0...2),
    .init(
      .marketShareMax, defaultValue: 0.05, unit: "share",
      meaning: "the largest share of its world market one location can hold: a growing cluster's share grows ever more slowly as it nears it, as other locations enter the same market",
      source: "insight 2: 'Once a cluster reaches maturity, it runs the risk of stagnating'; Menzel and Fornahl (2010): growth ends as the cluster exhausts its opportunities; level assumed", range: 0.001...1),
    .init(
      .shareGain, defaultValue: 0.1, unit: "per year",
      meaning: "yearly growth of market share for a fully competitive cluster (all channels at full strength)",
      source: "insight 10: 'global market competitiveness represents the only true test'; level assumed", range: 0...2),
    .init(
      .positionAdjustment, defaultValue: 0.2, unit: "per year",
      meaning: "how fast a cluster above the share of its market it can reach loses it (share of the excess a year)",
      source: "assumption", range: 0...1),
    .init(
      .demandShockSd, defaultValue: 0.08, unit: "per year",
      meaning: "standard deviation of the yearly demand shock (only with `seed`)",
      source: "assumption: export demand varies by several per cent from year to year", range: 0...1),
    .init(
      .runCompetitivenessSd, defaultValue: 0.16, unit: "per year",
      meaning: "standard deviation of a run's own competitiveness, drawn once per run (only with `seed`): what no description of a case settles (entrepreneurs, timing, luck)",
      source: "ACIIC review cited in insight 2: of clusters built on the same recipe 'more than half fail, and as few as 10% are significantly successful'; level assumed", range: 0...1),
    .init(
      .unmetDemandKept, defaultValue: 0.5, unit: "share",
      meaning: "share of the buyers a cluster turned away (capacity or infrastructure short) that stay with it: the rest go elsewhere and its share falls",
      source: "insight 8: the absence of infrastructure is 'the single greatest constraint to growth'; level assumed", range: 0...1),
    .init(
      .congestionCost, defaultValue: 0.6, unit: "share",
      meaning: "how rising wages and land lower the share of its market a cluster can reach: it is divided by 1 + congestion_cost × (labour its exports need ÷ its region's labour pool)²",
      source: "Marshall's external economies come with rising wages, land prices and congestion as a cluster grows (Menzel and Fornahl 2010, the saturation of a mature cluster); level assumed", range: 0...2),
    .init(
      .labourPoolMultiple, defaultValue: 6, unit: "× employment",
      meaning: "the labour the region can give the cluster at the start, as a multiple of its employment",
      source: "assumption", range: 1...1000),
    .init(
      .labourPoolMin, defaultValue: 50000, unit: "workers",
      meaning: "the smallest labour pool of a cluster's region (a town's workforce)",
      source: "assumption", range: 0...1e9),
    .init(
      .labourPoolGrowth, defaultValue: 0.04, unit: "per year",
      meaning: "growth of the region's labour pool without the cluster's pull (population)",
      source: "assumption: population growth of the paper's countries in 1990–2005", range: 0...1),
    .init(
      .migrationResponse, defaultValue: 0, unit: "per year",
      meaning: "extra growth of the labour pool when the cluster employs all of it: workers move to where the jobs are",
      source: "Part 1: Tirupur's growth drew workers into the town; level assumed", range: 0...2),
    .init(
      .firmSizeMax, defaultValue: 4, unit: "× start",
      meaning: "the largest capacity an incumbent firm grows to, as a multiple of the start (beyond it, growth comes from new firms)",
      source: "Part 1: 'The average size of firm grew from a capacity of 50,000 garments/month … to 200,000 garments/month' in fifteen years", range: 1...100),
    .init(
      .imitationErosion, defaultValue: 0.045, unit: "per year",
      meaning: "share of the market a cluster can reach that it loses each year as other locations enter the same market and imitate it; renewal raises it again",
      source: "insight 2: a mature cluster 'runs the risk of stagnating and losing competitiveness, entering then into a decline phase'; level assumed", range: 0...1),
    .init(
      .assetGain, defaultValue: 0.1, unit: "per log unit",
      meaning: "how much lasting assets (the capacity, infrastructure and value channels of projects delivered) raise the share of its market a cluster can reach: × (1 + asset_gain × ln(1 + units))",
      source: "insight 8: infrastructure is 'the single greatest constraint to growth'; Part 1: Tirupur's parks, complexes and institutes; what a cluster builds lasts (level assumed)", range: 0...10),
    .init(
      .renewalMarketGain, defaultValue: 0.3, unit: "per log unit",
      meaning: "how much projects of renewal (new products, new segments, new technology) raise the share of its market a cluster can reach: × (1 + renewal_market_gain × ln(1 + units)); they matter as the cluster nears that share, that is once mature",
      source: "insight 2: transformation 'through product diversification, market repositioning and/or technology acquisition'; level assumed", range: 0...10),
    .init(
      .stagePersistence, defaultValue: 4, unit: "years",
      meaning: "years the signs of a new stage must hold in a run before the stage changes (hysteresis)",
      source: "assumption: a stage is a phase of years, not a reading of one year", range: 1...20),
    .init(
      .utilization, defaultValue: 0.8, unit: "share",
      meaning: "exports as a share of capacity at the start (the rest is headroom)",
      source: "assumption", range: 0.05...1),
    .init(
      .firmGrowthMax, defaultValue: 0.1, unit: "per year",
      meaning: "how fast incumbent firms can grow their capacity (Tirupur: 50,000 to 200,000 garments/month in 15 years)",
      source: "Part 1: 'The average size of firm grew from a capacity of 50,000 garments/month and 50 employees, to 200,000 garments/month and 150 employees'", range: 0...2),
    .init(
      .entryFill, defaultValue: 0.5, unit: "share",
      meaning: "share of the demand incumbents cannot serve that new firms take up in a year",
      source: "Part 1: 'Growth in garment making also triggered a parallel expansion within supply and service industries'; level assumed", range: 0...1),
    .init(
      .exitRate, defaultValue: 0.15, unit: "share",
      meaning: "share of idle capacity (firms) that leaves each year when demand falls short",
      source: "assumption", range: 0...1),
    .init(
      .idleTolerated, defaultValue: 0.1, unit: "share of capacity",
      meaning: "idle capacity firms keep without leaving",
      source: "assumption", range: 0...1),
    .init(
      .labourElasticity, defaultValue: 0.8, unit: "elasticity",
      meaning: "how employees per firm follow capacity per firm (Tirupur: capacity ×4, employees ×3)",
      source: "Part 1: 50 → 150 employees while capacity went 50,000 → 200,000 garments/month (log 3 / log 4 ≈ 0.8)", range: 0...2),
    .init(
      .employeesAssumed, defaultValue: 20, unit: "employees",
      meaning: "employees of a firm whose cohort declares none",
      source: "assumption: Prime Tex started 'with 5 sewing machines and 20 workers'", range: 1...100000),
    .init(
      .exportsPerFirmAssumed, defaultValue: 100000, unit: "usd/year",
      meaning: "exports per firm when a cluster declares neither its exports nor its firms'",
      source: "assumption", range: 0...1e12),
    .init(
      .exporterConversion, defaultValue: 0.006, unit: "per year",
      meaning: "how fast market access turns producers into direct exporters",
      source: "Part 1: 'Direct export, rather than through agents, became standard practice'; exporters 50 → 500; level assumed", range: 0...2),
    .init(
      .exporterChannelsFull, defaultValue: 4, unit: "units",
      meaning: "units of market channel (a lead buyer counts one) at which exporter_conversion acts in full",
      source: "assumption", range: 0.1...100),
    .init(
      .largeFirmCapacity, defaultValue: 2, unit: "× firm",
      meaning: "capacity a large firm arriving brings, in average firms",
      source: "assumption", range: 0...1000),
    .init(
      .educationEntry, defaultValue: 0.5, unit: "units",
      meaning: "entry-channel units each university, training or research institution gives (skills let firms enter)",
      source: "insight 2, Bangalore: 'the Indian Institute of Science … Bangalore University with its 14 engineering colleges'; level assumed", range: 0...10),
    .init(
      .infrastructureHeadroomWeak, defaultValue: 1.3, unit: "× exports",
      meaning: "exports the infrastructure can carry at the start, as a multiple of exports, when it is weak",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; level assumed", range: 1...100),
    .init(
      .infrastructureHeadroomModerate, defaultValue: 2, unit: "× exports",
      meaning: "the same when infrastructure is moderate (or not declared)",
      source: "assumption", range: 1...100),
    .init(
      .infrastructureHeadroomStrong, defaultValue: 4, unit: "× exports",
      meaning: "the same when infrastructure is strong",
      source: "assumption", range: 1...100),
    .init(
      .infrastructurePerUsd, defaultValue: 3, unit: "usd/year per usd",
      meaning: "exports a year that one dollar invested in infrastructure can carry, once complete",
      source: "insight 8: NTADCL's $250 million water scheme 'to meet not only the cluster's own growth requirements'; level assumed", range: 0...100),
    .init(
      .infrastructureIntensityHighTech, defaultValue: 0.05, unit: "× manufacturing",
      meaning: "physical infrastructure a high-tech cluster needs per dollar of exports, relative to manufacturing (software travels by satellite link, not by container)",
      source: "insight 2, Bangalore: 'the installation of satellite communication facilities'; level assumed", range: 0.01...10),
    .init(
      .infrastructureIntensityServices, defaultValue: 0.5, unit: "× manufacturing",
      meaning: "the same for a services cluster",
      source: "assumption", range: 0.01...10),
    .init(
      .infrastructureResponse, defaultValue: 0.25, unit: "per year",
      meaning: "extra yearly growth of ordinary infrastructure while demand exceeds it (fully at twice the capacity)",
      source: "insight 8: governments and industry 'represent the two main sources of funding'; level assumed", range: 0...2),
    .init(
      .selfProvisionShare, defaultValue: 0.02, unit: "share of exports",
      meaning: "most of a year's export income firms spend on infrastructure of their own (power, water, links) while the shared infrastructure binds; they spend only what closes the gap, and what they spend is a cost that slows their share's growth",
      source: "insight 8: governments and 'local industry represent the two main sources of funding'; Part 1: garment-makers 'invested in their own facilities'; level assumed", range: 0...1),
    .init(
      .infrastructureGrowth, defaultValue: 0.03, unit: "per year",
      meaning: "growth of infrastructure without a cluster project (ordinary public investment)",
      source: "assumption", range: 0...1),
    .init(
      .effectMarket, defaultValue: 0.04, unit: "per unit",
      meaning: "share growth added by one unit of a project's market channel while it runs (trade fairs, buyer–seller meetings, brand …)",
      source: "insight 9: Ludhiana's buyer–seller meetings brought 'incremental sales in the vicinity of $10 million'; level assumed", range: 0...1),
    .init(
      .effectCapacity, defaultValue: 0.03, unit: "per unit",
      meaning: "firm growth added by one unit of a project's capacity channel (parks, complexes, training, technology)",
      source: "Part 1: 'a new, world-class industrial park, capable of accommodating 60 garment enterprises'; level assumed", range: 0...1),
    .init(
      .effectInfrastructure, defaultValue: 0.6, unit: "per unit",
      meaning: "infrastructure added by one unit of a project's infrastructure channel, as a share of the start, when the project declares no money",
      source: "Part 1: TEA's inland container terminal and the water supply 'to meet … the cluster's own growth requirements'; level assumed", range: 0...10),
    .init(
      .effectTrust, defaultValue: 0.03, unit: "per unit",
      meaning: "trust added each year by one unit of a project's trust channel (networking sessions, mediation)",
      source: "insight 6: 'networking sessions by function … to build the personal relationships needed'; level assumed", range: 0...1),
    .init(
      .effectEntry, defaultValue: 0.2, unit: "per unit",
      meaning: "entry of new firms added by one unit of a project's entry channel (venture capital, FDI, education)",
      source: "insight 2, Bangalore: educational institutions, venture capital, 'Over one hundred multinational companies'; level assumed", range: 0...5),
    .init(
      .effectValue, defaultValue: 0.02, unit: "per unit",
      meaning: "value retention added each year by one unit of a project's value channel (design, brand, market presence)",
      source: "Part 1: 'substantially increased the level of value-retention'; level assumed", range: 0...1),
    .init(
      .simpleProjectWeight, defaultValue: 0.6, unit: "× complex",
      meaning: "how much a simple project does through its channels, relative to a complex one",
      source: "Part 3, step 3: the first steps 'do not need to be overly ambitious'; level assumed", range: 0...2),
    .init(
      .simpleProjectYears, defaultValue: 3, unit: "years",
      meaning: "how long a simple project that declares no end or duration runs (its market, trust, entry and value channels act that long)",
      source: "Part 3, step 3: simple projects are the first, short steps that bring early wins; length assumed", range: 1...100),
    .init(
      .unmanagedDelivery, defaultValue: 0.6, unit: "share",
      meaning: "how much of its effect a joint project (more than one actor involved) delivers when no actor manages the cluster initiative",
      source: "insight 3: 'if a cluster is to grow, and not just evolve, coordination and management must complement the catalyst and leadership roles'; level assumed", range: 0...1),
    .init(
      .referenceCostSimple, defaultValue: 500000, unit: "usd",
      meaning: "the money at which a simple project acts at the strength of its channels; other amounts scale it",
      source: "assumption: Tirupur's and Ludhiana's fairs and meetings cost under $1 million", range: 1...1e12),
    .init(
      .referenceCostComplex, defaultValue: 10000000, unit: "usd",
      meaning: "the same for a complex project",
      source: "assumption: the paper's 'significant financial' projects (large_project_cost)", range: 1...1e12),
    .init(
      .fundingElasticity, defaultValue: 0.5, unit: "elasticity",
      meaning: "how a project's strength follows its money: strength × (money ÷ reference)^elasticity, so each dollar does less as a project grows",
      source: "diminishing returns to scale (assumption: a square root)", range: 0...1),
    .init(
      .fundingScaleMax, defaultValue: 4, unit: "× strength",
      meaning: "the most money can multiply a project's strength",
      source: "assumption", range: 1...100),
    .init(
      .fundingScaleMin, defaultValue: 0.1, unit: "× strength",
      meaning: "the least money can reduce a project's strength to",
      source: "assumption", range: 0...1),
    .init(
      .subsidyAdvantage, defaultValue: 0.04, unit: "share of demand",
      meaning: "extra demand an export subsidy or fiscal incentive brings while it runs, at full strength: a price advantage that ends with it",
      source: "insight 8: export subsidies are 'a practice that is no longer acceptable under WTO rules'; level assumed", range: 0...1),
    .init(
      .countervailRisk, defaultValue: 0.3, unit: "per year",
      meaning: "chance each year, from wto_year on, that a WTO-incompatible subsidy still running draws countervailing duties (Monte Carlo; the deterministic run takes the expected loss)",
      source: "insight 8: 'no longer acceptable under WTO rules'; the WTO Agreement on Subsidies and Countervailing Measures (1995); level assumed so that the expected duty (risk × loss) about offsets the advantage after wto_year", range: 0...1),
    .init(
      .countervailLoss, defaultValue: 0.15, unit: "share of demand",
      meaning: "demand lost in the markets that impose countervailing duties, while the subsidy runs",
      source: "assumption: a duty equal to the subsidy shuts out some buyers altogether", range: 0...1),
    .init(
      .priceElasticity, defaultValue: 1.0, unit: "elasticity",
      meaning: "how a cluster's export demand follows a change of its prices (cost and currency events)",
      source: "assumption: unit elasticity", range: 0...10),
    .init(
      .scarringEmbryonic, defaultValue: 1, unit: "share",
      meaning: "share of the demand a shock takes that a cluster not rooted at all loses for good (its buyers find other suppliers); a partly rooted one loses between this and scarring_rooted",
      source: "insight 2: 'once they are rooted they are remarkably self-generating' (Ottawa lost 25,000 jobs 'and then quickly recovered almost all of them'); level assumed", range: 0...1),
    .init(
      .scarringRooted, defaultValue: 0.02, unit: "share",
      meaning: "the same for a rooted cluster (one that has been established, or has established_min_firms firms organized for established_min_years)",
      source: "insight 2, Ottawa; level assumed", range: 0...1),
    .init(
      .eventRate, defaultValue: 0.04, unit: "per year",
      meaning: "chance of a random demand shock each year in Monte Carlo runs",
      source: "assumption: a bad year for a cluster's market about once in 25 years", range: 0...1),
    .init(
      .eventSize, defaultValue: -0.25, unit: "share",
      meaning: "the size of a random demand shock (−25%: a quarter of demand lost)",
      source: "assumption", range: -1...0),
    .init(
      .eventRecovery, defaultValue: 2, unit: "years",
      meaning: "years a random demand shock takes to fade after its year",
      source: "assumption", range: 0...50),
    .init(
      .maturityGrowth, defaultValue: 0.12, unit: "over 3 years",
      meaning: "a cluster whose share of its market grows less than this over three years, after mature_min_years, is mature",
      source: "insight 2: 'Once a cluster reaches maturity, it runs the risk of stagnating'; the market's own growth is the benchmark (Menzel and Fornahl 2010); level assumed", range: 0...10),
    .init(
      .declineThreshold, defaultValue: 0.03, unit: "over 3 years",
      meaning: "exports falling more than this over three years mark a declining cluster (one that was established)",
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
      meaning: "chance that a complex project started with no trust at all fails (falls linearly to complex_failure_base at trust_low)",
      source: "insight 6 and the Bangalore machine-tool cluster; level assumed", range: 0...1),
    .init(
      .complexFailureBase, defaultValue: 0.05, unit: "probability",
      meaning: "chance that a complex project fails even when started with enough trust (Monte Carlo only)",
      source: "assumption: complex projects fail sometimes whatever the trust", range: 0...1),
    .init(
      .socialCapitalTrustWeight, defaultValue: 0.02, unit: "per unit",
      meaning: "horizontal reach added to social capital by a unit of trust channel",
      source: "assumption", range: 0...1),
    .init(
      .missingPrerequisiteDrag, defaultValue: 0.05, unit: "per year",
      meaning: "share growth lost for each missing prerequisite (production base, advantage, readiness, demand)",
      source: "insight 2: without the fundamentals a cluster 'will, at best, lead to a weak, unsustainable cluster'; level assumed", range: 0...1),
    .init(
      .advantageGain, defaultValue: 0.15, unit: "per year",
      meaning: "share growth of a cluster that meets all four prerequisites (a quarter for each one met): a competitive advantage in a market with international demand draws buyers",
      source: "insight 2: 'There must be some actual or potential competitive advantage … there must also be international demand for the product'; level assumed", range: 0...2),
    .init(
      .leadBuyerGain, defaultValue: 0.03, unit: "per year",
      meaning: "share growth added while a lead buyer is linked to the cluster",
      source: "insight 10: 'the involvement of one or more leading buyers has proved beneficial'; level assumed", range: 0...1),
    .init(
      .sensitivityStep, defaultValue: 0.2, unit: "share",
      meaning: "how far `sensitivity` moves each simulation parameter, down and up as a share of its value (within its accepted range)",
      source: "assumption: a fifth either way is a plausible error for levels the paper does not give", range: 0.01...1),
    .init(
      .tookOffMultiple, defaultValue: 3, unit: "× exports",
      meaning: "a run took off when final exports reach this multiple of the start",
      source: "ACIIC review cited in insight 2: 'as few as 10% are significantly successful'; threshold assumed", range: 1...1000),
    .init(
      .failedMultiple, defaultValue: 0.8, unit: "× exports",
      meaning: "a run failed when final exports fall below this multiple of the start",
      source: "ACIIC review cited in insight 2: 'more than half fail'; threshold assumed", range: 0...1),
    .init(
      .channelTradeFairMarket, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a trade fair project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelTradeFairTrust, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a trade fair project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelBuyerSellerMeetingsMarket, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a buyer seller meetings project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelBuyerSellerMeetingsTrust, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a buyer seller meetings project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelJointMarketingMarket, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a joint marketing project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelJointMarketingTrust, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a joint marketing project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelExportConsortiumMarket, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a export consortium project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelExportConsortiumTrust, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a export consortium project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelTradeFairComplexMarket, defaultValue: 2.0, unit: "units",
      meaning: "how strongly a trade fair complex project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelTradeFairComplexInfrastructure, defaultValue: 0.2, unit: "units",
      meaning: "how strongly a trade fair complex project acts through the infrastructure channel",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; units assumed", range: 0...10),
    .init(
      .channelClusterBrandMarket, defaultValue: 1.5, unit: "units",
      meaning: "how strongly a cluster brand project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelClusterBrandValue, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a cluster brand project acts through the value channel",
      source: "Part 1: design and brand 'substantially increased the level of value-retention'; units assumed", range: 0...10),
    .init(
      .channelMarketPresenceMarket, defaultValue: 1.5, unit: "units",
      meaning: "how strongly a market presence project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelMarketPresenceValue, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a market presence project acts through the value channel",
      source: "Part 1: design and brand 'substantially increased the level of value-retention'; units assumed", range: 0...10),
    .init(
      .channelMarketInformationMarket, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a market information project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelLogisticsTerminalInfrastructure, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a logistics terminal project acts through the infrastructure channel",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; units assumed", range: 0...10),
    .init(
      .channelLogisticsTerminalMarket, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a logistics terminal project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelTransportInfrastructure, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a transport project acts through the infrastructure channel",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; units assumed", range: 0...10),
    .init(
      .channelCustomsFacilitationMarket, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a customs facilitation project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelRegulationStreamliningMarket, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a regulation streamlining project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelNetworkingSessionsTrust, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a networking sessions project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelAwarenessBuildingTrust, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a awareness building project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelAwarenessBuildingCapacity, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a awareness building project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelBusinessServicesTrust, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a business services project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelBusinessServicesCapacity, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a business services project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelTrainingInstituteCapacity, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a training institute project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelTrainingInstituteEntry, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a training institute project acts through the entry channel",
      source: "insight 2, Bangalore: education, venture capital and FDI brought new firms; units assumed", range: 0...10),
    .init(
      .channelDesignInstituteCapacity, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a design institute project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelDesignInstituteValue, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a design institute project acts through the value channel",
      source: "Part 1: design and brand 'substantially increased the level of value-retention'; units assumed", range: 0...10),
    .init(
      .channelIndustrialParkCapacity, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a industrial park project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelIndustrialParkInfrastructure, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a industrial park project acts through the infrastructure channel",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; units assumed", range: 0...10),
    .init(
      .channelIndustrialParkEntry, defaultValue: 1.5, unit: "units",
      meaning: "how strongly a industrial park project acts through the entry channel",
      source: "insight 2, Bangalore: education, venture capital and FDI brought new firms; units assumed", range: 0...10),
    .init(
      .channelManufacturingComplexCapacity, defaultValue: 2.0, unit: "units",
      meaning: "how strongly a manufacturing complex project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelCapacityInvestmentCapacity, defaultValue: 2.0, unit: "units",
      meaning: "how strongly a capacity investment project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelTechnologyTransferCapacity, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a technology transfer project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelTechnologyTransferValue, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a technology transfer project acts through the value channel",
      source: "Part 1: design and brand 'substantially increased the level of value-retention'; units assumed", range: 0...10),
    .init(
      .channelIctAdoptionCapacity, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a ict adoption project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelIctAdoptionMarket, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a ict adoption project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelCertificationMarket, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a certification project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelCertificationValue, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a certification project acts through the value channel",
      source: "Part 1: design and brand 'substantially increased the level of value-retention'; units assumed", range: 0...10),
    .init(
      .channelQualityProgrammeMarket, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a quality programme project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelQualityProgrammeValue, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a quality programme project acts through the value channel",
      source: "Part 1: design and brand 'substantially increased the level of value-retention'; units assumed", range: 0...10),
    .init(
      .channelUniversityResearchCapacity, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a university research project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelUniversityResearchEntry, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a university research project acts through the entry channel",
      source: "insight 2, Bangalore: education, venture capital and FDI brought new firms; units assumed", range: 0...10),
    .init(
      .channelIctInfrastructureInfrastructure, defaultValue: 1.5, unit: "units",
      meaning: "how strongly a ict infrastructure project acts through the infrastructure channel",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; units assumed", range: 0...10),
    .init(
      .channelIctInfrastructureCapacity, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a ict infrastructure project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelFdiAttractionEntry, defaultValue: 1.5, unit: "units",
      meaning: "how strongly a fdi attraction project acts through the entry channel",
      source: "insight 2, Bangalore: education, venture capital and FDI brought new firms; units assumed", range: 0...10),
    .init(
      .channelFdiAttractionCapacity, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a fdi attraction project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelVentureCapitalEntry, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a venture capital project acts through the entry channel",
      source: "insight 2, Bangalore: education, venture capital and FDI brought new firms; units assumed", range: 0...10),
    .init(
      .channelWaterSupplyInfrastructure, defaultValue: 1.5, unit: "units",
      meaning: "how strongly a water supply project acts through the infrastructure channel",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; units assumed", range: 0...10),
    .init(
      .channelEffluentTreatmentInfrastructure, defaultValue: 1.5, unit: "units",
      meaning: "how strongly a effluent treatment project acts through the infrastructure channel",
      source: "insight 8: 'the absence of adequate infrastructure … represents the single greatest constraint'; units assumed", range: 0...10),
    .init(
      .channelLabourStandardsMarket, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a labour standards project acts through the market channel",
      source: "insight 4: border-out projects (fairs, meetings, brands, market information) widen market access, and so do some others; units relative to one trade fair, assumed", range: 0...10),
    .init(
      .channelLabourStandardsTrust, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a labour standards project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelDisputeMediationTrust, defaultValue: 0.5, unit: "units",
      meaning: "how strongly a dispute mediation project acts through the trust channel",
      source: "insight 6: networking, mediation and joint projects 'build the personal relationships needed'; units assumed", range: 0...10),
    .init(
      .channelWomenEmploymentCapacity, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a women employment project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelRegionalDevelopmentCapacity, defaultValue: 0.3, unit: "units",
      meaning: "how strongly a regional development project acts through the capacity channel",
      source: "Part 1: Tirupur's parks, complexes and training raised what its firms could make; units assumed", range: 0...10),
    .init(
      .channelExportSubsidyPrice, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a export subsidy project acts through the price channel",
      source: "insight 8: export subsidies and fiscal incentives are a price advantage 'no longer acceptable under WTO rules'; one unit is subsidy_advantage", range: 0...10),
    .init(
      .channelFiscalIncentivePrice, defaultValue: 1.0, unit: "units",
      meaning: "how strongly a fiscal incentive project acts through the price channel",
      source: "insight 8: export subsidies and fiscal incentives are a price advantage 'no longer acceptable under WTO rules'; one unit is subsidy_advantage", range: 0...10),
  ]
}
