// The syntax tree: what the parser builds and the canonical printer writes back.

/// A name as written: an identifier or a quoted string.
public struct Name: Sendable {
  public let text: String
  public let span: SourceSpan
  public init(_ text: String, span: SourceSpan) {
    self.text = text
    self.span = span
  }
}

/// A unit written after a number.
public enum UnitSyntax: Sendable, Equatable {
  case none
  /// `usd`, `kusd`, `musd`, `busd`, `year`, `years`
  case word(String)
  case percent
  /// `garments/month`: what is produced, and `month` or `year`.
  case rate(item: String, per: String)
}

/// A number with its unit, kept as written so printing it back changes nothing.
public struct NumberLiteral: Sendable {
  /// The digits as written, underscores removed, with a leading `-` when negative.
  public let digits: String
  public let unit: UnitSyntax
  public let span: SourceSpan
  public init(digits: String, unit: UnitSyntax, span: SourceSpan) {
    self.digits = digits
    self.unit = unit
    self.span = span
  }
  /// The number in the written unit (no overflow trap: huge values become large doubles).
  public var magnitude: Double { Double(digits) ?? .nan }
}

/// A literal value of an attribute.
public indirect enum ValueSyntax: Sendable {
  case number(NumberLiteral)
  case string(String, SourceSpan)
  /// A bare word: an enumeration value or a name.
  case word(Name)
  case bool(Bool, SourceSpan)
  case list([ValueSyntax], SourceSpan)
  case map([(key: Name, value: ValueSyntax)], SourceSpan)
  /// `1995 to 2005`: a span of years (the checker checks the years and their order).
  case span(NumberLiteral, NumberLiteral, SourceSpan)
  /// A value computed when the statement runs: `t * 2`, `count(firms)`, `Demo.trust + 0.1`.
  /// The checker evaluates it and checks the result as it would a literal; the workspace keeps
  /// the value, and the printer writes the expression as it was written. (A bare word stays a
  /// `.word`: the checker reads it as a variable when one of that name exists.)
  case expression(Expression)

  public var span: SourceSpan {
    switch self {
    case .number(let n): return n.span
    case .string(_, let s), .bool(_, let s), .list(_, let s), .map(_, let s), .span(_, _, let s): return s
    case .word(let n): return n.span
    case .expression(let e): return e.span
    }
  }
}

/// `name: value` in a declaration.
public struct AttributeSyntax: Sendable {
  public let name: Name
  public let value: ValueSyntax
  public var leadingComments: [String] = []
  public var trailingComment: String?
  public init(name: Name, value: ValueSyntax) {
    self.name = name
    self.value = value
  }
}

/// The attributes of a declaration, as a block or on one line.
public struct AttributeBlock: Sendable {
  public var attributes: [AttributeSyntax]
  /// Comments after the last attribute, before the closing `}`.
  public var closingComments: [String] = []
  public init(attributes: [AttributeSyntax]) {
    self.attributes = attributes
  }
}

/// Binary operators of expressions.
public enum BinaryOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case and, or
}

/// An expression of `let`, `print`, `assert` and `where`.
public indirect enum Expression: Sendable {
  case number(NumberLiteral)
  case string(String, SourceSpan)
  case bool(Bool, SourceSpan)
  /// A bare word: a variable, an attribute of the actor being filtered, or an enumeration value.
  case name(Name)
  case member(Expression, Name)
  case list([Expression], SourceSpan)
  case negate(Expression, SourceSpan)
  case not(Expression, SourceSpan)
  case binary(BinaryOperator, Expression, Expression, SourceSpan)
  /// `count(KIND [where EXPR])`
  case count(kind: Name, filter: Expression?, SourceSpan)
  /// `sum(KIND.attribute [where EXPR])`
  case sum(kind: Name, attribute: Name, filter: Expression?, SourceSpan)
  /// `NAME(ARGUMENT, …)`: a function of the model, such as `exports(2004)` or
  /// `p10(exports, 2004)` (`count(…)` and `sum(…)` have their own forms above).
  case call(Name, [Expression], SourceSpan)

  public var span: SourceSpan {
    switch self {
    case .number(let n): return n.span
    case .string(_, let s), .bool(_, let s), .list(_, let s), .negate(_, let s), .not(_, let s): return s
    case .binary(_, _, _, let s), .count(_, _, let s), .sum(_, _, _, let s), .call(_, _, let s): return s
    case .name(let n): return n.span
    case .member(let base, let n): return base.span.through(n.span)
    }
  }
}

/// A declaration of a cluster, an actor or an intervention.
public struct DeclarationSyntax: Sendable {
  /// The declaring keyword: `cluster`, `firm`, `firms`, `institution`, `buyer`, `consortium`,
  /// `intervention`, `event`.
  public let keyword: Keyword
  public let name: Name
  /// The size of a cohort (`firms makers: 2500`).
  public let count: NumberLiteral?
  public let block: AttributeBlock?
  public init(keyword: Keyword, name: Name, count: NumberLiteral?, block: AttributeBlock?) {
    self.keyword = keyword
    self.name = name
    self.count = count
    self.block = block
  }
}

/// `link FROM -> TO : KIND …` or `link A -- B : KIND …`.
public struct LinkSyntax: Sendable {
  public let from: Name
  public let to: Name
  public let directed: Bool
  public let kind: Name
  public let block: AttributeBlock?
  public init(from: Name, to: Name, directed: Bool, kind: Name, block: AttributeBlock?) {
    self.from = from
    self.to = to
    self.directed = directed
    self.kind = kind
    self.block = block
  }
}

/// `target METRIC VALUE by YEAR`.
public struct TargetSyntax: Sendable {
  public let metric: Name
  public let value: NumberLiteral
  public let year: NumberLiteral
  public init(metric: Name, value: NumberLiteral, year: NumberLiteral) {
    self.metric = metric
    self.value = value
    self.year = year
  }
}

/// What a statement says.
public enum StatementKind: Sendable {
  case declaration(DeclarationSyntax)
  case link(LinkSyntax)
  case target(TargetSyntax)
  /// `set NAME.attribute = VALUE`, the value a literal or an expression (`t`, `x * 2`).
  case set(entity: Name, attribute: Name, value: ValueSyntax)
  /// `drop NAME`
  case drop(Name)
  /// `drop link A -> B [: KIND]`
  case dropLink(from: Name, to: Name, directed: Bool, kind: Name?)
  case use(Name)
  case `let`(Name, Expression)
  /// `print EXPRESSION, … [as json|as text]`: several values on one line; inside a `for`, a
  /// print of several values is a row of one table the loop prints when it ends.
  case print([Expression], format: OutputFormat)
  case assert(Expression)
  case include(path: String, SourceSpan)
  case help(topic: String?)
  /// `list [KIND] [where EXPRESSION] [as json|as text]`
  case list(kind: Name?, filter: Expression?, format: OutputFormat)
  /// `show NAME [as json|as text]`
  case show(Name, format: OutputFormat)
  case load(path: String, SourceSpan)
  /// `load example NAME`: a case built into clusterlab (`list examples` lists them).
  case loadExample(Name)
  /// `save FILE`, or `save FILE replace` to overwrite a file the session did not load or save.
  case save(path: String, SourceSpan, replace: Bool)
  case undo, redo, reset, quit
  /// A query of the cluster model: `evaluate`, `insights`, `stage`, `gears`, `diamond`, `roles`,
  /// `financing`, `valuechain`, `network`, `plan`, `params`, optionally `in YEAR` (the cluster as
  /// of that year) and `as json`; `params WORD` lists only the parameters about WORD.
  case query(Keyword, year: NumberLiteral?, filter: Name?, format: OutputFormat)
  /// `why insight N`, `why INDICATOR`, `why NAME`, optionally `in YEAR`.
  case why(WhyTarget, year: NumberLiteral?, format: OutputFormat)
  /// `compare A, B, … [on METRIC [in YEAR | from Y1 to Y2]] [as json|as text]`
  case compare([Name], metric: Name?, period: ComparePeriod?, format: OutputFormat)
  /// `set param NAME = EXPRESSION` (a number, or a variable of a `for` sweep)
  /// `set param NAME = VALUE [in CLUSTER]`: the session's parameter, or one cluster's (a scenario's).
  case setParameter(Name, Expression, cluster: Name?)
  /// `simulate FROM to TO [quiet] [as json|as text]`: `quiet` runs and keeps the simulation
  /// (for `exports(YEAR)`, `plot`, `why`) without printing it, as a sweep wants.
  case simulate(from: NumberLiteral, to: NumberLiteral, quiet: Bool, format: OutputFormat)
  /// `seed N`, or `seed none` (nil): the random seed of the next simulations.
  case seed(NumberLiteral?)
  /// `runs N`: how many Monte Carlo runs the next simulations make.
  case runs(NumberLiteral)
  /// `scenario NAME from BASE { CHANGES }`: a what-if, a copy of BASE with the changes made.
  /// The changes are statements that change a cluster (declarations of actors, `link`,
  /// `target`, `set`, `set param`, `drop`, `drop link`); comments written before the closing
  /// `}` are the statement's ``Statement/closingComments``.
  case scenario(name: Name, base: Name, changes: [Statement])
  /// `sensitivity on METRIC in YEAR [as json|as text]`
  case sensitivity(metric: Name, year: NumberLiteral, format: OutputFormat)
  /// `plot METRIC[, METRIC …] [for A, B, …] [from Y1 to Y2] [as json|as text]`: as JSON, the
  /// data rather than the drawing. Without `for` (no clusters), the current cluster's last
  /// simulation. `plot gears` and `plot diamond` draw bars of the evaluation (one metric).
  case plot(metrics: [Name], clusters: [Name], period: ComparePeriod?, format: OutputFormat)
  /// `for NAME in EXPRESSION { STATEMENTS }`; comments written before the closing `}` are the
  /// statement's ``Statement/closingComments``.
  case forLoop(variable: Name, values: Expression, body: [Statement])
  /// `export FORMAT [WHAT] [for NAME, …] to FILE [replace]`: results written to a file.
  case export(ExportRequest)

  /// The keyword the statement begins with (`quit` for `exit` as well).
  public var keyword: Keyword {
    switch self {
    case .declaration(let d): return d.keyword
    case .link: return .link
    case .target: return .target
    case .set, .setParameter: return .set
    case .drop, .dropLink: return .drop
    case .use: return .use
    case .let: return .let
    case .print: return .print
    case .assert: return .assert
    case .include: return .include
    case .help: return .help
    case .list: return .list
    case .show: return .show
    case .load, .loadExample: return .load
    case .save: return .save
    case .undo: return .undo
    case .redo: return .redo
    case .reset: return .reset
    case .quit: return .quit
    case .query(let k, _, _, _): return k
    case .export: return .export
    case .why: return .why
    case .compare: return .compare
    case .simulate: return .simulate
    case .seed: return .seed
    case .runs: return .runs
    case .scenario: return .scenario
    case .sensitivity: return .sensitivity
    case .plot: return .plot
    case .forLoop: return .for
    }
  }
}

/// The years a comparison or a plot covers.
public enum ComparePeriod: Sendable {
  /// `in YEAR`
  case year(NumberLiteral)
  /// `from Y1 to Y2`
  case range(NumberLiteral, NumberLiteral)
}

/// How the answer of a query, `list`, `show`, `print` or `plot` is written.
public enum OutputFormat: String, Sendable {
  /// The session's default (text, unless `--format json`).
  case standard
  case text
  case json
}

/// What `why` explains.
public enum WhyTarget: Sendable {
  case insight(Int, SourceSpan)
  /// An indicator id or an actor's name.
  case name(Name)
}

/// One statement, with the comments around it.
public struct Statement: Sendable {
  public var kind: StatementKind
  public let span: SourceSpan
  public var leadingComments: [String] = []
  public var trailingComment: String?
  /// Comments after the last statement of a body (`scenario`, `for`), before its closing `}`.
  public var closingComments: [String] = []
  public init(kind: StatementKind, span: SourceSpan) {
    self.kind = kind
    self.span = span
  }
}

/// A parsed source file.
public struct Script: Sendable {
  public let file: SourceFile
  public var statements: [Statement]
  /// Comments after the last statement.
  public var closingComments: [String] = []
  /// Declarations whose statement had a syntax error, with their keyword and name alone (a
  /// cohort of one firm): `check` enters them so the rest of the file is checked without a
  /// cascade of "not declared". Never run, printed or saved.
  public var recovered: [Statement] = []
  public init(file: SourceFile, statements: [Statement]) {
    self.file = file
    self.statements = statements
  }
}
