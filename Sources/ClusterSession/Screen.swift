// The room an answer has: the width it must fit, the window's height, whether statuses are
// coloured; and the layout that keeps prose inside the width (word wrap, hanging indents).

/// Where a session's answers are shown. The command line measures it (docs/language.md, "The
/// screen"); a session on its own renders for 80 columns, without colour.
public struct Screen: Sendable, Equatable {
  /// Narrower than this, no table of the model can be read; a narrower request gets this.
  public static let narrowest = 40
  /// Wider than this is taken as this (a chart's grid grows with the width).
  public static let widest = 1000
  public static let standardWidth = 80

  /// Columns every line of an answer fits in.
  public let width: Int
  /// Rows of the window, when the answers go to one: a chart fits under the prompt.
  public let height: Int?
  /// Whether statuses (strength, warning, risk) are written in colour.
  public let colour: Bool
  /// Whether charts may draw with Unicode (box drawing, filled marks, block elements): only on
  /// a terminal whose locale is UTF-8. Pipes, files and sessions on their own get ASCII.
  public let unicode: Bool

  public init(width: Int = Screen.standardWidth, height: Int? = nil, colour: Bool = false, unicode: Bool = false) {
    self.width = min(max(width, Screen.narrowest), Screen.widest)
    self.height = height.map { max($0, 1) }
    self.colour = colour
    self.unicode = unicode
  }

  /// Each line of `text` in the width: a longer one continues under its own text (after its
  /// indent, list marker or label).
  public func fit(_ text: String) -> String {
    Layout.fit(text, width: width)
  }

  /// A rendered diagnostic in the width, its source lines and carets kept as they are.
  public func fitDiagnostic(_ text: String) -> String {
    Layout.fitDiagnostic(text, width: width)
  }

  // MARK: - statuses at a glance

  /// Select Graphic Rendition codes readable on light and dark backgrounds.
  private static let statusCodes = [("strength", "32"), ("warning", "33"), ("risk", "1;31")]

  /// `word` as the screen shows a status: green, yellow or bold red when colour is on.
  func paint(_ word: String) -> String {
    guard colour, let code = Screen.statusCodes.first(where: { $0.0 == word })?.1 else { return word }
    return "\u{1B}[\(code)m\(word)\u{1B}[0m"
  }

  /// `text` with the status word it starts with painted (after the text was padded and wrapped,
  /// so colour never changes a width).
  func paintingLeadingStatus(_ text: String) -> String {
    guard colour else { return text }
    for (word, _) in Screen.statusCodes where text.hasPrefix(word) {
      let rest = text.dropFirst(word.count)
      if rest.isEmpty || rest.first == " " || rest.first == "," { return paint(word) + rest }
    }
    return text
  }

  /// `text` with its last status word painted (the status that ends a heading: "3. A catalyst
  /// … — warning"), or with `all`, each of them but those counted 0 (the dashboard's counts).
  func paintingStatuses(_ text: String, all: Bool = false) -> String {
    guard colour else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    }
    func isStatus(_ word: String) -> Bool {
      let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
      return Screen.statusCodes.contains { $0.0 == bare }
    }
    func painted(_ word: String) -> String {
      word.hasSuffix(",") ? paint(String(word.dropLast())) + "," : paint(word)
    }
    outer: for l in lines.indices.reversed() {
      for w in lines[l].indices.reversed() where isStatus(lines[l][w]) && !(all && w > 0 && lines[l][w - 1] == "0") {
        lines[l][w] = painted(lines[l][w])
        if !all { break outer }
      }
    }
    return lines.map { $0.joined(separator: " ") }.joined(separator: "\n")
  }
}

/// Text broken into lines that fit a width.
enum Layout {
  /// `text` in lines of at most `width` columns (display width; the first line `firstWidth`
  /// when given): broken at spaces, inside a word only when the word alone is wider than the
  /// line. Line breaks in `text` are kept; runs of spaces between words become one.
  static func lines(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
    var out: [String] = []
    func room() -> Int { max(out.isEmpty ? (firstWidth ?? width) : width, 1) }
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in glued(paragraph.split(separator: " "), width: width) {
        let w = word.displayWidth
        if lineWidth > 0, lineWidth + 1 + w <= room() {
          line += " " + word
          lineWidth += 1 + w
          continue
        }
        if lineWidth > 0 { out.append(line) }
        line = ""
        lineWidth = 0
        // A word wider than the line goes in pieces, each filling a line, ended after a `_`,
        // `-` or `/` where there is one (`advantage_gain_` / `infrastructure_headroom`).
        var pieceBreak: String.Index?
        for character in word {
          let cw = String(character).displayWidth
          if lineWidth > 0, lineWidth + cw > room() {
            if let cut = pieceBreak, cut < line.endIndex {
              let rest = String(line[cut...])
              out.append(String(line[..<cut]))
              line = rest
            } else {
              out.append(line)
              line = ""
            }
            lineWidth = line.displayWidth
            pieceBreak = nil
          }
          line.append(character)
          lineWidth += cw
          if "_-/".contains(character) { pieceBreak = line.endIndex }
        }
      }
      out.append(line)
    }
    return out
  }

  /// The words of a line, a number kept with the word after it ("2 musd", "50 firms") when the
  /// two fit a line together.
  private static func glued(_ words: [Substring], width: Int) -> [Substring] {
    var out: [Substring] = []
    var i = 0
    while i < words.count {
      let word = words[i]
      if i + 1 < words.count, isNumber(word) {
        let pair = word + " " + words[i + 1]
        if pair.displayWidth <= width {
          out.append(Substring(pair))
          i += 2
          continue
        }
      }
      out.append(word)
      i += 1
    }
    return out
  }

  private static func isNumber(_ word: Substring) -> Bool {
    let digits = word.drop(while: { $0 == "+" || $0 == "-" || $0 == "−" || $0 == "(" })
    guard let first = digits.first, first.isASCII, first.isNumber, let last = digits.last, last.isNumber || last == "%"
    else { return false }
    return digits.allSatisfy { ($0.isASCII && $0.isNumber) || ".,_%".contains($0) }
  }

  /// A paragraph of at most `width` columns a line: the first line after `first`, the others
  /// after `rest` (by default as many spaces as `first` is wide: a hanging indent). Ends with a
  /// line break. A hanging indent that would leave fewer than 12 columns for the text is
  /// shortened, and a label as wide goes into the text.
  static func paragraph(_ text: String, width: Int, first: String = "", rest: String? = nil) -> String {
    let firstWidth = first.displayWidth
    // A label too wide to leave the text room is wrapped with it, after its indent.
    let indent = first.prefix(while: { $0 == " " })
    if width - firstWidth < 12, indent.count < first.count {
      let lead = indent.count < width - 12 ? String(indent) : ""
      return paragraph(first.dropFirst(indent.count) + text, width: width, first: lead, rest: rest ?? lead + "  ")
    }
    var hanging = rest ?? String(repeating: " ", count: firstWidth)
    if width - hanging.displayWidth < 12 { hanging = String(repeating: " ", count: max(0, min(4, width - 12))) }
    let lines = Layout.lines(text, width: width - hanging.displayWidth, firstWidth: width - firstWidth)
    var out = ""
    for (i, line) in lines.enumerated() {
      var text = (i == 0 ? first : hanging) + line
      while text.hasSuffix(" ") { text.removeLast() }
      out += text + "\n"
    }
    return out
  }

  /// Each line of `text` fitted to `width`: a line that is too long continues under its own
  /// text, after its indent and a list marker (`- `, `→ `, `~ `, `? `, `N. `) or a label
  /// (`name:` followed by spaces).
  static func fit(_ text: String, width: Int) -> String {
    var out = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
      let line = String(line)
      if line.displayWidth <= width {
        out += line + "\n"
        continue
      }
      let lead = hangingPrefix(line)
      out += paragraph(String(line.dropFirst(lead.count)), width: width, first: lead)
    }
    return out
  }

  /// A rendered diagnostic in the width: the `= help:` and `= note:` lines wrap between words
  /// under their text, while the heading (`file:line:col: error: …`, which tools read) and the
  /// source lines with their markers stay as they are, so a caret stays under its column.
  static func fitDiagnostic(_ text: String, width: Int) -> String {
    var out = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
      let line = String(line)
      let body = line.drop(while: { $0 == " " })
      if line.displayWidth <= width || body.first?.isNumber == true || body.hasPrefix("|") || body.hasPrefix("...") {
        out += line + "\n"
      } else if body.hasPrefix("= "), let colon = body.firstIndex(of: ":") {
        let lead = String(line[..<line.index(line.startIndex, offsetBy: line.count - body.count)]) + body[...colon] + " "
        out += paragraph(String(body[body.index(after: colon)...].drop(while: { $0 == " " })), width: width, first: lead)
      } else {
        // The heading stays one line: editors and scripts read `file:line:col: error:` from it.
        out += line + "\n"
      }
    }
    return out
  }

  /// The start of `line` that its continuation lines leave blank.
  static func hangingPrefix(_ line: String) -> String {
    let indent = line.prefix(while: { $0 == " " })
    let body = line.dropFirst(indent.count)
    for marker in ["- ", "→ ", "~ ", "? ", "* "] where body.hasPrefix(marker) {
      return String(indent) + marker
    }
    let digits = body.prefix(while: \.isNumber)
    if !digits.isEmpty, body.dropFirst(digits.count).hasPrefix(". ") { return String(indent) + digits + ". " }
    // `label:   value`, the label one word.
    if let colon = body.firstIndex(of: ":"), !body[..<colon].contains(" "), body.distance(from: body.startIndex, to: colon) < 24 {
      let after = body[body.index(after: colon)...]
      let spaces = after.prefix(while: { $0 == " " })
      if !spaces.isEmpty { return String(indent) + body[...colon] + spaces }
    }
    return String(indent)
  }
}
