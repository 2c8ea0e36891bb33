// The `export` statement as parsed: what to write (a format and, for some, what to draw or
// list), for which clusters and scenarios, and to which file.

/// The forms `export` writes (docs/language.md, "Export").
public enum ExportFormat: String, CaseIterable, Sendable {
  case json, csv, markdown, dot, svg, html

  /// The extension a file of this form usually has: the parser's hint when one is missing.
  public var fileExtension: String {
    switch self {
    case .markdown: return "md"
    default: return rawValue
    }
  }
}

/// `export FORMAT [WHAT] [for NAME, …] to FILE [replace]`
public struct ExportRequest: Sendable {
  public let format: ExportFormat
  public let formatSpan: SourceSpan
  /// What to draw or list, when the format takes it: an svg chart (a metric, `gears`,
  /// `diamond`, `network`) or a csv table (`trajectories`, `indicators`). The session checks it.
  public let subject: Name?
  /// The clusters and scenarios named after `for`; empty for the current cluster (and, for
  /// most formats, the scenarios made from it).
  public let clusters: [Name]
  public let path: String
  public let pathSpan: SourceSpan
  /// Overwrite a file this session did not load, save or export (as `save … replace`).
  public let replace: Bool

  public init(
    format: ExportFormat, formatSpan: SourceSpan, subject: Name?, clusters: [Name], path: String, pathSpan: SourceSpan,
    replace: Bool
  ) {
    self.format = format
    self.formatSpan = formatSpan
    self.subject = subject
    self.clusters = clusters
    self.path = path
    self.pathSpan = pathSpan
    self.replace = replace
  }
}
