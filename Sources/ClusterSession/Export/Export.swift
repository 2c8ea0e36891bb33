// `export FORMAT [WHAT] [for NAME, …] to FILE [replace]`: the model's results written to a file
// to hand over. Writes atomically, never under `--safe`, and over a file this session did not
// load, save or export only with `replace` (the rule of `save`).

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

extension Session {
  /// What an svg export can draw besides a simulated metric.
  static let exportPictures = ["gears", "diamond", "network"]
  /// The tables a csv export writes.
  static let exportTables = ["trajectories", "indicators"]

  func export(_ request: ExportRequest, at span: SourceSpan) throws(Diagnostic) -> Reply {
    try checkWritable(request.path, at: request.pathSpan, command: "export")
    let subject = try exportSubject(request)
    let clusters = try exportClusters(request, at: span)
    let bundle = try exportBundle(clusters, at: span)
    let text: String
    switch request.format {
    case .json: text = ExportDocuments.json(bundle)
    case .csv: text = subject == "indicators" ? ExportDocuments.indicatorsCSV(bundle) : ExportDocuments.trajectoriesCSV(bundle)
    case .markdown: text = ExportDocuments.markdown(bundle)
    case .dot: text = NetworkPicture.dot(bundle.cases.map { NetworkDrawing($0.evaluation) })
    case .html: text = HTMLReport.render(bundle)
    case .svg: text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(subject, bundle).text
    }
    try checkExtension(request)
    let resolved = resolve(request.path, from: request.pathSpan.file)
    let key = FileSystem.canonicalPath(resolved)
    if !request.replace, !knownFiles.contains(key), FileSystem.exists(resolved) {
      throw Diagnostic.error(
        "`\(request.path)` already exists, and this session did not load, save or export it", at: request.pathSpan,
        label: "would be replaced",
        help: "write `\(Printer.print(Statement(kind: .export(request.replacing()), span: span)))` to overwrite it, or export under another name")
    }
    do {
      try FileSystem.writeAtomically(text, to: resolved)
    } catch {
      let folder = resolved.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
      throw Diagnostic.error(
        "cannot export to `\(request.path)`: \(error.reason)", at: request.pathSpan, label: "export failed",
        help: !folder.isEmpty && !FileSystem.exists(folder)
          ? "the folder `\(folder)` does not exist: create it first, or export into a folder that exists" : nil)
    }
    knownFiles.insert(FileSystem.canonicalPath(resolved))
    let what = request.format.rawValue + (subject.map { " " + $0 } ?? "")
    let names = bundle.cases.map(\.name)
    return .message(
      "exported \(what) of \(names.joined(separator: ", ")) to \(request.path)",
      result: .object([
        ("path", .string(request.path)), ("format", .string(request.format.rawValue)), ("what", .string(subject)),
        ("clusters", .strings(names)), ("bytes", .number(Double(text.utf8.count))),
      ]))
  }

  /// The file endings each format is written under; a name ending as another format's (or as a
  /// binary format's) would mislead whoever opens it: `r.html` holding an SVG chart, `t.xlsx`
  /// holding CSV that a spreadsheet then refuses. Other endings, and none, are the user's choice.
  static let exportEndings: [ExportFormat: [String]] = [
    .json: ["json"], .csv: ["csv", "tsv"], .markdown: ["md", "markdown"], .dot: ["dot", "gv"], .svg: ["svg"],
    .html: ["html", "htm", "xhtml"],
  ]
  /// Endings of files that no export writes.
  static let binaryEndings = ["xlsx", "xls", "ods", "pdf", "png", "jpg", "jpeg", "docx", "pptx"]

  private func checkExtension(_ request: ExportRequest) throws(Diagnostic) {
    let name = request.path.split(separator: "/").last.map(String.init) ?? request.path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return }
    let ending = name[name.index(after: dot)...].lowercased()
    let own = Session.exportEndings[request.format] ?? []
    guard !own.contains(ending) else { return }
    let other = ExportFormat.allCases.first { $0 != request.format && (Session.exportEndings[$0] ?? []).contains(ending) }
    guard other != nil || Session.binaryEndings.contains(ending) else { return }
    let stem = String(request.path.dropLast(ending.count + 1))
    let suggested = stem + "." + (own.first ?? ending)
    let what = other.map { "\($0 == .html ? "an" : "a") \($0.rawValue) file" } ?? "a .\(ending) file, which no export writes"
    throw Diagnostic.error(
      "`\(request.path)` names \(what); `export \(request.format.rawValue)` writes \(request.format.rawValue)", at: request.pathSpan,
      label: "another format",
      help: "write `\(Printer.print(Statement(kind: .export(request.renamed(suggested)), span: request.pathSpan)))`"
        + (ending == "xlsx" || ending == "xls" || ending == "ods" ? "; a spreadsheet opens the .csv" : "")
        + (ending == "pdf" ? "; print the HTML report to PDF from the browser" : ""))
  }

  /// What the format draws or lists: checked against what it takes, with the default filled in.
  private func exportSubject(_ request: ExportRequest) throws(Diagnostic) -> String? {
    let format = request.format.rawValue
    switch request.format {
    case .svg:
      guard let word = request.subject else { return "exports" }
      let choices = Session.exportPictures + Trajectory.metrics
      guard choices.contains(word.text) else {
        throw Diagnostic.error(
          "`export svg` draws a metric, gears, diamond or network, not `\(word.text)`", at: word.span, label: "not a chart",
          help: Suggestions.help(for: word.text, among: choices, listUpTo: 20))
      }
      return word.text
    case .csv:
      guard let word = request.subject else { return "trajectories" }
      guard Session.exportTables.contains(word.text) else {
        throw Diagnostic.error(
          "`export csv` writes trajectories or indicators, not `\(word.text)`", at: word.span, label: "not a table",
          help: Suggestions.help(for: word.text, among: Session.exportTables, listUpTo: 2))
      }
      return word.text
    default:
      if let word = request.subject {
        throw Diagnostic.error(
          "`export \(format)` writes everything it has: it takes no `\(word.text)`", at: word.span, label: "unexpected",
          help: "write `export \(format) to FILE`, or `export \(format) for CLUSTER, SCENARIO to FILE`")
      }
      return nil
    }
  }

  /// The clusters named, or the current one and the scenarios made from it (only the current
  /// one for a network: a scenario mostly changes projects, which the network does not draw).
  private func exportClusters(_ request: ExportRequest, at span: SourceSpan) throws(Diagnostic) -> [Cluster] {
    var clusters: [Cluster] = []
    for name in request.clusters where !clusters.contains(where: { $0.name == name.text }) {
      clusters.append(try cluster(named: name))
    }
    if !clusters.isEmpty { return clusters }
    guard let current = workspace.current else {
      throw Diagnostic.error("no cluster to export", at: span, help: "declare one (`cluster NAME`) or `load` a case first")
    }
    let network = request.format == .dot || (request.format == .svg && request.subject?.text == "network")
    return [current] + (network ? [] : workspace.clusters.filter { $0.scenarioBase == current.name })
  }

  private func svg(_ subject: String?, _ b: ExportBundle) -> Markup {
    switch subject {
    case "gears": return Charts.gears(b.cases.map { ($0.name, $0.evaluation.gears) })
    case "diamond": return Charts.diamond(b.cases.map { ($0.name, $0.evaluation.diamond) })
    case "network": return NetworkPicture.svg(b.cases.map { NetworkDrawing($0.evaluation) })
    default:
      let metric = subject ?? "exports"
      let subtitle = HTMLReport.sources(b)
      return Charts.trajectories(
        metric: metric, years: b.years, series: b.series(metric).map { ChartSeries(name: $0.name, values: $0.values, band: $0.band) },
        title: "\(metric.split(separator: "_").joined(separator: " ")), simulated", subtitle: subtitle)
    }
  }
}

extension ExportRequest {
  /// The same request writing to `path`: the statement an error about the file's name suggests.
  func renamed(_ path: String) -> ExportRequest {
    ExportRequest(format: format, formatSpan: formatSpan, subject: subject, clusters: clusters, path: path, pathSpan: pathSpan, replace: replace)
  }

  /// The same request with `replace`: the statement an error suggests.
  func replacing() -> ExportRequest {
    ExportRequest(
      format: format, formatSpan: formatSpan, subject: subject, clusters: clusters, path: path, pathSpan: pathSpan, replace: true)
  }
}
