// Tokens and the language's reserved words.

/// The reserved words of the language. `grammar/clusterlab.ebnf` names every one of them, and a
/// test keeps the two lists equal.
public enum Keyword: String, CaseIterable, Sendable {
  // declarations
  case cluster, firm, firms, institution, buyer, consortium, link, intervention, event, target
  // changing the workspace, scripting
  case set, drop, use, `let`, print, assert, include
  // expressions
  case and, or, not, `true`, `false`, `where`, count, sum, by
  // session commands
  case help, list, show, load, save, undo, redo, reset, quit, exit
  // model commands
  case evaluate, insights, why, stage, gears, diamond, roles, financing, valuechain, network, plan
  case params, simulate, plot, compare, sensitivity, export
  // simulation and what-ifs
  case scenario, seed, runs, `for`, `in`, from, to, on

  /// The commands that belong to the cluster model.
  public static let modelCommands: [Keyword] = [
    .evaluate, .insights, .why, .stage, .gears, .diamond, .roles, .financing, .valuechain,
    .network, .plan, .params, .simulate, .plot, .compare, .sensitivity, .export,
  ]

  /// The model's queries that take no argument but an optional `as json`.
  public static let queries: [Keyword] = [
    .evaluate, .insights, .stage, .gears, .diamond, .roles, .financing, .valuechain, .network, .plan, .params,
  ]

  /// The statements that end with an optional `as json` or `as text`.
  public static let formatted: [Keyword] = modelCommands.filter { $0 != .export } + [.list, .show, .print]

  /// Keywords that may begin a statement.
  public static let statementStarters: [Keyword] = [
    .cluster, .firm, .firms, .institution, .buyer, .consortium, .link, .intervention, .event, .target,
    .set, .drop, .use, .let, .print, .assert, .include,
    .help, .list, .show, .load, .save, .undo, .redo, .reset, .quit, .exit,
    .scenario, .seed, .runs, .for,
  ] + modelCommands

  /// Keywords that are never a value in an expression: the operators, and the words that
  /// separate an expression from what follows it (`for x in …`, `sensitivity on …`). Every
  /// other keyword may stand as a bare word there (`where from == TEA and to == makers`,
  /// `count(firms)`, `firms(2005)`).
  public static let notValues: Set<Keyword> = [.and, .or, .not, .where, .by, .in, .on]
}

/// What a token is.
public enum TokenKind: Equatable, Sendable {
  case identifier
  case keyword(Keyword)
  case number
  case string
  case percent
  case lbrace, rbrace, lbracket, rbracket, lparen, rparen
  case comma, colon, semicolon, dot
  /// `->`, a directed link
  case arrow
  /// `--`, an undirected link
  case dashDash
  case plus, minus, star, slash
  /// `$`: only before an amount of money (`$100 million`), which the parser reads as `100 musd`.
  case dollar
  case equal, equalEqual, notEqual, less, lessEqual, greater, greaterEqual
  case newline
  case endOfInput
  /// A character or string the lexer could not read; the message says why.
  case invalid(String)
}

/// One token, with its place in the source.
public struct Token: Sendable {
  public let kind: TokenKind
  /// Byte range in the source file.
  public let range: Range<Int>
  /// The source text, or for a string the value with escapes resolved.
  public let text: String
  /// Whether whitespace came right before this token (`garments/month` versus `a / b`).
  public let spaceBefore: Bool

  public init(kind: TokenKind, range: Range<Int>, text: String, spaceBefore: Bool) {
    self.kind = kind
    self.range = range
    self.text = text
    self.spaceBefore = spaceBefore
  }
}

/// A `#` comment, kept beside the tokens so `fmt` can put it back.
public struct Comment: Sendable {
  public let range: Range<Int>
  /// The text after `#`, as written.
  public let text: String
  /// Whether code precedes it on its line (a trailing comment).
  public let trailing: Bool
}
