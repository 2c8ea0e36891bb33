// Aligned text tables for `list` and friends.

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

  func render() -> String {
    let all = [headers] + rows
    var widths = [Int](repeating: 0, count: headers.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = max(widths[i], cell.displayWidth)
      }
    }
    func line(_ row: [String]) -> String {
      var parts: [String] = []
      for (i, width) in widths.enumerated() {
        let cell = i < row.count ? row[i] : ""
        let pad = String(repeating: " ", count: max(0, width - cell.displayWidth))
        parts.append(rightAligned.contains(i) ? pad + cell : cell + pad)
      }
      var text = parts.joined(separator: "  ")
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
    var out = line(headers) + "\n"
    out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
    for row in rows { out += line(row) + "\n" }
    return out
  }
}

extension String {
  /// The columns a terminal gives the text: East Asian wide and fullwidth characters and emoji
  /// take two, combining marks, variation selectors and joiners none, the rest one (as
  /// wcwidth counts; the wide ranges are Unicode's East_Asian_Width W and F, grouped).
  var displayWidth: Int {
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
