// The screen from the outside: at a terminal a long answer goes through $PAGER and fits the
// window's width, the demo waits between steps and statuses are coloured; scripts, pipes and
// the JSON stream are never paged, and NO_COLOR or a pipe means no escape sequences.

import Foundation
import Testing

@Suite(.serialized) struct ScreenTerminalTests {
  let state: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-screen-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.path
  }()

  var tirupur: String { repositoryRootPath() + "/examples/tirupur.cluster" }
  /// Where the recording pager appends what it was given.
  var paged: String { state + "/paged.txt" }
  /// A pager that keeps what it is given and says it was used.
  var recordingPager: [String: String] { ["PAGER": "cat >> '\(paged)'; echo PAGED"] }

  func pagedText() -> String? {
    try? String(contentsOfFile: paged, encoding: .utf8)
  }

  static func count(_ word: String, in text: String) -> Int {
    text.components(separatedBy: word).count - 1
  }

  @Test func aLongAnswerAtThePromptGoesThroughThePagerAndFitsTheWindow() throws {
    // COLUMNS is for pipes: at a terminal its width wins.
    let pty = try PseudoTerminal.clusterlab(
      ["-q"], state: state, environment: recordingPager.merging(["COLUMNS": "200"]) { $1 }, columns: 80, rows: 24)
    try pty.expect("^clusterlab> $")
    pty.enter("load \"\(tirupur)\"")
    try pty.expect("^loaded ")
    try pty.expect("^clusterlab> $")
    pty.enter("insights")
    try pty.expect("^PAGED$", timeout: .seconds(15))
    try pty.expect("^clusterlab> $")
    let text = try #require(pagedText())
    #expect(text.contains("the ten insights"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
    // What the pager showed is not written to the screen as well.
    #expect(!pty.output.contains("1. What happens between the boxes"))

    // A short answer is written as it is.
    pty.enter("list clusters")
    try pty.expect("Tirupur")
    try pty.expect("^clusterlab> $")
    #expect(ScreenTerminalTests.count("PAGED", in: pty.output) == 1)
    pty.enter("quit")
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
  }

  @Test func aPagerThatCannotStartLeavesTheAnswerOnTheScreen() throws {
    let pty = try PseudoTerminal.clusterlab(
      ["-q"], state: state, environment: ["PAGER": "/nonexistent/pager"], columns: 80, rows: 24)
    try pty.expect("^clusterlab> $")
    pty.enter("load \"\(tirupur)\"")
    try pty.expect("^clusterlab> $")
    pty.enter("insights")
    try pty.expect("^10\\. Linked to global markets", timeout: .seconds(15))
    try pty.expect("^clusterlab> $")
    pty.enter("quit")
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
  }

  @Test func scriptsAtATerminalAreNotPaged() throws {
    let pty = try PseudoTerminal.clusterlab(
      ["-e", "load \"\(tirupur)\"", "-e", "insights"], state: state, environment: recordingPager, columns: 80, rows: 24)
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
    #expect(pty.output.contains("10. Linked to global markets"))
    #expect(!pty.output.contains("PAGED"))
    #expect(pagedText() == nil)
  }

  @Test func theJSONStreamAtATerminalIsNotPaged() throws {
    let pty = try PseudoTerminal.clusterlab(
      ["-q", "--format", "json"], state: state, environment: recordingPager, columns: 80, rows: 24)
    try pty.expect("^clusterlab> $")
    pty.enter("load \"\(tirupur)\"")
    try pty.expect("^clusterlab> $")
    pty.enter("insights")
    try pty.expect("\"command\":\"insights\"", timeout: .seconds(15))
    try pty.expect("^clusterlab> $")
    pty.enter("quit")
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
    #expect(!pty.output.contains("PAGED"))
    #expect(pagedText() == nil)
  }

  @Test func pipedOutputIsNotPagedHasNoEscapesAndFitsColumns() throws {
    // NO_COLOR set to nothing is ignored: only the pipe keeps colour off.
    let result = try runTool(
      ["-e", "load examples/tirupur.cluster", "-e", "evaluate", "-e", "insights", "-e", "roles"],
      environment: recordingPager.merging(["NO_COLOR": "", "FORCE_COLOR": "", "CLICOLOR_FORCE": "", "COLUMNS": "100"]) { $1 })
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("the ten insights"))
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("PAGED"))
    #expect(pagedText() == nil)
    let widest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
    #expect(widest <= 100 && widest > 80, "COLUMNS=100 gives 100 columns (widest line \(widest))")
    // Without COLUMNS, 80.
    let plain = try runTool(["-e", "load examples/tirupur.cluster", "-e", "insights"], environment: ["COLUMNS": ""])
    #expect(plain.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func statusesAreColouredAtATerminalUnlessNoColor() throws {
    let coloured = try PseudoTerminal.clusterlab(
      ["-e", "load \"\(tirupur)\"", "-e", "evaluate"], state: state, environment: ["NO_COLOR": ""], columns: 120, rows: 60)
    #expect(try coloured.waitForExit(timeout: .seconds(15)) == 0)
    #expect(coloured.rawOutput.contains("\u{1B}[33mwarning\u{1B}[0m"))
    #expect(coloured.rawOutput.contains("\u{1B}[32mstrength\u{1B}[0m"))

    let plain = try PseudoTerminal.clusterlab(
      ["-e", "load \"\(tirupur)\"", "-e", "evaluate"], state: state, environment: ["NO_COLOR": "1"], columns: 120, rows: 60)
    #expect(try plain.waitForExit(timeout: .seconds(15)) == 0)
    #expect(plain.output.contains("warning"))
    #expect(!plain.rawOutput.contains("\u{1B}"))
  }

  /// On a UTF-8 terminal charts draw with Unicode marks and box-drawing axes; `--ascii` and
  /// other locales draw them in ASCII.
  @Test(arguments: [("C.UTF-8", [String](), true), ("C.UTF-8", ["--ascii"], false), ("C", [], false)])
  func chartsDrawInUnicodeOnAUTF8TerminalUnlessASCII(_ locale: String, _ flags: [String], _ unicode: Bool) throws {
    let pty = try PseudoTerminal.clusterlab(
      flags + ["-e", "load \"\(tirupur)\"", "-e", "simulate 1990 to 2000 quiet", "-e", "plot exports", "-e", "plot diamond"], state: state,
      locale: ["LC_ALL": locale], environment: ["PAGER": "cat"], columns: 80, rows: 40)
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
    let chart = pty.output
    #expect(chart.contains("Tirupur: exports (musd), last simulation"), "\(chart)")
    #expect(chart.contains("└") == unicode && chart.contains("●") == unicode && chart.contains("█") == unicode, "\(chart)")
    #expect(chart.contains(" +--") != unicode, "\(chart)")
  }

  /// At the prompt under `LC_ALL=C`, charts stay ASCII after the line editor has switched the
  /// process to a UTF-8 locale for its own editing.
  @Test func theREPLKeepsTheUsersLocaleForCharts() throws {
    let pty = try PseudoTerminal.clusterlab(["-q"], state: state, locale: ["LC_ALL": "C"], environment: ["PAGER": "cat"], columns: 80, rows: 40)
    try pty.expect("^clusterlab> $")
    pty.enter("load \"\(tirupur)\"")
    try pty.expect("^clusterlab> $")
    pty.enter("simulate 1990 to 1995 quiet")
    try pty.expect("^clusterlab> $")
    pty.enter("plot exports")
    try pty.expect("^ +1990 ", timeout: .seconds(15))
    try pty.expect("^clusterlab> $")
    pty.enter("quit")
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
    #expect(pty.output.contains(" +--") && !pty.output.contains("└"), "\(pty.output)")
  }

  @Test func theDemoWaitsBetweenStepsAtATerminal() throws {
    let pty = try PseudoTerminal.clusterlab(["demo"], state: state, environment: ["PAGER": "cat"], columns: 100, rows: 30)
    try pty.expect("press Enter for the next step, q to stop", timeout: .seconds(15))
    #expect(pty.output.contains("clusterlab> list clusters"))
    #expect(!pty.output.contains("# Everything declared"))
    pty.sendKey(.enter)
    try pty.expect("# Everything declared")
    try pty.expect("press Enter for the next step, q to stop")
    pty.send("q")
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
    #expect(!pty.output.contains("show TEA"))
  }

  /// `demo -i` stops the tour at `q` and leaves a prompt whose answers and errors are the
  /// REPL's own (held for the pager, in order).
  @Test func theDemoStoppedEarlyLeavesAWorkingPrompt() throws {
    let pty = try PseudoTerminal.clusterlab(
      ["demo", "-i"], state: state, environment: recordingPager, columns: 100, rows: 30)
    try pty.expect("press Enter for the next step, q to stop", timeout: .seconds(15))
    pty.send("q")
    // The question is erased with spaces on its line, which the prompt then takes.
    try pty.expect("clusterlab> $")
    pty.enter("fimr Beta")
    try pty.expect("did you mean `firm`\\?")
    try pty.expect("^clusterlab> $")
    pty.enter("insights")
    try pty.expect("^PAGED$", timeout: .seconds(15))
    try pty.expect("^clusterlab> $")
    pty.sendKey(.ctrlD)
    try pty.expect("not saved", timeout: .seconds(15))
    try pty.expect("^clusterlab> $", timeout: .seconds(15))
    pty.sendKey(.ctrlD)
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
  }

  @Test func thePipedDemoRunsStraightThrough() throws {
    let result = try runTool(["demo"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("compare Tirupur, NoDepot on exports"))
    #expect(!result.stdout.contains("press Enter"))
  }
}
