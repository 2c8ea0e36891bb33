// The real clusterlab REPL under a real pseudo-terminal: GNU readline completion, the
// continuation prompt, Ctrl-C, "did you mean", Ctrl-D, and history across restarts.

import Foundation
import Testing

@Suite(.serialized) struct REPLTerminalTests {
  let state: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-pty-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.path
  }()

  func start() throws -> PseudoTerminal {
    try PseudoTerminal.clusterlab(state: state)
  }

  @Test func aSessionAsAPersonTypesIt() throws {
    let pty = try start()
    try pty.expect("^clusterlab> $")
    pty.send("inst")
    pty.sendKey(.tab)
    try pty.expect("institution $")
    pty.sendKey(.ctrlU)
    pty.send("cluster Demo")
    pty.sendKey(.enter)
    try pty.expect("^clusterlab> $")
    pty.send("firm Alpha { role: producer }")
    pty.sendKey(.enter)
    try pty.expect("^clusterlab> $")
    pty.send("show Al")
    pty.sendKey(.tab)
    try pty.expect("show Alpha $")
    pty.sendKey(.enter)
    try pty.expect("^firm Alpha \\{ role: producer \\}$")

    // An open block continues on its own prompt; Ctrl-C drops it and declares nothing.
    pty.send("cluster X {")
    pty.sendKey(.enter)
    try pty.expect("^\\.{9}\\{> $")
    pty.sendKey(.ctrlC)
    try pty.expect("^clusterlab> $")
    pty.send("list clusters")
    pty.sendKey(.enter)
    let table = try pty.expect("Demo[^\\n]*\\n(.*\\n)*?clusterlab> $")
    #expect(!table.contains(" X "))

    // A misspelt keyword gets a suggestion and the session goes on.
    pty.send("fimr Beta")
    pty.sendKey(.enter)
    try pty.expect("did you mean `firm`\\?")
    try pty.expect("^clusterlab> $")

    // Leaving with unsaved work warns once; Ctrl-D again leaves.
    // (Longer waits: the whole suite runs in parallel, and a loaded machine is slow to answer.)
    pty.sendKey(.ctrlD)
    try pty.expect("not saved: `save FILE`, or Ctrl-D", timeout: .seconds(15))
    // Only at the new prompt: a key sent while readline sets the terminal up can be lost.
    try pty.expect("^clusterlab> $", timeout: .seconds(15))
    pty.sendKey(.ctrlD)
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)

    // History survives the restart: Up shows the previous session's last line.
    let again = try start()
    try again.expect("^clusterlab> $", timeout: .seconds(15))
    again.sendKey(.up)
    try again.expect("^fimr Beta$")
    again.sendKey(.ctrlU)
    again.send("quit")
    again.sendKey(.enter)
    #expect(try again.waitForExit() == 0)
  }

  /// A multi-line entry recalled with Up and dropped with Ctrl-C leaves the screen clean: the
  /// entry stays with its ^C and the next prompt starts on the row below it (no cursor moves
  /// up, which would draw the prompt over the entry's second row).
  @Test func ctrlCOnARecalledBlockRedrawsACleanPrompt() throws {
    let pty = try PseudoTerminal.clusterlab(["-q"], state: state)
    try pty.expect("^clusterlab> $")
    for line in ["cluster X {", "  type: manufacturing", "  year: 2000", "}"] {
      pty.send(line)
      pty.sendKey(.enter)
      try pty.expect(line == "}" ? "^clusterlab> $" : "^\\.{9}\\{> $")
    }
    pty.sendKey(.up)
    try pty.expect("^\\}$")
    pty.sendKey(.ctrlC)
    try pty.expect("^clusterlab> $")
    // The screen as a terminal shows it: the entry, the recalled entry ending in ^C, and the
    // new prompt on the row below (not drawn over the recalled entry's second row).
    let rows = PseudoTerminal.screen(pty.rawOutput, columns: 100).filter { !$0.isEmpty }
    #expect(
      Array(rows.suffix(6)) == [".........{> }", "clusterlab> cluster X {", "  type: manufacturing", "  year: 2000", "}^C", "clusterlab>"],
      "\(rows)")
    pty.send("reset")
    pty.sendKey(.enter)
    try pty.expect("^clusterlab> $")
    pty.send("quit")
    pty.sendKey(.enter)
    #expect(try pty.waitForExit(timeout: .seconds(15)) == 0)
  }

  /// An unclosed string does not trap a person: the prompt shows that a string is open, a
  /// blank line says how to close it or leave, and `quit` there drops the entry and leaves.
  @Test func anOpenStringShowsOnThePromptAndQuitLeaves() throws {
    let pty = try PseudoTerminal.clusterlab(["-q"], state: state)
    try pty.expect("^clusterlab> $")
    pty.enter("print \"an open")
    try pty.expect("^\\.{9}\"> $")
    pty.enter("")
    try pty.expect("a string is open since 1:7: close it with `\"`, or Ctrl-C drops the entry")
    try pty.expect("^\\.{9}\"> $")
    pty.enter("quit")
    try pty.expect("the unfinished entry is dropped")
    #expect(try pty.waitForExit() == 0)
  }

  /// Under `LANG=C` the REPL still edits by characters: Backspace after `東` and `é` removes
  /// each whole, and nothing reaches the line as a broken byte.
  @Test func editingUnderTheCLocaleGoesByCharacters() throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-locale-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    let pty = try PseudoTerminal.clusterlab(["-q"], state: state, locale: ["LANG": "C"])
    try pty.expect("^clusterlab> $")
    pty.send("print \"aé東")
    pty.sendKey(.backspace, count: 2)
    pty.send("\"")
    pty.sendKey(.enter)
    try pty.expect("^a$")
    try pty.expect("^clusterlab> $")
    pty.enter("quit")
    #expect(try pty.waitForExit() == 0)
  }
}
