// The REPL driven through its line-reading protocol: prompts, continuation, Ctrl-C, history.

import ClusterSyntax
import Testing

@testable import ClusterSession

@Suite struct REPLTests {
  @Test func blocksContinueOnTheContinuationPrompt() {
    let r = Recorder()
    let reader = ScriptedReader([.line("cluster X {"), .line("  type: manufacturing"), .line("}"), .line("list clusters")])
    REPL(session: r.session).run(reader: reader)
    #expect(reader.prompts == [REPL.prompt, REPL.continuationPrompt, REPL.continuationPrompt, REPL.prompt, REPL.prompt])
    #expect(reader.history == ["cluster X {\n  type: manufacturing\n}", "list clusters"])
    #expect(r.transcript.contains("manufacturing"))
  }

  /// An open `(` continues on the next line, in the REPL as in a file (docs/language.md).
  @Test func anOpenParenthesisContinues() {
    let r = Recorder()
    let reader = ScriptedReader([.line("let x = (1 +"), .line("2)"), .line("print x")])
    REPL(session: r.session).run(reader: reader)
    #expect(reader.prompts == [REPL.prompt, REPL.continuationPrompt, REPL.prompt, REPL.prompt])
    #expect(r.transcript == "3\n", "\(r.transcript)")
    let file = Recorder()
    #expect(file.run("let y = (2 *\n  3\n  + 1)\nassert (y == 7\n  and y > 6)\nprint y").errors == 0, "\(file.transcript)")
    #expect(file.transcript == "7\n")
  }

  @Test func interruptDropsTheOpenBlock() {
    let r = Recorder()
    let reader = ScriptedReader([.line("cluster X {"), .line("  type: manufacturing"), .interrupted, .line("list clusters")])
    REPL(session: r.session).run(reader: reader)
    #expect(r.session.workspace.clusters.isEmpty)
    #expect(reader.prompts[3] == REPL.prompt)
  }

  @Test func aFailedEntryKeepsTheSession() {
    let r = Recorder()
    let reader = ScriptedReader([.line("cluster X"), .line("fimr A"), .line("firm B"), .line("quit"), .line("firm C")])
    let failures = REPL(session: r.session).run(reader: reader)
    #expect(failures == 1)
    #expect(r.transcript.contains("did you mean `firm`?"))
    #expect(r.session.workspace.current?.entities.map(\.name) == ["B"])
  }

  @Test func pastedPromptsAreStripped() {
    let r = Recorder()
    let reader = ScriptedReader([.line("clusterlab> cluster X {\n........>   type: services\n........> }")])
    REPL(session: r.session).run(reader: reader)
    #expect(r.session.workspace.current?.name == "X")
  }

  @Test func endOfInputInsideABlockReportsIt() {
    let r = Recorder()
    let failures = REPL(session: r.session).run(reader: ScriptedReader([.line("cluster X {")]))
    #expect(failures == 1)
  }
}

/// A reader that plays a person at a terminal: Ctrl-D is a key.
final class TerminalReader: LineReader {
  private var lines: [LineRead]
  init(_ lines: [LineRead]) { self.lines = lines }
  var isInteractive: Bool { true }
  func read(prompt: String) -> LineRead { lines.isEmpty ? .endOfInput : lines.removeFirst() }
  func remember(_ entry: String) {}
}

@Suite struct LeavingTests {
  /// Ctrl-D (or `quit`) with unsaved changes says so once and stays; again, it leaves. A saved
  /// session leaves at once; Ctrl-D in an open block drops the block.
  @Test func leavingWithUnsavedWorkWarnsOnce() throws {
    let r = Recorder()
    let reader = TerminalReader([
      .line("cluster Z"), .line("firm a {"), .endOfInput, .line("firm b"), .endOfInput, .line("list firms"), .endOfInput,
      .line("never run"),
    ])
    REPL(session: r.session).run(reader: reader)
    #expect(r.transcript.contains("(the unfinished entry is dropped)"))
    #expect(r.transcript.contains("2 changes not saved: `save FILE`, or Ctrl-D (or `quit`) again to leave"), "\(r.transcript)")
    #expect(r.session.workspace.current?.entity(named: "a") == nil)
    #expect(!r.transcript.contains("never run"))
    let q = Recorder()
    REPL(session: q.session).run(reader: TerminalReader([.line("cluster Q"), .line("quit"), .line("quit"), .line("cluster Never")]))
    #expect(q.transcript.contains("1 change not saved"), "\(q.transcript)")
    #expect(q.session.workspace.cluster(named: "Never") == nil)
    let saved = Recorder()
    let path = temporaryFolder() + "/z.cluster"
    REPL(session: saved.session).run(reader: TerminalReader([.line("cluster S"), .line("save \"\(path)\""), .endOfInput, .line("cluster Never")]))
    #expect(!saved.transcript.contains("not saved"))
    #expect(saved.session.workspace.cluster(named: "Never") == nil)
  }
}

/// Habits from other tools and a help that finds things.
@Suite struct FindingThingsTests {
  /// sqlite3's `.help`, psql's `\?` and a bare `?` lead to help; `.quit` and `\q` leave. The
  /// history keeps what was typed.
  @Test func otherToolsHabitsLeadToHelpAndOut() {
    for habit in ["?", ".help", "\\?", "\\h", "help help"] {
      let r = Recorder()
      let reader = ScriptedReader([.line(habit)])
      REPL(session: r.session).run(reader: reader)
      #expect(r.diagnostics.isEmpty, "\(habit): \(r.transcript)")
      #expect(r.transcript.hasPrefix(habit == "help help" ? "help — " : "clusterlab describes"), "\(habit): \(r.transcript)")
      #expect(reader.history == [habit])
    }
    for habit in [".quit", "\\q", ".exit"] {
      let r = Recorder()
      let reader = ScriptedReader([.line(habit), .line("cluster After")])
      REPL(session: r.session).run(reader: reader)
      #expect(r.session.workspace.clusters.isEmpty, "\(habit)")
    }
  }

  /// `help WORD` for a word that is no topic lists the topics it appears in, as a word of its
  /// own, with the line; a word found nowhere is still an error with a suggestion.
  @Test func helpSearchesEveryTopic() {
    let r = Recorder()
    #expect(r.run("help trust").errors == 0)
    #expect(r.transcript.hasPrefix("no topic `trust`; it appears in "), "\(r.transcript)")
    let listed = r.transcript.split(separator: "\n").dropFirst().prefix { $0.hasPrefix("  ") && !$0.hasPrefix("  …") }
    #expect(listed.count == Help.searchLimit)
    #expect(listed.contains { $0.hasPrefix("  cluster ") })
    #expect(listed.allSatisfy { Help.containsWord("trust", in: $0.lowercased()) || $0.hasSuffix("…") })
    #expect(!Help.containsWord("trust", in: "trust_low is a parameter"))
    #expect(Help.containsWord("value chain", in: "the value chain of the cluster"))
    let none = Recorder()
    #expect(none.run("help zzqx").errors == 1)
    #expect(none.diagnostics.last?.message == "no help topic `zzqx`")
  }
}
