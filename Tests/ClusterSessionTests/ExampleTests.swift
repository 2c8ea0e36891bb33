// Every example runs, checks, is a fixed point of load → save → load → save, and formats
// idempotently; the built-in demo stays the same as examples/tirupur.cluster.

import ClusterSyntax
import ClusterWorkspace
import Testing

@testable import ClusterSession

@Suite struct ExampleTests {
  static let folder = repositoryRoot() + "/examples"
  static let examples = files(in: folder, ending: ".cluster")

  @Test func theIssueExamplesExist() {
    for name in ["tirupur.cluster", "ludhiana.cluster", "bangalore-machine-tools.cluster"] {
      #expect(ExampleTests.examples.contains(name), "missing examples/\(name)")
    }
  }

  @Test(arguments: examples)
  func runsWithoutError(_ name: String) throws {
    let recorder = Recorder()
    let path = ExampleTests.folder + "/" + name
    let outcome = recorder.run(try readFile(path), name: name, path: path)
    #expect(outcome.errors == 0, "\(recorder.transcript)")
  }

  @Test(arguments: examples)
  func checksWithoutError(_ name: String) throws {
    let recorder = Recorder()
    recorder.session.mode = .check
    let path = ExampleTests.folder + "/" + name
    #expect(recorder.run(try readFile(path), name: name, path: path).errors == 0, "\(recorder.transcript)")
    #expect(recorder.transcript.isEmpty, "check prints nothing but errors")
  }

  @Test(arguments: examples)
  func saveAfterLoadIsAFixedPoint(_ name: String) throws {
    let folder = temporaryFolder()
    let recorder = Recorder()
    let script = """
      load "\(ExampleTests.folder)/\(name)"
      save "\(folder)/first.cluster"
      reset
      load "\(folder)/first.cluster"
      save "\(folder)/second.cluster"
      """
    #expect(recorder.run(script, name: "<test>", path: folder + "/driver.cluster").errors == 0, "\(recorder.transcript)")
    let first = try readFile(folder + "/first.cluster")
    let second = try readFile(folder + "/second.cluster")
    #expect(first == second)
    #expect(first.contains("cluster "))
  }

  /// A scenario never touches its base: the base's canonical text is the same byte for byte
  /// before and after each scenario of every example.
  @Test(arguments: examples)
  func scenariosLeaveTheirBaseUntouched(_ name: String) throws {
    let text = try readFile(ExampleTests.folder + "/" + name)
    let (script, errors) = Parser.parse(SourceFile(name: name, text: text))
    #expect(errors.isEmpty)
    let recorder = Recorder()
    func canonical(_ cluster: String) -> String? {
      guard let c = recorder.session.workspace.cluster(named: cluster) else { return nil }
      var alone = Workspace()
      alone.add(c)
      return Printer.print(alone.canonicalScript())
    }
    for statement in script.statements {
      if case .scenario(_, let base, _) = statement.kind {
        let before = try #require(canonical(base.text), "no base \(base.text)")
        #expect(recorder.run(Printer.print(statement), name: name).errors == 0, "\(recorder.transcript)")
        #expect(canonical(base.text) == before, "scenario changed \(base.text)")
      } else {
        recorder.run(Printer.print(statement), name: name, path: ExampleTests.folder + "/" + name)
      }
    }
  }

  @Test(arguments: examples)
  func formattingIsIdempotent(_ name: String) throws {
    let text = try readFile(ExampleTests.folder + "/" + name)
    let (script, errors) = Parser.parse(SourceFile(name: name, text: text))
    #expect(errors.isEmpty)
    let once = Printer.print(script)
    let (again, errors2) = Parser.parse(SourceFile(name: name, text: once))
    #expect(errors2.isEmpty)
    #expect(Printer.print(again) == once)
    // Formatting never loses a comment.
    let comments = text.split(separator: "\n").filter { $0.contains("#") }.count
    #expect(once.split(separator: "\n").filter { $0.contains("#") }.count >= comments)
  }

  /// The built-in cases are the examples, every one, verbatim (scripts/embed-examples.sh).
  @Test func builtinCasesAreTheExamples() throws {
    let names = files(in: ExampleTests.folder, ending: ".cluster").map { String($0.dropLast(".cluster".count)) }
    #expect(BuiltinCases.all.map(\.name) == names, "run scripts/embed-examples.sh")
    for name in names {
      #expect(BuiltinCases.text(named: name) == (try readFile(ExampleTests.folder + "/\(name).cluster")),
        "\(name): run scripts/embed-examples.sh")
    }
    #expect(DemoCase.tirupur == BuiltinCases.text(named: "tirupur"))
  }

  /// `load example NAME` loads a built-in case with no file (a case that loads another by its
  /// file name gets the built-in one), even under `--safe`'s sealed reading; `list examples`
  /// lists them; a wrong name gets a suggestion.
  @Test func builtinCasesLoadByName() throws {
    for name in BuiltinCases.all.map(\.name) {
      let r = Recorder()
      r.session.safety = .sealed
      #expect(r.run("load example \(Printer.name(name))").errors == 0, "\(name): \(r.transcript)")
      #expect(!r.session.workspace.clusters.isEmpty)
    }
    let r = Recorder()
    #expect(r.run("list examples").errors == 0)
    #expect(BuiltinCases.all.allSatisfy { r.transcript.contains($0.name) })
    #expect(r.run("load example tirupr").errors == 1)
    #expect(r.diagnostics.last?.help == "did you mean `load example tirupur`?")
    #expect(Printer.print(Parser.parse(SourceFile(name: "t", text: "load example tirupur-2005")).script.statements[0])
      == "load example \"tirupur-2005\"")
  }

  @Test func demoTourRuns() {
    let recorder = Recorder()
    #expect(recorder.run(DemoCase.tirupur, name: "tirupur.cluster").errors == 0)
    recorder.session.echo = true
    let outcome = recorder.run(DemoTour.statements, name: "<demo>")
    // The tour ends by asking for help on a model command, which works; nothing else fails.
    #expect(outcome.errors == 0, "\(recorder.transcript)")
    #expect(recorder.transcript.contains("clusterlab> show TEA"))
  }
}
