// Benchmarks of the language and the model, run by scripts/bench.sh in release mode (never in
// unit tests): the median of repeated runs for cases of growing size.

import ClusterModel
#if canImport(Glibc)
  import Glibc
#endif
import ClusterSyntax
import ClusterWorkspace

/// A case like Tirupur's with `firms` garment makers in one cohort.
func syntheticCase(firms: Int) -> String {
  let density = min(0.05, 20.0 / Double(firms))  // about 20 cooperation partners per firm
  return """
    cluster Big { type: manufacturing, year: 1990, demand: strong, advantage: [cost], readiness: latent, trust: 0.4, infrastructure: weak }
    institution Assoc { kind: association, roles: [catalyst, leader, manager], formal: true, respected: true }
    institution State { kind: government, level: state }
    firms makers: \(firms) { role: producer, employees: 50, exports: 0.2 musd, stages: [knitting, production] }
    firms exporters: \(max(1, firms / 50)) { role: exporter, employees: 150, direct_export: true }
    firms dyers: \(max(1, firms / 25)) { role: supplier, stages: [dyeing] }
    buyer Chain { origin: foreign, lead: true, min_order: 1 musd }
    link makers -- makers : cooperation density \(Value.exactDigits(density)) trust 0.4
    link makers -> Assoc : member
    link exporters -> Assoc : member
    link dyers -> makers : supplies
    link makers -> exporters : supplies
    link Chain -> exporters : buys
    link Assoc -- State : partner
    intervention Depot { kind: logistics_terminal, lead: Assoc, partners: [State], funding: { State: 25 musd, Assoc: 225 musd }, start: 1992 }
    intervention Fair { kind: trade_fair, lead: Assoc, start: 1991 }
    """
}

func median(_ samples: [Duration]) -> Duration {
  let sorted = samples.sorted()
  return sorted[sorted.count / 2]
}

func milliseconds(_ d: Duration) -> String {
  let (seconds, attoseconds) = d.components
  let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
  return String(Int64((ms * 10).rounded())) .withDecimalPoint + " ms"
}

extension String {
  /// "1234" (tenths) → "123.4"
  var withDecimalPoint: String {
    let digits = count == 1 ? "0" + self : self
    return String(digits.dropLast()) + "." + String(digits.suffix(1))
  }
}

let arguments = CommandLine.arguments.dropFirst()

/// The workspace a case file declares (its commands are skipped).
func loadWorkspace(_ path: String) -> Workspace {
  var text = ""
  if let f = fopen(path, "r") {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    let n = fread(&buffer, 1, buffer.count, f)
    fclose(f)
    text = String(decoding: buffer[0..<n], as: UTF8.self)
  }
  var workspace = Workspace()
  let (script, _) = Parser.parse(SourceFile(name: path, text: text))
  for statement in script.statements { _ = try? workspace.apply(statement) }
  return workspace
}

/// `clusterlab-bench trajectory FILE FROM TO [CLUSTER]`: prints a deterministic trajectory, for
/// calibration work (docs/calibration.md).
if arguments.first == "trajectory", arguments.count >= 4 {
  let list = Array(arguments)
  var workspace = loadWorkspace(list[1])
  if list.count > 4 { workspace.currentName = list[4] }
  guard let cluster = workspace.current, let from = Int(list[2]), let to = Int(list[3]) else { fatalError("usage") }
  let t = Simulation.run(cluster, from: from, to: to)
  print("year   exports(musd)  demand  capacity  infra  firms  exporters  employment  trust  stage")
  for y in t.years {
    print(y.year, Int(y.exports / 1e6), Int(y.demand / 1e6), Int(y.capacity / 1e6), Int(y.infrastructure / 1e6), Int(y.firms), Int(y.exporters), Int(y.employment), Value.decimal(y.trust), y.stage)
  }
  for e in t.events { print(e) }
  exit(0)
}

/// `clusterlab-bench montecarlo FILE FROM TO RUNS`: times Monte Carlo on 1 core and on every
/// core (median of 5), and checks that both give the same summary.
if arguments.first == "montecarlo", arguments.count >= 5 {
  let list = Array(arguments)
  let workspace = loadWorkspace(list[1])
  guard let cluster = workspace.current, let from = Int(list[2]), let to = Int(list[3]), let runs = Int(list[4]) else {
    fatalError("usage")
  }
  var results: [Int: MonteCarloResult] = [:]
  for workers in [1, 2] {
    var times: [Duration] = []
    for _ in 0..<5 {
      let clock = ContinuousClock()
      times.append(clock.measure { results[workers] = MonteCarlo.run(cluster, from: from, to: to, runs: runs, seed: 42, workers: workers) })
    }
    print("\(runs) runs \(from)–\(to) on \(workers) core\(workers == 1 ? "" : "s"): median \(milliseconds(median(times)))")
  }
  print("same summary on 1 and 2 cores: \(results[1] == results[2])")
  if let r = results[2] {
    print("outcomes: took off \(r.outcomes.tookOff), stagnated \(r.outcomes.stagnated), failed \(r.outcomes.failed)")
  }
  exit(0)
}

let sizes = arguments.isEmpty ? [1_000, 10_000, 100_000] : arguments.compactMap { Int($0) }
let runs = 5
print("clusterlab-bench: median of \(runs) runs (release build recommended)")
print("firms      parse+check   evaluate      nodes     edges  betweenness")
for size in sizes {
  let text = syntheticCase(firms: size)
  var check: [Duration] = []
  var evaluate: [Duration] = []
  var last: Evaluation?
  for _ in 0..<runs {
    let clock = ContinuousClock()
    var workspace = Workspace()
    let parsed = clock.measure {
      let (script, errors) = Parser.parse(SourceFile(name: "bench", text: text))
      precondition(errors.isEmpty, "the benchmark case must parse")
      for statement in script.statements { _ = try? workspace.apply(statement) }
    }
    check.append(parsed)
    guard let cluster = workspace.current else { fatalError("no cluster") }
    evaluate.append(clock.measure { last = ClusterModel.evaluate(cluster) })
  }
  let n = last?.network
  let firms = String(size).padding(toLength: 9)
  print(
    "\(firms)  \(milliseconds(median(check)).padding(toLength: 12))  \(milliseconds(median(evaluate)).padding(toLength: 12))  "
      + "\(String(n?.nodes ?? 0).padding(toLength: 8))  \(String(n?.edges ?? 0).padding(toLength: 8))  "
      + ((n?.betweennessExact ?? true) ? "exact" : "sampled ±\(Int(((n?.betweennessError ?? 0) * 100).rounded()))%"))
}

extension String {
  func padding(toLength width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
