// Explanation trails: every figure the model produces carries where it came from — the
// inputs it read, the rule it applied, the parameters it used and the paper's passage.

/// One input a figure was computed from, as the user declared it (or as another figure gave it).
public struct TrailInput: Sendable, Equatable {
  public let name: String
  public let value: String
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// Why a figure is what it is: the answer to `why`.
public struct Trail: Sendable, Equatable {
  public var inputs: [TrailInput]
  /// The rule in words, with its formula where it has one.
  public var rule: String
  /// Names of the parameters used (their values are looked up in the parameter set used).
  public var parameters: [String]
  /// The paper's passage the rule comes from ("insight 8: NTADCL …").
  public var passage: String

  public init(inputs: [TrailInput] = [], rule: String, parameters: [String] = [], passage: String) {
    self.inputs = inputs
    self.rule = rule
    self.parameters = parameters
    self.passage = passage
  }
}
