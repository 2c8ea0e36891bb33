// Sweeps and what-if scripts: `print` of several values, string interpolation, `simulate …
// quiet`, and the one table a `for` prints from the rows its body printed.

import ClusterSyntax
import ClusterWorkspace
import Foundation
import Testing

@testable import ClusterSession

@Suite struct SweepTests {
  let knit = repositoryRoot() + "/Tests/ClusterSessionTests/Cases/knit.cluster"

  /// `print` takes several values (one line, two spaces apart) and `"…{EXPRESSION}…"` puts a
  /// value in a string; `{{` and `}}` write braces; a bad `{…}` is located at the string.
  @Test func printSeveralValuesAndInterpolate() {
    let r = Recorder()
    #expect(r.run("let t = 0.3\nprint t, t * 2, \"a b\"\nprint \"t = {t}, twice {t * 2}, {{braces}}\"").errors == 0, "\(r.transcript)")
    #expect(r.transcript == "0.3  0.6  a b\nt = 0.3, twice 0.6, {braces}\n")
    let bad = Recorder()
    #expect(bad.run("print \"a {1 +} b\"").errors == 1)
    #expect(bad.diagnostics.last?.message == "in `{1 +}` of this string: expected a value, found the end of the input")
    #expect(bad.diagnostics.last?.span?.text == "\"a {1 +} b\"")
    #expect(bad.run("print \"a {t\"").errors == 1)
    #expect(bad.diagnostics.last?.message == "a `{` in this string opens a value that is not closed")
  }

  /// A text variable with braces saves as a string that reads back the same (braces doubled).
  @Test func bracesInAVariableRoundTrip() throws {
    let r = Recorder()
    #expect(r.run("let s = \"{{x}}\"").errors == 0)
    #expect(r.session.workspace.variable("s")?.display == "{x}")
    let text = Printer.print(r.session.workspace.canonicalScript())
    let again = Recorder()
    #expect(again.run(text).errors == 0, "\(text)")
    #expect(again.session.workspace.variable("s")?.display == "{x}")
  }

  /// In a `for`, `simulate … quiet` prints nothing and a `print` of several values is a row:
  /// the loop prints one table, headed by what the print says, numbers to the right; nested
  /// loops make one table; a one-value print still prints at once.
  @Test func aSweepPrintsOneTable() throws {
    let r = Recorder()
    #expect(r.run("load \"\(knit)\"").errors == 0)
    r.transcript = ""
    let sweep = """
      for t in [0.1, 0.3] {
        for g in [0.02, 0.05] {
          set param market_growth_manufacturing = g
          set param trust_low = t
          simulate 1995 to 2000 quiet
          print t, g, exports(2000)
        }
      }
      """
    #expect(r.run(sweep).errors == 0, "\(r.transcript)")
    let lines = r.transcript.split(separator: "\n").map(String.init)
    #expect(lines.count == 6, "\(r.transcript)")
    #expect(lines.first?.split(separator: " ").map(String.init) == ["t", "g", "exports(2000)"])
    #expect(lines[2].hasPrefix("0.1  0.02"), "\(r.transcript)")
    #expect(lines[5].hasPrefix("0.3  0.05"), "\(r.transcript)")
    // The figures are the ones each run gave.
    r.transcript = ""
    r.run("set param market_growth_manufacturing = 0.05\nset param trust_low = 0.3\nsimulate 1995 to 2000 quiet\nprint exports(2000)")
    #expect(lines[5].hasSuffix(r.transcript.trimmingCharacters(in: .newlines)), "\(lines[5]) vs \(r.transcript)")
  }

  /// The sweep: over `Tirupur.trust` and `ICD.start` in a script, one labelled table.
  @Test func aSweepOverAnAttributeAndAStartYear() {
    let r = Recorder()
    #expect(r.run("load example tirupur").errors == 0)
    r.transcript = ""
    let sweep = "for t in [0.2, 0.4] {\n  for y in [1992, 1996] {\n    set Tirupur.trust = t\n    set ICD.start = y\n"
      + "    simulate 1990 to 2004 quiet\n    print t, y, exports(2004)\n  }\n}"
    #expect(r.run(sweep).errors == 0, "\(r.transcript)")
    let lines = r.transcript.split(separator: "\n")
    #expect(lines.count == 6 && lines[0].split(separator: " ") == ["t", "y", "exports(2004)"], "\(r.transcript)")
    #expect(lines[2].hasPrefix("0.2  1992") && lines[5].hasPrefix("0.4  1996"), "\(r.transcript)")
  }

  /// In the JSON stream the table is one line: `{"columns", "rows"}` with values as `print`
  /// gives them; `simulate … quiet` writes no line.
  @Test func aSweepIsOneJSONLine() throws {
    let r = Recorder()
    r.session.defaultFormat = .json
    #expect(r.run("load \"\(knit)\"").errors == 0)
    r.transcript = ""
    #expect(r.run("for t in [0.1, 0.3] {\n  set param trust_low = t\n  simulate 1995 to 2000 quiet\n  print t, exports(2000)\n}").errors == 0)
    let lines = r.transcript.split(separator: "\n")
    #expect(lines.count == 1, "\(r.transcript)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(object["command"] as? String == "for")
    let result = try #require(object["result"] as? [String: Any])
    #expect(result["columns"] as? [String] == ["t", "exports(2000)"])
    #expect((result["rows"] as? [[Any]])?.count == 2)
  }
}
