// What people type, through a session: `check` lists every error of a file, sweeps set any
// attribute from a loop's variable or a `let`, and `save` keeps values, not expressions.

import ClusterSyntax
import ClusterWorkspace
import Testing

@testable import ClusterSession

@Suite struct TypingSessionTests {
  /// A file with two syntax errors and four checking errors: `check` reports all six, located,
  /// in the order of the file; a run runs nothing.
  @Test func checkReportsEveryErrorOfTheFile() {
    let text = """
      cluster Demo { type: manufacturing, year: 1990 }
      institution Assoc { kind: asociation }
      firm Alpha { role: producer employees: 20 }
      firms makers: 2500 { role: produser }
      link Alpha -> Asoc : member
      link makers -> Assoc : member
      intervention Fair { kind: trade_fiar, lead: Assoc }
      firm Beta { role: exporter, founded: 19990 ]
      link Beta -> Assoc : member
      """
    let checked = Recorder()
    checked.session.mode = .check
    #expect(checked.run(text).errors == 6)
    #expect(checked.diagnostics.map { $0.span?.location ?? "" } == [
      "t.cluster:2:27", "t.cluster:3:29", "t.cluster:4:28", "t.cluster:5:15", "t.cluster:7:27", "t.cluster:8:44",
    ])
    let run = Recorder()
    run.session.keepGoing = true
    #expect(run.run(text).errors == 2)
    #expect(run.session.workspace.clusters.isEmpty)
  }

  /// Past the limit, `check` says how many more there are.
  @Test func checkStopsListingAtTheLimit() {
    let lines = ["cluster Demo"] + (1...25).map { "firm F\($0) { role: wizard }" } + ["firm G { role: producer employees: 2 }"]
    let r = Recorder()
    r.session.mode = .check
    #expect(r.run(lines.joined(separator: "\n")).errors == 26)
    #expect(r.diagnostics.count == Session.maximumReportedErrors + 1)
    #expect(r.diagnostics.last?.message == "and 6 more errors")
  }

  /// A sweep over a cluster's trust and over an intervention's start runs in a script, and the
  /// simulations see each value.
  @Test func sweepsSetAnyAttribute() throws {
    let r = Recorder()
    let outcome = r.run("""
      cluster Tirupur { type: manufacturing, year: 1990, exports: 100 musd, demand: strong, trust: 0.2 }
      institution TEA { kind: association, formal: true }
      firms makers: 200 { role: producer, employees: 50 }
      intervention ICD { kind: inland_container_depot, lead: TEA, start: 1993, effects: { exports: 10 musd } }
      for t in [0.1, 0.3] {
        set Tirupur.trust = t
        simulate 1990 to 1995 as json
        print Tirupur.trust
      }
      let late = 1998
      for y in [1994, late] {
        set ICD.start = y
        simulate 1990 to 2000 as json
        print exports(1999) > 0 musd
      }
      set Tirupur.trust = trust(1995) / 2
      """)
    #expect(outcome.errors == 0, "\(r.transcript)")
    #expect(r.transcript.contains("\n0.1\n") && r.transcript.contains("\n0.3\n"))
    let cluster = try #require(r.session.workspace.current)
    #expect(cluster.entity(named: "ICD")?["start"].number == 1998)
    #expect(cluster.entity(named: "ICD")?["kind"].word == "logistics_terminal")
    #expect((cluster["trust"].number ?? 0) > 0)
  }

  /// `save` writes the value an expression came to; the printer writes what was typed.
  @Test func saveKeepsValuesNotExpressions() throws {
    let r = Recorder()
    #expect(r.run("cluster T { exports: $1.2 billion }\nlet x = 0.4\nset T.trust = x / 2\nfirm A { role: manufacturer }").errors == 0)
    let saved = Session.savedText(of: r.session.workspace)
    #expect(saved.contains("cluster T { exports: 1.2 busd, trust: 0.2 }"), "\(saved)")
    #expect(saved.contains("firm A { role: producer }"), "\(saved)")
    let reloaded = Recorder()
    #expect(reloaded.run(saved).errors == 0)
    #expect(Session.savedText(of: reloaded.session.workspace) == saved)
  }
}
