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
