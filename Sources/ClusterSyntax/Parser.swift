// The parser: tokens → statements. Recursive descent, one method per grammar rule of
// grammar/clusterlab.ebnf; on an error it reports, skips to the end of the statement and goes on,
// so `check` can list every error of a file in one run.

/// Parses a source file into a ``Script`` and the syntax errors found.
public struct Parser {
  /// The deepest nesting of lists, maps and parentheses accepted.
  public static let maximumNesting = 64

  private let file: SourceFile
  private let tokens: [Token]
  private let comments: [Comment]
  private var index = 0
  private var commentIndex = 0
  private var nesting = 0
  public private(set) var diagnostics: [Diagnostic] = []

  public init(file: SourceFile) {
    self.file = file
    (tokens, comments) = Lexer.tokenize(file)
  }

  /// Parses `file` whole.
  public static func parse(_ file: SourceFile) -> (script: Script, diagnostics: [Diagnostic]) {
    var parser = Parser(file: file)
    let script = parser.parseScript()
    return (script, parser.diagnostics)
  }

  struct Failure: Error {}

  // MARK: - token helpers

  private var current: Token { tokens[min(index, tokens.count - 1)] }
  private func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }
  private var atEnd: Bool { current.kind == .endOfInput }

  private func span(_ token: Token) -> SourceSpan { SourceSpan(file: file, range: token.range) }
  private func span(from start: Int) -> SourceSpan {
    let end = index > 0 ? tokens[min(index - 1, tokens.count - 1)].range.upperBound : 0
    return SourceSpan(file: file, range: start..<max(start, end))
  }

  @discardableResult
  private mutating func advance() -> Token {
    let token = current
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  private func check(_ kind: TokenKind) -> Bool { current.kind == kind }

  private mutating func match(_ kind: TokenKind) -> Bool {
    if check(kind) {
      advance()
      return true
    }
    return false
  }

  private mutating func skipNewlines() {
    while check(.newline) { advance() }
  }

  private func isKeyword(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

  /// Describes a token for messages: "`{`", "the end of the line", "the end of the input".
  private func describe(_ token: Token) -> String {
    switch token.kind {
    case .newline: return "the end of the line"
    case .endOfInput: return "the end of the input"
    case .string: return "a string"
    case .number: return "the number `\(token.text)`"
    case .invalid(let why): return why
    default: return "`\(token.text)`"
    }
  }

  /// Reports an error at the current token and unwinds to the statement.
  private mutating func fail(_ message: String, label: String? = nil, help: String? = nil) -> Failure {
    fail(message, at: current, label: label, help: help)
  }

  private mutating func fail(_ message: String, at token: Token, label: String? = nil, help: String? = nil)
    -> Failure
  {
    var d = Diagnostic.error(message, at: span(token), label: label, help: help)
    if case .invalid(let why) = token.kind {
      d.message = why
      d.isIncompleteInput = why == Lexer.unterminatedString
    } else if token.kind == .endOfInput {
      d.isIncompleteInput = true
    }
    diagnostics.append(d)
    return Failure()
  }

  private mutating func expect(_ kind: TokenKind, _ what: String, help: String? = nil) throws(Failure) {
    if !match(kind) {
      throw fail("expected \(what), found \(describe(current))", help: help)
    }
  }

  // MARK: - comments

  /// Comments that start before `offset` and have not been attached yet.
  private mutating func takeComments(before offset: Int) -> [String] {
    var taken: [String] = []
    while commentIndex < comments.count, comments[commentIndex].range.lowerBound < offset {
      taken.append(comments[commentIndex].text)
      commentIndex += 1
    }
    return taken
  }

  /// A trailing comment on the same line as the byte at `offset`.
  private mutating func takeTrailingComment(after offset: Int) -> String? {
    guard commentIndex < comments.count else { return nil }
    let comment = comments[commentIndex]
    guard comment.trailing, comment.range.lowerBound >= offset,
      file.line(of: comment.range.lowerBound) == file.line(of: max(0, offset - 1))
    else { return nil }
    commentIndex += 1
    return comment.text
  }

  // MARK: - script and statements

  public mutating func parseScript() -> Script {
    var statements: [Statement] = []
    while true {
      while check(.newline) || check(.semicolon) { advance() }
      if atEnd { break }
      let start = index
      let leading = takeComments(before: current.range.lowerBound)
      do {
        var statement = try parseStatement()
        statement.leadingComments = leading
        if !(check(.newline) || check(.semicolon) || atEnd) {
          throw fail(
            "expected the end of the statement, found \(describe(current))",
            help: "put one statement on a line, or separate statements with `;`")
        }
        statement.trailingComment = takeTrailingComment(after: statement.span.range.upperBound)
        statements.append(statement)
      } catch {
        recover(from: start)
      }
    }
    var script = Script(file: file, statements: statements)
    script.closingComments = takeComments(before: Int.max)
    return script
  }

  /// Skips from the start of a failed statement to its end: a newline or `;` outside brackets,
  /// or, inside a block left open, a line that starts a new statement (a keyword not followed
  /// by `:`, which would make it an attribute).
  private mutating func recover(from start: Int) {
    index = start
    var depth = 0
    while !atEnd {
      switch current.kind {
      case .lbrace, .lbracket, .lparen: depth += 1
      case .rbrace, .rbracket, .rparen: depth = max(0, depth - 1)
      case .newline, .semicolon:
        if depth == 0 { return }
        if case .keyword(let k) = peek(1).kind, Keyword.statementStarters.contains(k), peek(2).kind != .colon {
          return
        }
      default: break
      }
      advance()
    }
  }

  private mutating func parseStatement() throws(Failure) -> Statement {
    let first = current
    let start = first.range.lowerBound
    guard case .keyword(let keyword) = first.kind else {
      throw unknownStatement(first)
    }
    advance()
    let kind: StatementKind
    switch keyword {
    case .cluster, .firm, .institution, .buyer, .consortium, .intervention:
      kind = .declaration(try parseDeclaration(keyword))
    case .firms:
      kind = .declaration(try parseCohort())
    case .link: kind = .link(try parseLink())
    case .target: kind = .target(try parseTarget())
    case .set: kind = try parseSet()
    case .drop: kind = try parseDrop()
    case .use: kind = .use(try parseName("a cluster name"))
    case .let:
      let name = try parseName("a variable name")
      try expect(.equal, "`=`", help: "write `let \(name.text) = EXPRESSION`")
      kind = .let(name, try parseExpression())
    case .print: kind = .print(try parseExpression())
    case .assert: kind = .assert(try parseExpression())
    case .include:
      let (path, pathSpan) = try parsePath("include")
      kind = .include(path: path, pathSpan)
    case .load:
      let (path, pathSpan) = try parsePath("load")
      kind = .load(path: path, pathSpan)
    case .save:
      let (path, pathSpan) = try parsePath("save")
      kind = .save(path: path, pathSpan)
    case .help:
      let rest = restOfStatement()
      kind = .help(topic: rest.isEmpty ? nil : rest)
    case .list: kind = try parseList()
    case .show: kind = .show(try parseName("a name to show", allowKeywords: true))
    case .undo: kind = .undo
    case .redo: kind = .redo
    case .reset: kind = .reset
    case .quit, .exit: kind = .quit
    default:
      if Keyword.queries.contains(keyword) {
        kind = .query(keyword, format: try parseFormat())
      } else if keyword == .why {
        kind = try parseWhy()
      } else if keyword == .compare {
        kind = try parseCompare()
      } else if Keyword.modelCommands.contains(keyword) {
        kind = .modelCommand(keyword, arguments: restOfStatement())
      } else {
        throw fail(
          "`\(keyword.rawValue)` cannot begin a statement", at: first,
          help: "statements begin with a declaration (`firm`, `link` …) or a command; type `help`")
      }
    }
    return Statement(kind: kind, span: span(from: start))
  }

  private mutating func unknownStatement(_ token: Token) -> Failure {
    switch token.kind {
    case .identifier:
      let starters = Keyword.statementStarters.map(\.rawValue)
      if peek(1).kind == .dot || peek(1).kind == .equal {
        return fail(
          "unknown statement `\(token.text)`", at: token,
          help: "to change an attribute, write `set \(file.text(of: token.range.lowerBound..<restEnd()))`")
      }
      if let guess = Suggestions.best(for: token.text, among: starters) {
        return fail("unknown statement `\(token.text)`", at: token, label: "not a keyword", help: "did you mean `\(guess)`?")
      }
      return fail(
        "unknown statement `\(token.text)`", at: token, label: "not a keyword",
        help: "statements begin with a declaration (`cluster`, `firm`, `link` …) or a command; type `help`")
    default:
      return fail("expected a statement, found \(describe(token))", at: token)
    }
  }

  /// The byte offset where the current statement's text ends.
  private func restEnd() -> Int {
    var i = index
    while i < tokens.count - 1, tokens[i].kind != .newline, tokens[i].kind != .semicolon { i += 1 }
    return i > index ? tokens[i - 1].range.upperBound : current.range.lowerBound
  }

  /// The raw text to the end of the statement (for `help` topics and model commands).
  private mutating func restOfStatement() -> String {
    let start = current.range.lowerBound
    let end = restEnd()
    while !(check(.newline) || check(.semicolon) || atEnd) { advance() }
    return end > start ? file.text(of: start..<end).trimmingSpaces() : ""
  }

  /// A file path: a string, or the raw text to the end of the line (`load examples/a.cluster`).
  private mutating func parsePath(_ command: String) throws(Failure) -> (String, SourceSpan) {
    if check(.string) {
      let token = advance()
      return (token.text, span(token))
    }
    if check(.newline) || check(.semicolon) || atEnd {
      throw fail("`\(command)` needs a file name", help: "write `\(command) \"case.cluster\"`")
    }
    let start = current.range.lowerBound
    let path = restOfStatement()
    return (path, SourceSpan(file: file, range: start..<(start + path.utf8.count)))
  }

  // MARK: - names

  private mutating func parseName(_ what: String, allowKeywords: Bool = false) throws(Failure) -> Name {
    let token = current
    switch token.kind {
    case .identifier, .string:
      advance()
      return Name(token.text, span: span(token))
    case .keyword(let k) where allowKeywords:
      advance()
      return Name(k.rawValue, span: span(token))
    case .keyword(let k):
      throw fail(
        "`\(k.rawValue)` is a keyword and cannot be used as a name", label: "keyword",
        help: "quote it to use it as a name: \"\(k.rawValue)\"")
    default:
      throw fail("expected \(what), found \(describe(token))")
    }
  }

  /// An attribute name, a map key or a kind word: identifiers and keywords alike.
  private mutating func parseWord(_ what: String) throws(Failure) -> Name {
    let token = current
    switch token.kind {
    case .identifier, .keyword:
      advance()
      return Name(token.text, span: span(token))
    default:
      throw fail("expected \(what), found \(describe(token))")
    }
  }

  // MARK: - declarations

  private mutating func parseDeclaration(_ keyword: Keyword) throws(Failure) -> DeclarationSyntax {
    let name = try parseName("a name for the \(keyword.rawValue)")
    if check(.colon) {
      throw fail(
        "unexpected `:` after the name", label: "only cohorts have a count",
        help: keyword == .firm ? "for a cohort of similar firms write `firms \(name.text): COUNT { … }`" : "write `\(keyword.rawValue) \(name.text) { attribute: value }`")
    }
    let block = check(.lbrace) ? try parseBlock() : nil
    return DeclarationSyntax(keyword: keyword, name: name, count: nil, block: block)
  }

  private mutating func parseCohort() throws(Failure) -> DeclarationSyntax {
    let name = try parseName("a name for the cohort")
    try expect(.colon, "`:` and the number of firms", help: "write `firms \(name.text): 2500 { role: producer }`")
    guard check(.number) else {
      throw fail("expected the number of firms, found \(describe(current))", help: "write `firms \(name.text): 2500`")
    }
    let count = try parseNumber(negative: false, start: current.range.lowerBound)
    let block = check(.lbrace) ? try parseBlock() : nil
    return DeclarationSyntax(keyword: .firms, name: name, count: count, block: block)
  }

  private mutating func parseBlock() throws(Failure) -> AttributeBlock {
    try expect(.lbrace, "`{`")
    var attributes: [AttributeSyntax] = []
    while true {
      skipNewlines()
      if check(.rbrace) { break }
      if atEnd { throw fail("expected `}` to close the block, found the end of the input") }
      let leading = takeComments(before: current.range.lowerBound)
      let name = try parseWord("an attribute name")
      try expect(.colon, "`:` after `\(name.text)`", help: "write `\(name.text): VALUE`")
      let value = try parseValue()
      var attribute = AttributeSyntax(name: name, value: value)
      attribute.leadingComments = leading
      // A comment ending this attribute's line belongs to it, unless the block closes on the
      // same line (then it belongs to the whole statement).
      let lineEnds = check(.newline) || (check(.comma) && peek(1).kind == .newline)
      if lineEnds { attribute.trailingComment = takeTrailingComment(after: value.span.range.upperBound) }
      attributes.append(attribute)
      if match(.comma) { continue }
      if check(.newline) || check(.rbrace) { continue }
      throw fail(
        "expected `,`, a new line or `}` after the value of `\(name.text)`, found \(describe(current))",
        help: "separate attributes with commas or new lines")
    }
    var block = AttributeBlock(attributes: attributes)
    block.closingComments = takeComments(before: current.range.lowerBound)
    advance()  // the `}`
    return block
  }

  private mutating func parseLink() throws(Failure) -> LinkSyntax {
    let from = try parseName("the actor the link starts from")
    let directed = try parseDirection(
      after: from, example: "`link A -> B : supplies` is directed; `link A -- B : cooperation` goes both ways")
    let to = try parseName("the actor the link goes to")
    try expect(.colon, "`:` and the kind of link", help: "write `link \(from.text) \(directed ? "->" : "--") \(to.text) : KIND`; type `help link-kinds`")
    let kind = try parseWord("the kind of link")
    var block: AttributeBlock?
    if check(.lbrace) {
      block = try parseBlock()
    } else if case .identifier = current.kind {
      // The one-line form: `trust 0.3 density 0.02`.
      var attributes: [AttributeSyntax] = []
      while case .identifier = current.kind {
        let name = try parseWord("a link attribute")
        _ = match(.colon)
        attributes.append(AttributeSyntax(name: name, value: try parseValue()))
      }
      block = AttributeBlock(attributes: attributes)
    }
    return LinkSyntax(from: from, to: to, directed: directed, kind: kind, block: block)
  }

  private mutating func parseTarget() throws(Failure) -> TargetSyntax {
    let metric = try parseWord("a metric, such as `exports`")
    let negative = match(.minus)
    guard check(.number) else {
      throw fail("expected the target value, found \(describe(current))", help: "write `target \(metric.text) 2.5 busd by 2007`")
    }
    let value = try parseNumber(negative: negative, start: current.range.lowerBound)
    guard isKeyword(.by) else {
      throw fail("expected `by YEAR` after the target value, found \(describe(current))", help: "write `target \(metric.text) \(value.digits) … by 2007`")
    }
    advance()
    guard check(.number) else { throw fail("expected a year after `by`, found \(describe(current))") }
    let year = try parseNumber(negative: false, start: current.range.lowerBound)
    return TargetSyntax(metric: metric, value: value, year: year)
  }

  // MARK: - changing the workspace

  private mutating func parseSet() throws(Failure) -> StatementKind {
    if case .identifier = current.kind, current.text == "param" {
      advance()
      let name = try parseWord("a parameter name (type `params`)")
      try expect(.equal, "`=`", help: "write `set param \(name.text) = VALUE`")
      let negative = match(.minus)
      guard check(.number) else {
        throw fail("expected a number for the parameter, found \(describe(current))")
      }
      return .setParameter(name, try parseNumber(negative: negative, start: current.range.lowerBound))
    }
    let entity = try parseName("the name of what to change")
    try expect(.dot, "`.` and an attribute name", help: "write `set \(entity.text).ATTRIBUTE = VALUE`")
    let attribute = try parseWord("an attribute name")
    try expect(.equal, "`=`", help: "write `set \(entity.text).\(attribute.text) = VALUE`")
    return .set(entity: entity, attribute: attribute, value: try parseValue())
  }

  private mutating func parseDrop() throws(Failure) -> StatementKind {
    guard isKeyword(.link) else { return .drop(try parseName("the name of what to drop")) }
    advance()
    let from = try parseName("the actor the link starts from")
    let directed = try parseDirection(after: from, example: "write `drop link A -> B`")
    let to = try parseName("the actor the link goes to")
    var kind: Name?
    if match(.colon) { kind = try parseWord("the kind of link") }
    return .dropLink(from: from, to: to, directed: directed, kind: kind)
  }

  /// An optional `as json` or `as text` after a query.
  private mutating func parseFormat() throws(Failure) -> OutputFormat {
    guard case .identifier = current.kind, current.text == "as" else { return .standard }
    advance()
    let word = current
    guard case .identifier = word.kind, let format = OutputFormat(rawValue: word.text), format != .standard else {
      throw fail("expected `json` or `text` after `as`, found \(describe(word))", help: "write `… as json`")
    }
    advance()
    return format
  }

  private mutating func parseWhy() throws(Failure) -> StatementKind {
    if case .identifier = current.kind, current.text == "insight" {
      advance()
      let token = current
      guard check(.number), let n = Int(token.text), (1...10).contains(n) else {
        throw fail("expected an insight number from 1 to 10, found \(describe(token))", help: "write `why insight 6`")
      }
      advance()
      return .why(.insight(n, span(token)), format: try parseFormat())
    }
    let name = try parseName("an insight, an indicator or a name", allowKeywords: true)
    return .why(.name(name), format: try parseFormat())
  }

  private mutating func parseCompare() throws(Failure) -> StatementKind {
    var names = [try parseName("a cluster to compare")]
    while match(.comma) { names.append(try parseName("a cluster to compare")) }
    return .compare(names, format: try parseFormat())
  }

  private mutating func parseList() throws(Failure) -> StatementKind {
    var kind: Name?
    if !isKeyword(.where), !(check(.newline) || check(.semicolon) || atEnd) {
      kind = try parseWord("what to list, such as `firms`")
    }
    var filter: Expression?
    if isKeyword(.where) {
      advance()
      filter = try parseExpression()
    }
    return .list(kind: kind, filter: filter)
  }

  // MARK: - values

  private static let unitWords: Set<String> = ["usd", "kusd", "musd", "busd", "year", "years"]

  private mutating func nest() throws(Failure) {
    nesting += 1
    if nesting > Parser.maximumNesting {
      throw fail("nested more than \(Parser.maximumNesting) levels deep")
    }
  }

  private mutating func parseValue() throws(Failure) -> ValueSyntax {
    let token = current
    switch token.kind {
    case .number:
      return .number(try parseNumber(negative: false, start: token.range.lowerBound))
    case .minus, .plus:
      advance()
      guard check(.number) else { throw fail("expected a number after `\(token.text)`, found \(describe(current))") }
      return .number(try parseNumber(negative: token.kind == .minus, start: token.range.lowerBound))
    case .string:
      advance()
      return .string(token.text, span(token))
    case .keyword(.true), .keyword(.false):
      advance()
      return .bool(token.kind == .keyword(.true), span(token))
    case .identifier, .keyword:
      advance()
      return .word(Name(token.text, span: span(token)))
    case .lbracket:
      let items = try parseList { (p: inout Parser) throws(Failure) in try p.parseValue() }
      return .list(items, span(from: token.range.lowerBound))
    case .lbrace:
      try nest()
      defer { nesting -= 1 }
      advance()
      var entries: [(key: Name, value: ValueSyntax)] = []
      while true {
        skipNewlines()
        if check(.rbrace) { break }
        let key = try parseWord("a key")
        try expect(.colon, "`:` after `\(key.text)`", help: "write `{ \(key.text): VALUE }`")
        entries.append((key, try parseValue()))
        if match(.comma) { continue }
        if check(.newline) || check(.rbrace) { continue }
        throw fail("expected `,` or `}` in the map, found \(describe(current))")
      }
      advance()
      return .map(entries, span(from: token.range.lowerBound))
    default:
      throw fail("expected a value, found \(describe(token))")
    }
  }

  /// `[a, b, c]`, over lines if need be, with a trailing comma allowed.
  private mutating func parseList<Element>(_ element: (inout Parser) throws(Failure) -> Element) throws(Failure)
    -> [Element]
  {
    try nest()
    defer { nesting -= 1 }
    advance()  // the `[`
    var items: [Element] = []
    skipNewlines()
    while !check(.rbracket) {
      items.append(try element(&self))
      skipNewlines()
      if match(.comma) {
        skipNewlines()
        continue
      }
      if !check(.rbracket) { throw fail("expected `,` or `]` in the list, found \(describe(current))") }
    }
    advance()  // the `]`
    return items
  }

  /// `->` (directed) or `--` (both ways) between the two ends of a link.
  private mutating func parseDirection(after from: Name, example: String) throws(Failure) -> Bool {
    if match(.arrow) { return true }
    if match(.dashDash) { return false }
    throw fail("expected `->` or `--` after `\(from.text)`, found \(describe(current))", help: example)
  }

  /// A number and the unit after it.
  private mutating func parseNumber(negative: Bool, start: Int) throws(Failure) -> NumberLiteral {
    let token = advance()
    let digits = (negative ? "-" : "") + token.text.replacingUnderscores()
    var unit = UnitSyntax.none
    if check(.percent) {
      advance()
      unit = .percent
    } else if case .identifier = current.kind {
      let word = current.text
      if Parser.unitWords.contains(word) {
        advance()
        unit = .word(word)
      } else if peek(1).kind == .slash, peek(2).text == "month" || peek(2).text == "year" {
        let per = peek(2).text
        advance()
        advance()
        advance()
        unit = .rate(item: word, per: per)
      } else if let guess = Suggestions.best(for: word, among: Array(Parser.unitWords).sorted()) {
        throw fail("unknown unit `\(word)`", label: "not a unit", help: "did you mean `\(guess)`?")
      }
    }
    return NumberLiteral(digits: digits, unit: unit, span: span(from: start))
  }

  // MARK: - expressions

  mutating func parseExpression() throws(Failure) -> Expression {
    try nest()
    defer { nesting -= 1 }
    return try parseOr()
  }

  private mutating func parseOr() throws(Failure) -> Expression {
    var left = try parseAnd()
    while isKeyword(.or) {
      advance()
      let right = try parseAnd()
      left = .binary(.or, left, right, left.span.through(right.span))
    }
    return left
  }

  private mutating func parseAnd() throws(Failure) -> Expression {
    var left = try parseNot()
    while isKeyword(.and) {
      advance()
      let right = try parseNot()
      left = .binary(.and, left, right, left.span.through(right.span))
    }
    return left
  }

  private mutating func parseNot() throws(Failure) -> Expression {
    if isKeyword(.not) {
      let token = advance()
      try nest()
      defer { nesting -= 1 }
      let operand = try parseNot()
      return .not(operand, span(token).through(operand.span))
    }
    return try parseComparison()
  }

  private mutating func parseComparison() throws(Failure) -> Expression {
    let left = try parseAdditive()
    let op: BinaryOperator
    switch current.kind {
    case .equalEqual: op = .equal
    case .notEqual: op = .notEqual
    case .less: op = .less
    case .lessEqual: op = .lessEqual
    case .greater: op = .greater
    case .greaterEqual: op = .greaterEqual
    case .equal:
      throw fail("`=` assigns; to compare, write `==`", label: "use `==`")
    default: return left
    }
    advance()
    let right = try parseAdditive()
    return .binary(op, left, right, left.span.through(right.span))
  }

  private mutating func parseAdditive() throws(Failure) -> Expression {
    var left = try parseMultiplicative()
    while check(.plus) || check(.minus) {
      let op: BinaryOperator = advance().kind == .plus ? .add : .subtract
      let right = try parseMultiplicative()
      left = .binary(op, left, right, left.span.through(right.span))
    }
    return left
  }

  private mutating func parseMultiplicative() throws(Failure) -> Expression {
    var left = try parseUnary()
    while check(.star) || check(.slash) {
      let op: BinaryOperator = advance().kind == .star ? .multiply : .divide
      let right = try parseUnary()
      left = .binary(op, left, right, left.span.through(right.span))
    }
    return left
  }

  private mutating func parseUnary() throws(Failure) -> Expression {
    if check(.minus) {
      let token = advance()
      try nest()
      defer { nesting -= 1 }
      let operand = try parseUnary()
      return .negate(operand, span(token).through(operand.span))
    }
    var expression = try parsePrimary()
    while check(.dot) {
      advance()
      expression = .member(expression, try parseWord("an attribute name after `.`"))
    }
    return expression
  }

  private mutating func parsePrimary() throws(Failure) -> Expression {
    let token = current
    switch token.kind {
    case .number:
      return .number(try parseNumber(negative: false, start: token.range.lowerBound))
    case .string:
      advance()
      return .string(token.text, span(token))
    case .keyword(.true), .keyword(.false):
      advance()
      return .bool(token.kind == .keyword(.true), span(token))
    case .keyword(.count) where peek(1).kind == .lparen:
      advance()
      advance()
      let kind = try parseWord("what to count, such as `firms`")
      let filter = try parseOptionalWhere()
      try expect(.rparen, "`)`", help: "write `count(firms where employees > 100)`")
      return .count(kind: kind, filter: filter, span(from: token.range.lowerBound))
    case .keyword(.sum) where peek(1).kind == .lparen:
      advance()
      advance()
      let kind = try parseWord("what to add up, such as `firms`")
      try expect(.dot, "`.` and an attribute", help: "write `sum(firms.employees)`")
      let attribute = try parseWord("an attribute name")
      let filter = try parseOptionalWhere()
      try expect(.rparen, "`)`", help: "write `sum(firms.employees where role == producer)`")
      return .sum(kind: kind, attribute: attribute, filter: filter, span(from: token.range.lowerBound))
    case .identifier, .keyword:
      if case .keyword(let k) = token.kind, [.and, .or, .where, .by].contains(k) {
        throw fail("expected a value, found `\(k.rawValue)`")
      }
      advance()
      if check(.lparen) {
        throw fail(
          "`\(token.text)` is not a function", at: token,
          help: "the functions are `count(KIND where …)` and `sum(KIND.attribute where …)`")
      }
      return .name(Name(token.text, span: span(token)))
    case .lparen:
      advance()
      skipNewlines()
      let inner = try parseExpression()
      skipNewlines()
      try expect(.rparen, "`)`")
      return inner
    case .lbracket:
      let items = try parseList { (p: inout Parser) throws(Failure) in try p.parseExpression() }
      return .list(items, span(from: token.range.lowerBound))
    default:
      throw fail("expected a value, found \(describe(token))")
    }
  }

  private mutating func parseOptionalWhere() throws(Failure) -> Expression? {
    guard isKeyword(.where) else { return nil }
    advance()
    return try parseExpression()
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" || c == "\r" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
    return String(s)
  }

  fileprivate func replacingUnderscores() -> String { filter { $0 != "_" } }
}
