// Tests of the PseudoTerminal harness itself, run against /bin/cat and /bin/sh so they
// do not depend on the clusterlab REPL. They prove what the REPL tests rely on: the
// child gets a real controlling terminal of the requested size, keys arrive as the
// bytes a terminal sends, Ctrl-C becomes SIGINT, output is matched without escape
// codes, and exit statuses are reported.

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("PseudoTerminal harness")
struct PseudoTerminalHarnessTests {
  /// A small, fixed environment, as the REPL tests use.
  let environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LC_ALL": "C"]

  private func shell(_ script: String, columns: Int = 100, rows: Int = 30) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: "/bin/sh", arguments: ["-c", script], environment: environment,
      columns: columns, rows: rows)
  }

  @Test("cat echoes a line and ends on Ctrl-D")
  func catEchoesAndEndsOnCtrlD() throws {
    let pty = try PseudoTerminal(executable: "/bin/cat", arguments: [], environment: environment)
    pty.send("hello pty")
    pty.sendKey(.enter)
    // The terminal echoes the typed line, then cat writes its copy.
    try pty.expect("^hello pty\nhello pty$")
    pty.sendKey(.ctrlD)
    #expect(try pty.waitForExit() == 0)
  }

  @Test("the child has a terminal of the requested size and the given environment")
  func childSeesTerminal() throws {
    let pty = try shell(
      #"test -t 0 && test -t 1 && test -t 2 && echo all-tty; stty size; echo "var=$CLTEST_VAR""#,
      columns: 91, rows: 27)
    try pty.expect("^all-tty$")
    try pty.expect("^27 91$")
    try pty.expect("^var=$")  // CLTEST_VAR is not inherited: the environment is exactly ours
    #expect(try pty.waitForExit() == 0)

    let withVariable = try PseudoTerminal(
      executable: "/bin/sh", arguments: ["-c", #"echo "var=$CLTEST_VAR""#],
      environment: environment.merging(["CLTEST_VAR": "set here"]) { $1 })
    try withVariable.expect("^var=set here$")
    #expect(try withVariable.waitForExit() == 0)
  }

  @Test("Ctrl-C reaches the foreground program as SIGINT")
  func ctrlCSendsSigint() throws {
    let pty = try PseudoTerminal(executable: "/bin/cat", arguments: [], environment: environment)
    pty.send("partial")
    try pty.expect("partial")
    pty.sendKey(.ctrlC)
    #expect(try pty.waitForExit() == 128 + SIGINT)
  }

  @Test("a program can catch Ctrl-C and go on")
  func ctrlCCanBeCaught() throws {
    let pty = try shell(#"trap 'echo caught' INT; echo ready; until read line; do :; done; echo "got=$line""#)
    try pty.expect("^ready$")
    pty.sendKey(.ctrlC)
    try pty.expect("caught")
    pty.send("after")
    pty.sendKey(.enter)
    try pty.expect("^got=after$")
    #expect(try pty.waitForExit() == 0)
  }

  @Test("exit statuses are reported")
  func exitStatus() throws {
    #expect(try shell("exit 7").waitForExit() == 7)
    #expect(try shell("kill -TERM $$").waitForExit() == 128 + SIGTERM)
  }

  @Test("keys arrive as the bytes a terminal sends")
  func keysArriveAsBytes() throws {
    // In raw mode the terminal passes every byte through; od shows them in hex.
    let pty = try shell("stty raw -echo; echo ready; dd bs=1 count=7 2>/dev/null | od -An -tx1")
    try pty.expect("^ready$")
    for key: PseudoTerminal.Key in [.up, .tab, .ctrlC, .ctrlD, .enter] { pty.sendKey(key) }
    try pty.expect("1b 5b 41 09 03 04 0d")
    #expect(try pty.waitForExit() == 0)
  }

  @Test("escape sequences are stripped before matching")
  func escapesAreStripped() throws {
    let pty = try shell(#"printf '\033[1;31mred\033[0m \033]0;title\007text\033(B\r\n'"#)
    try pty.expect("^red text$")
    #expect(try pty.waitForExit() == 0)
    #expect(!pty.output.contains("\u{1b}"))
    #expect(pty.rawOutput.contains("\u{1b}[1;31m"))
  }

  @Test("clean() keeps text, newlines and tabs")
  func cleanRules() {
    #expect(PseudoTerminal.clean("a\r\nb\rc\u{07}\td\u{1b}[?2004h\u{1b}[K\u{1b}=e\u{08}") == "a\nbc\tde")
    #expect(PseudoTerminal.clean("x\u{1b}]0;t\u{1b}\\y é中") == "xy é中")
  }

  @Test("each expect consumes the output up to its match")
  func expectConsumesOutput() throws {
    let pty = try shell("echo one; echo two; echo one again")
    try pty.expect("^one$")
    #expect(try pty.expect("^(one|two).*$") == "two")
    #expect(try pty.expect("^one.*$") == "one again")
    #expect(try pty.waitForExit() == 0)
    #expect(pty.output == "one\ntwo\none again\n")
  }

  @Test("expect times out with the unmatched output in its error")
  func expectTimesOut() throws {
    let pty = try PseudoTerminal(executable: "/bin/cat", arguments: [], environment: environment)
    pty.send("something else\r")
    let start = ContinuousClock.now
    let error = #expect(throws: PseudoTerminalError.self) {
      try pty.expect("never printed", timeout: .milliseconds(300))
    }
    #expect(ContinuousClock.now - start < .seconds(3))
    #expect(error?.description.contains("something else") == true)
  }

  @Test("expect fails fast once the program has ended")
  func expectAfterExit() throws {
    let pty = try shell("echo bye")
    _ = try pty.waitForExit()
    let start = ContinuousClock.now
    #expect(throws: PseudoTerminalError.self) { try pty.expect("never printed", timeout: .seconds(30)) }
    #expect(ContinuousClock.now - start < .seconds(5))
  }

  @Test("the child is killed when the harness goes away")
  func deinitKillsChild() throws {
    var pty: PseudoTerminal? = try PseudoTerminal(
      executable: "/bin/cat", arguments: [], environment: environment)
    let pid = try #require(pty?.pid)
    #expect(kill(pid, 0) == 0)
    pty = nil
    #expect(kill(pid, 0) == -1 && errno == ESRCH)
  }
}
