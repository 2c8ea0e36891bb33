// Source text with the positions every later phase reports in: file, line, column.

/// A piece of source text: a file, a `-e` argument or one REPL entry.
///
/// Immutable and shared, so diagnostics can point back into it long after parsing.
public final class SourceFile: Sendable {
  /// The name shown in diagnostics (`tirupur.cluster`, `<input>`, `<-e #2>`).
  public let name: String
  /// The path on disk, when the text came from a file; includes resolve against its folder.
  public let path: String?
  public let text: String
  /// The text as UTF-8 bytes; spans are byte offsets into it.
  public let bytes: [UInt8]
  /// Byte offset of the start of each line.
  public let lineStarts: [Int]

  public init(name: String, text: String, path: String? = nil) {
    self.name = name
    self.path = path
    self.text = text
    let bytes = Array(text.utf8)
    self.bytes = bytes
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
      starts.append(i + 1)
    }
    self.lineStarts = starts
  }

  /// The 1-based line containing `offset`.
  public func line(of offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The text of a 1-based line, without its line break.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }

  /// The 1-based display column of `offset`: Unicode scalars are one column each and a tab
  /// advances to the next multiple of 8, as GNU tools count.
  public func column(of offset: Int) -> Int {
    let start = lineStarts[line(of: offset) - 1]
    return Self.displayWidth(bytes[start..<min(offset, bytes.count)]) + 1
  }

  /// The display width of UTF-8 bytes under the column rules above.
  static func displayWidth(_ slice: ArraySlice<UInt8>) -> Int {
    var column = 0
    for b in slice {
      if b == UInt8(ascii: "\t") {
        column = (column / 8 + 1) * 8
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return column
  }

  /// The source text of a span.
  public func text(of span: Range<Int>) -> String {
    let lo = max(0, min(span.lowerBound, bytes.count))
    let hi = max(lo, min(span.upperBound, bytes.count))
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  /// The folder of `path`, where relative includes are looked up.
  public var directory: String? {
    guard let path else { return nil }
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}

/// A located stretch of source: a file and a byte range in it.
public struct SourceSpan: Sendable {
  public let file: SourceFile
  public let range: Range<Int>

  public init(file: SourceFile, range: Range<Int>) {
    self.file = file
    self.range = range
  }

  public var line: Int { file.line(of: range.lowerBound) }
  public var column: Int { file.column(of: range.lowerBound) }
  /// `file:line:col`, the GNU form editors and CI parse.
  public var location: String { "\(file.name):\(line):\(column)" }
  public var text: String { file.text(of: range) }

  /// The span from the start of `self` to the end of `other` (same file).
  public func through(_ other: SourceSpan) -> SourceSpan {
    SourceSpan(file: file, range: range.lowerBound..<max(range.lowerBound, other.range.upperBound))
  }
}
