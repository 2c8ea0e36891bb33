// The tour `clusterlab demo` runs on the built-in Tirupur case (DemoCase.swift).

public enum DemoTour {
  /// Statements shown one by one, each with its output, after the case is loaded silently.
  public static let statements = """
    # The built-in case: Tirupur knitwear as of 1990 (examples/tirupur.cluster).
    list clusters
    # Everything declared in the current cluster:
    list
    # The Tirupur Exporters' Association: catalyst, leader and manager (insight 3).
    show TEA
    # The projects of the cluster initiative, with the gear each turns (insight 4):
    list interventions
    # Expressions count firms (a cohort counts as its number of firms):
    print count(firms)
    print count(firms where role == exporter)
    list institutions where roles == catalyst
    # The model: the ten insights of Part 2 on one screen.
    evaluate
    # Any finding can be traced to its inputs, rule, parameters and the paper's passage:
    why insight 3
    why leverage
    # What if trust had to be higher before joint projects count? Parameters are one table:
    set param trust_low = 0.4
    why insight 6
    # Changing the case is one statement, and `undo` takes it back:
    undo
    # A plan following Part 3: identify, create conditions, generate action, extend and sustain.
    plan
    # The simulation: Tirupur from 1990, year by year (docs/calibration.md sets it against the paper).
    simulate 1990 to 2004
    # What if TEA had never built the inland container depot and the water scheme?
    scenario NoDepot from Tirupur { drop ICD; drop Water }
    compare Tirupur, NoDepot on exports from 1990 to 2004
    """

  /// The tour in steps, each a comment and the statements it introduces, for a tour that
  /// waits between them. Each step keeps its lines' numbers (blank lines stand for the steps
  /// before), so a message would point at the tour's own line.
  public static var steps: [String] {
    var steps: [[Substring]] = []
    var previousWasComment = false
    for line in statements.split(separator: "\n", omittingEmptySubsequences: false) {
      let comment = line.drop(while: { $0 == " " }).hasPrefix("#")
      if steps.isEmpty || (comment && !previousWasComment) { steps.append([]) }
      steps[steps.count - 1].append(line)
      previousWasComment = comment
    }
    var before = 0
    return steps.map { lines in
      defer { before += lines.count }
      return String(repeating: "\n", count: before) + lines.joined(separator: "\n")
    }
  }
}
