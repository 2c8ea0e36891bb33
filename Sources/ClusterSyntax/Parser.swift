// The parser: tokens → statements. Recursive descent, one method per grammar rule of
// grammar/clusterlab.ebnf; on an error it reports, skips to the end of the statement and goes on,
// so `check` can list every error of a file in one run.

/// Parses a source file into a ``Script`` and the syntax errors found.
public struct Parser {
  /// The deepest nesting of lists, maps and parentheses accepted.
  public static let maximumNesting = 64
  /// The deepest nesting of bodies (`for` inside `for` …) accepted.
  public static let maximumBodyNesting = 8
  /// The most binary operators and `.`s one expression may chain. `1 + 1 + …` builds a tree as
  /// deep as the chain is long, and the checker, evaluator and printer walk it recursively: a
  /// 10 MB line of `1 + ` overflowed the stack (found by the hostile-file corpus).
  public static let maximumOperators = 1000

  private let file: SourceFile
  private let tokens: [Token]
  private let comments: [Comment]
  private var index = 0
  private var commentIndex = 0
  private var nesting = 0
  /// Open parentheses around the expression being parsed: inside them a line break continues it.
  private var parentheses = 0
  /// Operators chained in the expression being read (see `maximumOperators`).
  private var operators = 0
  /// How many bodies (`scenario`, `for`) the parser is inside.
  private var bodyDepth = 0
  /// Where to go on after a statement whose body had errors: just after its closing `}`, so the
  /// statements of the body are not read again as statements of their own.
  private var resumeIndex: Int?
  /// Open `[` of lists and `(` of calls around the number being read: there a comma between
  /// digits separates values (`[1,000]`), elsewhere it is a thousands separator to refuse.
  private var listDepth = 0
  /// The keyword and name of the top-level declaration being read, kept if it fails.
  private var partial: (keyword: Keyword, name: Name, start: Int)?
  private var recovered: [Statement] = []
  /// `{`s reported as not closed: a `}` later on its own is the one that was meant for each
  /// (typed at the end of the REPL's entry), not another error.
  private var unclosedBraces = 0
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

  /// One expression filling `file` (the `{…}` of an interpolated string): the expression, or
  /// the first syntax error.
  public static func expression(in file: SourceFile) -> Result<Expression, Diagnostic> {
    var parser = Parser(file: file)
    do throws(Failure) {
      let e = try parser.parseExpression()
      guard parser.atEnd else {
        throw parser.fail("expected the end of the value, found \(parser.describe(parser.current))")
      }
      return .success(e)
    } catch {
      return .failure(parser.diagnostics.first ?? Diagnostic.error("not a value", at: nil))
    }
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

  /// Consumes `keyword`, or fails with "expected …, found …" and a hint.
  private mutating func expectKeyword(_ keyword: Keyword, _ what: String, help: String) throws(Failure) {
    guard isKeyword(keyword) else {
      throw fail("expected \(what), found \(describe(current))", help: help)
    }
    advance()
  }

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

  /// Reports an error over `span`, a stretch of several tokens (`$100 million`).
  private mutating func fail(_ message: String, over span: SourceSpan, label: String? = nil, help: String? = nil)
    -> Failure
  {
    diagnostics.append(Diagnostic.error(message, at: span, label: label, help: help))
    return Failure()
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
      if check(.rbrace), unclosedBraces > 0, peek(1).kind == .newline || peek(1).kind == .endOfInput {
        unclosedBraces -= 1
        advance()
        continue
      }
      let start = index
      let leading = takeComments(before: current.range.lowerBound)
      partial = nil
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
        if let partial {
          let count = partial.keyword == .firms ? NumberLiteral(digits: "1", unit: .none, span: partial.name.span) : nil
          let bare = DeclarationSyntax(keyword: partial.keyword, name: partial.name, count: count, block: nil)
          recovered.append(Statement(kind: .declaration(bare), span: SourceSpan(file: file, range: partial.start..<partial.name.span.range.upperBound)))
        }
        let from = resumeIndex ?? start
        resumeIndex = nil
        recover(from: from)
      }
    }
    var script = Script(file: file, statements: statements)
    script.closingComments = takeComments(before: Int.max)
    script.recovered = recovered
    return script
  }

  /// Whether the current token begins a new statement on a line of its own: a statement
  /// keyword first on its line and not followed by `:` (which would make it an attribute,
  /// `stage: mature`). Inside a block this means its `}` was forgotten.
  private var startsStatementOnNewLine: Bool {
    index > 0 && tokens[index - 1].kind == .newline && beginsStatement(at: index)
  }

  /// Whether the token at `i` begins a statement rather than an attribute: a statement keyword
  /// not followed by `:`. Some statement keywords are attribute names too (`stage`, `roles`,
  /// `financing`, `firms`): one with its `:` forgotten (`roles [leader]`) is an attribute.
  private func beginsStatement(at i: Int) -> Bool {
    let token = { (offset: Int) in self.tokens[min(i + offset, self.tokens.count - 1)] }
    guard case .keyword(let k) = token(0).kind, Keyword.statementStarters.contains(k), token(1).kind != .colon else {
      return false
    }
    if Keyword.queries.contains(k) {
      switch token(1).kind {
      case .newline, .semicolon, .endOfInput, .rbrace, .keyword(.in): return true
      case .identifier: return token(1).text == "as"
      default: return false
      }
    }
    if k == .firms { return token(2).kind == .colon }
    return true
  }

  /// The `{` opened at `open` is not closed: reported where the next statement begins (or the
  /// input ends), with the opening brace shown too.
  private mutating func unclosed(_ open: Token, what: String) -> Failure {
    let at = span(open)
    let place = "\(at.line):\(at.column)"
    // The last token before this one, whose line the `}` should end; at the end of the input
    // the error points just after it (not at a line of its own).
    let last = tokens[..<index].last { $0.kind != .newline }?.range.upperBound ?? current.range.lowerBound
    let lastLine = file.line(of: max(0, last - 1))
    var d = Diagnostic.error(
      "`{` opened at \(place) is not closed", at: atEnd ? SourceSpan(file: file, range: last..<last) : span(current),
      label: atEnd ? "the input ends here" : "a new statement begins here",
      help: atEnd ? "close \(what) with `}`" : "close \(what) with `}` at the end of line \(lastLine), before `\(current.text)`")
    d.notes = [Diagnostic.Note("this `{` opens \(what)", at: at)]
    d.isIncompleteInput = atEnd
    if !atEnd { unclosedBraces += 1 }
    diagnostics.append(d)
    return Failure()
  }

  /// Skips from the start of a failed statement to its end: a newline or `;` outside brackets,
  /// or, inside a block left open, a line that starts a new statement (a keyword not followed
  /// by `:`, which would make it an attribute). A statement with a body (`scenario`, `for`)
  /// holds statements, so it ends only at the `}` that closes it. In a body (`inBody`), the
  /// body's own closing `}` also ends the statement and is left for the body to read.
  private mutating func recover(from start: Int, inBody: Bool = false) {
    index = start
    let hasBody = isKeyword(.scenario) || isKeyword(.for)
    var depth = 0
    while !atEnd {
      switch current.kind {
      case .lbrace, .lbracket, .lparen: depth += 1
      case .rbrace where inBody && depth == 0: return
      case .rbrace, .rbracket, .rparen: depth = max(0, depth - 1)
      case .newline, .semicolon:
        if depth == 0 { return }
        if !hasBody, beginsStatement(at: index + 1) { return }
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
    var closingComments: [String] = []
    switch keyword {
    case .cluster, .firm, .institution, .buyer, .consortium, .intervention, .event:
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
    case .print:
      // `print t, exports(2004)`: commas inside calls and lists belong to them.
      var values = [try parseExpression()]
      while check(.comma) {
        advance()
        values.append(try parseExpression())
      }
      kind = .print(values, format: try parseFormat())
    case .assert: kind = .assert(try parseExpression())
    case .include:
      let (path, pathSpan) = try parsePath("include")
      kind = .include(path: path, pathSpan)
    case .load:
      // `load example tirupur`: a built-in case; a file called `example` is `load "example"`.
      if case .identifier = current.kind, current.text == "example", !current.text.isEmpty {
        advance()
        guard !(check(.newline) || check(.semicolon) || atEnd) else {
          throw fail("`load example` needs the name of a case", help: "write `load example tirupur`; `list examples` lists them")
        }
        // Case names are file names: `tirupur-2005`, `trainer-exercise`.
        let first = try parseName("the name of a built-in case (`list examples` lists them)")
        var text = first.text
        var end = first.span.range.upperBound
        while check(.minus), !current.spaceBefore, !peek(1).spaceBefore, isWordToken(peek(1)) || peek(1).kind == .number {
          advance()
          let part = advance()
          text += "-" + part.text
          end = part.range.upperBound
        }
        kind = .loadExample(Name(text, span: SourceSpan(file: file, range: first.span.range.lowerBound..<end)))
      } else {
        let (path, pathSpan) = try parsePath("load")
        kind = .load(path: path, pathSpan)
      }
    case .save:
      let (path, pathSpan, replace) = try parsePathThenReplace("save")
      kind = .save(path: path, pathSpan, replace: replace)
    case .export: kind = .export(try parseExport())
    case .help:
      let rest = restOfStatement()
      kind = .help(topic: rest.isEmpty ? nil : rest)
    case .list: kind = try parseList()
    case .show:
      let name = try parseName("a name to show", allowKeywords: true)
      kind = .show(name, format: try parseFormat())
    case .undo: kind = .undo
    case .redo: kind = .redo
    case .reset: kind = .reset
    case .quit, .exit: kind = .quit
    case .compare: kind = try parseCompare()
    case .simulate: kind = try parseSimulate()
    case .seed: kind = try parseSeed()
    case .runs: kind = try parseRuns()
    case .scenario: (kind, closingComments) = try parseScenario()
    case .sensitivity: kind = try parseSensitivity()
    case .plot: kind = try parsePlot()
    case .for: (kind, closingComments) = try parseFor()
    default:
      if Keyword.queries.contains(keyword) {
        // `params trust`: a word (not `as`, which begins a format) filters the table.
        var filter: Name?
        if keyword == .params, case .identifier = current.kind, current.text != "as" {
          let word = advance()
          filter = Name(word.text, span: span(word))
        }
        let year = keyword == .params ? nil : try parseAsOf(keyword.rawValue)
        kind = .query(keyword, year: year, filter: filter, format: try parseFormat())
      } else if keyword == .why {
        kind = try parseWhy()
      } else {
        throw fail(
          "`\(keyword.rawValue)` cannot begin a statement", at: first,
          help: "statements begin with a declaration (`firm`, `link` …) or a command; type `help`")
      }
    }
    var statement = Statement(kind: kind, span: span(from: start))
    statement.closingComments = closingComments
    return statement
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

  /// A path and an optional `replace` after it (`save`, `export … to`).
  private mutating func parsePathThenReplace(_ command: String) throws(Failure) -> (String, SourceSpan, Bool) {
    var (path, pathSpan) = try parsePath(command)
    var replace = false
    if current.kind == .identifier, current.text == "replace" {
      advance()
      replace = true
    } else if path.hasSuffix(" replace"), !path.hasPrefix("\"") {
      // An unquoted path runs to the end of the statement: `save keep.cluster replace`.
      path = String(path.dropLast(" replace".count))
      while path.hasSuffix(" ") { path.removeLast() }
      pathSpan = SourceSpan(file: pathSpan.file, range: pathSpan.range.lowerBound..<(pathSpan.range.lowerBound + path.utf8.count))
      replace = true
    }
    return (path, pathSpan, replace)
  }

  /// `export FORMAT [WHAT] [for NAME, …] to FILE [replace]`; the session checks WHAT.
  private mutating func parseExport() throws(Failure) -> ExportRequest {
    let formats = ExportFormat.allCases.map(\.rawValue)
    let example = "write `export FORMAT to FILE`, such as `export html to report.html`; the formats: " + formats.joined(separator: ", ")
    let token = current
    guard token.kind == .identifier, let format = ExportFormat(rawValue: token.text) else {
      let guess = token.kind == .identifier ? Suggestions.best(for: token.text, among: formats) : nil
      // `export report.json`: the file's extension says the format.
      let named = peek(1).kind == .dot ? ExportFormat.allCases.first { $0.fileExtension == peek(2).text } : nil
      throw fail(
        "expected a format after `export`, found \(describe(token))", label: "not a format",
        help: named.map { "write `export \($0.rawValue) to \(token.text).\(peek(2).text)`" }
          ?? guess.map { "did you mean `export \($0) …`?" } ?? example)
    }
    advance()
    var subject: Name?
    if !isKeyword(.for), !isKeyword(.to), token.kind != .newline {
      switch current.kind {
      case .identifier, .keyword: subject = try parseWord("what to export")
      default: break
      }
    }
    var clusters: [Name] = []
    if isKeyword(.for) {
      advance()
      clusters = try parseNameList("a cluster or scenario after `for`") {
        "export \(format.rawValue) for " + $0.map { Printer.name($0.text) }.joined(separator: ", ") + " to report.\(format.fileExtension)"
      }
    }
    try expectKeyword(.to, "`to` and a file name", help: "write `export \(format.rawValue) to report.\(format.fileExtension)`")
    let (path, pathSpan, replace) = try parsePathThenReplace("export")
    return ExportRequest(
      format: format, formatSpan: span(token), subject: subject, clusters: clusters, path: path, pathSpan: pathSpan,
      replace: replace)
  }

  // MARK: - names

  /// Names separated by commas. A name that follows another without a comma is a located error
  /// that shows the list with the comma (`written` writes the statement around a list).
  private mutating func parseNameList(_ what: String, written: ([Name]) -> String) throws(Failure) -> [Name] {
    var names = [try parseName(what)]
    while true {
      if match(.comma) {
        names.append(try parseName("a cluster or scenario after `,`"))
        continue
      }
      switch current.kind {
      case .identifier where !["as", "quiet", "replace"].contains(current.text), .string:
        // A name with no comma before it (the words that may follow a list end it).
        let next = Name(current.text, span: span(current))
        throw fail("expected `,` between two names", label: "no comma before it", help: "write `\(written(names + [next]))`")
      default:
        return names
      }
    }
  }

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
    let start = tokens[max(0, index - 1)].range.lowerBound
    let name = try parseName("a name for the \(keyword.rawValue)")
    if bodyDepth == 0 { partial = (keyword, name, start) }
    if check(.colon) {
      throw fail(
        "unexpected `:` after the name", label: "only cohorts have a count",
        help: keyword == .firm ? "for a cohort of similar firms write `firms \(name.text): COUNT { … }`" : "write `\(keyword.rawValue) \(name.text) { attribute: value }`")
    }
    let block = check(.lbrace) ? try parseBlock(of: "the \(keyword.rawValue)'s attributes") : nil
    return DeclarationSyntax(keyword: keyword, name: name, count: nil, block: block)
  }

  private mutating func parseCohort() throws(Failure) -> DeclarationSyntax {
    let start = tokens[max(0, index - 1)].range.lowerBound
    let name = try parseName("a name for the cohort")
    if bodyDepth == 0 { partial = (.firms, name, start) }
    try expect(.colon, "`:` and the number of firms", help: "write `firms \(name.text): 2500 { role: producer }`")
    guard check(.number) else {
      throw fail("expected the number of firms, found \(describe(current))", help: "write `firms \(name.text): 2500`")
    }
    let count = try parseNumber(negative: false, start: current.range.lowerBound)
    let block = check(.lbrace) ? try parseBlock(of: "the cohort's attributes") : nil
    return DeclarationSyntax(keyword: .firms, name: name, count: count, block: block)
  }

  /// `{ name: value, … }`; `what` says what it holds, for the error when its `}` is missing.
  private mutating func parseBlock(of what: String) throws(Failure) -> AttributeBlock {
    let open = current
    try expect(.lbrace, "`{`")
    var attributes: [AttributeSyntax] = []
    while true {
      skipNewlines()
      if check(.rbrace) { break }
      if atEnd || startsStatementOnNewLine { throw unclosed(open, what: what) }
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
      block = try parseBlock(of: "the link's attributes")
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
    let start = current.range.lowerBound
    let negative = match(.minus)
    if currencyAhead {
      return try finishTarget(metric, try parseMoney(negative: negative, start: start))
    }
    guard check(.number) else {
      throw fail("expected the target value, found \(describe(current))", help: "write `target \(metric.text) 2.5 busd by 2007`")
    }
    return try finishTarget(metric, try parseNumber(negative: negative, start: current.range.lowerBound))
  }

  /// `by YEAR` after a target's value.
  private mutating func finishTarget(_ metric: Name, _ value: NumberLiteral) throws(Failure) -> TargetSyntax {
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
      if check(.newline) || check(.semicolon) || check(.rbrace) || atEnd {
        throw fail(
          "expected a value for the parameter, found \(describe(current))",
          help: "write `set param \(name.text) = 0.4`, or a variable of a `for` sweep")
      }
      var value = try parseExpression()
      // `-0.2` is one number, as in an attribute, not the negation of `0.2`.
      if case .negate(.number(let n), let whole) = value, !n.digits.hasPrefix("-") {
        value = .number(NumberLiteral(digits: "-" + n.digits, unit: n.unit, span: whole))
      }
      var cluster: Name?
      if match(.keyword(.in)) {
        cluster = try parseName("the cluster or scenario the parameter is for")
      }
      return .setParameter(name, value, cluster: cluster)
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

  /// An optional `as json` or `as text` after a query, `list`, `show`, `print` or `plot`.
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
      return .why(.insight(n, span(token)), year: try parseAsOf("why insight \(n)"), format: try parseFormat())
    }
    let name = try parseName("an insight, an indicator or a name", allowKeywords: true)
    return .why(.name(name), year: try parseAsOf("why \(Printer.name(name.text))"), format: try parseFormat())
  }

  /// An optional `in YEAR` after a query: the cluster as of that year.
  private mutating func parseAsOf(_ written: String) throws(Failure) -> NumberLiteral? {
    guard isKeyword(.in) else { return nil }
    advance()
    return try parseYear("a year after `in`", help: "write `\(written) in 2005`: the cluster as of that year")
  }

  // MARK: - simulation and what-ifs

  private mutating func parseCompare() throws(Failure) -> StatementKind {
    let names = try parseNameList("a cluster to compare") { "compare " + $0.map { Printer.name($0.text) }.joined(separator: ", ") }
    let written = "compare " + names.map { Printer.name($0.text) }.joined(separator: ", ")
    var metric: Name?
    var period: ComparePeriod?
    if isKeyword(.on) {
      advance()
      let m = try parseMetric("a metric after `on`", help: "write `\(written) on exports`")
      metric = m
      period = try parsePeriod(allowYear: true, example: "\(written) on \(m.text)")
    } else if isKeyword(.in) || isKeyword(.from) {
      throw fail(
        "expected `on METRIC` before the years", label: "no metric",
        help: "write `\(written) on exports \(isKeyword(.in) ? "in 2005" : "from 1990 to 2010")`")
    }
    return .compare(names, metric: metric, period: period, format: try parseFormat())
  }

  /// `simulate FROM to TO [as json|as text]`
  private mutating func parseSimulate() throws(Failure) -> StatementKind {
    let (from, to) = try parseYears(command: "simulate")
    // `quiet`: a word, not a keyword, so it stays free as a name elsewhere.
    var quiet = false
    if case .identifier = current.kind, current.text == "quiet" {
      advance()
      quiet = true
    }
    return .simulate(from: from, to: to, quiet: quiet, format: try parseFormat())
  }

  /// `seed N` or `seed none`
  private mutating func parseSeed() throws(Failure) -> StatementKind {
    if case .identifier = current.kind, current.text == "none" {
      advance()
      return .seed(nil)
    }
    let help = "write `seed 42` for the same draws every time, or `seed none` to turn randomness off"
    guard check(.number) else {
      throw fail("expected a whole number or `none` after `seed`, found \(describe(current))", help: help)
    }
    return .seed(try parseWholeNumber("a seed", help: help))
  }

  /// `runs N`
  private mutating func parseRuns() throws(Failure) -> StatementKind {
    let help = "write `runs 1000`: the next simulations repeat that many times with different draws"
    guard check(.number) else {
      throw fail("expected the number of runs after `runs`, found \(describe(current))", help: help)
    }
    let token = current
    let runs = try parseWholeNumber("the number of runs", help: help)
    if runs.magnitude < 1 {
      throw fail("at least one run is needed", at: token, label: "no runs", help: help)
    }
    return .runs(runs)
  }

  /// `scenario NAME from BASE { CHANGES }`
  private mutating func parseScenario() throws(Failure) -> (StatementKind, closingComments: [String]) {
    let name = try parseName("a name for the scenario")
    let shown = Printer.name(name.text)
    try expectKeyword(
      .from, "`from` and the cluster the scenario starts from",
      help: "write `scenario \(shown) from CLUSTER { CHANGES }`, such as `scenario \(shown) from Tirupur { drop ICD }`")
    let base = try parseName("the cluster the scenario starts from")
    let (changes, closing) = try parseBody(
      of: "scenario `\(name.text)`", scenario: (name, base),
      example: "write `scenario \(shown) from \(Printer.name(base.text)) {`, then one change a line, then `}`")
    return (.scenario(name: name, base: base, changes: changes), closing)
  }

  /// `sensitivity on METRIC in YEAR [as json|as text]`
  private mutating func parseSensitivity() throws(Failure) -> StatementKind {
    try expectKeyword(.on, "`on` and a metric after `sensitivity`", help: "write `sensitivity on exports in 2005`")
    let metric = try parseMetric("a metric after `on`", help: "write `sensitivity on exports in 2005`")
    let example = "write `sensitivity on \(metric.text) in 2005`"
    try expectKeyword(.in, "`in` and a year after `\(metric.text)`", help: example)
    let year = try parseYear("a year after `in`", help: example)
    return .sensitivity(metric: metric, year: year, format: try parseFormat())
  }

  /// `plot METRIC[, METRIC …] [for A, B, …] [from Y1 to Y2]`
  private mutating func parsePlot() throws(Failure) -> StatementKind {
    var metrics = [
      try parseMetric("a metric to plot", help: "write `plot exports`, or `plot exports from 1990 to 2010` for some years")
    ]
    while match(.comma) {
      metrics.append(try parseMetric("a metric after `,`", help: "write `plot exports, demand, capacity`"))
    }
    if isKeyword(.in) { throw onePlotYear("plot \(metrics.map(\.text).joined(separator: ", "))", metrics) }
    var clusters: [Name] = []
    if isKeyword(.for) {
      advance()
      clusters = try parseNameList("a cluster or scenario after `for`") {
        "plot \(metrics.map(\.text).joined(separator: ", ")) for " + $0.map { Printer.name($0.text) }.joined(separator: ", ")
      }
    }
    let written =
      "plot \(metrics.map(\.text).joined(separator: ", "))"
      + (clusters.isEmpty ? "" : " for " + clusters.map { Printer.name($0.text) }.joined(separator: ", "))
    if isKeyword(.in) { throw onePlotYear(written, metrics) }
    let period = try parsePeriod(allowYear: false, example: written)
    return .plot(metrics: metrics, clusters: clusters, period: period, format: try parseFormat())
  }

  /// `plot … in YEAR`: a plot draws years; one year's figure is `print` or `why`.
  private mutating func onePlotYear(_ written: String, _ metrics: [Name]) -> Failure {
    let year = peek(1).kind == .number ? peek(1).text : "2000"
    let metric = metrics.first?.text ?? "exports"
    return fail(
      "a plot covers a range of years, not one year", label: "one year",
      help: "write `\(written) from 1990 to \(year)`; for \(year) alone, `print \(metric)(\(year))` or `why \(metric) in \(year)`")
  }

  /// `for NAME in EXPRESSION { STATEMENTS }`
  private mutating func parseFor() throws(Failure) -> (StatementKind, closingComments: [String]) {
    let variable = try parseName("a variable name after `for`")
    let shown = Printer.name(variable.text)
    try expectKeyword(.in, "`in` after `\(variable.text)`", help: "write `for \(shown) in [0.1, 0.2, 0.3] { … }`")
    if check(.lbrace) || check(.newline) || check(.semicolon) || atEnd {
      throw fail(
        "expected the values for `\(variable.text)` to take, found \(describe(current))",
        help: "write `for \(shown) in [0.1, 0.2, 0.3] { … }`")
    }
    let values = try parseExpression()
    let (body, closing) = try parseBody(
      of: "`for` loop", scenario: nil,
      example: "write `for \(shown) in \(Printer.expression(values)) {`, then one statement a line, then `}`")
    return (.forLoop(variable: variable, values: values, body: body), closing)
  }

  /// `{ STATEMENTS }`: the body of a scenario (`scenario` gives its name and base) or of a `for`
  /// loop, with the comments before its closing `}`. An error in one statement of the body is
  /// reported and the rest of the body is still read, so `check` lists every error; the whole
  /// statement then fails, and the script goes on after its closing `}`.
  private mutating func parseBody(of owner: String, scenario: (name: Name, base: Name)?, example: String) throws(Failure)
    -> (statements: [Statement], closingComments: [String])
  {
    guard check(.lbrace) else {
      throw fail("expected `{` and the body of the \(owner), found \(describe(current))", help: example)
    }
    let open = current
    bodyDepth += 1
    defer { bodyDepth -= 1 }
    if bodyDepth > Parser.maximumBodyNesting {
      throw fail(
        "bodies nested more than \(Parser.maximumBodyNesting) deep", at: open, label: "too deep",
        help: "split the work into several loops one after the other")
    }
    advance()  // the `{`
    var statements: [Statement] = []
    var failed = false
    while true {
      while check(.newline) || check(.semicolon) { advance() }
      if check(.rbrace) { break }
      if atEnd {
        _ = unclosed(open, what: "the body of the \(owner)")
        resumeIndex = index
        throw Failure()
      }
      let start = index
      let first = current
      let leading = takeComments(before: current.range.lowerBound)
      do {
        var statement = try parseStatement()
        statement.leadingComments = leading
        if !(check(.newline) || check(.semicolon) || check(.rbrace)) {
          throw fail(
            "expected the end of the statement, found \(describe(current))",
            help: "put one statement on a line, or separate statements with `;`")
        }
        // A comment ending the statement's line is its own, unless the body closes on that line
        // (then it belongs to the whole scenario or loop).
        if check(.newline) || (check(.semicolon) && (peek(1).kind == .newline || peek(1).kind == .endOfInput)) {
          statement.trailingComment = takeTrailingComment(after: statement.span.range.upperBound)
        }
        if let scenario, let refusal = refusal(of: statement.kind, inScenario: scenario) {
          _ = fail(refusal.message, at: first, label: refusal.label, help: refusal.help)
          failed = true
          continue
        }
        statements.append(statement)
      } catch {
        failed = true
        let from = resumeIndex ?? start
        resumeIndex = nil
        recover(from: from, inBody: true)
      }
    }
    let closing = takeComments(before: current.range.lowerBound)
    advance()  // the `}`
    if failed {
      resumeIndex = index
      throw Failure()
    }
    return (statements, closing)
  }

  /// Why a statement cannot be one of a scenario's changes, or nil when it can: a scenario holds
  /// changes to a copy of its base cluster, nothing else.
  private func refusal(of kind: StatementKind, inScenario scenario: (name: Name, base: Name))
    -> (message: String, label: String, help: String)?
  {
    let base = Printer.name(scenario.base.text)
    switch kind {
    case .declaration(let d) where d.keyword == .cluster:
      return (
        "a scenario cannot declare a cluster", "not a change",
        "a scenario changes a copy of `\(base)`; declare the cluster before the scenario")
    case .declaration, .link, .target, .set, .setParameter, .drop, .dropLink:
      return nil
    case .scenario(let inner, _, _):
      return (
        "a scenario cannot contain another scenario", "nested scenario",
        "write `scenario \(Printer.name(inner.text)) from …` at the top level, after the `}` of `\(Printer.name(scenario.name.text))`")
    default:
      let word = kind.keyword.rawValue
      return (
        "`\(word)` cannot be used inside a scenario", "not a change",
        "a scenario holds changes to a copy of `\(base)`: actors, `link`, `target`, `set`, `set param` and `drop`; write `\(word)` after its `}`")
    }
  }

  /// A metric word (`exports`, `firms`), which may be a keyword but not a connecting word.
  private mutating func parseMetric(_ what: String, help: String) throws(Failure) -> Name {
    switch current.kind {
    case .keyword(let k) where [.in, .on, .from, .to].contains(k):
      throw fail("expected \(what), found `\(k.rawValue)`", help: help)
    case .identifier, .keyword:
      return try parseWord(what)
    default:
      throw fail("expected \(what), found \(describe(current))", help: help)
    }
  }

  /// An optional `in YEAR` (when `allowYear`) or `from Y1 to Y2` after `example`.
  private mutating func parsePeriod(allowYear: Bool, example: String) throws(Failure) -> ComparePeriod? {
    if allowYear, isKeyword(.in) {
      advance()
      return .year(try parseYear("a year after `in`", help: "write `\(example) in 2005`"))
    }
    guard isKeyword(.from) else { return nil }
    advance()
    let (first, last) = try parseYears(command: example + " from")
    return .range(first, last)
  }

  /// `Y1 to Y2`, the years in order; `command` is what comes before, for the hints.
  private mutating func parseYears(command: String) throws(Failure) -> (NumberLiteral, NumberLiteral) {
    let first = try parseYear("the first year", help: "write `\(command) 1990 to 2010`")
    guard isKeyword(.to) else {
      let last = check(.number) ? current.text : "2010"
      throw fail(
        "expected `to` after the first year, found \(describe(current))",
        help: "write `\(command) \(first.digits) to \(last)`")
    }
    advance()
    let last = try parseYear("the last year after `to`", help: "write `\(command) \(first.digits) to 2010`")
    if last.magnitude < first.magnitude {
      throw fail(
        "the last year (\(last.digits)) comes before the first (\(first.digits))", at: tokens[index - 1],
        label: "before \(first.digits)", help: "write `\(command) \(last.digits) to \(first.digits)`")
    }
    return (first, last)
  }

  /// A year: a whole number without a unit.
  private mutating func parseYear(_ what: String, help: String) throws(Failure) -> NumberLiteral {
    guard check(.number) else { throw fail("expected \(what), found \(describe(current))", help: help) }
    return try parseWholeNumber("a year", help: help)
  }

  /// A whole number without a unit (a year, a seed, a number of runs), at a number token.
  private mutating func parseWholeNumber(_ what: String, help: String) throws(Failure) -> NumberLiteral {
    let token = current
    let number = try parseNumber(negative: false, start: token.range.lowerBound)
    guard number.unit == .none, !number.digits.contains(".") else {
      throw fail(
        "\(what) is a whole number without a unit", at: token, label: "not a whole number", help: help)
    }
    return number
  }

  private mutating func parseList() throws(Failure) -> StatementKind {
    var kind: Name?
    if !isKeyword(.where), !isFormatAhead, !(check(.newline) || check(.semicolon) || atEnd) {
      kind = try parseWord("what to list, such as `firms`")
    }
    var filter: Expression?
    if isKeyword(.where) {
      advance()
      filter = try parseExpression()
    }
    return .list(kind: kind, filter: filter, format: try parseFormat())
  }

  /// Whether `as json` or `as text` comes next (`list as json`: `as` is not a kind to list).
  private var isFormatAhead: Bool {
    guard case .identifier = current.kind, current.text == "as", case .identifier = peek(1).kind else { return false }
    return peek(1).text == "json" || peek(1).text == "text"
  }

  // MARK: - values

  private static let unitWords: Set<String> = ["usd", "kusd", "musd", "busd", "year", "years"]

  private mutating func nest() throws(Failure) {
    nesting += 1
    if nesting > Parser.maximumNesting {
      throw fail("nested more than \(Parser.maximumNesting) levels deep")
    }
  }

  /// A value: a literal (`0.3`, `producer`, `[a, b]`, `{ TEA: 3 musd }`, `1995 to 2005`), or an
  /// expression computed when the statement runs (`t`, `x * 2`, `Demo.trust + 0.1`,
  /// `exports(2004)`). A literal followed by an operator, `.` or `(` is read again as the start
  /// of an expression, so the literal forms keep their meaning (`-30%`, `border-in`).
  private mutating func parseValue() throws(Failure) -> ValueSyntax {
    let start = index
    switch current.kind {
    case .lparen, .keyword(.not):
      return .expression(try parseExpression())
    case .minus, .plus:
      if peek(1).kind != .number, peek(1).kind != .dollar { return .expression(try parseExpression()) }
    default:
      break
    }
    let value = try parseLiteralValue()
    if continuesAsExpression(value) {
      index = start
      return .expression(try parseExpression())
    }
    return value
  }

  /// Whether `value` is the first operand of an expression: an operator follows it, or for a
  /// word, `.` (an attribute) or `(` (a call).
  private func continuesAsExpression(_ value: ValueSyntax) -> Bool {
    switch value {
    case .number, .string, .bool, .word: break
    default: return false
    }
    switch current.kind {
    case .plus, .minus, .star, .slash, .equalEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
      .keyword(.and), .keyword(.or):
      return true
    case .dot, .lparen:
      if case .word = value { return true }
      return false
    default:
      return false
    }
  }

  private mutating func parseLiteralValue() throws(Failure) -> ValueSyntax {
    let token = current
    if currencyAhead {
      return .number(try parseMoney(negative: false, start: token.range.lowerBound))
    }
    switch token.kind {
    case .number:
      let first = try parseNumber(negative: false, start: token.range.lowerBound)
      if check(.minus), !current.spaceBefore, peek(1).kind == .number, !peek(1).spaceBefore, first.unit == .none,
        first.digits.count == 4, peek(1).text.count == 4
      {
        // `1995-2005`, as years are often written: a span here, a subtraction nowhere.
        let last = peek(1)
        throw fail(
          "`\(first.digits)-\(last.text)`: a span of years is written with `to`",
          over: SourceSpan(file: file, range: token.range.lowerBound..<last.range.upperBound), label: "a span?",
          help: "write `\(first.digits) to \(last.text)` (or `\(first.digits) - \(last.text)`, with spaces, to subtract)")
      }
      return isKeyword(.to) ? try parseSpan(from: first) : .number(first)
    case .minus, .plus:
      advance()
      guard check(.number) || currencyAhead else {
        throw fail("expected a number after `\(token.text)`, found \(describe(current))")
      }
      if currencyAhead { return .number(try parseMoney(negative: token.kind == .minus, start: token.range.lowerBound)) }
      return .number(try parseNumber(negative: token.kind == .minus, start: token.range.lowerBound))
    case .string:
      advance()
      return .string(token.text, span(token))
    case .keyword(.true), .keyword(.false):
      advance()
      return .bool(token.kind == .keyword(.true), span(token))
    case .identifier, .keyword:
      advance()
      // `border-in`, `high-tech`, `long-term`: the paper's words joined by `-`, one word.
      var text = token.text
      var last = token
      while check(.minus), !current.spaceBefore, !peek(1).spaceBefore, isWordToken(peek(1)) {
        advance()
        last = advance()
        text += "-" + last.text
      }
      return .word(Name(text, span: SourceSpan(file: file, range: token.range.lowerBound..<last.range.upperBound)))
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
        if atEnd || startsStatementOnNewLine { throw unclosed(token, what: "the map") }
        // A key is a word, a keyword (`firms`) or a quoted name (a funding source "Tamil Nadu").
        let key = check(.string) ? try parseName("a key") : try parseWord("a key")
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

  private func isWordToken(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier, .keyword: return true
    default: return false
    }
  }

  /// `1995 to 2005`, from the `to`: a span of years (`arrive`). The checker checks the years.
  private mutating func parseSpan(from first: NumberLiteral) throws(Failure) -> ValueSyntax {
    advance()  // the `to`
    guard check(.number) else {
      throw fail(
        "expected the last year after `to`, found \(describe(current))", label: "no last year",
        help: "a span of years is written with its first and last year, such as `1995 to 2005`")
    }
    let last = try parseNumber(negative: false, start: current.range.lowerBound)
    return .span(first, last, first.span.through(last.span))
  }

  /// `[a, b, c]`, over lines if need be, with a trailing comma allowed.
  private mutating func parseList<Element>(_ element: (inout Parser) throws(Failure) -> Element) throws(Failure)
    -> [Element]
  {
    try nest()
    defer { nesting -= 1 }
    listDepth += 1
    defer { listDepth -= 1 }
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

  /// Words for a thousand, a million and a billion written after an amount (`100 million`,
  /// `1.5M`, `2bn`, `5k`), with the money unit each makes when the currency is named.
  private static let scales: [String: (unit: String, power: Int)] = [
    "thousand": ("kusd", 3), "thousands": ("kusd", 3), "k": ("kusd", 3),
    "million": ("musd", 6), "millions": ("musd", 6), "mn": ("musd", 6), "mio": ("musd", 6), "m": ("musd", 6),
    "mm": ("musd", 6),
    "billion": ("busd", 9), "billions": ("busd", 9), "bn": ("busd", 9), "b": ("busd", 9),
  ]
  /// Words naming the currency after an amount: `2 million usd`, `500 dollars`.
  private static let currencyWords: Set<String> = ["usd", "dollar", "dollars"]
  private static let moneyUnits: [String: String] = [
    "usd": "US dollars", "kusd": "thousand US dollars", "musd": "million US dollars", "busd": "billion US dollars",
  ]

  /// Whether an amount of money with its currency first comes next: `$100 million`, `US$ 4
  /// million`, `USD 2 million`, as the paper and its readers write them.
  private var currencyAhead: Bool {
    if check(.dollar) { return peek(1).kind == .number }
    guard case .identifier = current.kind else { return false }
    switch current.text.lowercased() {
    case "usd": return peek(1).kind == .number
    case "us": return peek(1).kind == .dollar && !peek(1).spaceBefore && peek(2).kind == .number
    default: return false
    }
  }

  /// `$100 million`, `US$ 4 million`, `USD 2 million`: read as `100 musd`, `4 musd`, `2 musd`.
  private mutating func parseMoney(negative: Bool, start: Int) throws(Failure) -> NumberLiteral {
    while !check(.number) { advance() }  // the `$`, `US` `$` or `USD`
    return try parseNumber(negative: negative, start: start, currency: true)
  }

  /// A number and the unit after it. The units people write that name one exactly are read as
  /// that unit (`$1.2 billion` as `1.2 busd`, `MUSD` as `musd`, `garments per month` as
  /// `garments/month`); the others are refused with the spelling to use (`100 million`,
  /// `2,500`, `2e6`, `100 musd/year`). `currency` says the currency came first (`$`).
  private mutating func parseNumber(negative: Bool, start: Int, currency: Bool = false) throws(Failure) -> NumberLiteral {
    let token = advance()
    let digits = (negative ? "-" : "") + token.text.replacingUnderscores()
    try refuseSeparators(after: token, start: start)
    var unit = UnitSyntax.none
    var named = currency
    if check(.percent) {
      advance()
      unit = .percent
    } else if case .identifier = current.kind {
      let word = current.text
      let lower = word.lowercased()
      let perPeriod = (peek(1).kind == .slash || peek(1).text == "per") && (peek(2).text == "month" || peek(2).text == "year")
      if !current.spaceBefore, lower.count > 1, lower.first == "e", lower.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
        let power = Int(lower.dropFirst()) ?? 0
        let full = Parser.shifted(token.text.replacingUnderscores(), by: power)
        throw fail(
          "`\(token.text)\(word)`: numbers are written without an exponent",
          over: SourceSpan(file: file, range: start..<current.range.upperBound), label: "an exponent",
          help: full.map { "write `\($0)` or `\(Parser.grouped($0))`" } ?? "write the number in full")
      } else if Parser.unitWords.contains(lower) {
        advance()
        unit = .word(lower)
      } else if lower == "per", peek(1).text == "month" || peek(1).text == "year" {
        throw fail(
          "a rate of output names what is made", over: SourceSpan(file: file, range: start..<peek(1).range.upperBound),
          label: "per what?",
          help: "write `\(digits) garments/\(peek(1).text)` (or pieces, pairs, tonnes …)")
      } else if perPeriod {
        let per = peek(2).text
        advance()
        advance()
        advance()
        unit = .rate(item: word, per: per)
      } else if let scale = Parser.scales[lower] {
        advance()
        if case .identifier = current.kind, Parser.currencyWords.contains(current.text.lowercased()) {
          advance()
          named = true
        }
        guard named else {
          let full = Parser.shifted(token.text.replacingUnderscores(), by: scale.power)
          throw fail(
            "`\(word)` is not a unit", over: SourceSpan(file: file, range: start..<tokens[index - 1].range.upperBound),
            label: "not a unit",
            help: "write `\(digits) \(scale.unit)` (\(Parser.moneyUnits[scale.unit] ?? ""))"
              + (full.map { "; a count: `\((negative ? "-" : "") + Parser.grouped($0))`" } ?? ""))
        }
        unit = .word(scale.unit)
      } else if Parser.currencyWords.contains(lower) {
        advance()
        unit = .word("usd")
      } else if let guess = Suggestions.best(for: word, among: Array(Parser.unitWords).sorted()) {
        throw fail("unknown unit `\(word)`", label: "not a unit", help: "did you mean `\(guess)`?")
      }
    }
    if named {
      switch unit {
      case .none: unit = .word("usd")
      case .word(let w) where Parser.moneyUnits[w] != nil: break
      default:
        throw fail(
          "an amount with `$` or `usd` is money, not \(Printer.number(NumberLiteral(digits: "", unit: unit, span: span(token))).trimmingSpaces())",
          over: span(from: start), label: "not money")
      }
    }
    if case .word(let w) = unit, Parser.moneyUnits[w] != nil { try refusePeriod(after: digits, w, start: start) }
    return NumberLiteral(digits: digits, unit: unit, span: span(from: start))
  }

  /// `2,500` (a thousands separator) or `0,3` (a decimal comma) outside a list, where a comma
  /// can only separate attributes: refused with the number written as the language reads it.
  private mutating func refuseSeparators(after token: Token, start: Int) throws(Failure) {
    guard listDepth == 0, check(.comma), !current.spaceBefore, peek(1).kind == .number, !peek(1).spaceBefore,
      token.text.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return }
    var groups = [token.text]
    var i = index
    while i + 1 < tokens.count, tokens[i].kind == .comma, !tokens[i].spaceBefore, tokens[i + 1].kind == .number,
      !tokens[i + 1].spaceBefore
    {
      groups.append(tokens[i + 1].text)
      i += 2
    }
    let whole = SourceSpan(file: file, range: start..<tokens[i - 1].range.upperBound)
    let rest = groups.dropFirst()
    let isGroup = { (g: String) -> Bool in
      let parts = g.split(separator: ".", omittingEmptySubsequences: false)
      return parts[0].count == 3 && parts[0].allSatisfy { $0.isASCII && $0.isNumber }
    }
    let sign = start < token.range.lowerBound && file.bytes[start] == UInt8(ascii: "-") ? "-" : ""
    let written = groups.joined(separator: ",")
    if token.text.count <= 3, rest.allSatisfy(isGroup), rest.dropLast().allSatisfy({ !$0.contains(".") }) {
      throw fail(
        "`\(written)`: a comma separates values, not thousands", over: whole, label: "one number?",
        help: "write `\(sign + groups.joined())` or `\(sign + groups.joined(separator: "_"))`")
    }
    if groups.count == 2, let fraction = rest.first, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) {
      throw fail(
        "`\(written)`: a decimal is written with a point", over: whole, label: "a decimal comma?",
        help: "write `\(sign + token.text).\(fraction)`")
    }
  }

  /// `100 musd/year`, `2 musd per month`: money carries no period. Refused with the amount
  /// to write.
  private mutating func refusePeriod(after digits: String, _ unit: String, start: Int) throws(Failure) {
    let byWord: Bool
    switch current.kind {
    case .slash: byWord = false
    case .identifier where ["per", "a", "an", "each"].contains(current.text.lowercased()): byWord = true
    default: return
    }
    let period = peek(1).text.lowercased()
    guard ["year", "yr", "annum", "month", "mo"].contains(period) else { return }
    let written = file.text(of: current.range.lowerBound..<peek(1).range.upperBound)
    advance()
    advance()
    let whole = span(from: start)
    guard period.hasPrefix("mo") else {
      throw fail(
        "money is written without `\(written)`", over: whole, label: byWord ? "per year" : "/year",
        help: "write `\(digits) \(unit)`; exports, sales and budgets are per year already")
    }
    let yearly = (Double(digits) ?? .nan) * 12
    throw fail(
      "money is written as an amount a year, not a month", over: whole, label: "per month",
      help: yearly.isFinite && yearly == yearly.rounded() && abs(yearly) < 1e15
        ? "write `\(Int64(yearly)) \(unit)` (12 × \(digits) \(unit))" : "write the amount a year in `\(unit)`")
  }

  /// The digits of `digits` × 10^`power` when that is a whole number of reasonable length
  /// (`1.5`, 6 → `1500000`), else nil.
  static func shifted(_ digits: String, by power: Int) -> String? {
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    guard power >= fraction.count, power <= 18, whole.count + power <= 24 else { return nil }
    var all = whole + fraction + String(repeating: "0", count: power - fraction.count)
    while all.count > 1, all.first == "0" { all.removeFirst() }
    return all
  }

  /// `1500000` → `1_500_000`.
  static func grouped(_ digits: String) -> String {
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append("_") }
      out.append(c)
    }
    return out
  }

  // MARK: - expressions

  mutating func parseExpression() throws(Failure) -> Expression {
    if nesting == 0 { operators = 0 }
    try nest()
    defer { nesting -= 1 }
    return try parseOr()
  }

  /// Counts one more chained operator, at the operator's token (see `maximumOperators`).
  private mutating func chain() throws(Failure) {
    operators += 1
    if operators > Parser.maximumOperators {
      throw fail(
        "expression with more than \(Parser.maximumOperators) operators", label: "too long",
        help: "split it into steps with `let`")
    }
  }

  /// Inside parentheses a line break does not end the expression (the REPL keeps reading an
  /// open `(` as well): `(1 +` then `2)`.
  private mutating func skipNewlinesInParentheses() {
    if parentheses > 0 { skipNewlines() }
  }

  private mutating func parseOr() throws(Failure) -> Expression {
    var left = try parseAnd()
    while true {
      skipNewlinesInParentheses()
      guard isKeyword(.or) else { break }
      try chain()
      advance()
      skipNewlinesInParentheses()
      let right = try parseAnd()
      left = .binary(.or, left, right, left.span.through(right.span))
    }
    return left
  }

  private mutating func parseAnd() throws(Failure) -> Expression {
    var left = try parseNot()
    while true {
      skipNewlinesInParentheses()
      guard isKeyword(.and) else { break }
      try chain()
      advance()
      skipNewlinesInParentheses()
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
    skipNewlinesInParentheses()
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
    skipNewlinesInParentheses()
    let right = try parseAdditive()
    return .binary(op, left, right, left.span.through(right.span))
  }

  private mutating func parseAdditive() throws(Failure) -> Expression {
    var left = try parseMultiplicative()
    while true {
      skipNewlinesInParentheses()
      guard check(.plus) || check(.minus) else { break }
      try chain()
      let op: BinaryOperator = advance().kind == .plus ? .add : .subtract
      skipNewlinesInParentheses()
      let right = try parseMultiplicative()
      left = .binary(op, left, right, left.span.through(right.span))
    }
    return left
  }

  private mutating func parseMultiplicative() throws(Failure) -> Expression {
    var left = try parseUnary()
    while true {
      skipNewlinesInParentheses()
      guard check(.star) || check(.slash) else { break }
      try chain()
      let op: BinaryOperator = advance().kind == .star ? .multiply : .divide
      skipNewlinesInParentheses()
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
      try chain()
      advance()
      expression = .member(expression, try parseWord("an attribute name after `.`"))
    }
    return expression
  }

  private mutating func parsePrimary() throws(Failure) -> Expression {
    let token = current
    if currencyAhead { return .number(try parseMoney(negative: false, start: token.range.lowerBound)) }
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
      if case .keyword(let k) = token.kind, Keyword.notValues.contains(k) {
        throw fail("expected a value, found `\(k.rawValue)`")
      }
      advance()
      let name = Name(token.text, span: span(token))
      if check(.lparen) { return try parseCall(name) }
      return .name(name)
    case .lparen:
      advance()
      parentheses += 1
      defer { parentheses -= 1 }
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

  /// `NAME(ARGUMENT, …)`, from the `(`.
  private mutating func parseCall(_ function: Name) throws(Failure) -> Expression {
    try nest()
    defer { nesting -= 1 }
    advance()  // the `(`
    parentheses += 1
    defer { parentheses -= 1 }
    listDepth += 1
    defer { listDepth -= 1 }
    var arguments: [Expression] = []
    skipNewlines()
    while !check(.rparen) {
      arguments.append(try parseExpression())
      skipNewlines()
      if match(.comma) {
        skipNewlines()
        continue
      }
      if !check(.rparen) {
        throw fail(
          "expected `,` or `)` after an argument of `\(function.text)`, found \(describe(current))",
          help: "write `\(function.text)(ARGUMENT, …)`, such as `exports(2004)`")
      }
    }
    advance()  // the `)`
    return .call(function, arguments, span(from: function.span.range.lowerBound))
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
