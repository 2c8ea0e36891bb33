// The REPL driven through its line-reading protocol: prompts, continuation, Ctrl-C, history.

import ClusterSyntax
import Testing

@testable import ClusterSession

@Suite struct REPLTests {
  @Test func blocksContinueOnTheContinuationPrompt() {
    let r = Recorder()
    let reader = ScriptedReader([.line("cluster X {"), .line("  type: manufacturing"), .line("}"), .line("list clusters")])
    REPL(session: r.session).run(reader: reader)
    let block = REPL.continuationPrompt("{")
    #expect(reader.prompts == [REPL.prompt, block, block, REPL.prompt, REPL.prompt])
    #expect(reader.history == ["cluster X {\n  type: manufacturing\n}", "list clusters"])
    #expect(r.transcript.contains("manufacturing"))
  }

  /// An open `(` continues on the next line, in the REPL as in a file (docs/language.md).
  @Test func anOpenParenthesisContinues() {
    let r = Recorder()
    let reader = ScriptedReader([.line("let x = (1 +"), .line("2)"), .line("print x")])
    REPL(session: r.session).run(reader: reader)
    #expect(reader.prompts == [REPL.prompt, REPL.continuationPrompt("("), REPL.prompt, REPL.prompt])
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
    let reader = ScriptedReader([.line("clusterlab> cluster X {\n.........{>   type: services\n.........{> }")])
    REPL(session: r.session).run(reader: reader)
    #expect(r.session.workspace.current?.name == "X")
    // A transcript of an earlier version, with its `........> ` prompts.
    let old = Recorder()
    REPL(session: old.session).run(reader: ScriptedReader([.line("clusterlab> cluster Y {\n........>   type: services\n........> }")]))
    #expect(old.session.workspace.current?.name == "Y")
  }

  /// The continuation prompt shows what is open, innermost first, as psql's does, and is as
  /// wide as the main prompt so blocks line up.
  @Test func theContinuationPromptShowsWhatIsOpen() {
    for opener in ["{", "[", "(", "\""] {
      #expect(REPL.continuationPrompt(Character(opener)).count == REPL.prompt.count)
    }
    #expect(REPL.continuationPrompt("\"") == ".........\"> ")
    let r = Recorder()
    let reader = ScriptedReader([
      .line("cluster T"), .line("firm X {"), .line("  notes: \"two"), .line("lines\", markets: [EU,"), .line("US]"),
      .line("}"), .line("let x = (1 +"), .line("2)"),
    ])
    REPL(session: r.session).run(reader: reader)
    #expect(reader.prompts == [
      REPL.prompt, REPL.prompt, REPL.continuationPrompt("{"), REPL.continuationPrompt("\""),
      REPL.continuationPrompt("["), REPL.continuationPrompt("{"), REPL.prompt, REPL.continuationPrompt("("), REPL.prompt,
    ])
    #expect(r.session.workspace.current?.entity(named: "X")?["notes"].word == "two\nlines", "\(r.transcript)")
  }

  /// An unclosed string no longer traps a person: a blank line says what is open and how to
  /// get out, and `quit` in the string drops the entry and leaves.
  @Test func anOpenStringSaysHowToLeave() {
    let r = Recorder()
    let reader = TerminalReader([.line("cluster T"), .line("firm A { notes: \"a quote"), .line(""), .line("quit"), .line("list")])
    let prompts = PromptRecorder(reader)
    REPL(session: r.session).run(reader: prompts)
    #expect(prompts.prompts.prefix(4) == [REPL.prompt, REPL.prompt, REPL.continuationPrompt("\""), REPL.continuationPrompt("\"")])
    #expect(r.transcript.contains("a string is open since 1:17: close it with `\"`, or Ctrl-C drops the entry\n"), "\(r.transcript)")
    #expect(r.transcript.contains("(the unfinished entry is dropped)"))
    // `cluster T` was a change: leaving warns once, so `list` runs and the end of input leaves.
    #expect(r.transcript.contains("1 change not saved"), "\(r.transcript)")
    #expect(r.session.workspace.current?.entity(named: "A") == nil)
    // In a block, a blank line says which `{` is open.
    let b = Recorder()
    REPL(session: b.session).run(reader: TerminalReader([.line("cluster T {"), .line("  type: services,"), .line("")]))
    #expect(b.transcript.contains("a `{` is open since 1:11: close it with `}`, or Ctrl-C drops the entry"), "\(b.transcript)")
    // A piped script is not told: its blank lines are part of the text.
    let piped = Recorder()
    REPL(session: piped.session).run(reader: ScriptedReader([.line("cluster T {"), .line(""), .line("}")]))
    #expect(!piped.transcript.contains("is open since"))
    #expect(piped.session.workspace.current?.name == "T")
  }

  /// A forgotten `}` is reported where it was opened, as in a file.
  @Test func aForgottenBraceInTheREPL() {
    let r = Recorder()
    let reader = ScriptedReader([.line("cluster T { type: manufacturing"), .line("institution TEA { kind: association }"), .line("}")])
    REPL(session: r.session).run(reader: reader)
    #expect(r.transcript.contains("<input>:2:1: error: `{` opened at 1:11 is not closed"), "\(r.transcript)")
    #expect(r.transcript.contains("1 | cluster T { type: manufacturing\n  |           - this `{` opens the cluster's attributes"), "\(r.transcript)")
  }

  @Test func endOfInputInsideABlockReportsIt() {
    let r = Recorder()
    let failures = REPL(session: r.session).run(reader: ScriptedReader([.line("cluster X {")]))
    #expect(failures == 1)
  }
}

/// Records the prompts another reader is asked with.
final class PromptRecorder: LineReader {
  let inner: LineReader
  var prompts: [String] = []
  init(_ inner: LineReader) { self.inner = inner }
  var isInteractive: Bool { inner.isInteractive }
  func read(prompt: String) -> LineRead {
    prompts.append(prompt)
    return inner.read(prompt: prompt)
  }
  func remember(_ entry: String) { inner.remember(entry) }
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

/// `params WORD` filters the table: by name, else by what a parameter is about.
@Suite struct ParamsFilterTests {
  @Test func paramsFiltersByNameThenMeaning() {
    let r = Recorder()
    #expect(r.run("params trust").errors == 0)
    let names = r.transcript.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.contains("  ") }.map { $0.split(separator: " ")[0] }
    #expect(names.contains("trust_low") && names.allSatisfy { $0.contains("trust") }, "\(names)")
    let wages = Recorder()
    #expect(wages.run("params wages").errors == 0)
    #expect(wages.transcript.contains("congestion_cost"), "\(wages.transcript)")
    let none = Recorder()
    #expect(none.run("params trustt_low").errors == 1)
    #expect(none.diagnostics.last?.help == "did you mean `params trust_low`?")
    #expect(Printer.print(Parser.parse(SourceFile(name: "t", text: "params trust as json")).script.statements[0]) == "params trust as json")
  }
}

@Suite struct DemoAtThePromptTests {
  /// `demo` typed at the prompt loads the built-in case and runs the tour, as from the shell.
  @Test func demoRunsAtThePrompt() {
    let r = Recorder()
    REPL(session: r.session).run(reader: ScriptedReader([.line("demo")]))
    #expect(r.diagnostics.filter { $0.severity == .error }.isEmpty, "\(r.transcript)")
    #expect(r.transcript.contains("loaded example tirupur"))
    #expect(r.transcript.contains(REPL.prompt + "list clusters"))
    #expect(!r.session.echo)
  }
}

@Suite struct HelpFitsTests {
  /// `help` and every topic fit the screen: long lines wrap under their text.
  @Test(arguments: [60, 80])
  func everyTopicFits(_ width: Int) {
    for topic in [nil] + HelpTopics.all.map(\.name) {
      let r = Recorder()
      r.session.screen = Screen(width: width)
      r.run(topic.map { "help \($0)" } ?? "help")
      let widest = r.transcript.split(separator: "\n").map { String($0).displayWidth }.max() ?? 0
      #expect(widest <= width, "help \(topic ?? ""): \(widest) columns")
    }
  }
}
