// Help topics: the text of `help TOPIC`, one entry per keyword, command and concept.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

/// One topic of `help`.
public struct HelpTopic: Sendable {
  /// The word typed after `help` (a keyword, a command, or a concept such as `units`).
  public let name: String
  /// One line: what it is for.
  public let summary: String
  /// The syntax, one form per line.
  public let synopsis: String
  /// A few sentences of explanation, in the paper's words where it helps a trainer.
  public let details: String
  /// A runnable example: statements that run in a FRESH session without error.
  public let example: String
  /// Whether `example` runs without error today (false for a command that is planned but not
  /// built: `help` marks it "(coming)").
  public let exampleRuns: Bool
  /// Related topics, each of which must itself be a topic.
  public let seeAlso: [String]
}

public enum HelpTopics {
  /// The movable limits, their defaults and their `--safe` values, as `help limits` shows them.
  static var limitsTable: String {
    let width = SessionLimits.names.map(\.name.count).max() ?? 0
    return SessionLimits.names.map { entry in
      let normal = String(SessionLimits()[entry.name] ?? 0)
      let safe = "safe " + String(SessionLimits.safe[entry.name] ?? 0)
      return "  " + entry.name.padding(width) + "  " + normal.padding(10) + safe.padding(14) + entry.meaning
    }.joined(separator: "\n")
  }

  /// Every topic, sorted by name.
  public static let all: [HelpTopic] =
    (declarations + statements + whatIfStatements + expressionWords + sessionCommands
      + modelCommands + concepts)
    .sorted { $0.name < $1.name }

  /// The topic called `named`. Case does not matter, spaces, `_` and `-` between words are
  /// alike, and a few other spellings lead to their topic (`license`, `cohorts`, `set param`).
  public static func topic(named: String) -> HelpTopic? {
    if let exact = index[named] { return exact }
    let key = named.lowercased()
      .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "_" })
      .joined(separator: "-")
    if let topic = index[key] { return topic }
    if let target = aliases[key] { return index[target] }
    return nil
  }

  /// The overview printed by plain `help`: the commands and declarations grouped, each with
  /// its one-line summary.
  public static var overview: String {
    let width = overviewGroups.flatMap(\.names).map(\.count).max() ?? 0
    var lines = [
      "clusterlab describes export clusters in the words of the ITC paper \"Innovations in",
      "Export Strategy: Competitiveness through export clustering\" (2005): firms and cohorts",
      "of firms, institutions, buyers, consortia, the links between them, and the",
      "interventions of a cluster initiative.",
      "",
      "To begin, type a cluster, a few actors, and look at them:",
      "",
      "  cluster Tirupur { type: manufacturing, exports: 100 musd }",
      "  firms makers: 2500 { role: producer, employees: 50 }",
      "  institution TEA { kind: association, roles: [catalyst, leader, manager] }",
      "  list",
    ]
    for group in overviewGroups {
      lines.append("")
      lines.append(group.title)
      for name in group.names {
        // A command whose example cannot run yet is one that comes with the reports.
        let summary = (isComing(name) ? "(coming) " : "") + (index[name]?.summary ?? "")
        lines.append("  " + name + String(repeating: " ", count: width - name.count + 3) + summary)
      }
    }
    lines.append("")
    lines.append("Type `help TOPIC` for more, e.g. `help firm`.")
    return lines.joined(separator: "\n")
  }

  /// Whether a topic's command is not available yet (its example cannot run): `help` marks it.
  public static func isComing(_ name: String) -> Bool {
    index[name].map { !$0.exampleRuns } ?? false
  }

  /// The words the overview lists, by group title.
  public static var overviewNames: [(title: String, names: [String])] { overviewGroups }

  // MARK: - lookup

  private static let index: [String: HelpTopic] =
    Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

  /// Other spellings people type, each leading to a topic (words joined by `-`).
  private static let aliases: [String: String] = [
    "clusters": "cluster",
    "cohort": "firms", "cohorts": "firms",
    "institutions": "institution",
    "buyers": "buyer", "lead-buyer": "buyer",
    "consortia": "consortium", "consortiums": "consortium",
    "links": "link", "linkage": "link", "linkages": "link",
    "targets": "target",
    "events": "event", "shock": "event", "shocks": "event", "event-kinds": "event",
    "linkkinds": "link-kinds", "kinds-of-link": "link-kinds",
    "intervention-kinds": "interventions", "catalogue": "interventions", "catalog": "interventions",
    "gear": "gears",
    "unit": "units", "value": "values", "types": "values",
    "expression": "expressions", "operators": "expressions",
    "comment": "comments",
    "script": "scripts", "command-line": "scripts", "check": "scripts", "fmt": "scripts",
    "demo": "scripts",
    "history": "repl", "completion": "repl", "keys": "repl",
    "license": "licence", "copying": "licence",
    "set-param": "params", "param": "params", "parameter": "parameters",
    "indicator": "indicators",
    "value-chain": "valuechain",
    "variables": "let",
    "scenarios": "scenario", "whatif": "what-if", "what-ifs": "what-if", "whatifs": "what-if",
    "sweep": "for", "sweeps": "for", "loop": "for",
    "journal": "recover", "crash": "recover", "limit": "limits", "sandbox": "safe", "untrusted": "safe",
    "monte-carlo": "runs", "montecarlo": "runs", "random": "seed",
    "simulations": "simulation",
    "chart": "plot", "tornado": "sensitivity", "trajectory": "what-if",
  ]

  /// The groups of the overview, in the order a newcomer meets them.
  private static let overviewGroups: [(title: String, names: [String])] = [
    (
      "Declarations",
      ["cluster", "firm", "firms", "institution", "buyer", "consortium", "link", "intervention", "event", "target"]
    ),
    ("Changing", ["set", "drop", "undo", "redo", "reset"]),
    (
      "Expressions and scripting",
      [
        "let", "print", "assert", "include", "scenario", "seed", "runs", "for", "where", "and", "or",
        "not", "true", "false", "count", "sum", "by", "in", "from", "to", "on",
      ]
    ),
    ("Session commands", ["help", "list", "show", "use", "load", "save", "quit", "exit"]),
    (
      "Model commands",
      [
        "evaluate", "insights", "why", "stage", "gears", "diamond", "roles", "financing", "valuechain",
        "network", "plan", "params", "simulate", "plot", "compare", "sensitivity", "export",
      ]
    ),
    (
      "Concepts",
      [
        "units", "values", "expressions", "comments", "interventions", "link-kinds", "indicators",
        "parameters", "simulation", "what-if", "repl", "scripts", "safe", "limits", "recover", "licence",
      ]
    ),
  ]

  // MARK: - generated text

  /// Greedy word wrap of `text` to lines of at most `width` columns, each after `indent`.
  private static func wrap(_ text: String, width: Int = 88, indent: String = "") -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, indent.count + line.count + 1 + word.count > width {
        lines.append(indent + line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(indent + line) }
    return lines.joined(separator: "\n")
  }

  /// How the paper describes each gear, for headings.
  private static let gearPhrases: [String: String] = [
    "border_in": "export capacity and competence",
    "border": "the cost of doing business and of getting goods to market",
    "border_out": "market development and promotion",
    "development": "the cluster's contribution to its region",
  ]

  /// The catalogue of intervention kinds, grouped by gear, from `Schema.interventionKinds`.
  static let interventionCatalogue: String = {
    let kinds = Schema.interventionKinds
    let nameWidth = kinds.map(\.rawValue.count).max() ?? 0
    let complexityWidth = kinds.map(\.complexity.rawValue.count).max() ?? 0
    var lines: [String] = []
    for gear in Gear.allCases {
      let members = kinds.filter { $0.gear == gear }
      if members.isEmpty { continue }
      if !lines.isEmpty { lines.append("") }
      lines.append("gear " + gear.rawValue + (gearPhrases[gear.rawValue].map { ": " + $0 } ?? ""))
      for kind in members {
        let name = kind.rawValue
        let complexity = kind.complexity.rawValue
        let head =
          "  " + name + String(repeating: " ", count: nameWidth - name.count + 2)
          + complexity + String(repeating: " ", count: complexityWidth - complexity.count + 2)
        if head.count + kind.summary.count <= 89 {
          lines.append(head + kind.summary)
        } else {
          lines.append(head.trimmedRight)
          lines.append("      " + kind.summary)
        }
      }
    }
    return lines.joined(separator: "\n")
  }()

  /// Every link kind with its meaning, from `Schema.linkKinds`.
  static let linkKindTable: String = {
    let width = Schema.linkKinds.values.map(\.count).max() ?? 0
    return Schema.linkKinds.values.map { kind in
      "  " + kind + String(repeating: " ", count: width - kind.count + 2) + Schema.linkKindSummary(kind)
    }.joined(separator: "\n")
  }()

  /// Every event kind with what its `size` means, from `EventKind`.
  static let eventKindTable: String = {
    let width = EventKind.allCases.map(\.rawValue.count).max() ?? 0
    return EventKind.allCases.map { kind in
      let head = "  " + kind.rawValue + String(repeating: " ", count: width - kind.rawValue.count + 2)
      let hanging = String(repeating: " ", count: head.count)
      return wrap(kind.sizeMeaning, width: 90, indent: hanging).replacingPrefix(hanging, with: head)
    }.joined(separator: "\n")
  }()

  /// Each constraint a cluster may declare with the kinds of intervention that address it, from
  /// `Constraint.remedies` (infrastructure and trust are judged by insights 8 and 6).
  static let constraintTable: String = {
    let constraints = Constraint.allCases.filter { $0 != .infrastructure && $0 != .trust }
    let width = constraints.map(\.rawValue.count).max() ?? 0
    return constraints.map { c in
      let head = "  " + c.rawValue + String(repeating: " ", count: width - c.rawValue.count + 2)
      let hanging = String(repeating: " ", count: head.count)
      return wrap(c.remedies.map(\.rawValue).joined(separator: ", "), width: 86, indent: hanging)
        .replacingPrefix(hanging, with: head)
    }.joined(separator: "\n")
  }()

  /// The kinds of intervention that build infrastructure (insight 8 judges their financing).
  static let infrastructureKinds: String = wrap(
    InterventionKind.allCases.filter(\.isInfrastructure).map(\.rawValue).joined(separator: ", ") + ".", indent: "  ")

  /// The metrics a target may name, wrapped.
  static let metricList: String = wrap(Schema.metrics.values.joined(separator: ", ") + ".", indent: "  ")

  /// The metrics of a simulated trajectory (`exports(2004)`, `compare … on`, `plot`), wrapped.
  static let trajectoryMetricList: String =
    wrap(Trajectory.metrics.joined(separator: ", ") + ".", indent: "  ")

  // MARK: - declarations

  static let declarations: [HelpTopic] = [
    HelpTopic(
      name: "cluster",
      summary: "declare a cluster and make it the current one",
      synopsis: """
        cluster NAME
        cluster NAME { ATTRIBUTE: VALUE, ... }
        """,
      details: """
        A cluster is, in Michael Porter's definition quoted in Part 1, "a geographically
        proximate group of interconnected companies and associated institutions in a
        particular field linked by commonalities and complementarities". Declare one first:
        the firms, institutions, buyers, consortia, links, interventions and targets that
        follow all go into the current cluster.

        `cluster NAME { ... }` declares a new cluster and makes it current. `cluster NAME`
        without a block does the same for a new name, and for an existing one simply
        switches to it, like `use NAME`. A session may hold several clusters side by side,
        Tirupur and Ludhiana for instance; a name need only be unique within its cluster.

        The cluster's own attributes record what the paper checks before any initiative is
        launched: the prerequisites of insight 2 ("clusters can be enhanced, and even
        induced, but they cannot be created 'from scratch'"), what drives the cluster
        (`driver`: a domestic driver needs no international demand), trust (insight 6),
        the fit of its structure (insight 7), and the key `constraints` on its growth (the
        UNIDO table of insight 5), each of which insight 4 expects a project to address
        (`help gears`). `budget`, `facilitator` and `framework` are the Green Book's
        ingredients, which `why greenbook` shows as context: insight 5 holds the mix and
        timing of the ingredients more important than the ingredients themselves.

        `year` is the year the description holds for: the model reads the case as of that
        year, or as of another with `in YEAR` (`help evaluate`). A declared `stage` holds
        for that year only. What you do not know, leave unsaid: an attribute nobody
        declared leaves the verdicts that need it "not assessed", and is never counted as
        absent or low. Change one later with `set NAME.ATTRIBUTE = VALUE`.
        """,
      example: """
        cluster Tirupur {
          region: "Tamil Nadu, India", sector: "knitted garments", type: manufacturing
          year: 1990, exports: 100 musd, demand: strong, advantage: [cost, process]
          constraints: [infrastructure, skills]
        }
        print Tirupur.exports
        cluster Ludhiana { type: manufacturing, sector: hosiery }
        use Tirupur
        list clusters
        """,
      exampleRuns: true,
      seeAlso: ["use", "set", "drop", "firm", "institution", "target", "values"]
    ),
    HelpTopic(
      name: "firm",
      summary: "declare one firm of the current cluster",
      synopsis: """
        firm NAME
        firm NAME { ATTRIBUTE: VALUE, ... }
        """,
      details: """
        A firm is one company of the cluster: a garment maker, an exporter, a dyer, a jobber
        taking out-sourced work, or a large lead producer. Insight 2 asks for "confirmed
        production capacity within the target geographic area based on SMEs (and possibly one
        or more larger, prospective lead producers)".

        Declare single firms for the ones you want to talk about by name, such as Prime Tex,
        founded in 1989 "with 5 sewing machines and 20 workers" (the paper's opening
        testimony), and a cohort (`firms NAME: COUNT`) for the many similar ones. Both count
        in `count(firms)`.

        Insight 1 is a reminder that a cluster is "what happens between the 'boxes', not
        inside them": a firm matters through its links (`help link`).

        `roles` records a firm's part in the initiative: insight 5 tells of "large firms
        acting as catalysts", so a lead producer may be the catalyst (`help roles`).
        `founded` is the year the firm was founded, or arrived in the cluster: as of an
        earlier year (`evaluate in YEAR`) it is not there yet. Whether a firm exports
        directly (`direct_export`) decides its exposure to world markets (insight 10):
        left unsaid for a firm that sells beyond the cluster, the exposure is a range.
        """,
      example: """
        cluster Tirupur
        firm PrimeTex { role: exporter, employees: 20, founded: 1989, product: "baby wear" }
        firm BigKnit {
          role: lead_producer, size: large, employees: 800, direct_export: true
          roles: [catalyst]
        }
        list firms
        """,
      exampleRuns: true,
      seeAlso: ["firms", "link", "set", "drop", "list", "show"]
    ),
    HelpTopic(
      name: "firms",
      summary: "declare a cohort: COUNT similar firms described once",
      synopsis: """
        firms NAME: COUNT
        firms NAME: COUNT { ATTRIBUTE: VALUE, ... }
        """,
      details: """
        A cohort stands for many similar firms described by one template, so Tirupur's "more
        than 2,500" garment makers are one line. Its attributes (employees, capacity, exports
        and the rest) are those of one typical firm: `count(firms)` counts every firm of the
        cohort, and `sum` multiplies the per-firm values by the size of the cohort.

        Change the size with `set NAME.count = N`. A link from a cohort to itself describes
        the ties among its own firms, with a density: the share of all possible pairs that
        are linked, as in `link makers -- makers : cooperation density 0.02`.

        Part 1 gives Tirupur's figures to start from: exporters up from about 50 in 1990 to
        500 in 2005, and the average firm growing from 50,000 garments/month and 50 employees
        to 200,000 garments/month and 150 employees.

        A cohort with `founded` joins the cluster in that year: a query of an earlier year
        leaves it out, and a simulation brings its firms in that year. `arrive: 1995 to 2005`
        says instead that its firms arrive evenly over those years (one year: all in that
        year); the last year may not come before the first.
        """,
      example: """
        cluster Tirupur { year: 1990 }
        firms makers: 2500 { role: producer, employees: 50, capacity: 50000 garments/month }
        firms exporters: 50 { role: exporter, direct_export: true }
        print count(firms)
        print sum(firms.employees)
        set makers.count = 3000
        list cohorts
        """,
      exampleRuns: true,
      seeAlso: ["firm", "count", "sum", "link", "set", "units"]
    ),
    HelpTopic(
      name: "institution",
      summary: "declare an institution: an association, agency, government, university",
      synopsis: """
        institution NAME
        institution NAME { ATTRIBUTE: VALUE, ... }
        """,
      details: """
        Institutions are the players of a cluster that are not firms: associations,
        government at each level, support agencies, universities and training institutes,
        standards bodies, financiers, and special purpose vehicles such as NTADCL. Insight 1:
        "the ability of each of these non-firm players to understand and adapt their roles
        will ... eventually be the principal determinant of the cluster's competitiveness".

        Insight 3: "cluster initiatives require a catalyst, a leader and a manager if action
        by firms, government and support agencies is to be effectively aligned". The
        catalyst is normally an institution (a large firm or a lead buyer may be one too);
        in Tirupur, TEA was both catalyst and leader, and managed through a formal
        structure. Record who plays which role in `roles`: with no catalyst declared, an
        institution that declares no `roles` at all may be it, and insight 3 is then not
        assessed.

        A government (`kind: government`, or `sector: public`) is the State; a donor or an
        international agency (`kind: donor`, or `level: international`: UNIDO) is a
        development partner and makes no public-private partnership. The `founded` year of
        the institution that catalyses, leads or manages dates the organized initiative
        (`help stage`); as of an earlier year the institution is not there yet.

        Anjum Fayyaz's warning under insight 1, that poorly defined mandates of support
        agencies lead to "a lack of focus, an overlapping of activity and weak linkages",
        is what `mandate` records.
        """,
      example: """
        cluster Tirupur
        institution TEA {
          kind: association, sector: private, roles: [catalyst, leader, manager]
          formal: true, founded: 1990, full_name: "Tirupur Exporters' Association"
        }
        institution TNGov { kind: government, level: state, sector: public }
        link TEA -- TNGov : partner
        show TEA
        """,
      exampleRuns: true,
      seeAlso: ["roles", "link", "intervention", "link-kinds"]
    ),
    HelpTopic(
      name: "buyer",
      summary: "declare a buyer: a retailer, brand, buying house or importer",
      synopsis: """
        buyer NAME
        buyer NAME { ATTRIBUTE: VALUE, ... }
        """,
      details: """
        Buyers link a cluster to global markets. Insight 10: "the involvement of one or more
        leading buyers has proved beneficial for SME-dominated clusters". A lead buyer has a
        long-term stake in the cluster: it communicates clear market requirements, helps with
        logistics and takes part in quality improvement, as Nespresso does with the coffee
        cooperatives of Caldas, Colombia. It need not be foreign: "they can be sizeable local
        buyers with extensive global connections".

        Insight 9 is the other side: acting alone, small producers "cannot meet the minimum
        volume requirements of the foreign buyer", which is what consortia are for. Connect
        a buyer to the firms it buys from with `link BUYER -> FIRMS : buys`.

        A buyer links its firms to world markets (insight 10) when it is foreign, an
        importer or a multinational, or a local lead buyer; any other local buyer is the
        domestic market, an intermediary. Leave `origin` unsaid and the firms' exposure is
        a range. A lead buyer may also hold a role in the initiative, the catalyst's
        included (`roles`). `founded` is the year it began buying from the cluster: as of
        an earlier year it is not there yet.
        """,
      example: """
        cluster Ludhiana { sector: hosiery }
        firms makers: 300 { role: producer, size: small }
        buyer HighStreet {
          kind: retailer, origin: foreign, market: [EU, US], founded: 2002
          lead: true, min_order: 1 musd, support: [requirements, quality]
        }
        link HighStreet -> makers : buys
        list buyers where lead
        """,
      exampleRuns: true,
      seeAlso: ["consortium", "link", "link-kinds"]
    ),
    HelpTopic(
      name: "consortium",
      summary: "declare an export consortium: firms that market jointly",
      synopsis: """
        consortium NAME
        consortium NAME { ATTRIBUTE: VALUE, ... }
        """,
      details: """
        An export consortium is, in the paper's footnote 9, "a voluntary alliance of firms
        with the objective of promoting the goods and services of its members abroad and
        facilitating the export of these products through joint actions". Insight 9: acting
        alone, small producers cannot promote their products or meet a foreign buyer's
        minimum volumes; together they can.

        In the Bangalore machine tool cluster, 56 SMEs formed 9 marketing consortia: common
        brochures, joint marketing offices, common sales agents and websites, joint
        advertising, a common warehouse and exhibitions abroad. One consortium entered the
        Chinese market, "which would have been impossible for any single firm to achieve".

        `members` names the firms or cohorts a consortium draws on; when a member is a
        cohort, say in `firms` how many firms take part. A consortium linked to export
        buyers, or with `markets` of its own, exposes its firms to world markets (insight
        10). As of a year before it was `formed`, it is not there yet.
        """,
      example: """
        cluster Bangalore { sector: "machine tools" }
        firms smes: 56 { role: producer, size: small }
        consortium Team1 {
          members: [smes], firms: 6
          activities: [brochures, sales_agents, website, exhibitions], markets: [China]
        }
        list consortia
        """,
      exampleRuns: true,
      seeAlso: ["firms", "buyer", "intervention", "interventions"]
    ),
    HelpTopic(
      name: "link",
      summary: "declare a linkage between two actors: directed (->) or both ways (--)",
      synopsis: """
        link FROM -> TO : KIND
        link A -- B : KIND
        link FROM -> TO : KIND { ATTRIBUTE: VALUE, ... }
        link FROM -> TO : KIND ATTRIBUTE VALUE ...
        """,
      details: """
        Insight 1: "the distinguishing feature of clusters compared to 'concentrations of
        firms' is what happens between the 'boxes', not inside them." Links are those
        interactions.

        Vertical links join a firm to its suppliers and customers; they "can be arm's length
        or they can involve a true partnership relationship that is founded on information
        and process sharing and mutual trust" (the `mode` of a link). Horizontal links join
        firms that compete and cooperate at once, and in time extend to service providers
        and institutions. The trust on a link, from 0 to 1, is insight 6: "Trust is
        paramount."

        `->` is directed, `--` goes both ways. A link from a cohort to itself describes the
        ties among its firms, with a `density`: the share of possible pairs that are linked.
        The kinds of link are listed in `help link-kinds`. Remove a link with
        `drop link FROM -> TO`.

        The trust on a link weighs the ties it stands for: the horizontal reach of insight
        1, and the exposure a supplier gets through its customers (insight 10). Where
        nobody declared trust, on the link or on the cluster, insight 1 weighs the ties by
        an assumed trust and says so; when the reach with no trust and with full trust
        fall on either side of its threshold, it is not assessed. A link with a `since`
        year later than the year of a query is not there yet (`help evaluate`).
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer }
        institution Assoc { kind: association }
        link makers -> Assoc : member
        link makers -- makers : cooperation density 0.05 trust 0.4
        list links
        """,
      exampleRuns: true,
      seeAlso: ["link-kinds", "drop", "network", "firms"]
    ),
    HelpTopic(
      name: "intervention",
      summary: "declare a project of the cluster initiative, such as a trade fair",
      synopsis: """
        intervention NAME
        intervention NAME { ATTRIBUTE: VALUE, ... }
        """,
      details: """
        An intervention is one project of the cluster initiative: a trade fair, an inland
        container depot, a training institute, a water supply scheme. Its `kind` comes from
        the catalogue of projects the paper names (`help interventions`); each turns one of
        the four gears of export strategy (insight 4, `help gears`) and is simple or complex.

        Insight 5: "the mix and timing of ingredients are more important than the
        ingredients themselves". Part 3 advises simple initiatives first, to achieve "early
        wins" and build trust; complex projects come later, usually with a formal structure
        (TEA: "We have a different committee for each"). Insight 8: "there is more to
        infrastructure financing than public sector funds"; record who pays in `funding` and
        how in `financing`; `revenue` is what an infrastructure project earns a year (user
        charges, tariffs) to repay its private financiers.

        `start`, `end` (or `duration`) and `status` date a project. As of a year (the
        cluster's `year`, or `in YEAR`), a project that starts later is planned and shown
        with its year; one whose end year has come is done, and an export subsidy or fiscal
        incentive that has ended is history, not a current instrument. A declared `status`
        describes the case's year: a project declared planned is taken to go ahead once a
        later year reaches its start, as the simulation runs it; failed and dropped ones
        turn no gear.

        An actor that leads an intervention cannot be dropped until the intervention is
        dropped or given another lead.
        """,
      example: """
        cluster Tirupur
        institution TEA { kind: association, roles: [catalyst, leader, manager] }
        institution TNGov { kind: government, level: state }
        intervention ICD {
          kind: logistics_terminal, gear: border, lead: TEA, partners: [TNGov]
          funding: { TEA: 3 musd }, start: 1993, complexity: complex, revenue: 0.4 musd
        }
        intervention Fairs { kind: trade_fair, gear: border_out, lead: TEA, status: running }
        list interventions
        """,
      exampleRuns: true,
      seeAlso: ["interventions", "gears", "financing", "plan", "drop"]
    ),
    HelpTopic(
      name: "event",
      summary: "declare a dated shock or ruling: an import alert, the end of quotas, a crash",
      synopsis: """
        event NAME { kind: KIND, year: YEAR, size: CHANGE, ATTRIBUTE: VALUE, ... }
        """,
      details: """
        The paper's cases are told through crises: a buyer country's import alert, the
        phase-out of quotas, a crash in demand, a court's ruling on effluents, a currency
        shock. An event records one: its `kind`, the `year` it strikes and its `size`, a
        signed share whose meaning the kind gives (the list below). The sign is that of the
        change in what the kind names, so a fall of demand is negative and a rise of costs
        positive; an import alert is written negative and a regulation positive, and the
        other sign is an error.

        An event holds at full size for `duration` years (1 if not given), then fades back
        to nothing evenly over `recovery` years (0 if not given). `lasting: true` makes it
        permanent: it neither ends nor fades, and takes no `duration` or `recovery`. It hits
        the buyer `markets` listed (every market if none), and the firms, cohorts or buyers
        named in `hits` (the whole cluster if none).

        An event is not an actor: links, consortia and interventions cannot name it. Its name
        is unique in the cluster like any other. Change it with `set NAME.size = -10%`,
        remove it with `drop NAME`, and try one out in a scenario (`help scenario`).
        `list events` shows the events of the current cluster. The simulation applies
        them in their year (a demand shock or import alert moves demand, a quota phase-out
        the cluster's position for good, a cost or currency shock its prices, a regulation
        its capacity), and a cluster never established keeps the loss; `why exports in
        YEAR` shows what each took, and `evaluate in YEAR` lists those that struck.
        """,
      example: """
        cluster Tirupur { year: 1990 }
        firms dyers: 700 { role: supplier, stages: [dyeing] }
        event Ruling {
          kind: regulation, year: 1996, size: 10%, hits: [dyers]
          notes: "court orders effluent treatment"
        }
        event Alert { kind: import_alert, year: 1998, size: -40%, duration: 2, recovery: 3, markets: [US] }
        event QuotaEnd { kind: quota_phase_out, year: 2005, size: -20%, markets: [EU, US], lasting: true }
        set Alert.size = -30%
        list events
        """,
      exampleRuns: true,
      seeAlso: ["scenario", "set", "drop", "cluster", "firms"]
    ),
    HelpTopic(
      name: "target",
      summary: "state a quantitative target of the cluster's common framework",
      synopsis: """
        target METRIC VALUE by YEAR
        """,
      details: """
        Insight 5 quotes the Cluster Initiative Green Book: a common framework means
        "developing collectively an explicit vision and specifying quantitative targets".
        TEA's export target for 2007 was $2.5 billion: `target exports 2.5 busd by 2007`.

        A second target for the same metric and year replaces the first. `list targets`
        shows them. METRIC is one of:

        \(metricList)
        """,
      example: """
        cluster Tirupur { year: 2004, exports: 1.2 busd }
        target exports 2.5 busd by 2007
        target exporters 500 by 2005
        list targets
        """,
      exampleRuns: true,
      seeAlso: ["by", "cluster", "units", "simulate"]
    ),
  ]

  // MARK: - statements

  static let statements: [HelpTopic] = [
    HelpTopic(
      name: "set",
      summary: "change one attribute of an actor, a cohort or a cluster, or a parameter",
      synopsis: """
        set NAME.ATTRIBUTE = VALUE
        set CLUSTER.ATTRIBUTE = VALUE
        set param NAME = VALUE
        set param NAME = VALUE in CLUSTER
        """,
      details: """
        `set` changes one attribute and keeps the rest as declared. The value is checked as
        in a declaration, with a "did you mean" for a misspelt word. `set makers.count = 3000`
        resizes a cohort; a cluster's own attributes are set through the cluster's name.

        Declaring a name twice is an error, so `set` is how a case evolves in front of a
        class: trust rises, the association becomes formal, the cohort grows. `undo` takes a
        change back.

        `set param NAME = VALUE` is different: it changes a parameter of the cluster model,
        a threshold such as trust_low, for this session (`help params`); with `in CLUSTER`
        for that cluster or scenario only. It is undone and saved like any other change.
        Either value may be computed: a `let`, a `for` loop's variable (to sweep an
        assumption, `help for`), arithmetic: `set Demo.trust = t`, `set ICD.start = y + 1`.
        """,
      example: """
        cluster Demo { trust: 0.2 }
        institution TEA { kind: association, formal: false }
        firms makers: 2500 { role: producer }
        set TEA.formal = true
        set makers.count = 3000
        set Demo.trust = 40%
        print Demo.trust
        set param trust_low = 0.25
        why insight 6
        """,
      exampleRuns: true,
      seeAlso: ["drop", "undo", "values", "params", "parameters", "for"]
    ),
    HelpTopic(
      name: "drop",
      summary: "remove an actor, an intervention, a cluster or a link",
      synopsis: """
        drop NAME
        drop link FROM -> TO
        drop link FROM -> TO : KIND
        drop link A -- B
        """,
      details: """
        `drop NAME` removes an actor or an intervention from the current cluster, or a whole
        cluster with everything in it. Its links go with it, it leaves the consortia and the
        partner lists it was in, and its funding of interventions is removed; every such
        change is listed, so nothing disappears silently.

        An actor that leads an intervention cannot be dropped until that intervention is
        dropped or given another lead (`set INTERVENTION.lead = OTHER`).

        `drop link FROM -> TO` removes the links between two actors, of every kind, and
        `drop link FROM -> TO : KIND` only that kind. `undo` brings back what was dropped.
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer }
        firms dyers: 20 { role: supplier }
        institution Assoc { kind: association }
        link makers -> Assoc : member
        link dyers -> makers : supplies
        drop link dyers -> makers : supplies
        drop Assoc
        list links
        """,
      exampleRuns: true,
      seeAlso: ["set", "undo", "link", "reset"]
    ),
    HelpTopic(
      name: "use",
      summary: "switch the current cluster",
      synopsis: """
        use NAME
        """,
      details: """
        Declarations, `list`, `count` and `sum` work on the current cluster: the one declared
        last, until `use` switches to another. `cluster NAME` without a block does the same
        for a cluster that exists already.

        Several clusters in one session let a trainer set Tirupur beside Ludhiana or
        Bangalore; each keeps its own actors, links and targets.
        """,
      example: """
        cluster Tirupur
        firms makers: 2500 { role: producer }
        cluster Ludhiana
        firms makers: 300 { role: producer }
        use Tirupur
        print count(firms)
        """,
      exampleRuns: true,
      seeAlso: ["cluster", "list", "compare"]
    ),
    HelpTopic(
      name: "let",
      summary: "give a name to the value of an expression",
      synopsis: """
        let NAME = EXPRESSION
        """,
      details: """
        `let` computes the value once, when it runs, and keeps it for the rest of the
        session; a later change to the case does not update it. Binding the same name again
        replaces the value. Variables belong to the session, not to a cluster, and `save`
        writes them too.

        Use a variable anywhere an expression is allowed, and `show NAME` to see it. Inside
        a `where`, an attribute of the actor being tested wins over a variable of the same
        name.
        """,
      example: """
        cluster Demo
        firms makers: 2500 { role: producer, employees: 50 }
        firm PrimeTex { role: exporter, employees: 300 }
        let smes = count(firms where employees < 250)
        let jobs = sum(firms.employees)
        print smes
        print jobs
        """,
      exampleRuns: true,
      seeAlso: ["print", "show", "expressions", "assert"]
    ),
    HelpTopic(
      name: "print",
      summary: "print the value of an expression, or several on one line",
      synopsis: """
        print EXPRESSION
        print EXPRESSION, EXPRESSION, ...
        print "TEXT {EXPRESSION} TEXT"
        print EXPRESSION as json
        """,
      details: """
        `print` writes a value on standard output: a number with its unit, a word, a text,
        a list or true/false. Computed money is shown in the largest unit that fits, so
        $100 million spread over 2,500 firms prints as 40 kusd. An attribute that is not
        set prints as "(not set)". Several values, separated by commas, print on one line
        two spaces apart; inside a `for` they are a row of the table the loop prints when
        it ends (`help for`). In a text, `{EXPRESSION}` puts a value in its place
        ("t = {t}"); `{{` and `}}` write a brace.

        `as json` writes the value as JSON with the text above: a number with a unit as
        its value in usd (or years, or per month), its unit and its text; docs/model.md
        gives the shape. `as text` gives text when `clusterlab --format json` made JSON
        the default.
        """,
      example: """
        cluster Demo { exports: 100 musd }
        firms makers: 2500 { role: producer, employees: 50 }
        print count(firms)
        print Demo.exports / 2500
        print Demo.exports > 50 musd
        print "2,500 makers"
        print count(firms), Demo.exports / 2500
        print "each of the {count(firms)} makers: {Demo.exports / 2500}"
        print Demo.exports / 2500 as json
        """,
      exampleRuns: true,
      seeAlso: ["let", "expressions", "units", "show"]
    ),
    HelpTopic(
      name: "assert",
      summary: "check that a condition holds; a failed assert stops a script",
      synopsis: """
        assert CONDITION
        """,
      details: """
        `assert` does nothing when its condition is true. When it is false it reports an
        error with the file, line and column, and, for a comparison, the values of both
        sides. A script stops there (or, with --keep-going, runs on) and ends with exit
        status 1; in the REPL the session simply goes on.

        Assertions keep a what-if file honest: state what must hold about the case, and a
        rerun after any change tells at once if it still does. After a `simulate` they can
        check the trajectory too: `assert exports(2004) > 1 busd` (`help what-if`).
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer }
        link makers -- makers : cooperation density 0.05
        assert count(firms) == 100
        assert count(links where kind == cooperation) > 0
        """,
      exampleRuns: true,
      seeAlso: ["expressions", "scripts", "let", "where", "what-if"]
    ),
    HelpTopic(
      name: "include",
      summary: "run another case file here, as part of this one",
      synopsis: """
        include "FILE"
        include FILE
        """,
      details: """
        `include` runs the statements of another file at this point. A relative path is
        taken from the folder of the file that includes it (from the current folder in the
        REPL), and `~/` is your home folder.

        The whole file is one step: if any statement in it fails, nothing of it is kept,
        and `undo` takes the whole of it back. A file that includes itself, directly or
        through others, is an error, as is nesting deeper than 16 files.

        Use it to share a base case among what-if files: each begins with
        `include "base.cluster"` and then changes what it wants to test.
        """,
      example: """
        cluster Base
        firms makers: 100 { role: producer }
        save "/tmp/clusterlab-help-include.cluster" replace
        reset
        include "/tmp/clusterlab-help-include.cluster"
        print count(firms)
        """,
      exampleRuns: true,
      seeAlso: ["load", "save", "scripts", "what-if"]
    ),
  ]

  // MARK: - what-ifs

  /// A small case for the examples of the simulation, complete enough to grow: a cluster with
  /// a competitive advantage and strong demand, its association, its makers, and an early win.
  static let simulationCase = """
    cluster Demo {
      type: manufacturing, year: 1995, exports: 20 musd
      demand: strong, advantage: [cost], trust: 0.4
    }
    institution Assoc { kind: association, roles: [catalyst, leader, manager] }
    firms makers: 200 { role: producer, employees: 30 }
    intervention Fair { kind: trade_fair, lead: Assoc, start: 1996 }
    """

  static let whatIfStatements: [HelpTopic] = [
    HelpTopic(
      name: "scenario",
      summary: "a what-if: a new cluster, a copy of another with changes made",
      synopsis: """
        scenario NAME from BASE { CHANGE; CHANGE; ... }
        scenario NAME from BASE {
          CHANGE
          CHANGE
        }
        """,
      details: """
        A scenario asks "what if?" of a case without touching it. `scenario NoFair from Demo
        { drop Fair }` makes a new cluster, NoFair: a copy of Demo with the changes made.
        The changes are what a case is written with, one a line or separated by `;`:
        declarations of actors, interventions and events, `link`, `target`, `set`, `drop`
        and `drop link`. Inside, the copy is the current cluster, so `set NoFair.trust = 0.2`
        changes the copy's own attributes, and `set param trust_low = 0.2` changes a model
        parameter for this scenario only (the base and the session keep theirs). A scenario
        cannot declare a cluster, run a command or hold another scenario.

        A scenario is a cluster like any other: it appears in `list clusters`, `use NoFair`
        makes it current (the base stays current after the scenario is made), and
        `compare Demo, NoFair on exports in 2005` sets their simulations side by side. It is
        a copy made when the statement runs: a later change to the base does not reach it.
        A scenario with no changes simulates exactly like its base.

        The scenario is one step: if a change fails, no scenario is made, and `undo` takes
        the whole of it back. A trainer can thus ask a class what Tirupur would be without
        its inland container depot, and show it in one line.
        """,
      example: """
        \(simulationCase)
        scenario NoFair from Demo { drop Fair }
        scenario Bigger from Demo {
          set makers.count = 400
          intervention Park { kind: industrial_park, lead: Assoc, start: 1997 }
        }
        list clusters
        compare Demo, NoFair, Bigger on exports in 2005
        """,
      exampleRuns: true,
      seeAlso: ["what-if", "compare", "cluster", "use", "from", "drop"]
    ),
    HelpTopic(
      name: "seed",
      summary: "make later simulations draw shocks and project outcomes, repeatably",
      synopsis: """
        seed N
        seed none
        """,
      details: """
        Without a seed, `simulate` is deterministic: each year's demand follows its trend,
        and a complex project started under low trust delivers the part of its effect it
        can be expected to. `seed N` makes the later simulations stochastic: each year's
        demand takes a random shock (demand_shock_sd), and each complex project succeeds or
        fails by a draw, failing the more often the lower the trust it starts under
        (insight 6: "there will be very limited success without … trust").

        N is a whole number from 0. The same seed gives the same numbers every time, on
        one core or many, so a class can rerun a draw and a script can assert on it.
        `seed none` returns to deterministic runs. The seed also starts the Monte Carlo
        runs of `runs N` (seed 0 when none is set). `compare … on` and `sensitivity`
        always simulate without drawing.

        The seed belongs to the session, like `runs`: it is not a change to the case, so
        `undo` does not take it back and `save` does not write it.
        """,
      example: """
        \(simulationCase)
        seed 42
        simulate 1995 to 2000
        seed none
        simulate 1995 to 2000
        """,
      exampleRuns: true,
      seeAlso: ["runs", "simulate", "simulation"]
    ),
    HelpTopic(
      name: "runs",
      summary: "how many Monte Carlo runs the next simulations make (1: a single run)",
      synopsis: """
        runs N
        """,
      details: """
        `runs N` sets how many runs the next `simulate` makes. With 1, the default, it makes
        a single run. Above 1, it makes N Monte Carlo runs spread over every core, each
        with its own draws of demand shocks and project outcomes from the `seed` (seed 0
        when none is set), and adds P10, P50 and P90 of exports for each year, and the
        share of runs that:

          took off    ended with exports at least took_off_multiple × the start
          stagnated   ended in between
          failed      ended with exports below failed_multiple × the start

        Insight 2 cites an Australian review of cluster initiatives (ACIIC, 2004): "more
        than half fail, and as few as 10% are significantly successful". The shares say
        where a case stands against that. N is from 1 to 1,000,000; Ctrl-C stops a long
        run and keeps the session.

        Afterwards `p10(exports, 2004)`, `p50(…)`, `p90(…)`, `share(took_off)`,
        `share(stagnated)` and `share(failed)` read the results, and `plot` draws the
        P10–P90 band. Like the seed, the number of runs belongs to the session.
        """,
      example: """
        \(simulationCase)
        seed 2005
        runs 200
        simulate 1995 to 2005
        print p10(exports, 2005)
        print share(took_off)
        """,
      exampleRuns: true,
      seeAlso: ["seed", "simulate", "plot", "what-if"]
    ),
    HelpTopic(
      name: "for",
      summary: "run statements once for each value of a list: a sweep",
      synopsis: """
        for NAME in [VALUE, VALUE, ...] { STATEMENTS }
        for NAME in EXPRESSION {
          STATEMENT
          STATEMENT
        }
        """,
      details: """
        `for` runs the statements of its body once for each value of the list, with NAME
        bound to that value as by `let`. Its use is the sweep: how does the outcome move
        when an assumption does? Set a parameter from the loop's variable, simulate, and
        print or assert what you want to see:

          for t in [0.2, 0.3, 0.4] {
            set param trust_low = t
            simulate 1995 to 2005 quiet
            print t, exports(2005)
          }

        `simulate … quiet` keeps the run for `exports(YEAR)` without printing its table. A
        `print` of several values in the body is a row: the loop prints one table, headed
        by what the print says, when it ends (nested loops make one table; in JSON, one
        line `{"columns", "rows"}`). A `print` of one value prints at once.

        The body may hold any statements, `for` loops included, nested at most 8 deep; a
        value that is not a list runs the body once. The whole loop is one step: `undo`
        takes it all back, and if a statement in it fails, nothing the loop changed is kept
        and a script stops there. After the loop, NAME keeps the last value, and so does a
        parameter set in it: set it back when the sweep is done.
        """,
      example: """
        \(simulationCase)
        for t in [0.2, 0.4, 0.6] {
          set param trust_low = t
          simulate 1995 to 2000 quiet
          print t, exports(2000)
        }
        set param trust_low = 0.3
        """,
      exampleRuns: true,
      seeAlso: ["what-if", "in", "set", "params", "let"]
    ),
  ]

  // MARK: - expression words

  static let expressionWords: [HelpTopic] = [
    HelpTopic(
      name: "where",
      summary: "filter the actors, links or targets of list, count and sum",
      synopsis: """
        list KIND where CONDITION
        count(KIND where CONDITION)
        sum(KIND.ATTRIBUTE where CONDITION)
        """,
      details: """
        Inside a `where`, a bare attribute name means that attribute of the item being
        tested, and other bare words are enumeration values: `role == exporter`. A word that
        is not an allowed value of the attribute is an error with a "did you mean".

        Every actor has a `name`; links have `from`, `to` and `kind`; targets have `metric`,
        `value` and `year`. An attribute that is not set equals no value and is neither
        less nor greater than anything, so such an item fails `==`, `<` and `>` alike.
        Comparing a list with a word asks whether the list contains it: `roles == leader`.
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter, employees: 300 }
        firms makers: 2500 { role: producer, employees: 50 }
        list firms where role == exporter and employees > 100
        print count(firms where role == producer)
        """,
      exampleRuns: true,
      seeAlso: ["list", "count", "sum", "and", "expressions"]
    ),
    HelpTopic(
      name: "and",
      summary: "true when both conditions are true",
      synopsis: """
        CONDITION and CONDITION
        """,
      details: """
        `and` binds more tightly than `or` and less tightly than a comparison, so
        `role == producer and employees > 40` needs no parentheses. The right side is not
        evaluated when the left one is already false. An attribute that is not set counts
        as false.
        """,
      example: """
        cluster Demo
        firms makers: 2500 { role: producer, employees: 50 }
        firms jobbers: 400 { role: jobber, employees: 10 }
        list firms where role == producer and employees > 40
        """,
      exampleRuns: true,
      seeAlso: ["or", "not", "where", "expressions"]
    ),
    HelpTopic(
      name: "or",
      summary: "true when either condition is true",
      synopsis: """
        CONDITION or CONDITION
        """,
      details: """
        `or` binds least tightly of all operators: `a or b and c` means `a or (b and c)`.
        Use parentheses to say otherwise. The right side is not evaluated when the left one
        is already true.
        """,
      example: """
        cluster Demo
        firms makers: 2500 { role: producer }
        firms dyers: 200 { role: supplier }
        firms jobbers: 400 { role: jobber }
        print count(firms where role == supplier or role == jobber)
        """,
      exampleRuns: true,
      seeAlso: ["and", "not", "where", "expressions"]
    ),
    HelpTopic(
      name: "not",
      summary: "true when the condition is false",
      synopsis: """
        not CONDITION
        """,
      details: """
        `not` applies to the comparison after it: `not role == producer` means
        `not (role == producer)`. It binds more tightly than `and` and `or`. An attribute
        that is not set counts as false, so `not formal` is true for an institution whose
        `formal` was never given.
        """,
      example: """
        cluster Demo
        institution TEA { kind: association, formal: true }
        institution Gov { kind: government }
        list institutions where not formal
        """,
      exampleRuns: true,
      seeAlso: ["and", "or", "true", "where"]
    ),
    HelpTopic(
      name: "true",
      summary: "the boolean value true",
      synopsis: """
        true
        """,
      details: """
        `true` and `false` are the values of yes-or-no attributes, such as whether an
        institution has a formal structure or a buyer is a lead buyer, and the results of
        comparisons. A yes-or-no attribute can be a condition on its own:
        `list buyers where lead` is the same as `list buyers where lead == true`.
        """,
      example: """
        cluster Demo
        institution TEA { kind: association, formal: true }
        list institutions where formal == true
        print TEA.formal
        """,
      exampleRuns: true,
      seeAlso: ["false", "not", "values"]
    ),
    HelpTopic(
      name: "false",
      summary: "the boolean value false",
      synopsis: """
        false
        """,
      details: """
        `false` is the other yes-or-no value. Note that an attribute that was never given is
        "not set", which is not the same as false: `formal == false` holds only where
        `formal: false` was written, while `not formal` also holds where nothing was said.
        """,
      example: """
        cluster Demo
        institution TEA { kind: association, formal: false }
        print TEA.formal == false
        set TEA.formal = true
        print TEA.formal
        """,
      exampleRuns: true,
      seeAlso: ["true", "not", "values"]
    ),
    HelpTopic(
      name: "count",
      summary: "count the actors, links or targets of the current cluster",
      synopsis: """
        count(KIND)
        count(KIND where CONDITION)
        """,
      details: """
        KIND is one of firms (single firms and cohorts), cohorts, institutions, buyers,
        consortia, interventions, links, targets or clusters. A cohort counts as its number
        of firms, so `count(firms)` is the number of firms in the cluster, not the number of
        declarations.

        (`count` is also the size of a cohort: `set makers.count = 3000`.)
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter }
        firms makers: 2500 { role: producer }
        institution TEA { kind: association }
        print count(firms)
        print count(firms where role == producer)
        print count(institutions)
        """,
      exampleRuns: true,
      seeAlso: ["sum", "where", "list", "firms"]
    ),
    HelpTopic(
      name: "sum",
      summary: "add up an attribute over actors (a cohort's value times its size)",
      synopsis: """
        sum(KIND.ATTRIBUTE)
        sum(KIND.ATTRIBUTE where CONDITION)
        """,
      details: """
        `sum` adds up a numeric attribute over the actors of the current cluster. A cohort
        contributes its per-firm value multiplied by its number of firms, so
        `sum(firms.employees)` is the employment of all the firms declared. Actors where the
        attribute is not set are skipped; the values must share a unit (money with money).
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter, employees: 300, exports: 2 musd }
        firms makers: 2500 { role: producer, employees: 50, exports: 40 kusd }
        print sum(firms.employees)
        print sum(firms.exports)
        print sum(firms.exports where role == exporter)
        """,
      exampleRuns: true,
      seeAlso: ["count", "where", "units", "firms"]
    ),
    HelpTopic(
      name: "by",
      summary: "the year a target is to be reached",
      synopsis: """
        target METRIC VALUE by YEAR
        """,
      details: """
        `by` belongs to `target`: `target exports 2.5 busd by 2007` is TEA's export target
        for 2007. Being a keyword, `by` cannot be used as a name unless it is quoted.
        """,
      example: """
        cluster Tirupur
        target exports 2.5 busd by 2007
        list targets
        """,
      exampleRuns: true,
      seeAlso: ["target"]
    ),
    HelpTopic(
      name: "in",
      summary: "the year of a query; the list of a `for`; the year after `on METRIC`",
      synopsis: """
        evaluate in YEAR
        why insight N in YEAR
        for NAME in [VALUE, ...] { STATEMENTS }
        compare A, B on METRIC in YEAR
        sensitivity on METRIC in YEAR
        set param NAME = VALUE in CLUSTER
        """,
      details: """
        `in` is a connecting word. After a query of the model (`evaluate`, `insights`,
        `stage`, `gears`, `plan` and the others) or a `why`, it names the year to read the
        cluster as of: what is founded, linked or started later is not there yet, and
        after `simulate` a later year the run covers is the simulated one (`help
        evaluate`). In a `for` loop it comes before the values the loop runs over; after
        `on METRIC` in `compare` and `sensitivity`, before the one year to look at; after
        `set param`, before the cluster or scenario the value is for. `plot` takes a range
        of years (`from Y1 to Y2`), not `in`.

        Like `on`, `where` and `by`, it separates an expression from what follows, so it
        can never be a bare word or a name unless it is quoted.
        """,
      example: """
        \(simulationCase)
        stage in 1996
        for t in [0.2, 0.4] {
          set param trust_low = t
          simulate 1995 to 2000
        }
        scenario NoFair from Demo { drop Fair }
        compare Demo, NoFair on exports in 2000
        evaluate in 2000
        """,
      exampleRuns: true,
      seeAlso: ["for", "compare", "sensitivity", "on", "evaluate", "set"]
    ),
    HelpTopic(
      name: "from",
      summary: "the base of a scenario, and the first year of a range",
      synopsis: """
        scenario NAME from BASE { CHANGES }
        compare A, B on METRIC from Y1 to Y2
        plot METRIC from Y1 to Y2
        """,
      details: """
        `from` names the cluster a scenario copies, and opens a range of years in
        `compare … on` and `plot`, closed by `to`. `simulate FROM to TO` takes its first
        year without it.

        In an expression `from` is a bare word: inside a `where` on links it is the
        link's first end, as in `list links where from == Assoc`.
        """,
      example: """
        \(simulationCase)
        scenario NoFair from Demo { drop Fair }
        compare Demo, NoFair on exports from 1995 to 2000
        simulate 1995 to 2005
        plot exports from 1998 to 2005
        """,
      exampleRuns: true,
      seeAlso: ["scenario", "to", "compare", "plot"]
    ),
    HelpTopic(
      name: "to",
      summary: "the last year of a range: `simulate 1995 to 2005`",
      synopsis: """
        simulate FROM to TO
        compare A, B on METRIC from Y1 to Y2
        plot METRIC from Y1 to Y2
        """,
      details: """
        `to` closes a range of years, both years included. Years are whole numbers without
        a unit; the last may not come before the first, and a simulation covers at most
        500 years.

        In an expression `to` is a bare word: inside a `where` on links it is the link's
        second end, as in `list links where to == makers`.
        """,
      example: """
        \(simulationCase)
        simulate 1995 to 2005
        plot firms from 1995 to 2005
        """,
      exampleRuns: true,
      seeAlso: ["from", "simulate", "compare", "plot"]
    ),
    HelpTopic(
      name: "on",
      summary: "the simulated metric that `compare` and `sensitivity` look at",
      synopsis: """
        compare A, B on METRIC
        compare A, B on METRIC in YEAR
        compare A, B on METRIC from Y1 to Y2
        sensitivity on METRIC in YEAR
        """,
      details: """
        `on METRIC` turns `compare` from the evaluation (the rows of the UNIDO table) into
        a comparison of simulated series, and says what `sensitivity` measures. A year
        (`in`) or a range (`from … to`) may follow it, never precede it. METRIC is one of:

        \(trajectoryMetricList)

        Like `in`, `on` separates an expression from what follows, so it can never be a
        bare word or a name unless it is quoted.
        """,
      example: """
        \(simulationCase)
        scenario NoFair from Demo { drop Fair }
        compare Demo, NoFair on exports in 2005
        compare Demo, NoFair on trust
        sensitivity on firms in 2000
        """,
      exampleRuns: true,
      seeAlso: ["compare", "sensitivity", "in", "from"]
    ),
  ]

  // MARK: - session commands

  static let sessionCommands: [HelpTopic] = [
    HelpTopic(
      name: "help",
      summary: "list the topics, or explain one with an example",
      synopsis: """
        help
        help TOPIC
        help WORD
        """,
      details: """
        Plain `help` lists every topic with one line about it. `help TOPIC` gives the
        syntax, an explanation and an example that runs as it stands in a fresh session:
        copy it into the REPL to see it work. For a kind of declaration (`help firm`), help
        also lists its attributes, their types and their allowed values.

        Topics are the keywords, the commands, and a few concepts: units, values,
        expressions, comments, interventions, link-kinds, indicators, parameters,
        simulation, what-if, repl, scripts and licence. `help WORD` for any other word
        (`help trust`, `help ICD`) lists the topics it appears in, each with the line.

        At the prompt, other tools' habits work too: `?`, `.help` and `\\?` are `help`;
        `.quit` and `\\q` are `quit`.
        """,
      example: """
        help firm
        """,
      exampleRuns: true,
      seeAlso: ["list", "values", "repl"]
    ),
    HelpTopic(
      name: "list",
      summary: "a table of the current cluster's actors, links or targets",
      synopsis: """
        list
        list KIND
        list KIND where CONDITION
        list where CONDITION
        list KIND as json
        """,
      details: """
        KIND is one of firms (single firms and cohorts), cohorts, institutions, buyers,
        consortia, interventions, links, targets or clusters; `list variables` shows the
        values made with `let`. Without a KIND, `list` shows every actor and intervention of
        the current cluster, then how many links and targets it has. A `where` keeps only
        the rows for which the condition holds.

        `as json`, at the end, gives the rows as JSON, every declared attribute of each
        (an empty list is `[]`); `as text` gives the table when `clusterlab --format json`
        made JSON the default.
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter, employees: 300 }
        firms makers: 2500 { role: producer, employees: 50 }
        institution TEA { kind: association }
        list
        list firms where employees > 100
        list institutions
        list firms as json
        """,
      exampleRuns: true,
      seeAlso: ["show", "where", "count", "use"]
    ),
    HelpTopic(
      name: "show",
      summary: "one actor, cluster or variable in full",
      synopsis: """
        show NAME
        show NAME as json
        """,
      details: """
        `show` prints everything known about one actor or intervention of the current
        cluster, with a summary of its links; about a cluster, with a count of what it
        holds; or the value of a variable made with `let`. Use `list` for many at once.
        `as json` gives the same as JSON (its `kind` says which of the three it is).
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer }
        institution Assoc { kind: association, roles: [leader] }
        link makers -> Assoc : member
        show Assoc
        show Demo
        let n = count(firms)
        show n
        show Assoc as json
        """,
      exampleRuns: true,
      seeAlso: ["list", "let", "print"]
    ),
    HelpTopic(
      name: "load",
      summary: "run a case file as one step: all of it, or none of it if it fails",
      synopsis: """
        load "FILE"
        load FILE
        load example NAME
        """,
      details: """
        `load` runs a case file as one step: if any statement in it fails, nothing of it is
        kept, and the error says where. It then says what the current cluster holds.
        `load example NAME` loads one of the paper's cases built into clusterlab, from any
        folder: `list examples` lists them (`tirupur`, `ludhiana`, `unido-comparison` …),
        and `demo` at the prompt loads `tirupur` and runs the tour.
        `undo` takes the whole file back.

        `load` adds to the workspace rather than replacing it, so loading a case whose
        cluster already exists fails on the first name declared twice: `reset` first to
        start from a clean slate. Relative paths are taken from the current folder (in a
        file, from that file's folder), and `~/` is your home folder.
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter }
        save "/tmp/clusterlab-help-load.cluster" replace
        reset
        load "/tmp/clusterlab-help-load.cluster"
        list
        """,
      exampleRuns: true,
      seeAlso: ["save", "include", "reset", "undo", "scripts"]
    ),
    HelpTopic(
      name: "save",
      summary: "write the whole workspace to a file, as clusterlab source",
      synopsis: """
        save "FILE"
        save FILE
        save FILE replace
        """,
      details: """
        `save` writes every cluster with its actors, links, interventions and targets, the
        session's variables and the `seed` and `runs` of simulations: a file that `load`
        reads back into the same workspace.

        When the workspace came from files (`load`, `include`, a script), `save` keeps their
        text, comments and layout: a changed value is written over the old one, a dropped
        declaration goes with the comment lines right above it, new declarations come after
        the cluster's own statements, and a scenario's new changes go into its body. What
        was typed and never loaded is written in canonical form, a scenario as
        `scenario … from …` with its changes. When the files' text cannot hold the change
        (`save` replays the result to check), it writes the canonical form and says so.

        The file is written beside the old one and renamed over it only when complete, so
        a failed save never damages a case already on disk; the rewrite keeps the file's
        mode (a script stays executable) and a symbolic link. A file that already exists
        and that this session did not load, include, run or save is someone's work: `save`
        refuses it unless you write `replace` after the name.
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter }
        save "/tmp/clusterlab-help-save.cluster" replace
        """,
      exampleRuns: true,
      seeAlso: ["load", "include", "scripts"]
    ),
    HelpTopic(
      name: "undo",
      summary: "take back the last change of this session",
      synopsis: """
        undo
        """,
      details: """
        `undo` steps back through the changes of this session: declarations, `set`, `drop`,
        `use`, `let`, `include`, `load` and `reset`. Each statement is one step, and a whole
        `load` or `include` is one step. Commands that only look, such as `list` or `print`,
        are not steps. `undo` with nothing to undo says so. Up to 1000 steps are kept.

        Trainers can try a change in front of a class and take it back without fear of
        breaking the case.
        """,
      example: """
        cluster Demo
        firm A
        undo
        list
        """,
      exampleRuns: true,
      seeAlso: ["redo", "reset", "drop"]
    ),
    HelpTopic(
      name: "redo",
      summary: "apply again what undo took back",
      synopsis: """
        redo
        """,
      details: """
        `redo` re-applies the last change that `undo` took back. Any new change clears what
        is left to redo.
        """,
      example: """
        cluster Demo
        firm A
        undo
        redo
        list
        """,
      exampleRuns: true,
      seeAlso: ["undo", "reset"]
    ),
    HelpTopic(
      name: "reset",
      summary: "clear the workspace: every cluster and variable (undo brings it back)",
      synopsis: """
        reset
        """,
      details: """
        `reset` empties the workspace, to start a new case without leaving the REPL. It is
        a step like any other: `undo` brings everything back.
        """,
      example: """
        cluster Demo
        firm A
        reset
        undo
        list
        """,
      exampleRuns: true,
      seeAlso: ["undo", "drop", "load"]
    ),
    HelpTopic(
      name: "quit",
      summary: "leave clusterlab",
      synopsis: """
        quit
        """,
      details: """
        `quit` (or `exit`) leaves clusterlab; in the REPL, Ctrl-D on an empty line does the
        same. In a script, the statements after it do not run. Nothing is saved on the way
        out: `save` first to keep the case.
        """,
      example: """
        quit
        """,
      exampleRuns: true,
      seeAlso: ["exit", "save", "repl"]
    ),
    HelpTopic(
      name: "exit",
      summary: "leave clusterlab (the same as quit)",
      synopsis: """
        exit
        """,
      details: """
        `exit` is another name for `quit`: it leaves clusterlab, and in a script the
        statements after it do not run. Nothing is saved on the way out.
        """,
      example: """
        exit
        """,
      exampleRuns: true,
      seeAlso: ["quit", "save"]
    ),
  ]

  // MARK: - model commands

  /// A model command that works: its example runs in a fresh session.
  private static func query(
    _ name: String, _ summary: String, synopsis: String, details: String, example: String,
    seeAlso: [String]
  ) -> HelpTopic {
    HelpTopic(
      name: name, summary: summary, synopsis: synopsis, details: details, example: example,
      exampleRuns: true, seeAlso: seeAlso)
  }

  /// The closing paragraph of every query's details: the two formats.
  private static let formats = """
    `as json` gives the same answer as JSON, with the keys docs/model.md documents;
    `as text` gives text even when `clusterlab --format json` made JSON the default.
    """

  /// The paragraph every query but `evaluate` shares: `in YEAR` (explained in `help evaluate`).
  private static let asOf = """
    `in YEAR` answers for the cluster as it stood in that year, or as a simulation
    left it (`help evaluate`); without it, for the case's own `year`.
    """

  static let modelCommands: [HelpTopic] = [
    query(
      "evaluate", "assess the current cluster against the paper's ten insights",
      synopsis: """
        evaluate
        evaluate in YEAR
        evaluate as json
        evaluate in YEAR as json
        evaluate as text
        """,
      details: """
        `evaluate` runs the cluster model on the current cluster and prints one screen: a
        line per insight of Part 2 with its status and first piece of evidence, a count of
        the statuses, a line "data: N of M inputs declared" with what to declare next, then
        the figures behind them: the prerequisites (insight 2), the gears turning (insight
        4), catalyst, leader, manager and public-private partnership (insight 3), financing
        (insight 8), the network between the boxes (insight 1), trust and social capital
        (insight 6) and the value chain. The heading gives the life-cycle stage (`help
        stage`). A status reads:

          strength      the case does what the paper recommends
          warning       part of it is missing or thin: `insights` says what
          risk          what the paper warns against: "a concentration of firms" with
                        no linkages, no catalyst, trust too low for complex projects
          not assessed  an input the verdict needs was not declared, and `insights`
                        says what to declare: unknown is not absent, so trust nobody
                        declared is not low trust
          n/a           not applicable: the case lacks what the insight judges, such as
                        firms or infrastructure ("not applicable" in JSON)

        A status is marked "borderline" when its figure lies close to the threshold
        that decides it: a small change in an assumption could tip it.

        Each status comes from a rule on indicators, with thresholds that are parameters;
        most are assumptions, as the paper gives few numbers. `why insight N` shows the
        rule, `params` the thresholds. Nothing is stored: change a fact with `set`, and
        `evaluate` again.

        `in YEAR` reads the cluster as it stood in that year; without it, in the case's own
        `year`. Actors founded later (a buyer that began buying later, a consortium formed
        later), links with a later `since` and projects with a later `start` are not there
        yet: such a project counts as planned and is shown with its year, and one whose
        `end` year has come is done. The cluster's own attributes, such as trust or demand,
        are read as declared in every year, except `stage`, which holds for the case's year
        only. After `simulate`, a year after the case's year that the last run covers is
        read from the simulated state (its firms, exports, trust and stage), and the heading
        says "as simulated in 2005"; after a change to the case, simulate again. `why` and
        every query but `params` and `compare` take `in YEAR`.

        \(formats)
        """,
      example: """
        cluster Demo { type: manufacturing, year: 1995, demand: strong, advantage: [cost] }
        institution Assoc { kind: association, roles: [catalyst, leader], formal: true }
        institution Gov { kind: government }
        firms makers: 120 { role: producer, employees: 40 }
        buyer Chain { kind: retailer, origin: foreign, lead: true }
        link makers -> Assoc : member
        link makers -- makers : cooperation density 0.05 trust 0.4
        link Chain -> makers : buys
        intervention Fair { kind: trade_fair, lead: Assoc, start: 1993 }
        intervention ICD { kind: logistics_terminal, lead: Assoc, partners: Gov, start: 1994 }
        evaluate
        evaluate in 1993
        """,
      seeAlso: ["insights", "why", "indicators", "stage", "plan", "simulate"]),
    query(
      "insights", "the ten insights, each with its evidence and advice from the case",
      synopsis: """
        insights
        insights in YEAR
        insights as json
        """,
      details: """
        `insights` judges the current cluster against each of the ten insights of Part 2:
        its status (`help evaluate`), the evidence in numbers, then advice built from the
        case's own actors:

          → ...            what to do, and who in the case could do it
            try:           statements that make the change: paste them, then `evaluate`
            trade-off:     what following the advice moves elsewhere
            see:           a case of the paper to read, not a thing to copy
          ~ borderline     a figure close to the threshold that decides the status
          ? to assess      what to declare so that the verdict can be given
          inputs declared  of the inputs the verdict reads, how many the case declares

        What each insight is judged from:

           1. between the boxes     the share of firms with a horizontal tie, weighted by
                                    its density and trust; firms linked to institutions;
                                    vertical partnerships; clear mandates
           2. not from scratch      the four prerequisites, each met, unmet or not
                                    assessed: SMEs, a competitive advantage, readiness to
                                    cooperate, international demand (not needed when the
                                    domestic market drives the cluster)
           3. catalyst, leader and  who holds each role (an institution, a large firm or
              manager               a lead buyer may be the catalyst); a partnership of
                                    government (not donors) and private actors in
                                    projects under way, which an embryonic, private-led
                                    initiative does not need yet
           4. the four gears        projects running or done in each gear; the border and
                                    development gears need the partnership at work; each
                                    declared constraint needs a project; an embryonic
                                    cluster starts with one gear
           5. mix and timing        a simple project among the first ones (early wins);
                                    each project fitting the stage the cluster was in
                                    when it started. The Green Book's ingredients are
                                    context only (`why greenbook`)
           6. trust                 one reading of trust: the cluster's, else that of the
                                    links among firms; not assessed when none is declared
           7. structures that fit   a formal carrier for large or infrastructure projects;
                                    learning in an informal low-technology cluster
           8. more than public      each infrastructure project under way: public share,
              funds                 leverage, failure, revenue that repays it; export
                                    subsidies still in force under WTO rules
           9. SMEs' obstacles       joint export promotion reaching the SMEs that sell
                                    beyond the cluster; pooled volumes for those below
                                    buyers' minimum orders
          10. global markets        firms exposed to world markets: direct export, foreign
                                    firms, foreign or lead buyers, consortia's buyers, and
                                    second hand through supply links as far as trust
                                    carries; what is not declared gives a range

        `why insight N` shows the rule, the indicators, the parameters and the passage;
        `plan` sets every piece of advice in the steps of Part 3.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { type: manufacturing, year: 1995, demand: strong, advantage: [cost] }
        institution Assoc { kind: association, roles: [catalyst, leader], formal: true }
        firms makers: 120 { role: producer, employees: 40, exports: 0.2 musd }
        buyer Chain { kind: retailer, origin: foreign, lead: true, min_order: 1 musd }
        link makers -> Assoc : member
        link Chain -> makers : buys
        intervention Fair { kind: trade_fair, lead: Assoc, start: 1993 }
        insights
        """,
      seeAlso: ["evaluate", "why", "plan"]),
    query(
      "why", "explain a finding or figure: its inputs, rule, parameters and passage",
      synopsis: """
        why insight N
        why INDICATOR
        why NAME
        why METRIC in YEAR
        why ... in YEAR
        why ... as json
        """,
      details: """
        Nothing in the model is meant to be a black box in front of a class. `why` prints
        the trail of a finding or figure of the current cluster:

          rule        the rule in words, with its formula where it has one
          inputs      the declared facts, or other figures, it read, with their values
          parameters  the thresholds it used, with the values in force; "(set)" marks
                      one changed with `set param`
          passage     the passage of the paper the rule comes from

        `why insight N`, N from 1 to 10, explains a status of `insights`, says which
        figure makes it borderline and how many of its inputs are declared, and names the
        indicators it rests on. `why INDICATOR` explains one figure, such as trust,
        leverage, stage, buyer_reach or diamond_factor (`help indicators` lists them all);
        `why greenbook` shows the Green Book's ingredients, kept as context. `why NAME`,
        with the name of an actor, lists the figures that actor enters.

        `why METRIC in YEAR`, with a simulated metric (exports, firms, employment,
        capacity, infrastructure, market_share …), runs the case from its year and breaks
        the figure into parts that add up to it: the case as declared, its own growth,
        each intervention (in order of start) and event, the interventions' total by
        channel, and what bound exports that year. For trust, demand, social_capital and
        value_retention, which are also indicators, `why` explains the indicator.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { trust: 0.2 }
        institution Assoc { kind: association, roles: [catalyst] }
        firms makers: 100 { role: producer }
        link makers -> Assoc : member
        intervention Park { kind: industrial_park, lead: Assoc }
        why insight 6
        why trust
        why Assoc
        """,
      seeAlso: ["indicators", "insights", "evaluate", "params"]),
    query(
      "stage", "the life-cycle stage, from embryonic to declining, and the moves for it",
      synopsis: """
        stage
        stage in YEAR
        stage as json
        """,
      details: """
        Insight 2: "Clusters are dynamic and have a recognizable life cycle", and
        interventions "should differ depending on its position in the cycle". An embryonic
        cluster has the prerequisites but needs a catalyst; a mature one "runs the risk of
        stagnating and losing competitiveness, entering then into a decline phase", and
        should be moved back to an earlier stage through "product diversification, market
        repositioning and/or technology acquisition".

        `stage` shows the signs it read, whether each holds, and the moves for the stage:

          established  at least established_min_firms firms, a catalyst or a formal
                       structure, and either established_min_years of organized
                       initiative or a complex project running or done
          mature       established, mature_min_years of initiative, and complex
                       projects running or done
          declining    established or mature, with international demand weak or none
          embryonic    otherwise

        The initiative is counted from the founding of the actor, other than a government,
        that catalyses, leads or manages it, or from the first project under way. A sign
        nobody declared, such as when that actor was founded, leaves several stages open:
        the heading says "embryonic or established", each move says which stage it is for,
        and `stage` says what to declare to settle it. Decline is never read from a sign
        nobody declared.

        The moves are the paper's, less what the case already has: for an embryonic
        cluster a catalyst (an industrial park or needed infrastructure where
        infrastructure is lacking, entrepreneurial leadership where there is no catalyst)
        and simple initiatives first, or for an agricultural or artisanal one the
        institutional and learning side; for an established one formal structures and more
        ambitious joint projects; for a mature or declining one renewal.

        A `stage` declared on the cluster holds for the case's `year` only, and the
        heading says whether the signs agree; any other year is read from the signs. The
        simulation reads each simulated year by the same rule, with the run's growth as a
        further sign (`help simulation`). Not to be confused with the cluster attribute.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { type: manufacturing, year: 1995, demand: strong }
        institution Assoc { kind: association, roles: [catalyst], founded: 1988 }
        firms makers: 150 { role: producer }
        intervention Park { kind: industrial_park, lead: Assoc, start: 1990 }
        stage
        stage in 1989
        """,
      seeAlso: ["evaluate", "plan", "cluster", "parameters", "simulation"]),
    query(
      "gears", "which of the four gears of export strategy the initiative turns",
      synopsis: """
        gears
        gears in YEAR
        gears as json
        """,
      details: """
        Insight 4: "Effective cluster initiatives address each of the competitiveness and
        developmental 'gears' of a national export strategy." Three gears deal with
        competitiveness; the fourth, development, with what the cluster gives its region.
        The paper writes border-in; clusterlab writes border_in.

          border_in    Export capacity and competence: networking among firms, capacity
                       development, collaborative production, technology transfer,
                       upgrading skills. The gear that "best suits the cluster concept":
                       the lack of capacity, not of market access, is usually the greatest
                       constraint on exports.
          border       The cost of doing business and of getting goods to market:
                       transport, trade facilitation, company registration, transaction
                       costs. The public sector's responsibility, so it turns smoothly
                       only with the public-private partnership at work (Tirupur's
                       freight terminal).
          border_out   Market development and promotion: market information, joint
                       selling missions, promotional material, trade fairs, services for
                       incoming buyers. The easiest gear to start with, being farther from
                       each firm's core business and so less threatening.
          development  The cluster's contribution to its region: employment and poverty
                       reduction, the environment, women in the workforce, backward
                       regions. Like the border gear, it needs the partnership.

        `gears` shows for each gear the projects under way (running or done in the year),
        those planned with their year and those that failed, their cost, who leads them,
        and for the border and development gears with projects under way whether the
        partnership is at work (`help roles`): "NO (needed)" when it is not. A gear is an
        intervention's `gear`, or the usual gear of its kind (`help interventions`).

        Insight 4 is a strength when all four gears turn, the border and development gears
        with the partnership at work, and each of the cluster's declared `constraints` has
        a project, even a planned one, that addresses it:

        \(constraintTable)

        (Infrastructure and trust are judged by insights 8 and 6.) It is a risk when no
        gear, or only one, turns in a cluster past the embryonic stage; an embryonic
        cluster is advised to start with one gear, not four. A project under way whose
        kind and gear are not declared leaves it not assessed.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { year: 1995 }
        institution Assoc { kind: association, roles: [catalyst, leader] }
        institution Gov { kind: government }
        intervention Fairs { kind: trade_fair, lead: Assoc, start: 1993 }
        intervention ICD { kind: logistics_terminal, lead: Assoc, cost: 3 musd, start: 1994 }
        intervention Water { kind: water_supply, lead: Gov, partners: [Assoc], start: 1998 }
        gears
        gears in 1999
        """,
      seeAlso: ["interventions", "intervention", "plan", "financing", "roles"]),
    query(
      "diamond", "Porter's diamond for the cluster: the forces behind its competitiveness",
      synopsis: """
        diamond
        diamond in YEAR
        diamond as json
        """,
      details: """
        Part 1 recalls Michael Porter's "diamond model": "four sets of interrelated forces
        determine competitiveness and ... these forces are strongest within the parameters
        of a specialized industry cluster". `diamond` scores each corner from 0 to 1, with
        a bar and the inputs it read:

          factor conditions     the declared infrastructure level; universities,
                                training and research institutions (three count in full)
          demand conditions     the declared international demand; a lead buyer
          related and           the share of supplier, jobber and service firms (a
          supporting industries quarter of the firms counts in full); vertical links
          firm strategy,        the number of firms (against the firms of an established
          structure, rivalry    cluster); the horizontal reach of insight 1; trust
          government            projects under way with a government partner (three
                                count in full), less for each instrument in force that
                                WTO rules no longer allow; halved when the case declares
                                no government institution
          chance                outside any case: not assessed

        Declared levels count as strong 1, moderate 0.6, weak 0.3 and none 0. What is not
        declared is left out of a corner's mean rather than guessed, and a corner with
        nothing to read shows "n/k". The scores are a reading aid for a discussion, not
        measurements: `why diamond_factor` (and diamond_demand, diamond_related,
        diamond_rivalry, diamond_government, diamond_chance) shows what each was computed
        from, and `params` the levels and counts, which are parameters.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { demand: strong, infrastructure: weak, trust: 0.4 }
        institution Poly { kind: training }
        institution Gov { kind: government }
        firms makers: 100 { role: producer }
        firms dyers: 20 { role: supplier }
        buyer Chain { kind: retailer, lead: true }
        link dyers -> makers : supplies
        link Chain -> makers : buys
        intervention Depot { kind: logistics_terminal, lead: Gov }
        diamond
        """,
      seeAlso: ["evaluate", "valuechain", "indicators"]),
    query(
      "roles", "who plays catalyst, leader and manager, and the contributions table",
      synopsis: """
        roles
        roles in YEAR
        roles as json
        """,
      details: """
        Insight 3: "Cluster initiatives require a catalyst, a leader and a manager if action
        by firms, government and support agencies is to be effectively aligned." In Tirupur
        TEA "assumed the role of both cluster catalyst and cluster leader"; "coordination
        and management must complement the catalyst and leadership roles", and "a solid
        public-private sector partnership is an essential precursor to coordination".

        `roles` shows who plays each role: the actors whose `roles` name it. The catalyst
        is "normally an institution", but insight 5 also tells of "large firms acting as
        catalysts", so a large firm or a lead buyer may hold the role too. When nobody is
        declared leader, the actor that leads most of the projects under way (two or more)
        leads in fact. When there is no catalyst, `roles` lists who could catalyse.

        Then the facilitator, and the public-private partnership (PPP): "yes" when a
        government actor and a private one (or a mixed body such as an SPV) take part in
        the same project under way, or are linked as partners; "not yet" when they meet
        only in projects still planned, named with their year; "no" otherwise. Donors and
        international agencies (UNIDO) are development partners, not the State.
        "private-led" when every leader is private: in Tirupur governments joined "only in
        1992, after the first results were achieved", so an embryonic, private-led
        initiative does not need the partnership yet. Institutions whose `mandate` is
        unclear or overlapping follow (insight 1, Anjum Fayyaz).

        Last, the paper's table of potential contributions of government and of the
        private sector, each row checked against the case in the year: done (a project of
        that kind is under way, or the fact holds), partly (only planned projects),
        missing, or not assessed (public purchasing and trade negotiations are not in the
        language; trust not declared).

        Not to be confused with the attribute `roles`, where you state who plays which
        role.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { year: 1995 }
        institution TEA { kind: association, roles: [catalyst, leader], formal: true }
        institution Gov { kind: government, mandate: overlapping }
        firms makers: 100 { role: producer }
        link Gov -> makers : service
        intervention Depot { kind: logistics_terminal, lead: TEA, partners: Gov, start: 1993 }
        intervention Fairs { kind: trade_fair, lead: TEA, start: 1997 }
        roles
        roles in 1992
        """,
      seeAlso: ["institution", "firm", "buyer", "evaluate", "plan"]),
    query(
      "financing", "the cost of the interventions, public and private, and its leverage",
      synopsis: """
        financing
        financing in YEAR
        financing as json
        """,
      details: """
        Insight 8: "There is more to infrastructure financing than public sector funds."
        Tirupur's water supply was financed through NTADCL, a special purpose vehicle of
        TEA, the State Government and IL&FS: about $250 million with $25 million of
        government money, which "leveraged budgetary resources by a factor of 10".

        `financing` lists every intervention that declares a cost or funding, every
        infrastructure project (marked *) and every export subsidy or fiscal incentive:
        its status in the year, its cost (`cost`, or the sum of its `funding` when larger),
        the money of government institutions (a government, or a `sector: public`
        institution), of donors (`kind: donor`, or `level: international`), the rest
        (private money, and cost no funder is named for), the form, the leverage of
        government money (cost ÷ government money) and what insight 8 finds. Then the
        cost of the projects under way and its public share, the money by source, the
        instruments WTO rules no longer allow that are in force, and the history.

        Insight 8 is judged project by project, for the infrastructure under way. A failed
        infrastructure project is a risk, and so is infrastructure declared a constraint
        (`infrastructure: weak` or none, or in `constraints`) that nothing, not even a plan,
        addresses. A warning: a project whose public share exceeds public_share_max; one
        whose `revenue` repays its private money in more than payback_max_years (NTADCL's
        concession ran 30 years); an export subsidy or fiscal incentive still running once
        WTO rules are in force (wto_year, 1995), "a practice that is no longer acceptable"
        (one whose `end` has come is history); a constraint addressed only by plans.
        Leverage is shown against NTADCL's 10×: the paper's example, not a bar every project
        must clear. With no infrastructure project under way that declares its funding,
        insight 8 is not assessed.

        Not to be confused with the intervention attribute `financing`, where you state
        the form of financing of one project.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { year: 1995 }
        institution TEA { kind: association, roles: [catalyst, leader] }
        institution GoTN { kind: government, sector: public }
        institution ILFS { kind: finance, sector: private }
        intervention Water {
          kind: water_supply, lead: TEA, partners: [GoTN, ILFS], financing: ppp
          cost: 250 musd, funding: { GoTN: 25 musd, ILFS: 100 musd }, revenue: 12 musd
        }
        intervention Incentives { kind: fiscal_incentive, lead: GoTN, start: 1992, end: 1997 }
        financing
        financing in 1998
        """,
      seeAlso: ["intervention", "interventions", "gears", "parameters"]),
    query(
      "valuechain", "the value-chain stages in the cluster: value added and retained",
      synopsis: """
        valuechain
        valuechain in YEAR
        valuechain as json
        """,
      details: """
        Part 1 follows Tirupur's value chain from "low value production, low value-addition
        and low value-retention" before 1985 to "more value-retention" by 2005, when
        "Direct export, rather than through agents, became standard practice".

        `valuechain` lists the stages the firms declare (`stages`) with the number of
        firms in each, then two figures from 0 to 1:

          value added      the share of the typical stages of the cluster's type that
                           firms perform (manufacturing: design, inputs, production,
                           finishing, logistics, marketing, distribution; producers
                           count as production)
          value retention  retention_direct_weight × the share of exporters that export
                           directly (of those that declare `direct_export`), plus the
                           rest of the weight × the share of design, marketing,
                           distribution and retail present

        Each is not assessed when its inputs are not declared: no firm declares its stages
        or role, or no exporter says whether it exports directly. `why value_added` lists
        the typical stages found and missing.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { type: manufacturing }
        firms makers: 100 { role: producer, stages: [knitting, finishing], exports: 0.2 musd }
        firms dyers: 20 { role: supplier, stages: [dyeing] }
        firms exporters: 10 { role: exporter, direct_export: true, stages: [marketing] }
        valuechain
        """,
      seeAlso: ["firms", "diamond", "network"]),
    query(
      "network", "the network between the boxes: density, components, brokers",
      synopsis: """
        network
        network in YEAR
        network as json
        """,
      details: """
        Insight 1: "It is this more complex set of interactions among the different
        players that determines the cluster's ability to compete and grow." `network`
        measures them on a graph of the case as it stands in the year. Each actor is a
        node, a cohort one node per firm, and each link present becomes ties:

          a cohort with itself      pairs tied at its `density` (network_cohort_density
                                    when none is declared)
          a cohort with one actor   every firm tied, or a `density` share of them
          a cohort with a cohort    a `density` share of the pairs, or two partners
                                    for each firm
          a consortium              tied to the member firms it groups

        The draw is seeded (network_seed): the same case always gives the same graph. It
        prints the nodes, edges, density (the share of possible ties present), mean and
        largest degree, the connected components, isolated nodes, the clustering
        coefficient (how often two partners of a node are partners too), and the brokers:
        the actors that lie most often on the shortest paths between others (betweenness;
        a cohort scores the mean of its firms). Betweenness is exact up to
        network_exact_limit nodes; above, it is sampled from network_samples sources and
        its relative error is stated.

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo
        institution Assoc { kind: association }
        firms makers: 100 { role: producer }
        firms dyers: 20 { role: supplier }
        link makers -- makers : cooperation density 0.05 trust 0.4
        link dyers -> makers : supplies
        link makers -> Assoc : member
        network
        """,
      seeAlso: ["link", "link-kinds", "evaluate", "indicators"]),
    query(
      "plan", "a plan for this case, following the four steps of Part 3",
      synopsis: """
        plan
        plan in YEAR
        plan as json
        """,
      details: """
        Part 3 sets out the steps of a cluster-based export strategy. `plan` gathers every
        piece of advice the insights give (`insights`) under its step, each with the
        finding that calls for it in brackets and, where the language can say it, the
        `try:` statements that make the change; then it adds what only a plan says:

          1. Identify the opportunity: what drives the cluster when no `driver` is
             declared; what to declare for the verdicts not assessed; the life-cycle
             stage when the signs leave it open; the prerequisites that are missing.
          2. Create the conditions: trust and linkages, a catalyst, a manager, clear
             mandates, the public-private partnership; the moves of an embryonic stage.
          3. Generate action: a simple project in each idle gear, an early win before
             complex projects, consortia for SMEs below buyers' volumes, and the early
             successes advertised "to gain support".
          4. Extend and sustain: the moves of a later stage, such as the renewal of a
             mature cluster; infrastructure financed beyond public funds; lead buyers
             and world markets; continuous upgrading.

        "← now" marks the step the cluster is at: identifying while a prerequisite is at
        risk, or while nothing is under way and no catalyst is declared; creating the
        conditions without a catalyst or with trust at risk; generating action while the
        cluster is embryonic; extending and sustaining once complex projects are under
        way past that stage. The steps before it are marked "behind: revisit as
        requirements change".

        Simple initiatives come first, "since their primary role is achieve 'early wins'
        and build trust among the members" (step 3).

        \(asOf)

        \(formats)
        """,
      example: """
        cluster Demo { demand: strong, readiness: latent, advantage: [cost], trust: 0.2 }
        firms makers: 100 { role: producer, employees: 20, exports: 0.1 musd }
        buyer Chain { kind: importer, min_order: 1 musd }
        link Chain -> makers : buys
        intervention Park { kind: industrial_park, start: 1995 }
        intervention Fair { kind: trade_fair, start: 1997 }
        plan
        """,
      seeAlso: ["interventions", "gears", "evaluate", "insights"]),
    query(
      "params", "list the model's parameters; `set param` changes one",
      synopsis: """
        params
        params WORD
        params as json
        set param NAME = VALUE
        set param NAME = VALUE in CLUSTER
        """,
      details: """
        Every threshold and weight of the model is a parameter in one table, with a
        default, a unit, a meaning and its source: a passage of the paper, or "assumption"
        with the reason, since the paper rarely gives numbers. `params` lists them with
        the values in force; * marks one set in this session, its default beside it.
        `params trust` lists only those whose name holds the word, else those whose
        meaning or source speaks of it.

        `set param NAME = VALUE` changes one for the session, so a trainer can show what a
        verdict owes to an assumption; `in CLUSTER` (or `set param` inside a scenario)
        changes it for one cluster only, and `params` shows the current cluster's. The
        value is checked against the parameter's range and may carry a unit (`5 musd`,
        `40%`); `undo` takes it back and `save` writes it with the case. The simulation's
        parameters are in the same table: `sensitivity` shows which of them matter for a
        case, and `for` sweeps one. `help parameters` groups them; docs/model.md gives the
        table with every source. `params` takes no year: the parameters are the same in
        every year.

        \(formats)
        """,
      example: """
        cluster Demo { trust: 0.35 }
        firms makers: 100 { role: producer }
        why insight 6
        set param trust_low = 0.4
        why insight 6
        undo
        params
        """,
      seeAlso: ["parameters", "why", "set", "sensitivity", "for"]),
    query(
      "compare", "clusters side by side: the UNIDO table, or a simulated metric by year",
      synopsis: """
        compare CLUSTER, CLUSTER, ...
        compare CLUSTER, CLUSTER, ... on METRIC
        compare CLUSTER, CLUSTER, ... on METRIC in YEAR
        compare CLUSTER, CLUSTER, ... on METRIC from Y1 to Y2
        compare ... as json
        """,
      details: """
        Insight 5 sums up a UNIDO study of five successful clusters (Sinos, Guadalajara
        and Leon, Tirupur, Bangalore, the Korean chaebol networks) in a table. `compare`
        evaluates each named cluster of the session as of its own `year`, with the
        parameters in force, and sets them side by side: type, year, stage, firms,
        exports, then the rows of that table, derived from the facts:

          key players            lead buyers ("Foreign buyers" when all are foreign),
                                 else large firms that SMEs supply ("TNCs" when
                                 foreign), else buyers, else SMEs
          role of large firms    Yes when a firm is large or a lead producer
          role of local support  a score over local, non-public support institutions,
          institutions           1 each and ½ per service: Minimal, Limited, Important
                                 or Very important from institutions_limited,
                                 institutions_important, institutions_very_important
          role of the State      Important when public money or projects led by public
                                 institutions reach state_important_share; Limited
                                 with some public role; else Minimal
          key constraints        declared `constraints`, and infrastructure when the
                                 cluster's `infrastructure` is weak or none

        and last the status of each insight (strength, warning, risk, not assessed or not
        applicable). As JSON, each row also carries its rule.

        With `on METRIC`, `compare` simulates each cluster instead, deterministically,
        from the cluster's own `year` and with the parameters in force, and sets METRIC
        side by side: in YEAR, in each year from Y1 to Y2, or, with neither, in the
        earliest `year` and the ten after it. A column for each cluster after the first
        gives its difference from the first. Over three years or more, a last row `trend`
        draws each cluster's sparkline under its column (`▁▂▃▄▅▆▇█` on a UTF-8 terminal,
        `_.-~=+*#` elsewhere), all on one scale; `plot METRIC for A, B` draws them as a
        chart. Scenarios are clusters, so
        `compare Demo, NoFair on exports in 2005` says what the trade fair is worth
        (`help scenario`). METRIC is one of:

        \(trajectoryMetricList)

        `as json` gives the same answer as JSON: for the evaluation, with the keys
        docs/model.md documents; with `on`, the metric, the clusters, and each year with
        the values in the order of the clusters. `as text` gives text even when
        `clusterlab --format json` made JSON the default.
        """,
      example: """
        cluster Sinos { type: manufacturing, infrastructure: weak }
        institution Assoc { kind: association, services: [marketing, training, testing] }
        firms shoemakers: 500 { role: producer, employees: 30 }
        buyer Importers { kind: importer, origin: foreign, lead: true }
        link Importers -> shoemakers : buys
        cluster Korea { type: manufacturing }
        institution Gov { kind: government }
        firm Chaebol { role: lead_producer, employees: 5000 }
        firms suppliers: 200 { role: supplier, employees: 50 }
        link suppliers -> Chaebol : supplies
        intervention Park { kind: industrial_park, lead: Gov }
        compare Sinos, Korea
        \(simulationCase)
        scenario NoFair from Demo { drop Fair }
        compare Demo, NoFair on exports from 1995 to 2005
        compare Demo, NoFair on firms in 2005
        """,
      seeAlso: ["use", "cluster", "evaluate", "scenario", "simulate", "what-if", "on"]),
    query(
      "simulate", "run the current cluster forward year by year from its declared state",
      synopsis: """
        simulate FROM to TO
        simulate FROM to TO quiet
        simulate FROM to TO as json
        simulate FROM to TO as text
        """,
      details: """
        `quiet` runs and keeps the simulation (for `exports(YEAR)`, `plot`, `why`) without
        printing it: what a sweep in a `for` wants (`help for`).

        `simulate` runs the model of `help simulation` on the current cluster, year by year
        from FROM to TO, starting from the state the case declares: its firms, trust,
        infrastructure, buyers and interventions. The cluster's `year` is the natural FROM.
        Without a `seed` it is deterministic: the same case gives the same numbers every
        time. It prints a row a year:

          exports     the smallest of demand, capacity and what the infrastructure carries
          firms       the firms declared, with those that demand draws in or idleness
                      drives out
          exporters   firms that export directly: "Direct export, rather than through
                      agents, became standard practice"
          employment  follows the number of firms and their size
          infra load  exports ÷ what the infrastructure carries: at 1 it binds, and exports
                      grow only as fast as it does, insight 8's "single greatest
                      constraint to growth"
          trust       raised by early wins and networking, lowered by failed projects
          stage       embryonic, established, mature or declining (insight 2's life cycle)

        Then the events: each project starting, failing or delivering only part of its
        effect when started under low trust (insight 6), firms arriving in the year they
        were `founded`, and the renewal of a mature cluster.

        With a `seed`, demand shocks and project outcomes are drawn (`help seed`). With
        `runs N` above 1, it also makes N Monte Carlo runs spread over every core and prints
        P10, P50 and P90 of exports for each year, and the share of runs that took off
        (final exports at least took_off_multiple × the start), stagnated, or failed (below
        failed_multiple ×). Ctrl-C stops a long run and keeps the session.

        Afterwards expressions read the trajectory of the current cluster: `exports(2004)`,
        `firms(2005)`, `p50(exports, 2004)`, `share(took_off)` (`help what-if`), and `plot`
        draws it. The model's queries read it too: `evaluate in 2005`, for a year after
        the case's `year` that the run covers, judges the cluster as the simulation left
        it (its cohorts scaled to the simulated firms, the simulated exports, trust and
        stage) under the heading "as simulated in 2005". A change to the case shows at the
        next `simulate`.

        `as json` gives the same answer as JSON: the cluster, the years with every metric and
        the stage, the events, and after Monte Carlo runs `monte_carlo` (runs, seed, the
        percentiles of every metric, the outcomes); `as text` gives text even when
        `clusterlab --format json` made JSON the default.
        """,
      example: """
        \(simulationCase)
        simulate 1995 to 2005
        print exports(2005)
        assert exports(2005) > exports(1995)
        """,
      seeAlso: ["simulation", "seed", "runs", "plot", "compare", "what-if", "to"]),
    query(
      "plot", "terminal charts: simulated metrics over the years with their Monte Carlo band, scenarios compared, the gears and the diamond as bars",
      synopsis: """
        plot METRIC[, METRIC ...]
        plot METRIC[, METRIC ...] from Y1 to Y2
        plot METRIC[, METRIC ...] for A, B, ... [from Y1 to Y2]
        plot gears [for A, B, ...]
        plot diamond [for A, B, ...]
        plot ... as json
        """,
      details: """
        `plot` draws how METRIC moved over the years of the current cluster's last
        `simulate`, in text that any terminal and any projector shows: a mark for each
        year, on a scale from zero with round ticks, money in the unit of the title
        (`exports (busd)`). When that simulation made Monte Carlo runs (`runs N`), a column
        of `:` (`┊` on a UTF-8 terminal) behind each mark spans P10 to P90, the range in
        which the middle 80% of the runs ended that year: the wider it is, the less the
        outcome is settled.

        `from Y1 to Y2` draws only those years; a plot covers a range of years, not a
        single one. Without `for`, `plot` draws what was simulated: run `simulate` first,
        and again after a change to the case.

        `plot METRIC for A, B, ...` draws clusters and scenarios on one chart, each with its
        own mark (`*`, `o`, `+`, `x` ...; `●`, `○`, `■`, `□` ... on a UTF-8 terminal)
        named in a legend under the title. Each is simulated afresh and deterministically,
        as `compare ... on` does, over `from Y1 to Y2`, else the years of the current
        cluster's last simulation, else ten years from the earliest case's year. After
        `runs N` (N above 1), each also gets the band of its own N Monte Carlo runs.
        Series stand side by side, each in its own column beside the year's, so that none
        hides another; when the years do not all fit, every second (or d-th) year is drawn.

        Several metrics share one chart: `plot exports, demand, capacity` (one unit, one
        axis: which one bound exports shows at a glance), or `plot exports, firms` (other
        units: each series is drawn as an index, its first year = 100). At most 8 series
        (metrics times clusters) go on one chart.

        `plot gears` draws the four gears as bars: the projects under way (`█`, `#` in
        ASCII) and planned (`░`, `-` in ASCII) in each gear as of the case's year, and the budget of those under way when any
        declares a cost [insight 4]. `plot diamond` draws Porter's diamond, each corner's
        score as a bar from 0 to 1 (`n/k` when no input is declared). With `for A, B`,
        a bar per cluster or scenario in each gear or corner.

        `--ascii` on the command line draws in ASCII even on a UTF-8 terminal. `as json`
        gives the data instead of the drawing: for one metric without `for`, the years, the
        values, P10 and P90 and whether the case changed since; else the years and a
        series per cluster and metric, with its band; for gears and diamond, what `gears`
        and `diamond` give `as json`, per cluster. METRIC is one of:

        \(trajectoryMetricList)
        """,
      example: """
        \(simulationCase)
        seed 7
        runs 100
        simulate 1995 to 2005
        plot exports
        plot exports, demand, capacity from 1995 to 2000
        scenario NoFair from Demo { drop Fair }
        plot exports for Demo, NoFair
        plot gears for Demo, NoFair
        plot diamond
        """,
      seeAlso: ["simulate", "runs", "compare", "what-if", "gears", "diamond"]),
    query(
      "sensitivity", "which parameters and interventions move a simulated metric most",
      synopsis: """
        sensitivity on METRIC in YEAR
        sensitivity on METRIC in YEAR as json
        """,
      details: """
        Most effect sizes of the simulation are assumptions, since the paper rarely gives
        numbers (`params` shows the source of each). `sensitivity` tells a conclusion that
        rests on the case from one that rests on an assumption. It simulates the current
        cluster deterministically from its `year` to YEAR, then again with each parameter
        of the simulation moved down and up by `sensitivity_step` (20%) of its value,
        within its range, and again without each intervention in turn.

        The tornado table ranks them by swing, the largest first: the value of METRIC in
        YEAR at the low and the high end (for an intervention: without it, and with it),
        the swing between the two, and a bar. The first fifteen are shown; `as json` lists
        all. An intervention near the top is one the outcome hangs on; a parameter near
        the top is an assumption to discuss before trusting the result, and to test with
        `set param` or a `for` sweep (`help what-if`). METRIC is one of:

        \(trajectoryMetricList)

        `as json` gives the same answer as JSON: the metric, the year, the value as declared,
        and every bar with its name, what was varied, low, high and swing; `as text` gives
        text even when `clusterlab --format json` made JSON the default.
        """,
      example: """
        \(simulationCase)
        sensitivity on exports in 2005
        """,
      seeAlso: ["params", "parameters", "simulate", "what-if", "on", "in"]),
    query(
      "export", "write results to a file: JSON, CSV, Markdown, DOT, SVG charts, an HTML report",
      synopsis: """
        export html to FILE
        export json to FILE
        export csv to FILE                 (trajectories)
        export csv indicators to FILE
        export markdown to FILE
        export dot to FILE
        export svg METRIC to FILE          (exports if no metric)
        export svg gears|diamond|network to FILE
        export FORMAT … for CLUSTER, SCENARIO, … to FILE
        export FORMAT … to FILE replace
        """,
      details: """
        `export` writes the model's results in a form to hand over, for the current cluster
        and the scenarios made from it, or for the clusters and scenarios named after `for`:

          html      one self-contained report for a client: the case, the ten insights with
                    evidence and advice, gears, diamond, stage, the network drawn,
                    trajectories and scenarios as charts, the plan; every figure's `why`
                    a click away (printed, every trail shows). It needs no network and
                    prints to PDF from the browser.
                    With several clusters or scenarios, each has its own findings after
                    the first's, marked where an insight's status differs.
          json      everything: each evaluation (the shapes of `… as json`), trajectories
                    and the comparison, with a "version" (docs/export.schema.json)
          csv       trajectories, tidy: cluster, scenario_of, year, metric, value, p10,
                    p50, p90, source; `csv indicators`: cluster, id, title, value, unit, text
          markdown  the findings as a document, each case's
          dot       the network for Graphviz (`dot -Tsvg FILE`)
          svg       one chart: a metric's trajectories with their Monte Carlo band, the
                    gears, the diamond, or the network

        Trajectories are each cluster's last `simulate` when it is still up to date (with
        its Monte Carlo band), else runs the export makes over the same years: those
        simulated, or ten years from the case's year. With `runs N` (N > 1) these are
        Monte Carlo runs, as `simulate` would make them, so the band is drawn without a
        `simulate` first; with `runs 1`, one deterministic run. `dot` and `svg network`
        draw the current cluster alone unless `for` names others.

        The file is written whole or not at all. Like `save`, `export` overwrites a file
        this session did not load, save or export only with `replace`, and `--safe`
        writes no files. Not to be confused with `save`, which writes the case itself,
        nor with the `exports` attribute.
        """,
      example: """
        cluster Demo { type: manufacturing, year: 2000, exports: 10 musd, demand: strong }
        firms makers: 200 { role: producer, employees: 40 }
        institution Assoc { kind: association, roles: [catalyst, leader] }
        link makers -> Assoc : member
        export html to "/tmp/clusterlab-report.html" replace
        export csv to "/tmp/clusterlab-trajectories.csv" replace
        export svg network to "/tmp/clusterlab-network.svg" replace
        """,
      seeAlso: ["save", "plot", "simulate", "evaluate", "compare", "scenario"]),
  ]

  // MARK: - concepts

  static let concepts: [HelpTopic] = [
    HelpTopic(
      name: "indicators",
      summary: "the figures `why` explains, by id: trust, leverage, buyer_reach ...",
      synopsis: """
        why INDICATOR
        why INDICATOR in YEAR
        """,
      details: """
        Every figure of the model has an id. `why ID` shows how it was computed, and
        `evaluate as json` lists them all with their values. A figure whose inputs were not
        declared says "not assessed" or "not declared" rather than count them as zero. By
        the part of the paper they come from:

        prerequisites and life cycle [insight 2]
          production_base     SMEs, and the larger firms that could lead production
          advantage           the declared competitive advantage
          readiness           readiness to cooperate: declared, or cooperation links
          demand              international demand (not needed with a domestic driver)
          prerequisites       how many of those four are met, unmet or not assessed
          stage               embryonic, established, mature or declining; several
                              when a sign is not declared
        between the boxes [insight 1]
          vertical_links      supplies and customer links, by mode
          partnership_share   share of vertical links that are partnerships
          horizontal_links    share of firms with a tie to another firm (cooperation
                              links, cooperatives, consortia), weighted by density and
                              trust
          institution_reach   share of firms with a member or service link to an
                              institution
          mandates            institutions whose mandate is unclear or overlapping
          network_density     share of the possible ties present in the network
          network_components  connected components, and the share of the largest
          network_clustering  clustering coefficient: how often partners are partners
          brokers             the actors with the highest betweenness
          social_capital      mean of horizontal reach, institution reach and trust
        catalyst, leader and manager [insight 3]
          catalyst            actors that play catalyst: institutions, firms, buyers
          leader              actors that play leader, or lead most projects under way
          manager             actors that play manager
          ppp                 the public-private partnership: working, planned or none
        the four gears [insight 4]
          gear_border_in      projects that turn the border-in gear, and those planned
          gear_border         projects that turn the border gear, and those planned
          gear_border_out     projects that turn the border-out gear, and those planned
          gear_development    projects that turn the development gear, and those planned
        mix and timing [insight 5]
          early_wins          whether a simple project comes among the first
          stage_fit           share of the projects under way that fit the stage the
                              cluster was in when they started
          greenbook           the Green Book's three ingredients, as context only
        trust [insight 6]
          trust               the cluster's trust, else the tie-weighted trust of the
                              links among firms
        structures [insight 7]
          structure_fit       misfits of the structure with the projects and type
        financing [insight 8]
          public_share        government and donor money ÷ the cost of projects under
                              way
          leverage            per infrastructure project: cost ÷ government money
                              (NTADCL: 250 ÷ 25 = 10×)
          wto                 export subsidies and fiscal incentives in force, and those
                              that are history
        SMEs' obstacles [insight 9]
          sme_gap             SMEs below the smallest buyer's minimum order
          joint_promotion     share of the SMEs reached by joint export promotion (of
                              those below buyers' minimum orders, when declared)
        global markets [insight 10]
          buyer_reach         share of firms exposed to world markets, directly or
                              through their customers; a range when inputs are missing
          lead_buyers         lead buyers linked to the cluster
        value chain [Part 1]
          value_added         share of the type's typical stages in the cluster
          value_retention     direct export and downstream stages, from 0 to 1
        Porter's diamond [Part 1]
          diamond_factor      factor conditions
          diamond_demand      demand conditions
          diamond_related     related and supporting industries
          diamond_rivalry     firm strategy, structure and rivalry
          diamond_government  government
          diamond_chance      chance (not assessed: outside any case)

        Like every query, `why ID in YEAR` explains the figure as of that year. docs/model.md
        gives the formula of each.
        """,
      example: """
        cluster Demo { demand: strong, advantage: [cost] }
        firms makers: 100 { role: producer, employees: 20 }
        why production_base
        why prerequisites
        """,
      exampleRuns: true,
      seeAlso: ["why", "evaluate", "parameters"]
    ),
    HelpTopic(
      name: "parameters",
      summary: "the model's thresholds and weights, each with its source",
      synopsis: """
        params
        set param NAME = VALUE
        """,
      details: """
        The thresholds and weights of the model are parameters: `params` lists them with
        their values, units, meanings and sources, and `set param NAME = VALUE` changes one
        for the session (`help params`). Those the evaluation reads:

          prerequisites  sme_max_employees, production_base_min_smes,
                         large_firm_min_employees
          linkages       horizontal_reach_min, institution_reach_min,
                         partnership_share_min, buyer_reach_min
          trust          trust_low, trust_high, trust_assumed (the weight of a trust
                         nobody declared, never a verdict on trust)
          timing         stage_fit_min
          financing      leverage_benchmark, public_share_max, large_project_cost,
                         payback_max_years, wto_year
          SMEs           consortia_cover_min
          life cycle     established_min_firms, established_min_years, mature_min_years
          UNIDO table    institutions_limited, institutions_important,
                         institutions_very_important, state_important_share,
                         support_service_weight
          diamond        diamond_level_strong, diamond_level_moderate, diamond_level_weak,
                         diamond_skills_full, diamond_supplier_share_full,
                         diamond_vertical_links_full, diamond_public_projects_full,
                         diamond_no_public_factor, diamond_wto_penalty
          value chain    retention_direct_weight
          borderline     borderline_band (how close to its threshold a figure makes a
                         verdict borderline)
          network        network_exact_limit, network_samples, network_cohort_density,
                         network_seed

        The simulation reads the others (`help simulation`), and the life cycle's too:

          market         market_growth_manufacturing, market_growth_high_tech,
                         market_growth_agricultural, market_growth_other,
                         demand_moderate_factor, demand_weak_factor, initial_market_share,
                         market_share_max, share_gain, demand_shock_sd, unmet_demand_kept,
                         missing_prerequisite_drag, lead_buyer_gain
          firms          utilization, firm_growth_max, entry_fill, exit_rate,
                         labour_elasticity, exporter_conversion
          infra          infrastructure_headroom_weak, infrastructure_headroom_moderate,
                         infrastructure_headroom_strong, infrastructure_per_usd,
                         infrastructure_intensity_high_tech,
                         infrastructure_intensity_services, infrastructure_response,
                         self_provision_share, infrastructure_growth
          projects       effect_market, effect_capacity, effect_infrastructure,
                         effect_trust, effect_entry, effect_value, simple_project_weight,
                         project_lag_complex, project_ramp_complex
          life cycle     maturity_growth, decline_threshold
          trust          trust_gain_success, trust_loss_failure, failure_scale
          Monte Carlo    took_off_multiple, failed_multiple

        Most are assumptions, as the paper gives few numbers: `sensitivity` shows which
        of them move a result. docs/model.md has the full table, and says which rule reads
        each parameter.
        """,
      example: """
        cluster Demo { trust: 0.5 }
        firms makers: 100 { role: producer }
        set param trust_high = 0.5
        why trust
        """,
      exampleRuns: true,
      seeAlso: ["params", "why", "indicators", "simulation", "sensitivity"]
    ),
    HelpTopic(
      name: "simulation",
      summary: "how the model moves a cluster: demand, firms, infrastructure, trust",
      synopsis: """
        simulate FROM to TO
        seed N
        runs N
        """,
      details: """
        The simulation tells a cluster's story year by year from the state the case
        declares, by mechanisms taken from the paper's insights, so that a class can argue
        with each of them. Each year, in this order:

        Projects that start decide their outcome on the trust they start under. Insight 6:
        "Trust is paramount", and "there will be very limited success without … trust". A
        complex project started below trust_low may fail, the more likely the lower the
        trust; a simple one does not. Success raises trust (trust_gain_success), failure
        lowers it (trust_loss_failure): hence Part 3's simple initiatives first, "since
        their primary role is achieve 'early wins' and build trust among the members".

        Projects act through channels: market (trade fairs, buyer-seller meetings, a
        brand), capacity (parks, training, technology), infrastructure, trust (networking,
        mediation), the entry of firms (venture capital, FDI, education) and value (design,
        diversification). A simple project acts from its start year; a complex one after
        a lag (project_lag_complex), then ramps up over years (project_ramp_complex). So
        the same project does more started after early wins than before them: insight 5,
        "the mix and timing of ingredients are more important than the ingredients
        themselves".

        Demand and market share: the world market for the cluster's type grows each year
        (market_growth_manufacturing and the like), as much as its international demand
        allows: fully when strong, less when moderate or weak, not at all with none. The
        cluster's share of that market grows with its projects' market channel and with a
        lead buyer (insight 10); it rises with trust above trust_low and falls with trust
        below it; each missing prerequisite holds it back (insight 2: a cluster cannot be
        created "from scratch"); and gains shrink as the share nears market_share_max.

        Capacity and firms: incumbents grow up to firm_growth_max a year, faster with
        parks and training; the demand they cannot serve draws in new firms (entry_fill),
        faster with universities, training institutes and venture capital. In Tirupur,
        growth "triggered a parallel expansion within supply and service industries".
        When demand falls short, idle firms leave.

        Infrastructure: what it carries starts at a multiple of the start's exports that
        depends on its declared level, grows slowly by ordinary public investment, and
        grows by what infrastructure projects add. Exports are the smallest of demand,
        capacity and infrastructure, so when the infra load reaches 1 the infrastructure
        binds: insight 8, the absence of adequate infrastructure "represents the single
        greatest constraint to growth and competitiveness".

        The life cycle: each simulated year is read by the rule `stage` uses (`help
        stage`), on the simulated firms and with the run's growth as a further sign:
        established with established_min_firms firms, a catalyst or a formal structure,
        and established_min_years of organized initiative or a complex project started;
        mature after mature_min_years, with complex projects, once exports grow less than
        maturity_growth over three years; an established or mature cluster declines when
        demand is weak or exports fall by more than decline_threshold over three years.
        A mature cluster "runs the risk of stagnating and losing competitiveness, entering
        then into a decline phase" (insight 2); a project of renewal ("product
        diversification, market repositioning and/or technology acquisition") started once
        it is mature renews it, and it is read as established again.

        Every number is a parameter (`help parameters`), most of them assumptions.
        docs/model.md, "The simulation", gives each step's formula; docs/calibration.md
        sets the results beside the paper's figures for Tirupur, Bangalore and Ludhiana,
        with where the model falls short.
        """,
      example: """
        \(simulationCase)
        set Demo.trust = 0.15
        intervention Park { kind: industrial_park, lead: Assoc, start: 1996 }
        simulate 1995 to 2005
        scenario Later from Demo { set Park.start = 2000 }
        compare Demo, Later on exports in 2005
        """,
      exampleRuns: true,
      seeAlso: ["simulate", "what-if", "parameters", "seed", "runs", "stage", "interventions"]
    ),
    HelpTopic(
      name: "what-if",
      summary: "scenarios, compare on a metric, sensitivity, sweeps and assertions",
      synopsis: """
        scenario NAME from BASE { CHANGES }
        compare A, B on METRIC in YEAR
        sensitivity on METRIC in YEAR
        for NAME in [VALUE, ...] { STATEMENTS }
        assert METRIC(YEAR) > VALUE
        """,
      details: """
        A what-if asks how the outcome of a case would change: without a project, with
        more trust, under another assumption. The same statements answer at the prompt, in
        front of a class, and in a what-if file that reruns at will:

          scenario      a copy of a cluster with changes (`help scenario`)
          compare … on  clusters and scenarios side by side on one simulated metric
          sensitivity   which parameters and which interventions move a metric most
          for           a sweep: the same statements for each value of a parameter
          seed, runs    Monte Carlo runs: the spread of outcomes, not one path

        After a `simulate`, expressions read the current cluster's trajectory: a metric as
        a function of a year, such as `exports(2004)`, `firms(2005)` or
        `infrastructure_load(2000)`; and after Monte Carlo runs `p10(exports, 2004)`,
        `p50(…)`, `p90(…)`, `share(took_off)`, `share(stagnated)` and `share(failed)`.
        The metrics are:

        \(trajectoryMetricList)

        `assert` turns them into checks. A what-if file states what must hold, such as
        `assert exports(2004) > 1 busd` or `assert share(failed) < 0.1`, and stops with
        exit status 1 and the values on both sides as soon as a change to the case or to a
        parameter breaks it. Begin each file with `include "base.cluster"` so that all
        share one base case. The examples folder holds a trainer's exercise, a
        consultant's options and an analyst's sweep.
        """,
      example: """
        \(simulationCase)
        scenario NoFair from Demo { drop Fair }
        compare Demo, NoFair on exports in 2005
        simulate 1995 to 2005
        assert exports(2005) > exports(1995)
        for g in [0.03, 0.06, 0.09] {
          set param market_growth_manufacturing = g
          simulate 1995 to 2005
          print exports(2005)
        }
        """,
      exampleRuns: true,
      seeAlso: ["scenario", "compare", "sensitivity", "for", "assert", "runs", "include"]
    ),
    HelpTopic(
      name: "units",
      summary: "money, percentages, years and rates of output written after numbers",
      synopsis: """
        NUMBER usd | kusd | musd | busd
        NUMBER%
        NUMBER year | NUMBER years
        NUMBER WORD/month | NUMBER WORD/year
        """,
      details: """
        Money is in US dollars: usd, kusd (thousands), musd (millions) and busd (billions).
        The paper's "$100 million" is `100 musd`, "$1.2 billion" is `1.2 busd`, and both
        are read as written; `100 million` without its currency is refused. A percentage
        is a fraction of 1, so `30%` is the same as `0.3`. Durations are in years, and a
        rate of output names what is produced: `50000 garments/month` (a yearly rate is
        turned into a monthly one). Underscores in numbers are ignored: `1_500_000 usd`.

        Arithmetic checks units: money plus money is money, money divided by a count is
        money, money divided by money is a plain number, and money plus a plain number is an
        error. Comparisons need the same unit on both sides: `exports > 50 musd`, not
        `exports > 50`. Computed money prints in the largest unit that fits.
        """,
      example: """
        cluster Demo { exports: 100 musd, trust: 30% }
        firms makers: 2500 { capacity: 50000 garments/month, exports: 40 kusd }
        intervention Park { kind: industrial_park, cost: 1_500_000 usd, duration: 3 years }
        print Demo.exports / 2500
        print sum(firms.exports)
        print Demo.trust
        """,
      exampleRuns: true,
      seeAlso: ["values", "expressions", "sum"]
    ),
    HelpTopic(
      name: "values",
      summary: "the types of attribute values: text, words, names, money, shares",
      synopsis: """
        "text"   WORD   [A, B, C]   { KEY: VALUE, ... }   NUMBER UNIT   true   false
        """,
      details: """
        Each attribute takes one type of value; `help KIND` shows the type and the allowed
        values of every attribute of that kind.

          text      a string in double quotes ("Tirupur Exporters' Association")
          word      one of a fixed set of bare words; a typo gets a "did you mean"
          words     a list of such words: [catalyst, leader]
          labels    a list of free words or strings, such as markets: [EU, "United States"]
          name      the name of a declared actor
          names     a list of names of declared actors
          money     a number with usd, kusd, musd or busd
          share     from 0 to 1, or a percentage: 0.3 or 30%
          count     a whole number
          year      a year such as 1990
          years     a duration: 3 years
          rate      output per month or year: 50000 garments/month
          bool      true or false
          funding   a map from funding source to money: { TEA: 3 musd, TNGov: 1 musd }
          effects   what a project adds once it delivers, each acting in the simulation:
                    exports, capacity, infrastructure (money a year), firms, exporters,
                    employment (counts), trust, value_retention (shares)

        The paper's words are accepted too, and stored as the value: `kind: icd` (an
        inland container depot) is `logistics_terminal`, `roles: cluster_development_agent`
        is `facilitator`.

        Where a list is expected, a single item needs no brackets: `roles: leader`. Names
        are identifiers (letters, digits and _, not starting with a digit) or quoted
        strings, and are case-sensitive.
        """,
      example: """
        cluster Demo {
          region: "Tamil Nadu, India", type: manufacturing, advantage: [cost, process]
          year: 1990, exports: 100 musd, trust: 0.3, framework: false
        }
        institution TEA { kind: association, roles: [catalyst, leader] }
        firms makers: 2500 { capacity: 50000 garments/month, markets: [EU, "United States"] }
        intervention ICD { kind: logistics_terminal, lead: TEA, funding: { TEA: 3 musd } }
        intervention Fair { kind: trade_fair, duration: 2 years, effects: { exports: 5 musd } }
        show TEA
        """,
      exampleRuns: true,
      seeAlso: ["units", "expressions", "set"]
    ),
    HelpTopic(
      name: "expressions",
      summary: "arithmetic, comparisons and logic in let, print, assert and where",
      synopsis: """
        A + B   A - B   A * B   A / B   -A
        A == B   A != B   A < B   A <= B   A > B   A >= B
        A and B   A or B   not A
        NAME.ATTRIBUTE
        count(KIND where CONDITION)   sum(KIND.ATTRIBUTE where CONDITION)
        METRIC(YEAR)   p50(METRIC, YEAR)   share(took_off)
        [A, B, C]   (A)
        """,
      details: """
        From the loosest to the tightest binding: `or`, `and`, `not`, the comparisons,
        `+` and `-`, `*` and `/`, a leading `-`, and the `.` of `NAME.ATTRIBUTE`.
        Parentheses group as usual. Numbers keep their units through arithmetic
        (`help units`).

        A bare name is a variable made with `let`, an actor or cluster of that name, or else
        an enumeration word; inside a `where`, the attributes of the item tested come first.
        `==` between a list and a word asks whether the list contains the word. An
        attribute that is not set equals no value, is neither less nor greater than
        anything, counts as false in `and`, `or` and `not`, and makes arithmetic "not set".

        After a `simulate`, a metric called with a year reads the current cluster's
        trajectory, `exports(2004)` or `firms(2005)`, and after Monte Carlo runs
        `p10(exports, 2004)` and `share(took_off)` read their spread (`help what-if`).
        """,
      example: """
        cluster Demo { exports: 100 musd }
        institution TEA { kind: association, roles: [catalyst, leader] }
        firms makers: 2500 { role: producer, employees: 50 }
        let perFirm = Demo.exports / count(firms)
        print perFirm
        print Demo.exports / sum(firms.employees)
        list institutions where roles == leader and not (kind == government)
        """,
      exampleRuns: true,
      seeAlso: ["where", "and", "count", "sum", "units", "let", "what-if"]
    ),
    HelpTopic(
      name: "comments",
      summary: "# starts a comment that runs to the end of the line",
      synopsis: """
        # a comment
        STATEMENT   # a comment after a statement
        """,
      details: """
        A `#` outside a string starts a comment that runs to the end of the line. So a
        first line `#!/usr/bin/env clusterlab` makes a case file an executable script.
        `clusterlab fmt` keeps comments where they are; `save` writes the workspace, not
        your source, and so does not keep them.
        """,
      example: """
        # Tirupur in 1990, the year TEA was founded
        cluster Tirupur { year: 1990 }   # before the association's projects
        firms makers: 2500 { role: producer }   # "more than 2,500" garment makers
        """,
      exampleRuns: true,
      seeAlso: ["scripts", "save"]
    ),
    HelpTopic(
      name: "interventions",
      summary: "the catalogue of intervention kinds, with their gear and complexity",
      synopsis: """
        intervention NAME { kind: KIND, ... }
        """,
      details: """
        The `kind` of an intervention is one of the projects the paper names, listed here
        under the gear of export strategy each usually turns (insight 4, `help gears`).
        "simple" kinds make early wins; "complex" ones need trust, money and, usually, a
        formal structure (insight 5 and Part 3). An intervention may state its own `gear`
        and `complexity` where the case differs. Each kind also fits some stages of the
        life cycle and not others: insight 5 checks each project against the stage the
        cluster was in when it started.

        \(interventionCatalogue)

        The kinds that build infrastructure, whose financing insight 8 judges:

        \(infrastructureKinds)
        """,
      example: """
        cluster Demo
        institution TEA { kind: association }
        intervention Fairs { kind: trade_fair, lead: TEA, complexity: simple }
        intervention Water { kind: water_supply, lead: TEA, financing: ppp }
        list interventions
        """,
      exampleRuns: true,
      seeAlso: ["intervention", "gears", "plan", "financing"]
    ),
    HelpTopic(
      name: "link-kinds",
      summary: "the kinds of link: vertical, horizontal, institutional, with buyers",
      synopsis: """
        link FROM -> TO : KIND
        link A -- B : KIND
        """,
      details: """
        Insight 1 distinguishes vertical links, between a firm and its suppliers and
        customers, from horizontal ones, among firms that compete and cooperate; in time
        they extend to institutions. The kinds of link are:

        \(linkKindTable)

        A vertical link may say its `mode`: arm's length or partnership. Any link may carry
        `trust` from 0 to 1; a link of a cohort to itself carries a `density`.
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer }
        firms dyers: 20 { role: supplier }
        institution Assoc { kind: association }
        institution Gov { kind: government }
        buyer Brand { kind: brand }
        link dyers -> makers : supplies mode partnership
        link makers -> dyers : customer
        link makers -- makers : cooperation density 0.05
        link makers -> Assoc : member
        link Assoc -> makers : service
        link Brand -> makers : buys
        link Assoc -- Gov : partner
        list links
        """,
      exampleRuns: true,
      seeAlso: ["link", "network", "drop"]
    ),
    HelpTopic(
      name: "repl",
      summary: "the interactive prompt: line editing, completion, history",
      synopsis: """
        clusterlab
        clusterlab FILE... -i
        """,
      details: """
        Run `clusterlab` with no file to get the `clusterlab> ` prompt. Lines are edited
        with GNU readline: the arrow keys, Ctrl-A and Ctrl-E, word moves, Ctrl-R to search
        the history, and your ~/.inputrc settings. Tab completes keywords, declared names,
        attribute names, allowed values, kinds of link, help topics, what `export` takes,
        and file names after `load`, `save`, `include` and `export … to`; when several
        fit, they are listed.

        A statement left open, with a `{`, `[` or `(` not yet closed or an unfinished
        string, continues on the next line after a prompt that shows it (`.........{> `,
        `........."> `); a blank line there says what is open. So blocks can be
        typed or pasted as they are written in a file; prompts pasted from a transcript are
        taken off. Ctrl-C drops the unfinished input and returns to the prompt; it never
        leaves clusterlab. Ctrl-D on an empty line, or `quit`, leaves.

        History is kept across sessions in $XDG_STATE_HOME/clusterlab/history, or in
        ~/.local/state/clusterlab/history when XDG_STATE_HOME is not set. The variable
        CLUSTERLAB_HISTORY names another file; set to nothing, it turns history off.

        Answers fit the window's width, long cells wrapping in their column. An answer
        longer than the window goes through $PAGER, or `less -FRX` when PAGER is not set
        (`q` returns to the prompt); PAGER set to nothing or to `cat` turns that off.
        strength, warning and risk are coloured unless NO_COLOR is set or --color never.
        """,
      example: """
        cluster Demo {
          type: manufacturing
          demand: strong
        }
        print Demo.demand
        """,
      exampleRuns: true,
      seeAlso: ["scripts", "help", "quit", "undo"]
    ),
    HelpTopic(
      name: "scripts",
      summary: "running case files: clusterlab FILE..., -e, -i, check, fmt, demo",
      synopsis: """
        clusterlab FILE...
        clusterlab FILE... -e STATEMENT -e STATEMENT ...
        clusterlab FILE... -i
        clusterlab --keep-going FILE...
        clusterlab --format json FILE...
        clusterlab check FILE...
        clusterlab fmt [-w | --check] FILE...
        clusterlab demo [-i]
        """,
      details: """
        A case file (.cluster) holds the same statements you type at the prompt.
        `clusterlab FILE...` runs the files in order in one session (`-` reads standard
        input): results go to standard output, errors to standard error as file:line:col
        with the line and a caret. A run stops at the first error; `--keep-going` runs on
        and reports every error, and still ends with status 1.

        `-e STATEMENT` runs a statement after the files, and may be repeated. `-i` opens
        the prompt once the files and statements have run, with the case loaded. `--echo`
        prints each statement before its output, as on a projected screen.

        `--format json` is for other programs: every answer is one line of JSON on
        standard output, naming the command, the file and the line it came from, and
        every error one line of JSON on standard error, so `jq` reads the whole run
        (docs/model.md, "JSON output"). `check --format json` says ok or not as JSON.

        `clusterlab check FILE...` checks files without running their commands or writing
        any file, and reports every error. `clusterlab fmt FILE...` prints files in canonical
        form with their comments kept; `-w` rewrites them in place, and `--check` only lists
        those not in canonical form and exits 1 if any (for CI). `clusterlab demo` is
        a short tour of a real case, Tirupur knitwear in 1990, built in; at a terminal it
        waits for Enter between steps.

        Answers are as wide as the terminal, or COLUMNS wide when it is set, or 80 columns
        when they go to a pipe or a file. Scripts are never paged and pipes never coloured.

        The exit status is 0 when everything ran, 1 when a statement failed (an error, a
        failed assert, a file that cannot be read), and 2 when the command line is wrong.
        """,
      example: """
        # a small case file; run it with `clusterlab case.cluster`
        cluster Demo
        firms makers: 100 { role: producer }
        assert count(firms) == 100
        print "all assertions hold"
        """,
      exampleRuns: true,
      seeAlso: ["repl", "assert", "include", "load", "comments", "safe", "limits"]
    ),
    HelpTopic(
      name: "safe",
      summary: "run a script from someone else: no writes, reads only beside it, limits on",
      synopsis: """
        clusterlab --safe FILE...
        clusterlab check --safe FILE...
        clusterlab --safe --limit runs=50000 FILE
        """,
      details: """
        Trainees pass each other files. `--safe` runs one without trusting it: `save`
        and every other write to a file are refused; `include` and `load` read only inside
        the script's own folder (symbolic links are followed first, so a link cannot lead
        out), and `-e` statements read only inside the working folder.

        The limits are lower (`help limits` lists them all):
          \(SessionLimits.safe.years) years a simulation
          \(SessionLimits.safe.runs) Monte Carlo runs
          \(SessionLimits.safe.loopIterations) loop iterations a statement
        The process itself gets a ceiling of 60 s of CPU time (past it, clusterlab stops
        with status 1 and says so) and 4096 MiB of memory; `--limit cpu_seconds=N` and
        `--limit memory_mb=N` move them, as `--limit NAME=VALUE` moves any other.

        A refused statement is an error like any other, located at file:line:col, and the
        session is unchanged. The REPL's own history and journal are still written: they
        are clusterlab's files, not the script's.
        """,
      example: """
        # `clusterlab --safe case.cluster` runs this, but would refuse `save "case.cluster"`
        cluster Demo
        firms makers: 100 { role: producer }
        print count(firms)
        """,
      exampleRuns: true,
      seeAlso: ["limits", "scripts", "include", "save"]
    ),
    HelpTopic(
      name: "limits",
      summary: "how much one statement may ask for, and how to raise a limit",
      synopsis: """
        clusterlab --limit NAME=VALUE ...
        """,
      details: """
        Every input clusterlab reads is bounded, so a mistake (or a hostile file) ends in an
        error at file:line:col, never a hang or a crash. Fixed limits:
          names and numbers    at most \(Lexer.maximumWordLength) characters
          strings              at most \(Lexer.maximumStringLength) bytes
          brackets             nested at most \(Parser.maximumNesting) deep
          an expression        at most \(Parser.maximumOperators) operators
          for and scenario     bodies nested at most \(Parser.maximumBodyNesting) deep
          firms in a cluster   at most \(Limits.maximumFirms), cohorts included
          years                from \(Limits.years.lowerBound) to \(Limits.years.upperBound)
          files                at most \(FileSystem.maximumFileSize >> 20) MiB
        Numbers that overflow, and results that would be infinite or not a number, are
        errors.

        Limits you can move with `--limit NAME=VALUE`:

        \(limitsTable)

        Under `--safe` the process also has cpu_seconds (60) and memory_mb (4096).

        A long Monte Carlo run stops at Ctrl-C in the REPL and keeps the session.
        """,
      example: """
        cluster Demo { year: 2000, exports: 10 musd }
        firms makers: 100 { role: producer }
        runs 200
        seed 1
        simulate 2000 to 2010
        """,
      exampleRuns: true,
      seeAlso: ["safe", "runs", "simulate", "for", "include"]
    ),
    HelpTopic(
      name: "recover",
      summary: "bring back a REPL session that was killed: clusterlab --recover",
      synopsis: """
        clusterlab --recover
        clusterlab --recover -e 'save "case.cluster"'
        """,
      details: """
        A closed laptop or a killed terminal must not lose a case. While the REPL runs,
        every statement it accepts (declarations, changes, `set param`, `seed`, `runs`,
        `simulate`, `undo`, and `load` or `include` with the file's full path) is appended
        to a journal and flushed to disk before the next prompt. A session that ends
        normally (`quit`, Ctrl-D) removes its journal; one that was killed leaves it.

        `clusterlab --recover` replays the newest journal of a session that is no longer
        running, quietly, says how many statements came back, and goes on at the prompt
        (or runs the files and `-e` statements given). At the prompt, the replayed
        statements move into the new session's journal, so a second crash loses nothing
        either. Without the prompt the old journal stays where it is: `clusterlab
        --recover -e 'list firms'` only looks. When an interrupted session is waiting,
        the REPL says so as it starts.

        Journals live in $CLUSTERLAB_JOURNAL (a folder; empty turns them off), else
        $XDG_STATE_HOME/clusterlab/journal, else ~/.local/state/clusterlab/journal, one
        file a session (journal-PID-TIME.cluster), readable as a clusterlab script.
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer }
        """,
      exampleRuns: true,
      seeAlso: ["repl", "save", "undo"]
    ),
    HelpTopic(
      name: "licence",
      summary: "clusterlab is free software under GPL-3.0-or-later",
      synopsis: """
        help licence
        """,
      details: """
        clusterlab is free software: you can redistribute it and modify it under the terms
        of the GNU General Public License, version 3 or (at your option) any later version
        (GPL-3.0-or-later). It comes with no warranty.

        The licence is the GPL because the clusterlab binary links GNU readline, which is
        itself licensed under the GPL version 3.

        The passages quoted in help come from the ITC paper "Innovations in Export Strategy:
        Competitiveness through export clustering" (International Trade Centre UNCTAD/WTO,
        Geneva, 2005), which remains ITC's.
        """,
      example: """
        help licence
        """,
      exampleRuns: true,
      seeAlso: ["help", "repl"]
    ),
  ]
}

extension String {
  /// The string without trailing spaces.
  fileprivate var trimmedRight: String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
