// `help` and `help TOPIC`: the topics of HelpTopics.swift, with the attribute tables of each
// kind generated from the schema so they can never drift from what the checker accepts.

import ClusterSyntax
import ClusterWorkspace

enum Help {
  /// The entity kind a topic documents, whose attributes are listed under it.
  static func kind(ofTopic name: String) -> EntityKind? {
    switch name {
    case "cluster": return .cluster
    case "firm": return .firm
    case "firms": return .cohort
    case "institution": return .institution
    case "buyer": return .buyer
    case "consortium": return .consortium
    case "intervention": return .intervention
    case "event": return .event
    case "link": return .link
    default: return nil
    }
  }

  static func text(for topic: String?, at span: SourceSpan) throws(Diagnostic) -> String {
    guard let topic else { return HelpTopics.overview.hasSuffix("\n") ? HelpTopics.overview : HelpTopics.overview + "\n" }
    let key = topic.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-").lowercased()
    guard let entry = HelpTopics.topic(named: key) else {
      let names = HelpTopics.all.map(\.name)
      throw Diagnostic.error(
        "no help topic `\(topic)`", at: span, label: "unknown topic",
        help: Suggestions.best(for: key, among: names).map { "did you mean `help \($0)`?" }
          ?? "type `help` for the list of topics")
    }
    return render(entry)
  }

  static func render(_ t: HelpTopic) -> String {
    var out = "\(t.name) — \(t.summary)\n\n"
    out += indent(t.synopsis) + "\n"
    if !t.details.isEmpty { out += "\n" + t.details.trimmingTrailingNewlines() + "\n" }
    if let kind = kind(ofTopic: t.name) {
      out += "\nattributes:\n"
      let width = (Schema.attributes(of: kind).map(\.name.count).max() ?? 0) + 2
      for spec in Schema.attributes(of: kind) {
        // Wrapped at 90 columns so a projector or a narrow terminal shows whole lines.
        let hanging = String(repeating: " ", count: width + 2)
        out += wrap(spec.summary, width: 90, indent: hanging).replacingPrefix(hanging, with: "  " + spec.name.padding(width)) + "\n"
        out += wrap(typeSummary(spec.type), width: 90, indent: hanging) + "\n"
      }
      var long: [WordDomain] = []
      for spec in Schema.attributes(of: kind) {
        if let d = spec.type.domain, d.values.count > 8, d != Schema.interventionKindDomain, !long.contains(d) {
          long.append(d)
        }
      }
      for d in long {
        out += "\n\(d.name) values:\n" + wrap(d.values.joined(separator: ", "), width: 86, indent: "  ") + "\n"
      }
      if kind == .link {
        out += "\nkinds of link:\n"
        for word in Schema.linkKinds.values { out += "  \(word.padding(12)) \(Schema.linkKindSummary(word))\n" }
      }
      if kind == .event {
        out += "\nkinds of event, and what `size` means for each:\n" + HelpTopics.eventKindTable + "\n"
      }
    }
    out += "\nexample:\n" + indent(t.example.trimmingTrailingNewlines()) + "\n"
    if !t.seeAlso.isEmpty { out += "\nsee also: " + t.seeAlso.joined(separator: ", ") + "\n" }
    return out
  }

  /// A type in a few words; long enumerations point to their own listing.
  static func typeSummary(_ type: ValueType) -> String {
    switch type {
    case .word(let d) where d == Schema.interventionKindDomain: return article(d.name) + " (`help interventions`)"
    case .word(let d) where d.values.count > 8: return article(d.name) + " (listed below)"
    case .words(let d) where d.values.count > 8: return "a list of " + d.name + " values (listed below)"
    default: return type.description
    }
  }

  /// Wraps words at `width` columns.
  static func wrap(_ text: String, width: Int, indent: String) -> String {
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > width, line != indent {
        lines.append(line)
        line = indent
      }
      line += (line == indent ? "" : " ") + word
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  static func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
  }
}

extension String {
  /// The string with `prefix` at its start replaced by `replacement` (same length in columns).
  func replacingPrefix(_ prefix: String, with replacement: String) -> String {
    hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
  }

  func trimmingTrailingNewlines() -> String {
    var s = self
    while s.hasSuffix("\n") { s.removeLast() }
    return s
  }

  func padding(_ width: Int) -> String {
    displayWidth >= width ? self : self + String(repeating: " ", count: width - displayWidth)
  }
}
