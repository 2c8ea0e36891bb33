// Aligned text tables for `list`, the model's answers and the simulation, fitted to a width.

/// A table of text cells printed with aligned columns; numbers are right-aligned.
struct TextTable {
  var headers: [String]
  var rows: [[String]] = []
  /// Columns whose cells are right-aligned.
  var rightAligned: Set<Int> = []

  init(_ headers: [String]) {
    self.headers = headers
  }

  mutating func add(_ row: [String]) {
    rows.append(row)
  }

  /// Columns whose cells never break (figures, bars), as long as the table can fit without
  /// breaking them; right-aligned columns are such columns too.
  var unbroken: Set<Int> = []
  /// Columns whose cells start with a status (strength, warning, risk), painted on a colour
  /// screen; and rows whose cells after the first do.
  var statusColumns: Set<Int> = []
  var statusRows: Set<Int> = []

  /// Columns apart.
  static let gap = 2

  /// The table in at most `screen.width` columns. Every column first gets its widest cell;
  /// when that is too wide, the widest columns give way first (the narrow ones keep their
  /// width), text cells wrap inside their column at spaces, and a word breaks only when its
  /// column is narrower than it. Headers wrap like cells; the rule under them spans each
  /// column.
  func render(on screen: Screen) -> String {
    let (widths, gap) = layout(screen.width)
    let separator = String(repeating: " ", count: gap)
    func lines(_ row: [String], statuses: Bool = false) -> [String] {
      let cells = widths.indices.map { i in Layout.lines(i < row.count ? row[i] : "", width: widths[i]) }
      let height = cells.map(\.count).max() ?? 1
      return (0..<height).map { k in
        var parts: [String] = []
        for (i, width) in widths.enumerated() {
          let cell = k < cells[i].count ? cells[i][k] : ""
          let pad = String(repeating: " ", count: max(0, width - cell.displayWidth))
          let padded = rightAligned.contains(i) ? pad + cell : cell + pad
          let painted = statusColumns.contains(i) || (statuses && i > 0)
          parts.append(painted ? screen.paintingLeadingStatus(padded) : padded)
        }
        return parts.joined(separator: separator).trimmingTrailingSpaces()
      }
    }
    var out = lines(headers).map { $0 + "\n" }.joined()
    out += widths.map { String(repeating: "-", count: $0) }.joined(separator: separator).trimmingTrailingSpaces() + "\n"
    for (r, row) in rows.enumerated() { out += lines(row, statuses: statusRows.contains(r)).map { $0 + "\n" }.joined() }
    return out
  }

  /// The width of each column, and the spaces between them, in a table of at most `total`
  /// columns.
  func layout(_ total: Int) -> (widths: [Int], gap: Int) {
    let count = headers.count
    guard count > 0 else { return ([], TextTable.gap) }
    var natural = [Int](repeating: 0, count: count)
    var body = [Int](repeating: 0, count: count)
    var longestWord = [Int](repeating: 1, count: count)
    for (r, row) in ([headers] + rows).enumerated() {
      for (i, cell) in row.enumerated() where i < count {
        for line in cell.split(separator: "\n", omittingEmptySubsequences: false) {
          natural[i] = max(natural[i], line.displayWidth)
          if r > 0 { body[i] = max(body[i], line.displayWidth) }
          for word in line.split(separator: " ") { longestWord[i] = max(longestWord[i], word.displayWidth) }
        }
      }
    }
    func room(_ gap: Int) -> Int { max(total - gap * (count - 1), count) }
    if natural.reduce(0, +) <= room(TextTable.gap) { return (natural, TextTable.gap) }
    let keep = unbroken.union(rightAligned)
    // The least each column takes, from the most to keep to the least: whole words (up to 20
    // columns: a longer one breaks anyway) and, in the columns that keep their cells, whole
    // cells and header words, two spaces apart; then one space apart; then the headers of
    // those columns may break; then words break at 12, 8, 4 columns, and at last anywhere.
    var tries: [(cap: Int, headers: Bool, gap: Int)] = [(20, true, 2), (20, true, 1), (20, false, 1)]
    tries += [12, 8, 4, 1].map { ($0, false, 1) }
    var least = [Int](repeating: 1, count: count)
    var gap = 1
    for attempt in tries {
      let candidate = (0..<count).map { i in
        keep.contains(i) ? max(attempt.headers ? max(body[i], longestWord[i]) : body[i], 1) : min(natural[i], longestWord[i], attempt.cap)
      }
      if candidate.reduce(0, +) <= room(attempt.gap) {
        least = candidate
        gap = attempt.gap
        break
      }
    }
    least = zip(least, natural).map { max(1, min($0, $1)) }
    let available = room(gap)
    // The level every column is raised to (within its least and its widest cell): the highest
    // that fits. What is left over goes to the widest columns that still want it, last first.
    func widths(at level: Int) -> [Int] { (0..<count).map { min(natural[$0], max(least[$0], level)) } }
    var low = 0
    var high = natural.max() ?? 0
    while low < high {
      let mid = (low + high + 1) / 2
      if widths(at: mid).reduce(0, +) <= available { low = mid } else { high = mid - 1 }
    }
    var result = widths(at: low)
    var spare = available - result.reduce(0, +)
    for i in (0..<count).reversed() where spare > 0 && result[i] < natural[i] {
      result[i] += 1
      spare -= 1
    }
    return (result, gap)
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = self
    while s.hasSuffix(" ") { s.removeLast() }
    return s
  }
}

extension StringProtocol {
  /// The columns a terminal gives the text: East Asian wide and fullwidth characters and emoji
  /// take two, combining marks, variation selectors and joiners none, the rest one (as
  /// wcwidth counts; the wide ranges are Unicode's East_Asian_Width W and F, grouped).
  public var displayWidth: Int {
    var width = 0
    for scalar in unicodeScalars {
      let v = scalar.value
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .format: continue
      default: break
      }
      if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { continue }
      let wide =
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
        || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
        || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
        || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) || scalar.properties.isEmojiPresentation
      width += wide ? 2 : 1
    }
    return width
  }
}
