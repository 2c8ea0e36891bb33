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
      throw Diagnostic.error("cannot export to `\(request.path)`: \(error.reason)", at: request.pathSpan, label: "export failed")
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
  /// The same request with `replace`: the statement an error suggests.
  func replacing() -> ExportRequest {
    ExportRequest(
      format: format, formatSpan: formatSpan, subject: subject, clusters: clusters, path: path, pathSpan: pathSpan, replace: true)
  }
}
