// The libFuzzer entry point: hostile bytes through lex → parse → check → evaluate (now and three
// years on) → plan → a short simulation
// in a sealed session, plus the printer round trip. Built and run by `scripts/fuzz.sh SECONDS`.
//
// Expected errors (diagnostics) are fine; a trap, an ASan report, a timeout or running out of
// memory is a finding. Without `-sanitize=fuzzer` this file builds to a program that does nothing.

import ClusterModel
import ClusterSession
import ClusterSyntax
import ClusterWorkspace

/// Runs one input. Never force-unwraps anything derived from the input.
func fuzzOne(_ bytes: UnsafeBufferPointer<UInt8>) {
  let text = String(decoding: bytes, as: UTF8.self)  // lossy: invalid UTF-8 becomes U+FFFD
  let renderer = DiagnosticRenderer()
  var rendered = 0

  // 1. The whole pipeline, in a session that may touch no file, with small limits.
  let session = Session(
    output: { _ in },
    report: { d in rendered &+= renderer.render(d).utf8.count })
  session.safety = .sealed
  session.keepGoing = true
  session.workers = 1
  session.limits = .fuzzing
  // Exact betweenness of a 1,251-firm case takes 16 s under ASan: sample above 200 nodes, so
  // every input stays well inside libFuzzer's 10-second timeout (the sampled path is fuzzed too).
  session.run(SourceFile(name: "fuzz-setup.cluster", text: "set param network_exact_limit = 200\n"))
  session.run(SourceFile(name: "fuzz.cluster", text: text))

  // 2. When the input left a current cluster: the model's answers and a short simulation.
  if let cluster = session.workspace.current {
    var year = 2000
    if let y = cluster["year"].number, y.isFinite {
      year = Int(min(max(y, 1900), 2100))
    }
    // A later year reads the timeline (stages, ended projects) the case year does not reach.
    let more = "evaluate\ninsights\nevaluate in \(year + 3)\nplan\nsimulate \(year) to \(year + 5)\n"
    session.run(SourceFile(name: "fuzz-more.cluster", text: more))
  }

  // 3. The canonical printer: a script that parsed cleanly prints to text that parses cleanly.
  let (script, diagnostics) = Parser.parse(SourceFile(name: "fuzz.cluster", text: text))
  if diagnostics.isEmpty {
    let printed = Printer.print(script)
    let (_, again) = Parser.parse(SourceFile(name: "printed.cluster", text: printed))
    if let first = again.first {
      fatalError(
        "printer round trip: the printed script does not parse: \(renderer.render(first))\n--- printed:\n\(printed)")
    }
  }
  _ = rendered
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  fuzzOne(UnsafeBufferPointer(start: data, count: size))
  return 0
}
