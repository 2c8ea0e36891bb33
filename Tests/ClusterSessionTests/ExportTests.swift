// `export`: every format of every example is read back by a strict reader (JSON against
// docs/export.schema.json, CSV by RFC 4180, SVG and HTML as XML, DOT by Graphviz when it is
// installed); the rule of `save` for existing files; `--safe`; the same case, the same bytes.

import ClusterSyntax
import ClusterWorkspace
import Foundation
import Testing

@testable import ClusterSession

@Suite struct ExportTests {
  static let knit = repositoryRoot() + "/Tests/ClusterSessionTests/Cases/knit.cluster"
  static let schemaPath = repositoryRoot() + "/docs/export.schema.json"

  /// Graphviz's `dot`, when installed: the DOT test runs only then (CI installs it, .ci/run).
  static let graphviz: String? = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// A session holding an example's workspace. Replayed, not run: what changes the workspace
  /// runs, simulations and prints are skipped, so Monte Carlo examples cost no runs here
  /// (`monteCarloBandsReachEveryFormat` covers bands).
  static func session(for example: String) throws -> Recorder {
    let r = Recorder()
    let path = ExampleTests.folder + "/" + example
    r.session.mode = .replay
    #expect(r.run(try readFile(path), name: example, path: path).errors == 0, "\(r.transcript)")
    r.session.mode = .run
    return r
  }

  static func schema() throws -> SchemaValidator {
    SchemaValidator(root: try JSONReader.parse(try readFile(schemaPath)))
  }

  @Test(arguments: ExampleTests.examples)
  func everyFormatOfEveryExample(_ example: String) throws {
    let r = try ExportTests.session(for: example)
    let folder = temporaryFolder()
    let files = [
      ("html", "report.html"), ("json", "all.json"), ("csv", "trajectories.csv"), ("csv indicators", "indicators.csv"),
      ("markdown", "findings.md"), ("svg", "exports.svg"), ("svg gears", "gears.svg"), ("svg diamond", "diamond.svg"),
      ("svg network", "network.svg"), ("svg trust", "trust.svg"),
    ]
    for (what, file) in files {
      #expect(r.run("export \(what) to \"\(folder)/\(file)\"").errors == 0, "\(example): \(r.transcript)")
    }
    let current = try #require(r.session.workspace.currentName)
    let cases = 1 + r.session.workspace.clusters.filter { $0.scenarioBase == current }.count

    // HTML: well-formed, the ten insights, every chart and the network drawn.
    let html = try readFile(folder + "/report.html")
    #expect(XMLCheck.problem(in: html) == nil, "\(example): \(XMLCheck.problem(in: html) ?? "")")
    for n in 1...10 { #expect(html.contains("id=\"insight-\(n)\""), "\(example): insight \(n)") }
    let elements = XMLCheck.elementNames(in: html)
    #expect(elements.filter { $0 == "svg" }.count == 3 + HTMLReport.reportMetrics.count, "\(example)")
    #expect(elements.filter { $0 == "details" }.count >= 10, "\(example): every insight's why")
    #expect(!html.contains("<script"), "no script: the report works offline and needs none")
    #expect(!html.contains("http://") || !html.contains("src=\"http"), "nothing loaded from the network")

    // SVG: each chart well-formed, with its drawing.
    for file in ["exports.svg", "gears.svg", "diamond.svg", "network.svg", "trust.svg"] {
      let svg = try readFile(folder + "/" + file)
      #expect(XMLCheck.problem(in: svg) == nil, "\(example) \(file): \(XMLCheck.problem(in: svg) ?? "")")
      #expect(XMLCheck.elementNames(in: svg).first == "svg")
    }
    let network = XMLCheck.elementNames(in: try readFile(folder + "/network.svg"))
    #expect(network.contains("text"), "\(example): labelled actors")
    #expect(XMLCheck.elementNames(in: try readFile(folder + "/exports.svg")).contains("polyline"), "\(example): a line drawn")

    // JSON: the schema, and a cluster a case.
    let json = try JSONReader.parse(try readFile(folder + "/all.json"))
    let errors = try ExportTests.schema().validate(json)
    #expect(errors.isEmpty, "\(example): \(errors.prefix(5))")
    if case .array(let clusters)? = json["clusters"] { #expect(clusters.count == cases) }

    // CSV: strict RFC 4180, the documented columns, numbers where numbers belong.
    let trajectories = try StrictCSV.parse(try readFile(folder + "/trajectories.csv"))
    #expect(trajectories.first == ExportDocuments.trajectoryColumns)
    #expect(trajectories.count > 1)
    for row in trajectories.dropFirst() {
      #expect(row.count == ExportDocuments.trajectoryColumns.count)
      #expect(Int(row[2]) != nil && Double(row[4]) != nil, "\(row)")
      #expect(ClusterModelMetrics.all.contains(row[3]), "\(row)")
    }
    let indicators = try StrictCSV.parse(try readFile(folder + "/indicators.csv"))
    #expect(indicators.first == ExportDocuments.indicatorColumns)
    #expect(indicators.dropFirst().allSatisfy { $0.count == ExportDocuments.indicatorColumns.count && ($0[3].isEmpty || Double($0[3]) != nil) })

    // Markdown: the ten insights as headings.
    let markdown = try readFile(folder + "/findings.md")
    for n in 1...10 { #expect(markdown.contains("\n### \(n). "), "\(example): insight \(n)") }
  }

  /// Graphviz reads every DOT file. Skipped, and said so, where Graphviz is not installed.
  @Test(.enabled(if: ExportTests.graphviz != nil, "Graphviz `dot` is not installed: DOT files not rendered"), arguments: ExampleTests.examples)
  func dotRendersWithGraphviz(_ example: String) throws {
    let dot = try #require(ExportTests.graphviz)
    let r = try ExportTests.session(for: example)
    let folder = temporaryFolder()
    #expect(r.run("export dot to \"\(folder)/network.dot\"").errors == 0, "\(r.transcript)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dot)
    process.arguments = ["-Tsvg", folder + "/network.dot", "-o", folder + "/network.svg"]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(example): \(complaint)")
    #expect(!complaint.contains("Error"), "\(example): \(complaint)")
    #expect(XMLCheck.problem(in: try readFile(folder + "/network.svg")) == nil)
  }

  /// A simulation with Monte Carlo runs reaches every format: percentiles in CSV and JSON, the
  /// band in the chart.
  @Test func monteCarloBandsReachEveryFormat() throws {
    let r = Recorder()
    let folder = temporaryFolder()
    r.run("load \"\(ExportTests.knit)\"\nseed 7\nruns 40\nsimulate 1995 to 2003")
    for (what, file) in [("csv", "t.csv"), ("json", "t.json"), ("svg", "t.svg"), ("html", "t.html")] {
      #expect(r.run("export \(what) to \"\(folder)/\(file)\"").errors == 0, "\(r.transcript)")
    }
    let rows = try StrictCSV.parse(try readFile(folder + "/t.csv")).dropFirst()
    #expect(rows.count == 9 * ClusterModelMetrics.all.count)
    #expect(rows.allSatisfy { !$0[5].isEmpty && !$0[7].isEmpty && $0[8] == "simulate" })
    let record = try #require(r.session.simulations["Knit"])
    let p = try #require(record.monteCarlo?.percentiles("exports", in: 2003))
    #expect(rows.contains { $0[2] == "2003" && $0[3] == "exports" && Double($0[5]) == p.p10 && Double($0[7]) == p.p90 })
    let json = try JSONReader.parse(try readFile(folder + "/t.json"))
    #expect(try ExportTests.schema().validate(json).isEmpty)
    if case .array(let clusters)? = json["clusters"], let first = clusters.first {
      #expect(first["trajectory"]?["monte_carlo"]?["runs"] == .number(40))
      #expect(first["trajectory"]?["source"] == .string("simulate"))
    }
    let svg = try readFile(folder + "/t.svg")
    #expect(svg.contains("fill-opacity=\"0.18\""), "the band is drawn")
    #expect(svg.contains("shaded: P10–P90 of 40 Monte Carlo runs"), "the subtitle says what the shading is")
  }

  /// With `runs N` and no `simulate`, the export makes the Monte Carlo runs itself: the
  /// percentiles filled, the same bytes from the same seed, the numbers `simulate` would give,
  /// and no simulation left behind.
  @Test func exportMakesItsOwnMonteCarloRuns() throws {
    let folder = temporaryFolder()
    var texts: [String] = []
    for i in 0..<2 {
      let r = Recorder()
      r.run("load \"\(ExportTests.knit)\"\nseed 1\nruns 50\nexport csv to \"\(folder)/\(i).csv\"")
      #expect(r.diagnostics.isEmpty, "\(r.transcript)")
      #expect(r.session.simulations.isEmpty, "an export is not a simulate: `exports(YEAR)` still needs one")
      texts.append(try readFile("\(folder)/\(i).csv"))
    }
    #expect(texts[0] == texts[1], "same seed, same bytes")
    let rows = try StrictCSV.parse(texts[0]).dropFirst()
    #expect(!rows.isEmpty && rows.allSatisfy { $0[8] == "monte_carlo" && !$0[5].isEmpty && !$0[6].isEmpty && !$0[7].isEmpty })
    let numbers = rows.map { row in (value: Double(row[4]) ?? .nan, p10: Double(row[5]) ?? .nan, p90: Double(row[7]) ?? .nan) }
    #expect(numbers.allSatisfy { $0.p10 <= $0.p90 })
    let inside = numbers.filter { $0.p10 <= $0.value && $0.value <= $0.p90 }.count
    #expect(inside * 4 >= numbers.count * 3, "the run lies in its band in most years: \(inside) of \(numbers.count)")

    // The runs `simulate` makes over those years, to the digit.
    let r = Recorder()
    r.run("load \"\(ExportTests.knit)\"\nseed 1\nruns 50\nsimulate 1995 to 2005 quiet\nexport csv to \"\(folder)/s.csv\"")
    #expect(r.diagnostics.isEmpty, "\(r.transcript)")
    let simulated = try StrictCSV.parse(try readFile(folder + "/s.csv")).dropFirst()
    #expect(simulated.map { $0.dropLast() } == rows.map { $0.dropLast() })
    #expect(simulated.allSatisfy { $0[8] == "simulate" })
  }

  /// `runs 1`: one deterministic run, empty percentiles, and the report says how to get a band.
  /// A simulation made before `runs N` has no band: the export makes the runs and says why.
  @Test func withOneRunTheExportSaysHowToGetABand() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    r.run("load \"\(ExportTests.knit)\"\nsimulate 1995 to 2001 quiet")
    for (what, file) in [("csv", "t.csv"), ("html", "t.html"), ("markdown", "t.md"), ("json", "t.json")] {
      #expect(r.run("export \(what) to \"\(folder)/\(file)\"").errors == 0, "\(r.transcript)")
    }
    let rows = try StrictCSV.parse(try readFile(folder + "/t.csv")).dropFirst()
    #expect(rows.allSatisfy { $0[5].isEmpty && $0[6].isEmpty && $0[7].isEmpty && $0[8] == "simulate" })
    #expect(try readFile(folder + "/t.html").contains("<code>runs 500</code>"))
    #expect(try readFile(folder + "/t.md").contains("`runs 500`"))

    r.run("runs 20\nexport csv to \"\(folder)/t.csv\"\nexport json to \"\(folder)/t.json\"\nexport html to \"\(folder)/t.html\"")
    #expect(r.diagnostics.isEmpty, "\(r.transcript)")
    let banded = try StrictCSV.parse(try readFile(folder + "/t.csv")).dropFirst()
    #expect(banded.allSatisfy { !$0[5].isEmpty && $0[8] == "monte_carlo" } && banded.map { $0[2] }.max() == "2001")
    let json = try JSONReader.parse(try readFile(folder + "/t.json"))
    #expect(try ExportTests.schema().validate(json).isEmpty)
    if case .array(let clusters)? = json["clusters"], let first = clusters.first {
      #expect(first["trajectory"]?["source"] == .string("monte_carlo"))
      #expect(first["trajectory"]?["monte_carlo"]?["runs"] == .number(20))
      if case .string(let note)? = first["trajectory"]?["note"] { #expect(note.contains("had no Monte Carlo runs")) } else { Issue.record("no note") }
    }
    let html = try readFile(folder + "/t.html")
    #expect(html.contains("Knit: 20 Monte Carlo runs made for the export") && html.contains("shaded: P10–P90 of 20 Monte Carlo runs"))
    #expect(!html.contains("<code>runs 500</code>"))
  }

  /// The runs the export makes obey the `run_years` limit, and the error points at the statement.
  @Test func exportRunsObeyTheRunYearsLimit() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    r.session.limits.runYears = 100
    r.run("load \"\(ExportTests.knit)\"\nruns 50")
    #expect(r.run("export csv to \"\(folder)/t.csv\"").errors == 1)
    let d = try #require(r.diagnostics.last)
    #expect(d.message.contains("more than the limit of 100 simulated years"), "\(d.message)")
    #expect(d.span?.range.lowerBound == 0 && d.help?.contains("fewer `runs`") == true)
    #expect(!FileManager.default.fileExists(atPath: folder + "/t.csv"))
  }

  /// Every cluster and scenario exported has its own findings, not only the first: its ten
  /// insights in the HTML and the Markdown, a scenario's changes from its base, the insights
  /// whose status differs from the first case's marked, a contents entry each, ids unique.
  @Test func everyCaseHasItsOwnFindings() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    r.run(
      "load \"\(ExportTests.knit)\"\nscenario NoDepot from Knit { drop Depot }\nscenario Trusting from Knit { set Trusting.trust = 0.8 }\nuse Knit")
    r.run("export html for Knit, NoDepot, Trusting to \"\(folder)/r.html\"\nexport markdown for Knit, NoDepot, Trusting to \"\(folder)/r.md\"")
    #expect(r.diagnostics.isEmpty, "\(r.transcript)")
    let names = ["Knit", "NoDepot", "Trusting"]
    let evaluations = names.map { r.session.exportEvaluations[$0] }
    let html = try readFile(folder + "/r.html")
    #expect(XMLCheck.problem(in: html) == nil, "\(XMLCheck.problem(in: html) ?? "")")
    let ids = html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
    for (i, name) in names.enumerated() {
      let prefix = i == 0 ? "" : "case-\(i + 1)-"
      #expect(ids.filter { $0.hasPrefix(prefix + "insight-") }.count == 10, "\(name): ten insights")
      for n in 1...10 { #expect(ids.contains(prefix + "insight-\(n)"), "\(name): insight \(n)") }
      if i > 0 {
        #expect(html.contains("<a href=\"#case-\(i + 1)\">\(name) (a scenario of Knit): findings</a>"), "\(name) in the contents")
        for part in ["summary", "insights", "gears", "diamond", "stage", "network", "plan"] {
          #expect(ids.contains("\(prefix)\(part)"), "\(name): \(part)")
        }
      }
    }
    #expect(html.contains("<pre>scenario NoDepot from Knit {\n  drop Depot\n}</pre>"))
    // Their networks are Knit's: drawn once, and said so.
    #expect(XMLCheck.elementNames(in: html).filter { $0 == "svg" }.count == 3 + HTMLReport.reportMetrics.count)
    #expect(html.components(separatedBy: "The same actors and links as Knit&#39;s").count - 1 == 2)
    // Marked exactly where the status differs from Knit's.
    let knit = try #require(evaluations[0]).insights.map(\.status)
    let trusting = try #require(evaluations[2]).insights.map(\.status)
    let differing = zip(knit, trusting).filter { $0 != $1 }.count
    #expect(differing > 0, "trust 0.8 changes a status (insight 6)")
    let section = try #require(html.components(separatedBy: "<section id=\"case-3\"").last)
    #expect(section.components(separatedBy: " differs\" id=\"case-3-insight-").count - 1 == differing)
    #expect(section.components(separatedBy: "<p class=\"differs\">≠ for Knit: ").count - 1 == differing)

    // Markdown: the first case's insights at ###, each other's at #### in its own section.
    let markdown = try readFile(folder + "/r.md")
    let parts = markdown.components(separatedBy: "\n## ")
    for (i, name) in names.enumerated() {
      let body: String
      if i == 0 {
        body = try #require(parts.first { $0.hasPrefix("The ten insights") })
      } else {
        body = try #require(parts.first { $0.hasPrefix("\(name) (a scenario of Knit): findings") }, "\(name)")
      }
      let level = i == 0 ? "\n### " : "\n#### "
      let found = (1...10).filter { body.contains("\(level)\($0). \(evaluations[i]?.insights[$0 - 1].title ?? "?") — ") }
      #expect(found.count == 10, "\(name): \(found)")
    }
    #expect(markdown.contains("```\nscenario NoDepot from Knit {\n  drop Depot\n}\n```"))
    let trustingPart = try #require(parts.first { $0.hasPrefix("Trusting") })
    #expect(trustingPart.components(separatedBy: "**≠ for Knit: ").count - 1 == differing)
  }

  /// The same case gives the same bytes, the network layout included.
  @Test func sameCaseSameBytes() throws {
    let folder = temporaryFolder()
    var outputs: [String] = []
    for i in 0..<2 {
      let r = Recorder()
      r.run("load \"\(ExportTests.knit)\"\nscenario NoDepot from Knit { drop Depot }")
      for format in ["html", "json", "csv", "markdown", "dot", "svg network"] {
        #expect(r.run("export \(format) to \"\(folder)/\(i)-\(format).out\"").errors == 0, "\(r.transcript)")
        outputs.append(try readFile("\(folder)/\(i)-\(format).out"))
      }
    }
    #expect(outputs[0..<6] == outputs[6..<12])
  }

  /// Without `for`: the current cluster and the scenarios made from it; a network, the current
  /// cluster alone; with `for`, those named in their order.
  @Test func whichClustersAnExportCovers() throws {
    let r = Recorder()
    let folder = temporaryFolder()
    r.run("load \"\(ExportTests.knit)\"\nscenario NoDepot from Knit { drop Depot }\nscenario NoFair from Knit { drop Fair }\nuse Knit")
    r.run("export json to \"\(folder)/a.json\"\nexport dot to \"\(folder)/a.dot\"\nexport json for NoFair, Knit to \"\(folder)/b.json\"")
    #expect(r.diagnostics.isEmpty, "\(r.transcript)")
    #expect(r.transcript.contains("exported json of Knit, NoDepot, NoFair to"))
    #expect(r.transcript.contains("exported dot of Knit to"))
    #expect(r.transcript.contains("exported json of NoFair, Knit to"))
    let b = try JSONReader.parse(try readFile(folder + "/b.json"))
    if case .array(let clusters)? = b["clusters"] {
      #expect(clusters.map { $0["name"] } == [.string("NoFair"), .string("Knit")])
      #expect(clusters.first?["scenario_of"] == .string("Knit"))
    }
    #expect(b["comparison"]?["exports"]?["clusters"] == .array([.string("NoFair"), .string("Knit")]))
  }

  /// The last `simulate` is used while it matches the case; after a change, a deterministic run
  /// stands in, and the export says so.
  @Test func aStaleSimulationGivesWayToADeterministicRun() throws {
    let r = Recorder()
    let folder = temporaryFolder()
    r.run("load \"\(ExportTests.knit)\"\nsimulate 1995 to 2001\nexport csv to \"\(folder)/a.csv\"")
    let fresh = try StrictCSV.parse(try readFile(folder + "/a.csv")).dropFirst()
    #expect(fresh.allSatisfy { $0[8] == "simulate" } && fresh.map { $0[2] }.max() == "2001")
    r.run("set Knit.trust = 0.6\nexport csv to \"\(folder)/a.csv\"\nexport json to \"\(folder)/a.json\"")
    #expect(r.diagnostics.isEmpty, "\(r.transcript)")
    let stale = try StrictCSV.parse(try readFile(folder + "/a.csv")).dropFirst()
    #expect(stale.allSatisfy { $0[8] == "deterministic" } && stale.map { $0[2] }.max() == "2001")
    #expect(try readFile(folder + "/a.json").contains("predates a change"))
  }

  /// The rule of `save`: a file this session did not load, save or export needs `replace`;
  /// exported files join those it may overwrite, `save` included.
  @Test func overwritesOnlyKnownFilesOrWithReplace() throws {
    let folder = temporaryFolder()
    let target = folder + "/report.html"
    try FileSystem.writeAtomically("someone's report\n", to: target)
    let r = Recorder()
    r.run("load \"\(ExportTests.knit)\"")
    #expect(r.run("export html to \"\(target)\"").errors == 1)
    #expect(r.diagnostics.last?.message.contains("already exists, and this session did not load, save or export it") == true)
    #expect(r.diagnostics.last?.help?.contains("replace") == true)
    #expect(try readFile(target) == "someone's report\n")
    #expect(r.run("export html to \"\(target)\" replace").errors == 0)
    #expect(try readFile(target).hasPrefix("<!DOCTYPE html>"))
    // Exported now, so known: again without `replace`, and `save` too.
    #expect(r.run("export html to \"\(target)\"").errors == 0)
    #expect(r.run("save \"\(target)\"").errors == 0, "\(r.transcript)")
    // A folder that does not exist: an error, nothing half-written.
    #expect(r.run("export json to \"\(folder)/missing/x.json\"").errors == 1)
    #expect(r.diagnostics.last?.message.contains("cannot export") == true)
  }

  @Test func safeSessionsExportNothing() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    r.run("load \"\(ExportTests.knit)\"")
    r.session.safety = .sealed
    #expect(r.run("export html to \"\(folder)/r.html\"").errors == 1)
    #expect(r.diagnostics.last?.message == "`--safe` writes no files")
    #expect(!FileManager.default.fileExists(atPath: folder + "/r.html"))
  }

  /// A name with markup in it stays text: escaped in SVG and HTML, quoted in DOT, kept whole in CSV.
  @Test func namesWithMarkupStayText() throws {
    let folder = temporaryFolder()
    let r = Recorder()
    r.run(
      """
      cluster "A<b>&\\"Co\\"" { type: manufacturing, year: 2000, region: "x, \\"y\\"\\nz" }
      firms "<script>": 10 { role: producer }
      institution "Assoc & Co" { kind: association }
      link "<script>" -> "Assoc & Co" : member trust 0.5
      """)
    for (what, file) in [("html", "r.html"), ("svg network", "n.svg"), ("dot", "n.dot"), ("csv indicators", "i.csv"), ("json", "a.json")] {
      #expect(r.run("export \(what) to \"\(folder)/\(file)\"").errors == 0, "\(r.transcript)")
    }
    let html = try readFile(folder + "/r.html")
    #expect(XMLCheck.problem(in: html) == nil, "\(XMLCheck.problem(in: html) ?? "")")
    #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
    #expect(XMLCheck.problem(in: try readFile(folder + "/n.svg")) == nil)
    #expect(try readFile(folder + "/n.dot").contains("\"A<b>&\\\"Co\\\"/<script>\""))
    #expect(try StrictCSV.parse(try readFile(folder + "/i.csv")).dropFirst().allSatisfy { $0[0] == "A<b>&\"Co\"" })
    #expect(try JSONReader.parse(try readFile(folder + "/a.json"))["clusters"] != nil)
  }

  /// The layout is the same every time, fills the square, and keeps actors apart.
  @Test func networkLayoutIsSeededAndSpreadOut() {
    let star = (1..<12).map { (0, $0) } + [(1, 2), (3, 4)]
    let a = NetworkLayout.positions(nodes: 12, edges: star)
    let b = NetworkLayout.positions(nodes: 12, edges: star)
    #expect(a.map(\.x) == b.map(\.x) && a.map(\.y) == b.map(\.y))
    #expect(a.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) })
    #expect(a.map(\.x).min() == 0 && a.map(\.x).max() == 1, "stretched to the square")
    for i in 0..<12 {
      for j in (i + 1)..<12 {
        let d = ((a[i].x - a[j].x) * (a[i].x - a[j].x) + (a[i].y - a[j].y) * (a[i].y - a[j].y)).squareRoot()
        #expect(d > 0.05, "actors \(i) and \(j) overlap")
      }
    }
    // The hub of the star ends near the middle.
    #expect(abs(a[0].x - 0.5) < 0.25 && abs(a[0].y - 0.5) < 0.25)
  }

  /// Chromium and poppler's `pdftotext`, when both are installed: the print test runs only then.
  static let printer: (browser: String, pdftotext: String)? = {
    let browser = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let browser, let pdftotext else { return nil }
    return (browser, pdftotext)
  }()

  /// Paper has no click: the print style sheet opens every closed trail.
  @Test func trailsOpenInPrint() {
    let print = HTMLReport.styleSheet.description.components(separatedBy: "@media print").last ?? ""
    #expect(print.contains("details.why::details-content { content-visibility: visible; display: block; }"))
    #expect(print.contains("article.insight { break-inside: auto; }"), "an insight with its trail may take more than a page")
  }

  /// Printed to PDF by Chromium, the report holds every trail's passage. Skipped, and said so,
  /// without Chromium and pdftotext.
  @Test(.enabled(if: ExportTests.printer != nil, "Chromium or pdftotext is not installed: the report not printed"))
  func trailsArePrinted() throws {
    let (browser, pdftotext) = try #require(ExportTests.printer)
    let folder = temporaryFolder()
    let r = Recorder()
    r.run("load \"\(ExportTests.knit)\"\nexport html to \"\(folder)/r.html\"")
    #expect(r.diagnostics.isEmpty, "\(r.transcript)")
    func run(_ tool: String, _ arguments: [String]) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: tool)
      process.arguments = arguments
      let out = Pipe()
      process.standardOutput = out
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }
    _ = try run(browser, [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(folder)/r.pdf", "file://\(folder)/r.html",
    ])
    let text = try run(pdftotext, [folder + "/r.pdf", "-"])
    let trails = try readFile(folder + "/r.html").components(separatedBy: "<dt>passage</dt>").count - 1
    #expect(trails > 10)
    #expect(text.split(separator: "\n").filter { $0 == "passage" }.count == trails)
    #expect(text.contains("production_base_min_smes = 10"), "a trail's parameters")
  }

  /// The style sheet is written as it is: it may hold nothing XML would read as markup.
  @Test func styleSheetIsPlainText() {
    let css = HTMLReport.styleSheet.description
    #expect(!css.contains("<") && !css.contains("&"))
  }

  /// The chart puts each value where its axis says: years evenly on x, values linearly on y
  /// between the round ticks, a gap where a run has no value.
  @Test func trajectoryChartPlacesTheData() throws {
    let chart = Charts.trajectories(
      metric: "firms", years: 2000...2004,
      series: [ChartSeries(name: "A", values: [0, 25, 50, nil, 100], band: nil)], title: "firms", subtitle: nil
    ).text
    #expect(XMLCheck.problem(in: chart) == nil)
    // The ticks are 0, 20 … 100: 100 is at the top of the plot, 0 at its bottom.
    for label in ["0", "20", "40", "60", "80", "100"] { #expect(chart.contains(">\(label)</text>"), "tick \(label)") }
    let polylines = chart.components(separatedBy: "<polyline points=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(polylines.count == 1, "the missing year splits the line; the single point after it is a marker")
    let points = try #require(polylines.first).split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
    #expect(points.count == 3)
    let (x0, y0) = (points[0][0], points[0][1])
    let (x1, y1) = (points[1][0], points[1][1])
    let (x2, y2) = (points[2][0], points[2][1])
    #expect(abs((x2 - x1) - (x1 - x0)) < 0.2, "a year is the same width everywhere")
    #expect(abs((y0 - y1) - (y1 - y2)) < 0.2, "25 firms is the same height everywhere")
    #expect(y2 < y0, "higher values are higher up")
    #expect(chart.contains(">2000</text>") && chart.contains(">2004</text>"))
    #expect(chart.contains("firms in the cluster"), "the y axis says what it counts")
  }
}

/// The metrics a trajectory row may name.
enum ClusterModelMetrics {
  static let all = Metric.simulated.map(\.rawValue)
}
