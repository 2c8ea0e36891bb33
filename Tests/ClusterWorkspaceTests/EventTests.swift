// Events (dated shocks and rulings): checked, located errors that say what to write, `set` and
// `drop`, and the canonical form.

import ClusterSyntax
import Testing

@testable import ClusterWorkspace

private let tirupur = """
  cluster Tirupur { year: 1990 }
  firms dyers: 700 { role: supplier, stages: [dyeing] }
  firms makers: 2500 { role: producer }
  buyer HighStreet { origin: foreign }
  """

/// The five events of the paper's crises, one of each kind but cost_shock, plus one.
private let events = """
  event QuotaEnd { kind: quota_phase_out, year: 2005, size: -20%, markets: [EU, US] }
  event Crash { kind: demand_shock, year: 2001, size: -30%, duration: 1 }
  event Alert { kind: import_alert, year: 1998, size: -40%, duration: 2, recovery: 3, markets: [US] }
  event Ruling { kind: regulation, year: 1996, size: 10%, hits: [dyers], notes: "court orders effluent treatment" }
  event Rupee { kind: currency_shock, year: 1991, size: -15% }
  event Costs { kind: cost_shock, year: 2008, size: +20%, lasting: true, hits: [makers, HighStreet] }
  """

/// The first error of `text` after the Tirupur case, as message, location and help.
private func error(_ text: String) throws -> Diagnostic {
  let (_, e, _) = applying(tirupur + "\n" + text)
  return try #require(e, "expected an error for \(text)")
}

@Suite struct EventTests {
  @Test func everyKindChecks() throws {
    let (workspace, error, _) = applying(tirupur + "\n" + events)
    #expect(error == nil, "\(error?.message ?? "")")
    let cluster = try #require(workspace.current)
    let declared = cluster.entities(of: [.event])
    #expect(declared.map(\.name) == ["QuotaEnd", "Crash", "Alert", "Ruling", "Rupee", "Costs"])
    #expect(Set(declared.compactMap { $0["kind"].word }) == Set(EventKind.allCases.map(\.rawValue)))
    #expect(cluster.entity(named: "Crash")?["size"].number == -0.3)
    #expect(cluster.entity(named: "Costs")?["size"].number == 0.2)
    #expect(cluster.entity(named: "Ruling")?["hits"].names == ["dyers"])
    #expect(cluster.firmCount == 3200, "events are not firms")
  }

  @Test func theCanonicalFormRoundTrips() throws {
    let (workspace, error, _) = applying(tirupur + "\n" + events + "\nfirms newcomers: 40 { role: producer }")
    #expect(error == nil, "\(error?.message ?? "")")
    let saved = Printer.print(workspace.canonicalScript())
    #expect(saved.contains("event Costs {\n  kind: cost_shock\n  year: 2008\n  size: 20%\n  lasting: true\n  hits: [makers, HighStreet]\n}"))
    #expect(saved.contains("firms newcomers: 40 { role: producer }"))
    // Events come after the actors they hit.
    let lines = saved.split(separator: "\n")
    let newcomers = try #require(lines.firstIndex { $0.hasPrefix("firms newcomers") })
    let firstEvent = try #require(lines.firstIndex { $0.hasPrefix("event ") })
    #expect(newcomers < firstEvent)
    let (again, reloadError, _) = applying(saved)
    #expect(reloadError == nil, "\(reloadError?.message ?? "")")
    #expect(Printer.print(again.canonicalScript()) == saved)
  }

  @Test func missingKindYearOrSizeSaysWhatToWrite() throws {
    let kind = try error("event Crash { year: 2001, size: -30% }")
    #expect(kind.message == "event `Crash` needs `kind`")
    #expect(kind.span?.location == "t.cluster:5:7")
    #expect(kind.help == "every event has a kind, the year it strikes and a size: write `event Crash { kind: demand_shock, year: 2001, size: -30% }`")
    let year = try error("event Alert { kind: import_alert, size: -40% }")
    #expect(year.message == "event `Alert` needs `year`")
    #expect(year.span?.location == "t.cluster:5:7")
    #expect(year.help?.hasSuffix("write `event Alert { kind: import_alert, year: 1990, size: -40% }`") == true)
    let size = try error("event Ruling { kind: regulation, year: 1996 }")
    #expect(size.message == "event `Ruling` needs `size`")
    #expect(size.help?.hasSuffix("write `event Ruling { kind: regulation, year: 1996, size: 10% }`") == true)
    let all = try error("event Bare")
    #expect(all.message == "event `Bare` needs `kind`, `year` and `size`")
    #expect(all.label == "no kind, year, size")
  }

  @Test func aSizeOfTheWrongSignIsLocated() throws {
    let alert = try error("event Alert { kind: import_alert, year: 1998, size: 40% }")
    #expect(alert.message == "the `size` of an import_alert is the share of demand lost in the markets hit, written negative (-40%), but Alert's is 40%")
    #expect(alert.span?.location == "t.cluster:5:53")
    #expect(alert.label == "not negative")
    #expect(alert.help == "write `size: -40%`")
    let ruling = try error("event Ruling { kind: regulation, year: 1996, size: -0.1 }")
    #expect(ruling.message.hasPrefix("the `size` of a regulation is the share of capacity that must stop or comply, written positive"))
    #expect(ruling.span?.location == "t.cluster:5:52")
    #expect(ruling.help == "write `size: 0.1`")
    let whole = try error("event Ruling { kind: regulation, year: 1996, size: 150% }")
    #expect(whole.label == "more than 100%")
    #expect(try error("event Zero { kind: import_alert, year: 1998, size: 0% }").help == "write `size: -40%`")
  }

  @Test func sizeIsASignedShareWithinBounds() throws {
    let low = try error("event Crash { kind: demand_shock, year: 2001, size: -130% }")
    #expect(low.message == "`size` must be between -100% and +1000% (-1 and 10)")
    #expect(low.span?.location == "t.cluster:5:53")
    #expect(try error("event Crash { kind: demand_shock, year: 2001, size: 30 }").help == "for a percentage write `30%`")
    #expect(try error("event Crash { kind: demand_shock, year: 2001, size: 3 musd }").message == "`size` needs a signed share, such as `-30%` or `0.1`")
    #expect(applying(tirupur + "\nevent Boom { kind: demand_shock, year: 2001, size: 1000% }").1 == nil)
  }

  @Test func durationRecoveryAndLasting() throws {
    #expect(applying(tirupur + "\nevent A { kind: demand_shock, year: 2001, size: -3%, duration: 2 years, recovery: 3 }").1 == nil)
    let zero = try error("event A { kind: demand_shock, year: 2001, size: -3%, duration: 0 }")
    #expect(zero.message == "an event holds at full size for at least one year")
    #expect(zero.span?.location == "t.cluster:5:64")
    let fraction = try error("event A { kind: demand_shock, year: 2001, size: -3%, recovery: 1.5 }")
    #expect(fraction.message == "`recovery` needs a whole number of years from 0 to 400")
    let lasting = try error("event A { kind: demand_shock, year: 2001, size: -3%, lasting: true, recovery: 2 }")
    #expect(lasting.message == "a lasting event neither ends nor fades, so it takes no `recovery`")
    #expect(lasting.span?.location == "t.cluster:5:79")
    #expect(lasting.help == "leave out `recovery`, or leave out `lasting: true` for a shock that ends")
  }

  @Test func setAndDropAnEvent() throws {
    var (workspace, error, _) = applying(tirupur + "\n" + events)
    #expect(error == nil)
    (workspace, error, _) = applying("set Crash.size = -10%\nset Crash.duration = 2", to: workspace)
    #expect(error == nil, "\(error?.message ?? "")")
    #expect(workspace.current?.entity(named: "Crash")?["size"].number == -0.1)
    let notices: [String]
    (workspace, error, notices) = applying("drop Crash", to: workspace)
    #expect(error == nil)
    #expect(notices == ["dropped event Crash"])
    #expect(workspace.current?.entity(named: "Crash") == nil)
  }

  @Test func setKeepsTheSignOfTheKind() throws {
    let (workspace, _, _) = applying(tirupur + "\n" + events)
    let (_, size, _) = applying("set Alert.size = 10%", to: workspace)
    #expect(size?.message == "the `size` of an import_alert is the share of demand lost in the markets hit, written negative (-40%), but Alert's is 10%")
    #expect(size?.span?.location == "t.cluster:1:18")
    #expect(size?.help == "write `set Alert.size = -10%`")
    let (_, kind, _) = applying("set Alert.kind = regulation", to: workspace)
    #expect(kind?.span?.location == "t.cluster:1:18")
    #expect(kind?.help == "`drop Alert` and declare it again with `size: 40%`: `event Alert { kind: regulation, year: 1998, size: 40% }`")
    let (_, lasting, _) = applying("set Alert.lasting = true", to: workspace)
    #expect(lasting?.message == "a lasting event neither ends nor fades, so it takes no `duration`")
    #expect(lasting?.help == "`drop Alert` and declare it again with `lasting: true` and no `duration`")
    let (_, recovery, _) = applying("set Costs.recovery = 2", to: workspace)
    #expect(recovery?.help == "for a shock that ends, `set Costs.lasting = false` first")
  }

  @Test func namesAreUniqueWhateverTheirKind() throws {
    let clash = try error("event dyers { kind: demand_shock, year: 2001, size: -3% }")
    #expect(clash.message.hasPrefix("`dyers` is already declared in cluster Tirupur as a cohort of firms"))
    let (workspace, _, _) = applying(tirupur + "\n" + events)
    let (_, again, _) = applying("firm Crash", to: workspace)
    #expect(again?.message.hasPrefix("`Crash` is already declared in cluster Tirupur as an event") == true)
  }

  @Test func eventsAreNotActors() throws {
    let link = try error(events + "\nlink dyers -> Crash : supplies")
    #expect(link.message == "a `supplies` link's end needs a firm, a cohort of firms, a buyer or a consortium, but `Crash` is an event")
    let consortium = try error(events + "\nconsortium C { members: [Crash] }")
    #expect(consortium.message == "`members` needs a firm or a cohort of firms, but `Crash` is an event")
    let hits = try error("event E { kind: demand_shock, year: 2001, size: -3%, hits: [Nobody] }")
    #expect(hits.message == "no actor named `Nobody` in cluster Tirupur")
  }

  @Test func droppingAnActorTakesItOutOfHits() throws {
    let (workspace, error, _) = applying(tirupur + "\n" + events)
    #expect(error == nil)
    let (after, dropError, notices) = applying("drop HighStreet", to: workspace)
    #expect(dropError == nil)
    #expect(notices.contains("removed HighStreet from the hits of Costs"))
    #expect(after.current?.entity(named: "Costs")?["hits"].names == ["makers"])
    // The only actor an event hits: without it the event would hit the whole cluster.
    let (_, only, _) = applying("drop dyers", to: workspace)
    #expect(only?.message == "event `Ruling` hits only `dyers`: without it, it would hit the whole cluster")
    #expect(only?.help == "`drop Ruling` first, or change whom it hits: `set Ruling.hits = [...]`")
  }
}
