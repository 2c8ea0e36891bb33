// Rendering: the GNU first line, the gutter and a caret under the exact span, tabs and
// non-ASCII included.

import Testing

@testable import ClusterSyntax

@Suite struct DiagnosticRenderingTests {
  @Test func rendersGutterCaretAndHelp() {
    let file = SourceFile(name: "bad.cluster", text: "cluster X\nlink A -> B : vertcal\n")
    let start = file.text.utf8.count - "vertcal\n".utf8.count
    let d = Diagnostic.error(
      "unknown link kind `vertcal`", at: SourceSpan(file: file, range: start..<(start + 7)), label: "not a link kind",
      help: "did you mean `vertical`?")
    #expect(DiagnosticRenderer().render(d) == """
      bad.cluster:2:15: error: unknown link kind `vertcal`
        |
      2 | link A -> B : vertcal
        |               ^^^^^^^ not a link kind
        = help: did you mean `vertical`?

      """)
  }

  /// Property: whatever whitespace, tabs and non-ASCII precede a token, the caret sits under it.
  @Test func caretColumnMatchesTokenColumn() {
    var generator = SplitMix(seed: 42)
    let prefixes = [" ", "\t", "é", "中", "a", "  "]
    for _ in 0..<200 {
      let count = Int(generator.next() % 12)
      let prefix = (0..<count).map { _ in prefixes[Int(generator.next() % UInt64(prefixes.count))] }.joined()
      let text = "# comment\nfirm " + prefix + "frim"
      let file = SourceFile(name: "p", text: text)
      let start = text.utf8.count - 4
      let span = SourceSpan(file: file, range: start..<(start + 4))
      let rendered = DiagnosticRenderer().render(.error("x", at: span))
      let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
      let sourceLine = String(lines[2])
      let caretLine = String(lines[3])
      // Both lines share the gutter; the caret's offset in its line equals the token's.
      guard let caret = caretLine.firstIndex(of: "^") else {
        Issue.record("no caret in \(rendered)")
        continue
      }
      let caretOffset = caretLine.distance(from: caretLine.startIndex, to: caret)
      let shown = Array(sourceLine)
      #expect(String(shown[caretOffset..<min(shown.count, caretOffset + 4)]) == "frim")
      #expect(span.column == caretOffset - 3)  // "2 | " is 4 wide; columns are 1-based
    }
  }

  @Test func controlCharactersAreNeverEchoedRaw() {
    let file = SourceFile(name: "x", text: "firm \u{1B}[31mA")
    let d = Diagnostic.error("bad", at: SourceSpan(file: file, range: 5..<6))
    #expect(!DiagnosticRenderer().render(d).contains("\u{1B}"))
  }
}

