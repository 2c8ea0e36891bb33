// Help topics: the text of `help TOPIC`, one entry per keyword, command and concept.

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
  /// Whether `example` runs without error today (false only for the reserved model commands).
  public let exampleRuns: Bool
  /// Related topics, each of which must itself be a topic.
  public let seeAlso: [String]
}

public enum HelpTopics {
  /// Every topic, sorted by name.
  public static let all: [HelpTopic] =
    (declarations + statements + expressionWords + sessionCommands + modelCommands + concepts)
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
        let summary = index[name]?.summary ?? ""
        lines.append("  " + name + String(repeating: " ", count: width - name.count + 3) + summary)
      }
    }
    lines.append("")
    lines.append("Type `help TOPIC` for more, e.g. `help firm`.")
    return lines.joined(separator: "\n")
  }

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
    "set-param": "params", "param": "params", "parameters": "params",
    "value-chain": "valuechain",
    "variables": "let",
  ]

  /// The groups of the overview, in the order a newcomer meets them.
  private static let overviewGroups: [(title: String, names: [String])] = [
    (
      "Declarations",
      ["cluster", "firm", "firms", "institution", "buyer", "consortium", "link", "intervention", "target"]
    ),
    ("Changing", ["set", "drop", "undo", "redo", "reset"]),
    (
      "Expressions and scripting",
      ["let", "print", "assert", "include", "where", "and", "or", "not", "true", "false", "count", "sum", "by"]
    ),
    ("Session commands", ["help", "list", "show", "use", "load", "save", "quit", "exit"]),
    (
      "Model commands (coming: not available yet)",
      [
        "evaluate", "insights", "why", "stage", "gears", "diamond", "roles", "financing", "valuechain",
        "network", "plan", "params", "simulate", "plot", "compare", "sensitivity", "export",
      ]
    ),
    (
      "Concepts",
      ["units", "values", "expressions", "comments", "interventions", "link-kinds", "repl", "scripts", "licence"]
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
    let nameWidth = kinds.map(\.name.count).max() ?? 0
    let complexityWidth = kinds.map(\.complexity.count).max() ?? 0
    var gears = Schema.gears.values
    for kind in kinds where !gears.contains(kind.gear) { gears.append(kind.gear) }
    var lines: [String] = []
    for gear in gears {
      let members = kinds.filter { $0.gear == gear }
      if members.isEmpty { continue }
      if !lines.isEmpty { lines.append("") }
      lines.append("gear " + gear + (gearPhrases[gear].map { ": " + $0 } ?? ""))
      for kind in members {
        let head =
          "  " + kind.name + String(repeating: " ", count: nameWidth - kind.name.count + 2)
          + kind.complexity + String(repeating: " ", count: complexityWidth - kind.complexity.count + 2)
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

  /// The metrics a target may name, wrapped.
  static let metricList: String = wrap(Schema.metrics.values.joined(separator: ", ") + ".", indent: "  ")

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
        induced, but they cannot be created 'from scratch'"), trust (insight 6), the fit of
        its structure (insight 7) and the Green Book ingredients of insight 5. Change one
        later with `set NAME.ATTRIBUTE = VALUE`.
        """,
      example: """
        cluster Tirupur {
          region: "Tamil Nadu, India", sector: "knitted garments", type: manufacturing
          year: 1990, exports: 100 musd, demand: strong, advantage: [cost, process]
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
        """,
      example: """
        cluster Tirupur
        firm PrimeTex { role: exporter, employees: 20, founded: 1989, product: "baby wear" }
        firm BigKnit { role: lead_producer, size: large, employees: 800, direct_export: true }
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
        catalyst is normally an institution; in Tirupur, TEA was both catalyst and leader,
        and managed through a formal structure. Record who plays which role in `roles`.

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
        """,
      example: """
        cluster Ludhiana { sector: hosiery }
        firms makers: 300 { role: producer, size: small }
        buyer HighStreet {
          kind: retailer, origin: foreign, market: [EU, US]
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
        cohort, say in `firms` how many firms take part.
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
        how in `financing`.

        An actor that leads an intervention cannot be dropped until the intervention is
        dropped or given another lead.
        """,
      example: """
        cluster Tirupur
        institution TEA { kind: association, roles: [catalyst, leader, manager] }
        institution TNGov { kind: government, level: state }
        intervention ICD {
          kind: logistics_terminal, gear: border, lead: TEA, partners: [TNGov]
          funding: { TEA: 3 musd }, start: 1993, complexity: complex
        }
        intervention Fairs { kind: trade_fair, gear: border_out, lead: TEA, status: running }
        list interventions
        """,
      exampleRuns: true,
      seeAlso: ["interventions", "gears", "financing", "plan", "drop"]
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
      summary: "change one attribute of an actor, a cohort's size, or a cluster",
      synopsis: """
        set NAME.ATTRIBUTE = VALUE
        set CLUSTER.ATTRIBUTE = VALUE
        """,
      details: """
        `set` changes one attribute and keeps the rest as declared. The value is checked as
        in a declaration, with a "did you mean" for a misspelt word. `set makers.count = 3000`
        resizes a cohort; a cluster's own attributes are set through the cluster's name.

        Declaring a name twice is an error, so `set` is how a case evolves in front of a
        class: trust rises, the association becomes formal, the cohort grows. `undo` takes a
        change back. (`set param NAME = VALUE` is different: it will change a parameter of
        the cluster model, see `help params`.)
        """,
      example: """
        cluster Demo { trust: 0.2 }
        institution TEA { kind: association, formal: false }
        firms makers: 2500 { role: producer }
        set TEA.formal = true
        set makers.count = 3000
        set Demo.trust = 40%
        print Demo.trust
        """,
      exampleRuns: true,
      seeAlso: ["drop", "undo", "values", "params"]
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
      summary: "print the value of an expression",
      synopsis: """
        print EXPRESSION
        """,
      details: """
        `print` writes one value on standard output: a number with its unit, a word, a text,
        a list or true/false. Computed money is shown in the largest unit that fits, so
        $100 million spread over 2,500 firms prints as 40 kusd. An attribute that is not
        set prints as "(not set)".
        """,
      example: """
        cluster Demo { exports: 100 musd }
        firms makers: 2500 { role: producer, employees: 50 }
        print count(firms)
        print Demo.exports / 2500
        print Demo.exports > 50 musd
        print "2,500 makers"
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
        rerun after any change tells at once if it still does.
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer }
        link makers -- makers : cooperation density 0.05
        assert count(firms) == 100
        assert count(links where kind == cooperation) > 0
        """,
      exampleRuns: true,
      seeAlso: ["expressions", "scripts", "let", "where"]
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
        save "/tmp/clusterlab-help-include.cluster"
        reset
        include "/tmp/clusterlab-help-include.cluster"
        print count(firms)
        """,
      exampleRuns: true,
      seeAlso: ["load", "save", "scripts"]
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
  ]

  // MARK: - session commands

  static let sessionCommands: [HelpTopic] = [
    HelpTopic(
      name: "help",
      summary: "list the topics, or explain one with an example",
      synopsis: """
        help
        help TOPIC
        """,
      details: """
        Plain `help` lists every topic with one line about it. `help TOPIC` gives the
        syntax, an explanation and an example that runs as it stands in a fresh session:
        copy it into the REPL to see it work. For a kind of declaration (`help firm`), help
        also lists its attributes, their types and their allowed values.

        Topics are the keywords, the commands, and a few concepts: units, values,
        expressions, comments, interventions, link-kinds, repl, scripts and licence.
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
        """,
      details: """
        KIND is one of firms (single firms and cohorts), cohorts, institutions, buyers,
        consortia, interventions, links, targets or clusters; `list variables` shows the
        values made with `let`. Without a KIND, `list` shows every actor and intervention of
        the current cluster, then how many links and targets it has. A `where` keeps only
        the rows for which the condition holds.
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter, employees: 300 }
        firms makers: 2500 { role: producer, employees: 50 }
        institution TEA { kind: association }
        list
        list firms where employees > 100
        list institutions
        """,
      exampleRuns: true,
      seeAlso: ["show", "where", "count", "use"]
    ),
    HelpTopic(
      name: "show",
      summary: "one actor, cluster or variable in full",
      synopsis: """
        show NAME
        """,
      details: """
        `show` prints everything known about one actor or intervention of the current
        cluster, with a summary of its links; about a cluster, with a count of what it
        holds; or the value of a variable made with `let`. Use `list` for many at once.
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
        """,
      details: """
        `load` runs a case file as one step: if any statement in it fails, nothing of it is
        kept, and the error says where. It then says what the current cluster holds.
        `undo` takes the whole file back.

        `load` adds to the workspace rather than replacing it, so loading a case whose
        cluster already exists fails on the first name declared twice: `reset` first to
        start from a clean slate. Relative paths are taken from the current folder (in a
        file, from that file's folder), and `~/` is your home folder.
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter }
        save "/tmp/clusterlab-help-load.cluster"
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
        """,
      details: """
        `save` writes every cluster with its actors, links, interventions and targets, and
        the session's variables, as clusterlab source in canonical form: a file that
        `load` reads back into the same workspace, and that reads well in version control.
        Comments are not kept: `save` writes the workspace, not what you typed.

        The file is written beside the old one and renamed over it only when complete, so
        a failed save never damages a case already on disk.
        """,
      example: """
        cluster Demo
        firm PrimeTex { role: exporter }
        save "/tmp/clusterlab-help-save.cluster"
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

  // MARK: - model commands, reserved until the model lands

  /// The first paragraph of every model command's details.
  private static let notYet =
    "Reserved, not available yet: comes with the cluster model. Until then the command answers "
    + "with an error, so a script that uses it stops there. The syntax shown is the planned one."

  private static func model(
    _ name: String, _ summary: String, synopsis: String, details: String, example: String,
    seeAlso: [String]
  ) -> HelpTopic {
    HelpTopic(
      name: name, summary: summary, synopsis: synopsis, details: wrap(notYet) + "\n\n" + details,
      example: example, exampleRuns: false, seeAlso: seeAlso)
  }

  static let modelCommands: [HelpTopic] = [
    model(
      "evaluate", "assess the current cluster against the paper's ten insights",
      synopsis: """
        evaluate
        """,
      details: """
        `evaluate` will run the cluster model on the current cluster and report, insight by
        insight, what holds and what warns: the prerequisites of insight 2, the links
        between the boxes, who is catalyst, leader and manager, the gears covered, trust,
        the fit of the structure, financing, consortia and links to global markets. Every
        figure it prints will be explained by `why`.
        """,
      example: """
        cluster Demo { type: manufacturing, demand: strong, readiness: latent }
        firms makers: 100 { role: producer }
        evaluate
        """,
      seeAlso: ["insights", "why", "stage", "gears"]),
    model(
      "insights", "the paper's ten insights, each with what holds or warns in this case",
      synopsis: """
        insights
        """,
      details: """
        `insights` will list the ten insights of Part 2, each marked for the current
        cluster with its severity and the facts behind it:

          1. What happens between the 'boxes', not inside them, makes a cluster.
          2. Clusters can be enhanced, and even induced, but not created 'from scratch'.
          3. Initiatives require a catalyst, a leader and a manager.
          4. Effective initiatives address each of the four gears of export strategy.
          5. The mix and timing of ingredients matter more than the ingredients.
          6. Trust is paramount.
          7. Different structures fit different clusters, if they fit at all.
          8. There is more to infrastructure financing than public sector funds.
          9. Clusters can overcome the export promotion obstacles facing SMEs.
         10. Successful clusters are linked to global markets.
        """,
      example: """
        cluster Demo { type: manufacturing, demand: strong }
        firms makers: 100 { role: producer }
        insights
        """,
      seeAlso: ["evaluate", "why"]),
    model(
      "why", "explain a figure or finding: the inputs, rule, parameter and passage",
      synopsis: """
        why insight N
        why METRIC
        """,
      details: """
        `why` will explain any figure the model prints: which declared facts it used, which
        rule and which parameter, and the passage of the paper the rule comes from. Nothing
        in the model is meant to be a black box in front of a class.
        """,
      example: """
        cluster Demo { trust: 0.2 }
        firms makers: 100 { role: producer }
        why insight 6
        """,
      seeAlso: ["evaluate", "insights", "params"]),
    model(
      "stage", "estimate the cluster's life-cycle stage, from embryonic to declining",
      synopsis: """
        stage
        """,
      details: """
        Insight 2: "Clusters are dynamic and have a recognizable life cycle." An embryonic
        cluster has the prerequisites but needs a catalyst; a mature one "runs the risk of
        stagnating and losing competitiveness, entering then into a decline phase", and
        should be moved back to an earlier stage by product diversification, market
        repositioning or technology acquisition. `stage` will estimate the stage from the
        declared facts and suggest the moves that suit it.

        Not to be confused with the cluster attribute `stage`, where you may state the
        stage yourself.
        """,
      example: """
        cluster Demo { year: 1990, exports: 100 musd }
        firms makers: 2500 { role: producer }
        stage
        """,
      seeAlso: ["evaluate", "plan", "cluster"]),
    model(
      "gears", "which of the four gears of export strategy the initiative turns",
      synopsis: """
        gears
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
                       costs. The public sector's responsibility, so it turns only with a
                       working public-private partnership (Tirupur's freight terminal).
          border_out   Market development and promotion: market information, joint
                       selling missions, promotional material, trade fairs, services for
                       incoming buyers. The easiest gear to start with, being farther from
                       each firm's core business and so less threatening.
          development  The cluster's contribution to its region: employment and poverty
                       reduction, the environment, women in the workforce, backward
                       regions. Like the border gear, it needs the public-private
                       partnership.

        `gears` will show which gears the declared interventions turn, with what budget,
        and which are left idle. Each intervention has a `gear`; `help interventions` gives
        the usual gear of every kind.
        """,
      example: """
        cluster Demo
        institution Assoc { kind: association }
        intervention Fairs { kind: trade_fair, gear: border_out, lead: Assoc }
        gears
        """,
      seeAlso: ["interventions", "intervention", "plan", "financing"]),
    model(
      "diamond", "Porter's diamond for the cluster: the forces behind its competitiveness",
      synopsis: """
        diamond
        """,
      details: """
        Part 1 recalls Michael Porter's "diamond model": "four sets of interrelated forces
        determine competitiveness and ... these forces are strongest within the parameters
        of a specialized industry cluster". `diamond` will rate the four (factor conditions;
        demand conditions; related and supporting industries; firm strategy, structure and
        rivalry), with government and chance beside them, from the declared case.
        """,
      example: """
        cluster Demo { demand: strong, advantage: [cost] }
        firms makers: 100 { role: producer }
        diamond
        """,
      seeAlso: ["evaluate", "valuechain"]),
    model(
      "roles", "who plays catalyst, leader and manager, and which role is missing",
      synopsis: """
        roles
        """,
      details: """
        Insight 3: "Cluster initiatives require a catalyst, a leader and a manager if action
        by firms, government and support agencies is to be effectively aligned." In Tirupur
        TEA "assumed the role of both cluster catalyst and cluster leader"; "coordination
        and management must complement the catalyst and leadership roles". `roles` will
        show who plays each role, the public-private partnership behind them, and the gaps.

        Not to be confused with the institution attribute `roles`, where you state who
        plays which role.
        """,
      example: """
        cluster Demo
        institution TEA { kind: association, roles: [catalyst, leader] }
        roles
        """,
      seeAlso: ["institution", "evaluate"]),
    model(
      "financing", "the funding of the interventions by source and form, and its leverage",
      synopsis: """
        financing
        """,
      details: """
        Insight 8: "There is more to infrastructure financing than public sector funds."
        Tirupur's water supply was financed through NTADCL, a special purpose vehicle of
        TEA, the State Government and IL&FS: a project of about $250 million with $25
        million of government money, which "leveraged budgetary resources by a factor of
        10". `financing` will add up the funding of the interventions by source and form,
        and show the public share and its leverage.

        Not to be confused with the intervention attribute `financing`, where you state
        the form of financing of one project.
        """,
      example: """
        cluster Demo
        institution TEA { kind: association }
        institution Gov { kind: government }
        intervention Water { kind: water_supply, lead: TEA, funding: { Gov: 25 musd } }
        financing
        """,
      seeAlso: ["intervention", "interventions", "gears"]),
    model(
      "valuechain", "the value-chain stages present in the cluster, and those missing",
      synopsis: """
        valuechain
        """,
      details: """
        Part 1 follows Tirupur's value chain from "low value production, low value-addition
        and low value-retention" before 1985 to higher value, more value retention and,
        in future, direct channel management. `valuechain` will show which stages the
        declared firms perform, which are missing, and where value is added and retained.
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer, stages: [knitting, finishing] }
        firms dyers: 20 { role: supplier, stages: [dyeing] }
        valuechain
        """,
      seeAlso: ["firms", "diamond", "network"]),
    model(
      "network", "indicators of the links: density, degree, centrality, trust",
      synopsis: """
        network
        """,
      details: """
        Insight 1 puts the cluster between the boxes. `network` will measure the declared
        links: vertical and horizontal ties, density, degree and centrality, the separate
        components, and the trust on them, as a picture of the cluster's social capital.
        """,
      example: """
        cluster Demo
        firms makers: 100 { role: producer }
        link makers -- makers : cooperation density 0.05 trust 0.4
        network
        """,
      seeAlso: ["link", "link-kinds", "evaluate"]),
    model(
      "plan", "a plan for this case, following the steps of Part 3",
      synopsis: """
        plan
        """,
      details: """
        Part 3 sets out the steps of a cluster-based export strategy: identify the clusters
        with true potential; create the conditions, building trust and social capital
        first; generate action, choosing simple initiatives for "early wins" before
        complex ones; extend and sustain. `plan` will draw such a plan from the gaps of the
        current case, using the catalogue of interventions.
        """,
      example: """
        cluster Demo { demand: strong, readiness: latent, trust: 0.2 }
        firms makers: 100 { role: producer }
        plan
        """,
      seeAlso: ["interventions", "gears", "evaluate"]),
    model(
      "params", "list the model's parameters; `set param` overrides one",
      synopsis: """
        params
        set param NAME = VALUE
        """,
      details: """
        Every number the model uses will live in one table, each with a default, a unit, a
        one-line meaning and its source in the paper. `params` will list them and
        `set param NAME = VALUE` will override one for this session, so a trainer can show
        what changes when an assumption does.
        """,
      example: """
        cluster Demo
        params
        """,
      seeAlso: ["why", "sensitivity", "simulate"]),
    model(
      "simulate", "run the cluster model forward, year by year",
      synopsis: """
        simulate FROM to TO
        """,
      details: """
        `simulate` will step the model year by year: exports, firms, employment, capacity,
        trust and value retention, with each intervention taking effect from its start
        year, and infrastructure the binding constraint it is in the paper. The same case
        gives the same result every time.
        """,
      example: """
        cluster Demo { year: 1990, exports: 100 musd }
        firms makers: 2500 { role: producer }
        simulate 1990 to 2007
        """,
      seeAlso: ["plot", "compare", "params", "target"]),
    model(
      "plot", "a chart of a simulated series, drawn in the terminal",
      synopsis: """
        plot METRIC
        """,
      details: """
        `plot` will draw, in a plain terminal, how a metric such as exports or employment
        moves over the years of the last simulation, with the targets marked.
        """,
      example: """
        cluster Demo { year: 1990, exports: 100 musd }
        plot exports
        """,
      seeAlso: ["simulate", "compare", "export"]),
    model(
      "compare", "compare clusters or scenarios side by side",
      synopsis: """
        compare CLUSTER, CLUSTER on METRIC
        """,
      details: """
        `compare` will set two or more clusters side by side, Tirupur beside Ludhiana or a
        case beside its what-if, on their evaluation or on a simulated metric.
        """,
      example: """
        cluster Tirupur { exports: 1.2 busd }
        cluster Ludhiana { sector: hosiery }
        compare Tirupur, Ludhiana on exports
        """,
      seeAlso: ["simulate", "use", "cluster"]),
    model(
      "sensitivity", "how a result changes when a parameter varies",
      synopsis: """
        sensitivity PARAMETER
        """,
      details: """
        `sensitivity` will vary one parameter of the model over its plausible range and
        show how the results move, to tell a robust conclusion from a fragile one.
        """,
      example: """
        cluster Demo
        sensitivity trust
        """,
      seeAlso: ["params", "simulate"]),
    model(
      "export", "write results to a file: CSV, JSON, a network picture, an HTML report",
      synopsis: """
        export FILE
        """,
      details: """
        `export` will write the model's results in a form to hand over: CSV for a
        spreadsheet, JSON for other tools, Graphviz DOT for the network, SVG charts, and a
        self-contained HTML report for a client.

        Not to be confused with `save`, which writes the case itself, nor with the
        `exports` attribute.
        """,
      example: """
        cluster Demo
        export "/tmp/clusterlab-report.html"
        """,
      seeAlso: ["save", "plot", "evaluate"]),
  ]

  // MARK: - concepts

  static let concepts: [HelpTopic] = [
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
        The paper's "$100 million" is `100 musd`, "$1.2 billion" is `1.2 busd`. A percentage
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
          effects   a map from metric to a number: { exports: 10 musd }

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
      seeAlso: ["where", "and", "count", "sum", "units", "let"]
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
        and `complexity` where the case differs.

        \(interventionCatalogue)
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
        attribute names, allowed values, kinds of link, help topics, and file names after
        `load`, `save` and `include`; when several fit, they are listed.

        A statement left open, with a `{`, `[` or `(` not yet closed or an unfinished
        string, continues on the next line after the `........> ` prompt, so blocks can be
        typed or pasted as they are written in a file; prompts pasted from a transcript are
        taken off. Ctrl-C drops the unfinished input and returns to the prompt; it never
        leaves clusterlab. Ctrl-D on an empty line, or `quit`, leaves.

        History is kept across sessions in $XDG_STATE_HOME/clusterlab/history, or in
        ~/.local/state/clusterlab/history when XDG_STATE_HOME is not set. The variable
        CLUSTERLAB_HISTORY names another file; set to nothing, it turns history off.
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
        clusterlab check FILE...
        clusterlab fmt [-w] FILE
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

        `clusterlab check FILE...` checks files without running their commands or writing
        any file, and reports every error. `clusterlab fmt FILE` prints a file in canonical
        form with its comments kept; `-w` rewrites the file in place. `clusterlab demo` is
        a short tour of a real case, Tirupur knitwear in 1990, built in.

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
      seeAlso: ["repl", "assert", "include", "load", "comments"]
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
