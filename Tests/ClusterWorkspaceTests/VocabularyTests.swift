// The paper's words as synonyms, links written the other way round, articles, shares written
// as percentages, and values computed from expressions and variables.

import ClusterSyntax
import Testing

@testable import ClusterWorkspace

@Suite struct VocabularyTests {
  /// Every synonym stands for a value of its domain and is not a value itself, and its key is
  /// written as a lookup finds it (lower case, `_`).
  @Test func synonymsStandForValues() {
    let domains = [
      Schema.interventionKindDomain, Schema.institutionKinds, Schema.institutionRoles, Schema.firmRoles,
      Schema.buyerKinds, Schema.linkKinds, Schema.clusterTypes, Schema.eventKinds,
    ]
    for domain in domains {
      #expect(!domain.synonyms.isEmpty, "\(domain.name)")
      for (word, value) in domain.synonyms {
        #expect(domain.values.contains(value), "\(domain.name): \(word) → \(value)")
        #expect(!domain.values.contains(word), "\(domain.name): \(word) is a value")
        #expect(word == word.lowercased() && !word.contains("-") && !word.contains(" "), "\(word)")
      }
    }
  }

  @Test func thePapersWordsAreStoredAsTheValues() throws {
    let (workspace, error, _) = applying(base + """

      institution NTADCL { kind: special_purpose_vehicle, roles: [cluster_development_agent, funder] }
      intervention Depot { kind: inland_container_depot, lead: TEA, gear: border-in }
      intervention Centre { kind: CFC, lead: TEA }
      firms jobbers: 40 { role: subcontractor }
      buyer Office { kind: buying_office }
      link jobbers -> TEA : membership
      link Office -> jobbers : purchases
      drop link jobbers -> TEA : membership
      """)
    #expect(error == nil, "\(error?.message ?? "")")
    let cluster = try #require(workspace.current)
    #expect(cluster.entity(named: "NTADCL")?["kind"].word == "spv")
    #expect(cluster.entity(named: "NTADCL")?["roles"].words == ["facilitator", "financier"])
    #expect(cluster.entity(named: "Depot")?["kind"].word == "logistics_terminal")
    #expect(cluster.entity(named: "Depot")?["gear"].word == "border_in")
    #expect(cluster.entity(named: "Centre")?["kind"].word == "manufacturing_complex")
    #expect(cluster.entity(named: "jobbers")?["role"].word == "jobber")
    #expect(cluster.entity(named: "Office")?["kind"].word == "buying_house")
    #expect(cluster.links.map(\.kind).filter { $0 == "member" }.count == 1)
    #expect(cluster.links.contains { $0.from == "Office" && $0.kind == "buys" })
    // A filter reads them too.
    let icd = try Evaluator(workspace: workspace).items(
      of: .interventions, where: Parser.parse(SourceFile(name: "t", text: "print kind == icd")).script.statements.first.flatMap {
        if case .print(let values, _) = $0.kind { return values.first }
        return nil
      })
    #expect(icd.count == 2)
  }

  /// A near miss is offered the value it is nearest to, through a synonym when that is closer,
  /// with the values allowed or the topic that lists them.
  @Test func nearMissesGetTheValue() throws {
    let (_, near, _) = applying(base + "\nintervention X { kind: inland_containr_depot, lead: TEA }")
    #expect(try #require(near).help == "did you mean `logistics_terminal` (inland container depot)? (`help interventions` lists all 36)")
    let (_, role, _) = applying(base + "\ninstitution X { roles: [facilitatr] }")
    #expect(try #require(role).help == "did you mean `facilitator`? (allowed: catalyst, leader, manager, facilitator, broker, financier)")
    let (_, nothing, _) = applying(base + "\ninstitution X { kind: zzzzzz }")
    #expect(try #require(nothing).help?.hasPrefix("allowed: association, government") == true)
  }

  /// A link written the other way round gets the way that is valid; a kind that cannot join
  /// its ends, the kind that can.
  @Test func linksTheOtherWayRound() throws {
    let cases: [(String, String, String)] = [
      ("link TEA -> makers : member", "a `member` link's end needs an institution, but `makers` is a cohort of firms",
        "did you mean `link makers -> TEA : member`? (the member first)"),
      ("link exporters -> HighStreet : buys", "a `buys` link's start needs a buyer, but `exporters` is a cohort of firms",
        "did you mean `link HighStreet -> exporters : buys`? (the buyer first)"),
      ("link makers -> HighStreet : customer", "a `customer` link's end needs a firm or a cohort of firms, but `HighStreet` is a buyer",
        "did you mean `link HighStreet -> makers : customer`? (the customer first)"),
      ("link TEA -> makers : supplies { trust: 0.5 }",
        "a `supplies` link's start needs a firm or a cohort of firms, but `TEA` is an institution",
        "did you mean `link TEA -> makers : service …`? (service: an institution serves firms)"),
    ]
    for (link, message, help) in cases {
      let (_, error, _) = applying(base + "\n" + link)
      let e = try #require(error, "\(link)")
      #expect(e.message == message)
      #expect(e.help == help)
    }
  }

  @Test func articlesAreRight() throws {
    let (_, attribute, _) = applying(base + "\nintervention X { colour: red }")
    #expect(try #require(attribute).message == "an intervention has no attribute `colour`")
    let (_, word, _) = applying(base + "\nintervention X { kind: 3 }")
    #expect(try #require(word).message == "`kind` needs an intervention kind")
  }

  @Test func aShareWrittenAsAPercentage() throws {
    let (_, error, _) = applying("cluster X { trust: 30 }")
    let e = try #require(error)
    #expect(e.message == "`trust` needs a share from 0 to 1 (or 0% to 100%)")
    #expect(e.help == "did you mean `0.3` (30%)? write `0.3` or `30%`")
    let (_, over, _) = applying("cluster X { trust: 300 }")
    #expect(try #require(over).help == nil)
  }

  /// A value written as an expression or a variable is evaluated and checked as a literal; an
  /// error says what it came to; the workspace keeps the value.
  @Test func computedValues() throws {
    let (workspace, error, _) = applying(base + """

      let x = 0.4
      set Tirupur.trust = x
      set makers.employees = count(firms where role == exporter) / 10 + 1
      set ICD.start = 1990 + 5
      let n = 3000
      set makers.count = n
      firm Solo { exports: x * 1 musd }
      """)
    #expect(error == nil, "\(error?.message ?? "")")
    let cluster = try #require(workspace.current)
    #expect(cluster["trust"].number == 0.4)
    #expect(cluster.entity(named: "makers")?["employees"].number == 6)
    #expect(cluster.entity(named: "makers")?.firmCount == 3000)
    #expect(cluster.entity(named: "ICD")?["start"].number == 1995)
    #expect(cluster.entity(named: "Solo")?["exports"].number == 400_000)
    // Printed and saved as the value, not the expression.
    #expect(cluster["trust"].syntax.map(Printer.value) == "0.4")
    let failures: [(String, String)] = [
      ("let t = 30\nset Tirupur.trust = t", "`trust` needs a share from 0 to 1 (or 0% to 100%); `t` is 30"),
      ("set ICD.start = 2 musd * 3", "`start` needs a year, such as `1990`; `2 musd * 3` is 6 musd"),
      ("set Tirupur.trust = Tirupur.market_size", "`trust` needs a value, but `Tirupur.market_size` is not set"),
      ("let n = 0\nset makers.count = n", "`count` needs a whole number of at least 1; `n` is 0"),
    ]
    for (text, message) in failures {
      let (_, error, _) = applying(base + "\n" + text)
      #expect(error?.message == message, "\(text)")
    }
    // A word that is a value of the attribute stays the value, even with a variable of its name.
    let (shadowed, none, _) = applying(base + "\nlet producer = 3\nset PrimeTex.role = producer")
    #expect(none == nil)
    #expect(shadowed.current?.entity(named: "PrimeTex")?["role"].word == "producer")
  }
}
