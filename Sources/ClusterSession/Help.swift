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
      if let found = search(topic) { return found }
      let names = HelpTopics.all.map(\.name)
      throw Diagnostic.error(
        "no help topic `\(topic)`", at: span, label: "unknown topic",
        help: Suggestions.best(for: key, among: names).map { "did you mean `help \($0)`?" }
          ?? "type `help` for the list of topics")
    }
    return render(entry)
  }

  /// Help text fitted to `width` columns: a line too long wraps at spaces, its continuation
  /// hanging under its text (after a term and the spaces that set it off, as in `help`'s
  /// lists and the attribute tables, else under its own indent).
  static func fitted(_ text: String, width: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var out: [String] = []
    var i = 0
    while i < lines.count {
      // A paragraph of prose (lines at one indent, no term column, no code) reflows whole,
      // so a hand-wrapped text does not break into ragged pairs of lines.
      var j = i
      let indent = lines[i].prefix { $0 == " " }.count
      while j < lines.count, isProse(lines[j]), lines[j].prefix(while: { $0 == " " }).count == indent { j += 1 }
      if j > i, lines[i..<j].contains(where: { $0.displayWidth > width }) {
        let pad = String(repeating: " ", count: indent)
        let words = lines[i..<j].map { $0.dropFirst(indent) }.joined(separator: " ")
        var wrapped = Layout.paragraph(words, width: width, first: pad, rest: pad)
        while wrapped.hasSuffix("\n") { wrapped.removeLast() }
        out.append(wrapped)
        i = j
        continue
      }
      let line = lines[i]
      i += 1
      guard line.displayWidth > width else {
        out.append(line)
        continue
      }
      let characters = Array(line)
      let lead = characters.prefix { $0 == " " }.count
      var hang = lead
      // `  term      text`: the text starts after two spaces or more following the term.
      if let termEnd = characters[lead...].firstIndex(of: " "), termEnd + 1 < characters.count, characters[termEnd + 1] == " " {
        let textStart = characters[termEnd...].firstIndex { $0 != " " } ?? termEnd
        if textStart < width / 2 { hang = textStart }
      }
      var wrapped = Layout.paragraph(
        String(characters[hang...]), width: width, first: String(characters[..<hang]), rest: String(repeating: " ", count: hang))
      while wrapped.hasSuffix("\n") { wrapped.removeLast() }
      out.append(wrapped)
    }
    return out.joined(separator: "\n")
  }

  /// A line of running text: not blank, no column of two spaces after its first word, no
  /// code (braces, a statement's `=`), not an item of a list.
  private static func isProse(_ line: String) -> Bool {
    let body = line.drop { $0 == " " }
    guard !body.isEmpty, !body.hasPrefix("-"), !body.hasPrefix("•"), !body.hasPrefix("→") else { return false }
    guard !body.contains("  "), !body.contains("{"), !body.contains("}") else { return false }
    return true
  }

  /// The most topics a search lists.
  static let searchLimit = 12

  /// `help WORD` for a word that is no topic: the topics it appears in (as a whole word, any
  /// case), most mentions first, each with the first line that has it; nil when none does.
  static func search(_ word: String) -> String? {
    let needle = word.lowercased()
    guard needle.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
    var hits: [(name: String, count: Int, line: String)] = []
    for topic in HelpTopics.all {
      let lines = render(topic).split(separator: "\n").map(String.init)
      let matching = lines.filter { containsWord(needle, in: $0.lowercased()) }
      guard let first = matching.first else { continue }
      hits.append((topic.name, matching.count, excerpt(String(first.drop(while: { $0 == " " })), around: needle, width: 66)))
    }
    guard !hits.isEmpty else { return nil }
    hits.sort { ($0.count, $1.name) > ($1.count, $0.name) }
    let width = (hits.prefix(searchLimit).map(\.name.count).max() ?? 0) + 2
    var out = "no topic `\(word)`; it appears in \(Listing.plural(hits.count, "topic")):\n"
    for hit in hits.prefix(searchLimit) { out += "  " + hit.name.padding(width) + hit.line + "\n" }
    if hits.count > searchLimit { out += "  … and \(hits.count - searchLimit) more\n" }
    return out + "`help TOPIC` reads one, e.g. `help \(hits[0].name)`.\n"
  }

  /// At most `width` characters of `line`, starting a little before `needle` when it lies
  /// further in, with `…` where text was cut.
  static func excerpt(_ line: String, around needle: String, width: Int) -> String {
    let characters = Array(line)
    guard characters.count > width else { return line }
    let lower = Array(line.lowercased())
    let wanted = Array(needle)
    var at = 0
    if lower.count == characters.count, wanted.count <= lower.count {
      at = (0...(lower.count - wanted.count)).first { i in Array(lower[i..<(i + wanted.count)]) == wanted } ?? 0
    }
    let start = max(0, min(at - 16, characters.count - width))
    let end = min(characters.count, start + width)
    var text = Array(characters[start..<end])
    if start > 0 { text[0] = "…" }
    if end < characters.count { text[text.count - 1] = "…" }
    return String(text)
  }

  /// Whether `word` (one word or several) stands in `text` as words of their own, not inside
  /// a longer name.
  static func containsWord(_ word: String, in text: String) -> Bool {
    let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "_" }
    let wanted = word.split(whereSeparator: { !isWordCharacter($0) })
    let words = text.split(whereSeparator: { !isWordCharacter($0) })
    guard !wanted.isEmpty, words.count >= wanted.count else { return false }
    return (0...(words.count - wanted.count)).contains { start in
      wanted.indices.allSatisfy { words[start + $0] == wanted[$0] }
    }
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
