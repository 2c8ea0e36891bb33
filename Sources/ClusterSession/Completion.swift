// Tab completion from the workspace and the schema: keywords where a statement starts, declared
// names where a name goes, the attributes of the kind being written, enumeration values after
// `attribute:`, link kinds after `:`, the formats after `as`, file paths after `load`, `save`,
// `include` and `export … to`, and what the model's commands take (indicators, metrics,
// parameters, clusters, export formats and charts).

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

/// What Tab should offer.
public enum CompletionAnswer: Equatable, Sendable {
  /// Whole words that start with the word being typed, sorted.
  case words([String])
  /// Let the line editor complete file paths.
  case filenames
}

public enum Completer {
  /// Completes `word`, the partial word before the cursor, given everything typed before it
  /// (earlier lines of an open block included).
  /// `indicators` gives the ids `why` explains for the current cluster (asked only after `why`).
  public static func complete(
    before: String, word: String, workspace: Workspace, indicators: () -> [String] = { [] }
  ) -> CompletionAnswer {
    let candidates = candidates(before: before, word: word, workspace: workspace, indicators: indicators)
    if case .filenames = candidates { return .filenames }
    guard case .words(let all) = candidates else { return .words([]) }
    return .words(Array(Set(all.filter { $0.hasPrefix(word) && !$0.isEmpty })).sorted())
  }

  private static func candidates(
    before: String, word: String, workspace: Workspace, indicators: () -> [String]
  ) -> CompletionAnswer {
    let statement = currentStatement(before)
    let cluster = workspace.current
    let names = (cluster?.entities.map(\.name) ?? []).map(Printer.name)
    let actors = (cluster?.entities.filter { $0.kind.isActor }.map(\.name) ?? []).map(Printer.name)
    let clusterNames = workspace.clusters.map(\.name).map(Printer.name)
    let variables = workspace.variables.map(\.name)

    // `TEA.for` → `TEA.formal`
    if let dot = word.lastIndex(of: "."), !word.contains("/") {
      let base = String(word[..<dot])
      let kind = cluster?.entity(named: base)?.kind ?? (workspace.cluster(named: base) != nil ? .cluster : nil)
      guard let kind else { return .words([]) }
      return .words(Schema.attributes(of: kind).map { base + "." + $0.name })
    }
    guard let first = statement.first else {
      return .words(Keyword.statementStarters.map(\.rawValue))
    }
    guard case .keyword(let keyword) = first.kind else { return .words(Keyword.statementStarters.map(\.rawValue)) }
    let previous = statement.last
    // `… as json`, `… as text` after a query, `list`, `show`, `print` or `plot`.
    if statement.count >= 2, previous?.kind == .identifier, previous?.text == "as", Keyword.formatted.contains(keyword) {
      return .words(["json", "text"])
    }
    switch keyword {
    case .load where statement.count >= 2 && statement[1].text == "example":
      return .words(statement.count == 2 ? BuiltinCases.all.map(\.name) : [])
    case .load where statement.count == 1 && "example".hasPrefix(word) && !word.isEmpty:
      return .words(["example"])
    case .load, .save, .include:
      return .filenames
    case .help:
      return .words(HelpTopics.all.map(\.name))
    case .show:
      if statement.count == 2 { return .words(["as"]) }
      return statement.count == 1 ? .words(names + clusterNames + variables) : .words([])
    case .use:
      return statement.count == 1 ? .words(clusterNames) : .words([])
    case .drop:
      if statement.count == 1 { return .words(names + clusterNames + ["link"]) }
      return linkCompletion(Array(statement.dropFirst()), actors: actors)
    case .set:
      if statement.count == 1 { return .words(names + clusterNames + ["param"]) }
      if statement[1].text == "param" {
        // `set param NAME = VALUE [in CLUSTER]`
        if statement.count == 2 { return .words(Parameters.all.map(\.name)) }
        if previous?.text == "in" { return .words(clusterNames) }
        return .words(statement.count >= 5 ? ["in"] : [])
      }
      if previous?.kind == .equal, statement.count >= 4 {
        let kind = cluster?.entity(named: statement[1].text)?.kind ?? .cluster
        return values(for: statement[3].text, of: kind, actors: actors)
      }
      return .words([])
    case .list:
      if statement.count == 1 { return .words(ClusterWorkspace.Collection.allCases.map(\.rawValue) + ["variables", "where", "as"]) }
      return expressionWords(statement, workspace: workspace)
    case .let, .print, .assert:
      return expressionWords(statement, workspace: workspace)
    case .why:
      // `why insight 6`, `why trust`, `why exports in 2005`, `why TEA`.
      if statement.count == 1 { return .words(["insight"] + indicators() + metrics + names) }
      if statement.count == 2, statement[1].text == "insight" { return .words((1...10).map(String.init)) }
      return .words(afterQuery(statement))
    case .plot:
      // `plot exports, firms for Tirupur, NoICD from 1990 to 2000`, `plot gears for Tirupur, NoICD`
      if statement.count == 1 { return .words(metrics + Session.plotPictures) }
      let naming = statement.contains { $0.text == "for" }
      if previous?.kind == .comma, !naming { return .words(metrics) }
      if previous?.text == "for" || previous?.kind == .comma { return .words(clusterNames) }
      if let what = statement.dropFirst().first?.text, Session.plotPictures.contains(what) {
        return .words(naming ? ["as"] : ["for", "as"])
      }
      if let from = statement.lastIndex(where: { $0.text == "from" }) {
        // `from 1990`, then `to`, then `2000`, then `as`.
        let after = statement.count - from - 1
        return .words(after == 1 ? ["to"] : after >= 3 ? ["as"] : [])
      }
      return .words(statement.contains { $0.text == "for" } ? ["from", "as"] : ["for", "from", "as"])
    case .sensitivity:
      if statement.count == 1 { return .words(["on"]) }
      if statement.count == 2, statement[1].text == "on" { return .words(metrics) }
      return .words(statement.count == 3 ? ["in"] : ["as"])
    case .compare:
      // `compare A, B on exports in 2005`: clusters, then what to compare them on.
      if previous?.kind == .comma || statement.count == 1 { return .words(clusterNames) }
      if previous?.text == "on" { return .words(metrics) }
      if let i = statement.lastIndex(where: { $0.text == "on" }), statement.count - i == 2 { return .words(["in", "from", "as"]) }
      return .words(statement.contains { $0.text == "on" } ? ["as"] : ["on", "as"])
    case .seed:
      return statement.count == 1 ? .words(["none"]) : .words([])
    case .params:
      // `params trust`: the table filtered to the parameters about a word.
      return statement.count == 1 ? .words(Parameters.all.map(\.name) + ["as"]) : .words(["as"])
    case .simulate:
      // `simulate 1990 to 2005 quiet`
      return .words(statement.count >= 4 && statement.last?.text != "to" ? ["quiet", "as"] : [])
    case .export:
      return exportCompletion(statement, before: before, clusterNames: clusterNames)
    case .evaluate, .insights, .stage, .gears, .diamond, .roles, .financing, .valuechain, .network, .plan:
      return .words(afterQuery(statement))
    case .link:
      return linkCompletion(Array(statement.dropFirst()), actors: actors)
    case .cluster, .firm, .firms, .institution, .buyer, .consortium, .intervention, .event:
      return declarationCompletion(statement, keyword: keyword, actors: actors)
    default:
      return .words([])
    }
  }

  /// The simulated metrics: what `plot`, `sensitivity on`, `compare … on` and `why` take.
  private static let metrics = Metric.simulated.map(\.rawValue)

  /// `export svg employment for Tirupur, NoICD to employment.svg replace`: the formats, what
  /// the format draws or lists, `for` and the clusters, `to` and the file, then `replace`.
  private static func exportCompletion(_ statement: [Token], before: String, clusterNames: [String]) -> CompletionAnswer {
    if statement.count == 1 { return .words(ExportFormat.allCases.map(\.rawValue)) }
    if let to = statement.firstIndex(where: { $0.kind == .keyword(.to) }) {
      // The file runs to the end of the statement: while the word continues it (right after
      // `to`, or inside an opened quote), the file names; after it and a space, `replace`.
      let typed = statement[(to + 1)...]
      if typed.isEmpty || !(before.last?.isWhitespace ?? false) { return .filenames }
      return .words(typed.contains { $0.text == "replace" } ? [] : ["replace"])
    }
    let previous = statement.last
    if previous?.kind == .keyword(.for) || previous?.kind == .comma { return .words(clusterNames) }
    if statement.contains(where: { $0.kind == .keyword(.for) }) { return .words(["to"]) }
    guard statement.count == 2 else { return .words(["for", "to"]) }
    switch ExportFormat(rawValue: statement[1].text) {
    case .svg: return .words(Session.exportPictures + Trajectory.metrics + ["for", "to"])
    case .csv: return .words(Session.exportTables + ["for", "to"])
    default: return .words(["for", "to"])
    }
  }

  /// What may follow a query and its arguments: `in YEAR`, then `as json|text`.
  private static func afterQuery(_ statement: [Token]) -> [String] {
    if statement.last?.text == "in" { return [] }
    return statement.contains { $0.text == "in" } ? ["as"] : ["in", "as"]
  }

  /// The tokens of the statement being typed: after the last newline or `;` outside brackets.
  static func currentStatement(_ text: String) -> [Token] {
    let (tokens, _) = Lexer.tokenize(SourceFile(name: "<completion>", text: text))
    var statement: [Token] = []
    var depth = 0
    for token in tokens {
      switch token.kind {
      case .endOfInput: continue
      case .lbrace, .lbracket, .lparen: depth += 1
      case .rbrace, .rbracket, .rparen: depth = max(0, depth - 1)
      case .newline, .semicolon:
        if depth == 0 {
          statement.removeAll()
          continue
        }
      default: break
      }
      if token.kind != .newline { statement.append(token) }
    }
    return statement
  }

  private static func linkCompletion(_ tokens: [Token], actors: [String]) -> CompletionAnswer {
    guard let last = tokens.last else { return .words(actors) }
    switch last.kind {
    case .arrow, .dashDash: return .words(actors)
    case .colon: return .words(Schema.linkKinds.values)
    case .identifier, .string:
      if tokens.count == 1 { return .words(["->", "--"]) }
      if tokens.count >= 2, tokens[tokens.count - 2].kind == .colon || tokens.count >= 5 {
        return .words(Schema.attributes(of: .link).map(\.name))
      }
      return .words([":"])
    default:
      if tokens.contains(where: { $0.kind == .lbrace }) { return blockCompletion(tokens, kind: .link, actors: actors) }
      return .words([])
    }
  }

  private static func declarationCompletion(_ statement: [Token], keyword: Keyword, actors: [String]) -> CompletionAnswer {
    let kind: EntityKind
    switch keyword {
    case .cluster: kind = .cluster
    case .firm: kind = .firm
    case .firms: kind = .cohort
    case .institution: kind = .institution
    case .buyer: kind = .buyer
    case .consortium: kind = .consortium
    case .event: kind = .event
    default: kind = .intervention
    }
    guard statement.contains(where: { $0.kind == .lbrace }) else { return .words([]) }
    return blockCompletion(statement, kind: kind, actors: actors)
  }

  /// Inside `{ … }`: attribute names, or the values of the attribute being written.
  private static func blockCompletion(_ statement: [Token], kind: EntityKind, actors: [String]) -> CompletionAnswer {
    enum Shape { case block, map, list }
    struct Frame {
      var shape: Shape
      var owner: String?
      var attribute: String?
      var expectingValue = false
    }
    var stack: [Frame] = []
    var lastWord: String?
    for token in statement {
      switch token.kind {
      case .lbrace:
        stack.append(Frame(shape: stack.isEmpty ? .block : .map, owner: stack.last?.attribute))
      case .lbracket:
        stack.append(Frame(shape: .list, owner: stack.last?.attribute, expectingValue: true))
      case .rbrace, .rbracket:
        _ = stack.popLast()
        if !stack.isEmpty { stack[stack.count - 1].expectingValue = false }
      case .colon where !stack.isEmpty:
        stack[stack.count - 1].attribute = lastWord
        stack[stack.count - 1].expectingValue = true
      case .comma where !stack.isEmpty:
        stack[stack.count - 1].expectingValue = stack[stack.count - 1].shape == .list
      case .identifier, .string, .number, .keyword:
        lastWord = token.text
        if let top = stack.last, top.shape != .list { stack[stack.count - 1].expectingValue = false }
      default:
        continue
      }
    }
    guard let top = stack.last else { return .words([]) }
    switch top.shape {
    case .block:
      if top.expectingValue, let attribute = top.attribute { return values(for: attribute, of: kind, actors: actors) }
      // With the colon, so Tab leaves the cursor where the value goes: `role: `.
      return .words(Schema.attributes(of: kind).map { $0.name + ":" })
    case .list:
      return top.owner.map { values(for: $0, of: kind, actors: actors) } ?? .words([])
    case .map:
      if top.expectingValue { return .words([]) }
      if top.owner == "funding" { return .words(actors) }
      if top.owner == "effects" { return .words(Schema.metrics.values) }
      return .words([])
    }
  }

  /// The values an attribute accepts, when they are words.
  private static func values(for attribute: String, of kind: EntityKind, actors: [String]) -> CompletionAnswer {
    guard let spec = Schema.attribute(attribute, of: kind) else { return .words([]) }
    switch spec.type {
    case .name, .names: return .words(actors)
    default: return .words(spec.type.domain?.values ?? [])
    }
  }

  private static func expressionWords(_ statement: [Token], workspace: Workspace) -> CompletionAnswer {
    var words = ["and", "or", "not", "true", "false", "count(", "sum(", "where"]
    words += ClusterWorkspace.Collection.allCases.map(\.rawValue)
    words += workspace.variables.map(\.name)
    words += (workspace.current?.entities.map(\.name) ?? []).map(Printer.name)
    // Attributes of the kind being listed or counted.
    for token in statement {
      if let collection = ClusterWorkspace.Collection(word: token.text) {
        for kind in collection.kinds where kind != .target {
          words += Schema.attributes(of: kind).map(\.name)
          words += Schema.attributes(of: kind).compactMap(\.type.domain).flatMap(\.values)
        }
      }
    }
    return .words(words)
  }
}
