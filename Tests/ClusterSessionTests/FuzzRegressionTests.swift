// Every input the fuzzer or the hostile-file corpus found a problem with (Tests/Fuzz/regressions/),
// run again the way the fuzzer runs it: a sealed session with small limits. Each must finish
// and either run or answer with located errors (docs/robustness.md, "Fuzzing").

import ClusterSyntax
import Testing

@testable import ClusterSession

@Suite struct FuzzRegressionTests {
  static let folder = repositoryRoot() + "/Tests/Fuzz/regressions"

  static var names: [String] { files(in: folder, ending: ".cluster") }

  @Test func thereAreRegressions() {
    #expect(!Self.names.isEmpty)
  }

  @Test(arguments: names) func regressionRunsOrReportsLocatedErrors(_ name: String) throws {
    let text = try readFile(Self.folder + "/" + name)
    let recorder = Recorder()
    let session = recorder.session
    session.safety = .sealed
    session.keepGoing = true
    session.workers = 1
    session.limits = .fuzzing
    recorder.run(text, name: name)
    if let cluster = session.workspace.current {
      let year = cluster["year"].number.flatMap { $0.isFinite ? Int(min(max($0, 1900), 2100)) : nil } ?? 2000
      recorder.run("evaluate\ninsights\nsimulate \(year) to \(year + 5)\n", name: "more.cluster")
    }
    for d in recorder.diagnostics where d.severity == .error {
      #expect(d.span != nil, "unlocated error in \(name): \(d.message)")
    }
    // The rendering of every diagnostic stays short, whatever the length of the line.
    for d in recorder.diagnostics {
      #expect(DiagnosticRenderer().render(d).utf8.count < 4096)
    }
    // The canonical printer round trip the fuzzer checks.
    let (script, errors) = Parser.parse(SourceFile(name: name, text: text))
    if errors.isEmpty {
      let (_, again) = Parser.parse(SourceFile(name: "printed", text: Printer.print(script)))
      #expect(again.isEmpty)
    }
  }

  @Test func operatorChainIsALocatedError() throws {
    let text = try readFile(Self.folder + "/operator-chain.cluster")
    let (_, errors) = Parser.parse(SourceFile(name: "operator-chain.cluster", text: text))
    #expect(errors.first?.message == "expression with more than \(Parser.maximumOperators) operators")
    #expect(errors.first?.span?.line == 2)
  }
}
