// The canonical printer: syntax tree → source text. `fmt` and `save` both write through it, so
// formatting is one decision made in one place.

/// Writes statements in the canonical form: two-space indentation, one attribute a line in long
/// blocks, short blocks on one line, comments kept where they were attached.
public enum Printer {
  /// A block this short, with no comments, stays on one line.
  static let oneLineWidth = 100
  static let oneLineAttributes = 4

  public static func print(_ script: Script) -> String {
    var out = statements(script.statements, indent: "")
    if !script.closingComments.isEmpty {
      if !script.statements.isEmpty { out += "\n" }
      for comment in script.closingComments { out += "#" + comment + "\n" }
    }
    return out
  }

  /// Statements one a line with their comments, each line after `indent`; a blank line sets off
  /// statements over several lines and statements with comments before them.
  static func statements(_ list: [Statement], indent: String) -> String {
    var out = ""
    var previousWasBlock = false
    for (i, statement) in list.enumerated() {
      let text = print(statement)
      let multiline = text.contains("\n")
      if i > 0, multiline || previousWasBlock || !statement.leadingComments.isEmpty { out += "\n" }
      for comment in statement.leadingComments { out += indent + "#" + comment + "\n" }
      out += indented(text, indent)
      if let trailing = statement.trailingComment { out += "  #" + trailing }
      out += "\n"
      previousWasBlock = multiline
    }
    return out
  }

  /// `text` with `indent` before each line that is not empty.
  public static func indented(_ text: String, _ indent: String) -> String {
    guard !indent.isEmpty else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : indent + $0 }
      .joined(separator: "\n")
  }

  /// The body of a scenario or a `for` loop: ` {`, the statements indented by two spaces, `}`.
  static func body(_ statements: [Statement], closingComments: [String]) -> String {
    if statements.isEmpty && closingComments.isEmpty { return " {}" }
    var out = " {\n" + Printer.statements(statements, indent: "  ")
    for comment in closingComments { out += "  #" + comment + "\n" }
    return out + "}"
  }

  /// `in YEAR` or `from Y1 to Y2`, with a space before.
  static func period(_ period: ComparePeriod?) -> String {
    switch period {
    case nil: return ""
    case .year(let year)?: return " in " + number(year)
    case .range(let first, let last)?: return " from \(number(first)) to \(number(last))"
    }
  }

  /// One statement, without its comments (those inside a body are part of it).
  public static func print(_ statement: Statement) -> String {
    switch statement.kind {
    case .declaration(let d):
      var head = d.keyword.rawValue + " " + name(d.name.text)
      if let count = d.count { head += ": " + number(count) }
      return head + block(d.block)
    case .link(let l):
      return "link \(name(l.from.text)) \(l.directed ? "->" : "--") \(name(l.to.text)) : \(l.kind.text)" + block(l.block)
    case .target(let t):
      return "target \(t.metric.text) \(number(t.value)) by \(number(t.year))"
    case .set(let entity, let attribute, let v):
      return "set \(name(entity.text)).\(attribute.text) = \(value(v))"
    case .drop(let n):
      return "drop " + name(n.text)
    case .dropLink(let from, let to, let directed, let kind):
      return "drop link \(name(from.text)) \(directed ? "->" : "--") \(name(to.text))" + (kind.map { " : " + $0.text } ?? "")
    case .use(let n): return "use " + name(n.text)
    case .let(let n, let e): return "let \(name(n.text)) = \(expression(e))"
    case .print(let values, let format): return "print " + values.map(expression).joined(separator: ", ") + suffix(format)
    case .assert(let e): return "assert " + expression(e)
    case .include(let path, _): return "include " + quote(path)
    case .help(let topic): return "help" + (topic.map { " " + $0 } ?? "")
    case .list(let kind, let filter, let format):
      return "list" + (kind.map { " " + $0.text } ?? "") + (filter.map { " where " + expression($0) } ?? "") + suffix(format)
    case .show(let n, let format): return "show " + name(n.text) + suffix(format)
    case .load(let path, _): return "load " + quote(path)
    case .loadExample(let n): return "load example " + name(n.text)
    case .save(let path, _, let replace): return "save " + quote(path) + (replace ? " replace" : "")
    case .undo: return "undo"
    case .redo: return "redo"
    case .reset: return "reset"
    case .quit: return "quit"
    case .query(let k, let year, let filter, let format):
      return k.rawValue + (filter.map { " " + name($0.text) } ?? "") + (year.map { " in " + $0.digits } ?? "") + suffix(format)
    case .why(.insight(let n, _), let year, let format):
      return "why insight \(n)" + (year.map { " in " + $0.digits } ?? "") + suffix(format)
    case .why(.name(let n), let year, let format): return "why " + name(n.text) + (year.map { " in " + $0.digits } ?? "") + suffix(format)
    case .compare(let names, let metric, let p, let format):
      return "compare " + names.map { name($0.text) }.joined(separator: ", ")
        + (metric.map { " on " + $0.text } ?? "") + period(p) + suffix(format)
    case .setParameter(let n, let e, let cluster):
      return "set param \(n.text) = \(expression(e))" + (cluster.map { " in \(name($0.text))" } ?? "")
    case .simulate(let from, let to, let quiet, let format):
      return "simulate \(number(from)) to \(number(to))" + (quiet ? " quiet" : "") + suffix(format)
    case .seed(let seed): return "seed " + (seed.map(number) ?? "none")
    case .runs(let runs): return "runs " + number(runs)
    case .scenario(let n, let base, let changes):
      return "scenario \(name(n.text)) from \(name(base.text))" + body(changes, closingComments: statement.closingComments)
    case .sensitivity(let metric, let year, let format):
      return "sensitivity on \(metric.text) in \(number(year))" + suffix(format)
    case .plot(let metrics, let clusters, let p, let format):
      return "plot " + metrics.map(\.text).joined(separator: ", ") + (clusters.isEmpty ? "" : " for " + clusters.map { name($0.text) }.joined(separator: ", "))
        + period(p) + suffix(format)
    case .forLoop(let variable, let values, let statements):
      return "for \(name(variable.text)) in \(expression(values))" + body(statements, closingComments: statement.closingComments)
    case .export(let r):
      return "export " + r.format.rawValue + (r.subject.map { " " + $0.text } ?? "")
        + (r.clusters.isEmpty ? "" : " for " + r.clusters.map { name($0.text) }.joined(separator: ", "))
        + " to " + quote(r.path) + (r.replace ? " replace" : "")
    }
  }

  static func suffix(_ format: OutputFormat) -> String {
    format == .standard ? "" : " as " + format.rawValue
  }

  static func block(_ block: AttributeBlock?) -> String {
    guard let block else { return "" }
    if block.attributes.isEmpty && block.closingComments.isEmpty { return " {}" }
    let parts = block.attributes.map { "\($0.name.text): \(value($0.value))" }
    let hasComments =
      !block.closingComments.isEmpty
      || block.attributes.contains { !$0.leadingComments.isEmpty || $0.trailingComment != nil }
    let oneLine = " { " + parts.joined(separator: ", ") + " }"
    if !hasComments, parts.count <= oneLineAttributes, oneLine.count <= oneLineWidth, !oneLine.contains("\n") {
      return oneLine
    }
    var out = " {\n"
    for (attribute, part) in zip(block.attributes, parts) {
      for comment in attribute.leadingComments { out += "  #" + comment + "\n" }
      out += "  " + part
      if let trailing = attribute.trailingComment { out += "  #" + trailing }
      out += "\n"
    }
    for comment in block.closingComments { out += "  #" + comment + "\n" }
    return out + "}"
  }

  public static func value(_ v: ValueSyntax) -> String {
    switch v {
    case .number(let n): return number(n)
    case .string(let s, _): return quote(s)
    case .word(let n): return isHyphenated(n.text) ? n.text : name(n.text)
    case .bool(let b, _): return b ? "true" : "false"
    case .list(let items, _): return "[" + items.map(value).joined(separator: ", ") + "]"
    case .expression(let e): return expression(e)
    case .map(let entries, _):
      if entries.isEmpty { return "{}" }
      return "{ " + entries.map { "\(key($0.key.text)): \(value($0.value))" }.joined(separator: ", ") + " }"
    case .span(let first, let last, _): return number(first) + " to " + number(last)
    }
  }

  public static func number(_ n: NumberLiteral) -> String {
    switch n.unit {
    case .none: return n.digits
    case .percent: return n.digits + "%"
    case .word(let w): return n.digits + " " + w
    case .rate(let item, let per): return n.digits + " " + item + "/" + per
    }
  }

  /// A name as source: bare when it is a plain identifier, quoted otherwise.
  public static func name(_ text: String) -> String {
    isIdentifier(text) ? text : quote(text)
  }

  /// A map key as the parser reads it back: a keyword is a key as it stands (`firms: 10`).
  public static func key(_ text: String) -> String {
    isIdentifier(text) || Keyword(rawValue: text) != nil ? text : quote(text)
  }

  public static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.properties.numericType == nil,
      Keyword(rawValue: text) == nil
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0 == "_" || ($0.isASCII && (("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)))
        || (!$0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil))
    }
  }

  /// `border-in`, `high-tech`: words joined by `-`, which a value may be written as (the
  /// parser reads them as one word).
  static func isHyphenated(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count > 1
      && parts.allSatisfy { part in
        guard let first = part.unicodeScalars.first, first.properties.numericType == nil else { return false }
        return isIdentifier(String(part)) || Keyword(rawValue: String(part)) != nil
      }
  }

  public static func quote(_ text: String) -> String {
    var out = "\""
    for c in text.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }

  // MARK: - expressions

  private static func precedence(_ op: BinaryOperator) -> Int {
    switch op {
    case .or: return 1
    case .and: return 2
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return 4
    case .add, .subtract: return 5
    case .multiply, .divide: return 6
    }
  }

  /// An expression with only the parentheses its precedence needs.
  public static func expression(_ e: Expression) -> String {
    expression(e, context: 0)
  }

  private static func expression(_ e: Expression, context: Int) -> String {
    switch e {
    case .number(let n): return number(n)
    case .string(let s, _): return quote(s)
    case .bool(let b, _): return b ? "true" : "false"
    case .name(let n): return Keyword(rawValue: n.text) != nil ? n.text : name(n.text)
    case .member(let base, let attribute): return expression(base, context: 8) + "." + attribute.text
    case .list(let items, _): return "[" + items.map { expression($0) }.joined(separator: ", ") + "]"
    case .negate(let operand, _):
      let inner = "-" + expression(operand, context: 7)
      return context > 7 ? "(" + inner + ")" : inner
    case .not(let operand, _):
      let inner = "not " + expression(operand, context: 3)
      return context > 3 ? "(" + inner + ")" : inner
    case .binary(let op, let left, let right, _):
      let p = precedence(op)
      // Left-associative: the right operand needs parentheses at equal precedence.
      let text = expression(left, context: p) + " " + op.rawValue + " " + expression(right, context: p + 1)
      return p < context ? "(" + text + ")" : text
    case .count(let kind, let filter, _):
      return "count(" + kind.text + (filter.map { " where " + expression($0) } ?? "") + ")"
    case .sum(let kind, let attribute, let filter, _):
      return "sum(" + kind.text + "." + attribute.text + (filter.map { " where " + expression($0) } ?? "") + ")"
    case .call(let function, let arguments, _):
      let shown = Keyword(rawValue: function.text) != nil ? function.text : name(function.text)
      return shown + "(" + arguments.map { expression($0) }.joined(separator: ", ") + ")"
    }
  }
}
