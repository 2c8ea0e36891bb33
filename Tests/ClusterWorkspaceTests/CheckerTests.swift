// The checker: types, enumerations, references, drops, and atomic failure.

import ClusterSyntax
import Testing

@testable import ClusterWorkspace

/// Applies every statement of `text`; returns the workspace and the first error, if any.
func applying(_ text: String, to start: Workspace = Workspace()) -> (Workspace, Diagnostic?, [String]) {
  var workspace = start
  let (script, syntax) = Parser.parse(SourceFile(name: "t.cluster", text: text))
  if let first = syntax.first { return (workspace, first, []) }
  var notices: [String] = []
  for statement in script.statements {
    do {
      notices += try workspace.apply(statement)
    } catch {
      return (workspace, error, notices)
    }
  }
  return (workspace, nil, notices)
}

let base = """
  cluster Tirupur { type: manufacturing, year: 1990, exports: 100 musd }
  institution TEA { kind: association, roles: [catalyst, leader, manager], formal: true }
  firms makers: 2500 { role: producer, employees: 50, capacity: 50000 garments/month }
  firms exporters: 50 { role: exporter, employees: 150 }
  firm PrimeTex { role: producer, employees: 20, founded: 1989 }
  buyer HighStreet { origin: foreign, lead: true, min_order: 1 musd }
  link makers -> TEA : member
  link makers -- makers : cooperation density 0.02 trust 0.3
  link HighStreet -> exporters : buys
  intervention ICD { kind: logistics_terminal, lead: TEA, funding: { TEA: 3 musd }, start: 1993 }
  """

@Suite struct CheckerTests {
  @Test func aCaseFromThePaperChecks() throws {
    let (workspace, error, _) = applying(base)
    #expect(error == nil, "\(error?.message ?? "")")
    let cluster = try #require(workspace.current)
    #expect(cluster.firmCount == 2551)
    #expect(cluster.links.count == 3)
    if case .number(let x, .money, _) = cluster["exports"] { #expect(x == 100e6) } else { Issue.record("exports") }
  }

  @Test func misspeltEnumerationSuggests() throws {
    let (_, error, _) = applying("cluster X { type: manufacturng }")
    let e = try #require(error)
    #expect(e.message == "unknown cluster type `manufacturng`")
    #expect(e.help == "did you mean `manufacturing`? (allowed: manufacturing, high_tech, agricultural, artisanal, services)")
    #expect(e.span?.location == "t.cluster:1:19")
  }

  @Test func unknownAttributeSuggests() throws {
    let (_, error, _) = applying("cluster X\nfirm A { employes: 3 }")
    #expect(try #require(error).help == "did you mean `employees`?")
  }

  @Test func moneyNeedsAUnit() throws {
    let (_, error, _) = applying("cluster X { exports: 100 }")
    #expect(try #require(error).help == "write `100 musd` (or usd, kusd, busd)")
  }

  @Test func sharesAreBounded() {
    #expect(applying("cluster X { trust: 1.5 }").1 != nil)
    #expect(applying("cluster X { trust: 150% }").1 != nil)
    #expect(applying("cluster X { trust: 30% }").1 == nil)
  }

  @Test func referencesMustBeDeclaredAndOfTheRightKind() throws {
    let (_, missing, _) = applying(base + "\nintervention Fair { lead: TAE }")
    #expect(try #require(missing).help == "did you mean `TEA`?")
    let (_, wrongKind, _) = applying(base + "\nconsortium C { members: [TEA] }")
    #expect(try #require(wrongKind).message.contains("is a institution") || wrongKind?.message.contains("but `TEA`") == true)
    let (_, badLink, _) = applying(base + "\nlink TEA -> makers : member")
    #expect(badLink != nil)
  }

  @Test func duplicateNamesAreRefusedWithAWayOut() throws {
    let (_, error, _) = applying(base + "\nfirm TEA")
    let e = try #require(error)
    #expect(e.message.contains("already declared"))
    #expect(e.help?.contains("set TEA.") == true)
  }

  @Test func noClusterYet() throws {
    let (_, error, _) = applying("firm A")
    #expect(try #require(error).help == "declare a cluster first: `cluster NAME`")
  }

  @Test func dropTakesLinksAndSaysSo() throws {
    let (workspace, error, notices) = applying(base + "\ndrop makers")
    #expect(error == nil)
    #expect(notices.first == "dropped cohort of firms makers and 2 links:")
    #expect(workspace.current?.links.count == 1)
    #expect(workspace.current?.entity(named: "makers") == nil)
  }

  @Test func aLeadCannotBeDropped() throws {
    let (_, error, _) = applying(base + "\ndrop TEA")
    #expect(try #require(error).message == "`TEA` leads intervention `ICD`")
  }

  @Test func aFailedStatementChangesNothing() throws {
    let (before, _, _) = applying(base)
    var workspace = before
    let (script, _) = Parser.parse(SourceFile(name: "t", text: "set makers.count = -5"))
    #expect(throws: Diagnostic.self) { try workspace.apply(script.statements[0]) }
    #expect(workspace.current?.firmCount == before.current?.firmCount)
  }

  @Test func setChangesOneAttribute() throws {
    let (workspace, error, _) = applying(base + "\nset makers.count = 3000\nset Tirupur.trust = 0.4\nset TEA.formal = false")
    #expect(error == nil)
    #expect(workspace.current?.firmCount == 3051)
    if case .bool(false) = workspace.current?.entity(named: "TEA")?["formal"] {} else { Issue.record("formal") }
  }

  @Test func consortiumCannotOutgrowItsMembers() throws {
    let (_, error, _) = applying("cluster B\nfirms smes: 56\nconsortium C1 { members: [smes], firms: 57 }")
    #expect(try #require(error).message.contains("only 56"))
  }

  @Test func hugeCohortsAreLimited() throws {
    let (_, error, _) = applying("cluster B\nfirms smes: 99999999999999999999999")
    #expect(try #require(error).message.contains("limit"))
  }

  @Test func severalClustersAndSwitching() throws {
    let (workspace, error, _) = applying("cluster A\nfirm x\ncluster B\nfirm y\nuse A\nfirm z")
    #expect(error == nil)
    #expect(workspace.cluster(named: "A")?.entities.map(\.name) == ["x", "z"])
    #expect(workspace.cluster(named: "B")?.entities.map(\.name) == ["y"])
  }
}

@Suite struct EffectCheckTests {
  /// `effects` may name only what the simulation reads, each in its unit; anything else is a
  /// located error saying what to write, never accepted and ignored.
  @Test(arguments: [
    ("{ cost: 5 }", "the simulation does not read an effect on `cost`"),
    ("{ sales: 10 musd }", "the simulation does not read an effect on `sales`"),
    ("{ expots: 5 musd }", "unknown effect `expots`"),
    ("{ exports: 5 }", "the effect on `exports` needs money"),
    ("{ firms: 5 musd }", "the effect on `firms` needs a count"),
    ("{ trust: 2 musd }", "the effect on `trust` needs a share"),
    ("{ firms: -100000 }", "the effect on `firms` cannot be negative (an effect is what the project adds)"),
    ("{ firms: 100.5 }", "the effect on `firms` must be a whole number"),
    ("{ trust: 2 }", "the effect on `trust` must be a share from 0 to 1 (or 0% to 100%)"),
    ("{ exports: 99999999999999999999999 busd }", "the effect on `exports` is more than the tool handles"),
    ("{ exports: 5 musd, exports: 6 musd }", "the effect on `exports` is given twice"),
  ])
  func effectsTheSimulationDoesNotReadAreRefused(_ effects: String, _ message: String) throws {
    var w = Workspace()
    let text = "cluster X { type: manufacturing, year: 2000 }\nintervention F { kind: trade_fair, start: 2001, effects: \(effects) }\n"
    let (script, errors) = Parser.parse(SourceFile(name: "t.cluster", text: text))
    #expect(errors.isEmpty)
    var failure: Diagnostic?
    for statement in script.statements {
      do { try w.apply(statement) } catch { failure = error }
    }
    #expect(failure?.message == message, "\(String(describing: failure?.message))")
    #expect(failure?.span?.line == 2)
    #expect(failure?.help != nil)
  }

  @Test func effectsInTheirUnitsAreAccepted() throws {
    var w = Workspace()
    let text = "cluster X { type: manufacturing, year: 2000 }\nintervention F { kind: trade_fair, start: 2001, effects: { exports: 5 musd, firms: 10, trust: 10% } }\n"
    for statement in Parser.parse(SourceFile(name: "t.cluster", text: text)).script.statements { try w.apply(statement) }
    #expect(w.current?.entity(named: "F")?["effects"].entries.count == 3)
  }
}
