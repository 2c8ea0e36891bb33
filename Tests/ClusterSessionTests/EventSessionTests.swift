// Events through the session: listing, help, completion, scenarios, save and load.

import ClusterSyntax
import ClusterWorkspace
import Testing

@testable import ClusterSession

private let tirupur = """
  cluster Tirupur { year: 1990 }
  firms dyers: 700 { role: supplier, stages: [dyeing] }
  event Crash { kind: demand_shock, year: 2001, size: -30%, duration: 1 }
  event Alert { kind: import_alert, year: 1998, size: -40%, duration: 2, recovery: 3, markets: [US] }
  event Ruling { kind: regulation, year: 1996, size: 10%, hits: [dyers], notes: "court orders effluent treatment" }
  """

@Suite struct EventSessionTests {
  @Test func listEvents() {
    let r = Recorder()
    #expect(r.run(tirupur + "\nlist events").errors == 0, "\(r.transcript)")
    #expect(r.transcript.contains("name    kind          year  size  duration  recovery  markets  hits"), "\(r.transcript)")
    #expect(r.transcript.contains("Alert   import_alert  1998  -40%         2         3  [US]"), "\(r.transcript)")
    r.transcript = ""
    #expect(r.run("list events where size < 0").errors == 0)
    #expect(!r.transcript.contains("Ruling") && r.transcript.contains("Crash"), "\(r.transcript)")
    r.transcript = ""
    r.run("show Tirupur")
    #expect(r.transcript.contains("# 1 actor (700 firms), 0 interventions, 3 events, 0 links, 0 targets"), "\(r.transcript)")
    r.transcript = ""
    r.run("show dyers")
    #expect(r.transcript.contains("# hit by: Ruling"), "\(r.transcript)")
  }

  @Test func aScenarioWithAnEventLeavesTheBaseUntouched() throws {
    let r = Recorder()
    let outcome = r.run(tirupur + """

      scenario Worse from Tirupur {
        event Slump { kind: demand_shock, year: 2002, size: -50%, lasting: true }
        drop Crash
        set Alert.size = -60%
      }
      """)
    #expect(outcome.errors == 0, "\(r.transcript)")
    let workspace = r.session.workspace
    let base = try #require(workspace.cluster(named: "Tirupur"))
    let worse = try #require(workspace.cluster(named: "Worse"))
    #expect(base.entities(of: [.event]).map(\.name) == ["Crash", "Alert", "Ruling"])
    #expect(base.entity(named: "Alert")?["size"].number == -0.4)
    #expect(worse.entities(of: [.event]).map(\.name) == ["Alert", "Ruling", "Slump"])
    #expect(worse.entity(named: "Alert")?["size"].number == -0.6)
    #expect(workspace.currentName == "Tirupur")
  }

  @Test func aFailedEventInAScenarioMakesNoScenario() {
    let r = Recorder()
    r.run(tirupur)
    let outcome = r.run("scenario Bad from Tirupur {\n  event Boom { kind: import_alert, year: 2002, size: 10% }\n}")
    #expect(outcome.errors == 1)
    #expect(r.diagnostics.last?.message.hasPrefix("the `size` of an import_alert") == true)
    #expect(r.diagnostics.last?.span?.location == "t.cluster:2:54")
    #expect(r.session.workspace.cluster(named: "Bad") == nil)
  }

  @Test func helpEventListsItsAttributesAndKinds() {
    let r = Recorder()
    #expect(r.run("help event").errors == 0)
    for spec in Schema.attributes(of: .event) {
      #expect(r.transcript.contains("  " + spec.name), "help event lacks \(spec.name)")
    }
    for kind in EventKind.allCases {
      #expect(r.transcript.contains(kind.rawValue + " "), "help event lacks \(kind.rawValue)")
    }
    #expect(r.transcript.contains("the share of demand lost in the markets hit, written negative"))
    r.transcript = ""
    #expect(r.run("help events").errors == 0)
    #expect(r.transcript.hasPrefix("event — "))
    r.transcript = ""
    r.run("help")
    #expect(r.transcript.contains("  event "))
    r.transcript = ""
    r.run("help firms")
    #expect(r.transcript.contains("arrive"))
  }

  @Test func completionOffersEventKindsAndAttributes() {
    let r = Recorder()
    r.run(tirupur)
    let workspace = r.session.workspace
    func words(_ before: String, _ word: String) -> [String] {
      if case .words(let w) = Completer.complete(before: before, word: word, workspace: workspace) { return w }
      return ["<filenames>"]
    }
    #expect(words("", "ev") == ["evaluate", "event"])
    #expect(words("event X { kind: ", "") == EventKind.allCases.map(\.rawValue).sorted())
    #expect(words("event X { kind: ", "im") == ["import_alert"])
    #expect(words("event X { kind: demand_shock, ", "re") == ["recovery:"])
    #expect(words("event X { hits: [", "dy") == ["dyers"])
    #expect(words("set Crash.kind = ", "cu") == ["currency_shock"])
    #expect(words("list ", "ev") == ["events"])
  }

  @Test func saveAndLoadKeepEventsAndArrivals() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    #expect(r.run(tirupur + "\nfirms newcomers: 30 { arrive: 1995 to 2005 }\nsave \"\(folder)/case.cluster\"").errors == 0, "\(r.transcript)")
    let saved = try readFile(folder + "/case.cluster")
    #expect(saved.contains("firms newcomers: 30 { arrive: 1995 to 2005 }"))
    #expect(saved.contains("event Crash { kind: demand_shock, year: 2001, size: -30%, duration: 1 }"))
    let again = Recorder()
    // Wide enough for the temporary folder's path and the counts on one line.
    again.session.screen = Screen(width: 200)
    #expect(again.run("load \"\(folder)/case.cluster\"\nsave \"\(folder)/again.cluster\"").errors == 0, "\(again.transcript)")
    #expect(again.transcript.contains("cluster Tirupur: 2 actors (730 firms), 0 links, 0 interventions, 3 events"), "\(again.transcript)")
    #expect(try readFile(folder + "/again.cluster") == saved)
  }

  /// The evaluation reads events as of its year: those that struck (and whether still in
  /// force), and those to come under "not yet".
  @Test func theEvaluationShowsEventsAsOfItsYear() throws {
    let r = Recorder()
    #expect(r.run(tirupur).errors == 0)
    r.transcript = ""
    r.session.screen = Screen(width: 200)
    #expect(r.run("evaluate in 1999").errors == 0, "\(r.transcript)")
    #expect(r.transcript.contains("events        Ruling (1996, regulation +10%), Alert (1998, import_alert −40%, in force)"), "\(r.transcript)")
    #expect(r.transcript.contains("Crash (2001)"), "\(r.transcript)")
    r.transcript = ""
    #expect(r.run("evaluate in 1999 as json").errors == 0)
    let object = try #require(try json(r.transcript) as? [String: Any])
    let events = try #require(object["events"] as? [[String: Any]])
    #expect(events.map { $0["name"] as? String } == ["Ruling", "Alert"])
    #expect(events.map { $0["in_force"] as? Bool } == [false, true])
    #expect((object["later"] as? [String])?.contains("Crash (2001)") == true)
  }

  @Test func undoTakesAnEventBack() {
    let r = Recorder()
    r.run(tirupur)
    r.run("event Late { kind: cost_shock, year: 2010, size: 5% }")
    #expect(r.session.workspace.current?.entity(named: "Late") != nil)
    r.run("undo")
    #expect(r.session.workspace.current?.entity(named: "Late") == nil)
  }
}
