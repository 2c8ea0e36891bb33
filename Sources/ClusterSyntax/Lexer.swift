// The lexer: source bytes → tokens and comments. It never fails; bad input becomes `.invalid`.

/// Splits a source file into tokens. Comments are kept aside for the formatter.
public struct Lexer {
  /// The longest identifier or number accepted; longer ones are refused, not truncated.
  public static let maximumWordLength = 1024
  /// The longest string, in bytes: room for any note, not for a hostile 10 MB line kept in
  /// every value, listing and saved file it would reach.
  public static let maximumStringLength = 65_536

  public let file: SourceFile
  private let bytes: [UInt8]
  private var position = 0
  private var lineHasCode = false
  public private(set) var tokens: [Token] = []
  public private(set) var comments: [Comment] = []

  public init(file: SourceFile) {
    self.file = file
    self.bytes = file.bytes
  }

  /// Tokenizes a whole file.
  public static func tokenize(_ file: SourceFile) -> (tokens: [Token], comments: [Comment]) {
    var lexer = Lexer(file: file)
    lexer.run()
    return (lexer.tokens, lexer.comments)
  }

  /// Whether `text` stops inside an open `{`, `[`, `(` or string: the REPL then asks for more.
  public static func isIncomplete(_ text: String) -> Bool {
    innermostOpen(text) != nil
  }

  /// What `text` leaves open, innermost last: each `{`, `[`, `(` not yet closed and an
  /// unfinished string (`"`), with the byte offset where it opened. The REPL's continuation
  /// prompt shows the innermost one, as psql's does.
  public static func open(_ text: String) -> [(opener: Character, offset: Int)] {
    let (tokens, _) = tokenize(SourceFile(name: "<input>", text: text))
    var stack: [(opener: Character, offset: Int)] = []
    for token in tokens {
      switch token.kind {
      case .lbrace: stack.append(("{", token.range.lowerBound))
      case .lbracket: stack.append(("[", token.range.lowerBound))
      case .lparen: stack.append(("(", token.range.lowerBound))
      case .rbrace, .rbracket, .rparen:
        // A closer too many closes nothing: the entry is complete, and the parser says why.
        if stack.isEmpty { return [] }
        stack.removeLast()
      case .invalid(let why) where why == Lexer.unterminatedString:
        return stack + [("\"", token.range.lowerBound)]
      default: break
      }
    }
    return stack
  }

  /// The innermost thing `text` leaves open, or nil when it is complete.
  public static func innermostOpen(_ text: String) -> (opener: Character, offset: Int)? {
    open(text).last
  }

  static let unterminatedString = "unterminated string"

  private mutating func run() {
    var spaceBefore = true
    // A `#!` first line is a comment like any other, so nothing special is needed for it.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }  // a byte-order mark
    while position < bytes.count {
      let start = position
      let b = bytes[position]
      switch b {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0C:
        position += 1
        spaceBefore = true
        continue
      case UInt8(ascii: "\n"):
        position += 1
        add(.newline, start, "\n", spaceBefore)
        lineHasCode = false
        spaceBefore = true
        continue
      case UInt8(ascii: "#"):
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        var end = position
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let text = String(decoding: bytes[(start + 1)..<max(start + 1, end)], as: UTF8.self)
        comments.append(Comment(range: start..<end, text: text, trailing: lineHasCode))
        spaceBefore = true
        continue
      case UInt8(ascii: "\""):
        lexString(spaceBefore)
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        lexNumber(spaceBefore)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
        lexWord(spaceBefore)
      default:
        if b >= 0x80, let (scalar, _) = decodeScalar(at: position), scalar.properties.isAlphabetic {
          lexWord(spaceBefore)
        } else {
          lexPunctuation(spaceBefore)
        }
      }
      lineHasCode = true
      spaceBefore = false
    }
    add(.endOfInput, bytes.count, "", true)
  }

  private mutating func add(_ kind: TokenKind, _ start: Int, _ text: String, _ spaceBefore: Bool) {
    tokens.append(Token(kind: kind, range: start..<position, text: text, spaceBefore: spaceBefore))
  }

  private func peek(_ offset: Int = 0) -> UInt8? {
    position + offset < bytes.count ? bytes[position + offset] : nil
  }

  /// Decodes the UTF-8 scalar starting at `index`, with its length in bytes.
  private func decodeScalar(at index: Int) -> (Unicode.Scalar, Int)? {
    var iterator = bytes[index..<min(bytes.count, index + 4)].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      return (scalar, UTF8.width(scalar))
    }
    return nil
  }

  private func isWordByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
      || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
  }

  private mutating func lexWord(_ spaceBefore: Bool) {
    let start = position
    while position < bytes.count {
      let b = bytes[position]
      if isWordByte(b) {
        position += 1
      } else if b >= 0x80, let (scalar, width) = decodeScalar(at: position),
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      {
        position += width
      } else {
        break
      }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if position - start > Lexer.maximumWordLength {
      add(.invalid("name longer than \(Lexer.maximumWordLength) characters"), start, text, spaceBefore)
    } else if let keyword = Keyword(rawValue: text) {
      add(.keyword(keyword), start, text, spaceBefore)
    } else {
      add(.identifier, start, text, spaceBefore)
    }
  }

  private mutating func lexNumber(_ spaceBefore: Bool) {
    let start = position
    func digits() {
      while let b = peek(), (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") {
        position += 1
      }
    }
    digits()
    if peek() == UInt8(ascii: "."), let next = peek(1), next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9") {
      position += 1
      digits()
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if position - start > Lexer.maximumWordLength {
      add(.invalid("number longer than \(Lexer.maximumWordLength) characters"), start, text, spaceBefore)
    } else {
      add(.number, start, text, spaceBefore)
    }
  }

  private mutating func lexString(_ spaceBefore: Bool) {
    let start = position
    position += 1
    var value: [UInt8] = []
    while position < bytes.count {
      let b = bytes[position]
      if b == UInt8(ascii: "\"") {
        position += 1
        add(.string, start, String(decoding: value, as: UTF8.self), spaceBefore)
        return
      }
      if b == UInt8(ascii: "\\"), let next = peek(1) {
        switch next {
        case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): value.append(next)
        default:
          position += 2
          add(.invalid("unknown escape `\\\(Unicode.Scalar(next))` in a string"), position - 2, "", spaceBefore)
          // Recover: skip to the closing quote so the rest of the line is not misread.
          while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\n") {
            position += 1
          }
          if peek() == UInt8(ascii: "\"") { position += 1 }
          return
        }
        position += 2
        continue
      }
      // A CRLF file's line break inside a string is a line break, as everywhere else.
      if b == 0x0D, peek(1) == UInt8(ascii: "\n") {
        position += 1
        continue
      }
      // Files are decoded leniently, so bytes that are not UTF-8 arrive as U+FFFD: inside a
      // string they would be stored as that replacement character, silently.
      if b == 0xEF, peek(1) == 0xBF, peek(2) == 0xBD {
        position += 3
        add(.invalid("bytes that are not UTF-8 in a string (shown as U+FFFD); save the file as UTF-8"), position - 3, "", spaceBefore)
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\n") {
          position += 1
        }
        if peek() == UInt8(ascii: "\"") { position += 1 }
        return
      }
      // A raw control character (an escape sequence above all) would reach the terminal
      // whenever the string is shown: refuse it here, where it can be located.
      if (b < 0x20 && b != UInt8(ascii: "\t") && b != UInt8(ascii: "\n")) || b == 0x7F {
        let code = "U+" + String(b, radix: 16, uppercase: true).leftPad(4)
        position += 1
        add(.invalid("control character \(code) in a string; write `\\t` or `\\n`, or leave it out"), position - 1, "", spaceBefore)
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\n") {
          position += 1
        }
        if peek() == UInt8(ascii: "\"") { position += 1 }
        return
      }
      value.append(b)
      position += 1
      if value.count > Lexer.maximumStringLength {
        // Skip to the closing quote so the rest of the file is read as it was meant.
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
          position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
        }
        position = min(position + 1, bytes.count)
        add(.invalid("string longer than \(Lexer.maximumStringLength) bytes"), start, "", spaceBefore)
        return
      }
    }
    add(.invalid(Lexer.unterminatedString), start, "", spaceBefore)
  }

  private mutating func lexPunctuation(_ spaceBefore: Bool) {
    let start = position
    let b = bytes[position]
    position += 1
    let next = peek()
    let kind: TokenKind
    switch b {
    case UInt8(ascii: "{"): kind = .lbrace
    case UInt8(ascii: "}"): kind = .rbrace
    case UInt8(ascii: "["): kind = .lbracket
    case UInt8(ascii: "]"): kind = .rbracket
    case UInt8(ascii: "("): kind = .lparen
    case UInt8(ascii: ")"): kind = .rparen
    case UInt8(ascii: ","): kind = .comma
    case UInt8(ascii: ":"): kind = .colon
    case UInt8(ascii: ";"): kind = .semicolon
    case UInt8(ascii: "."): kind = .dot
    case UInt8(ascii: "%"): kind = .percent
    case UInt8(ascii: "+"): kind = .plus
    case UInt8(ascii: "*"): kind = .star
    case UInt8(ascii: "/"): kind = .slash
    case UInt8(ascii: "$"): kind = .dollar
    case UInt8(ascii: "-"):
      if next == UInt8(ascii: ">") {
        position += 1
        kind = .arrow
      } else if next == UInt8(ascii: "-") {
        position += 1
        kind = .dashDash
      } else {
        kind = .minus
      }
    case UInt8(ascii: "="):
      if next == UInt8(ascii: "=") {
        position += 1
        kind = .equalEqual
      } else {
        kind = .equal
      }
    case UInt8(ascii: "!"):
      if next == UInt8(ascii: "=") {
        position += 1
        kind = .notEqual
      } else {
        kind = .invalid("unexpected `!`; write `not` for negation or `!=` for inequality")
      }
    case UInt8(ascii: "<"):
      if next == UInt8(ascii: "=") {
        position += 1
        kind = .lessEqual
      } else {
        kind = .less
      }
    case UInt8(ascii: ">"):
      if next == UInt8(ascii: "=") {
        position += 1
        kind = .greaterEqual
      } else {
        kind = .greater
      }
    default:
      // Skip a whole UTF-8 sequence so the caret covers one character.
      if b >= 0xC0 {
        while let c = peek(), c & 0xC0 == 0x80 { position += 1 }
      }
      let shown: String
      if b < 0x20 || b == 0x7F {
        shown = "control character U+" + String(b, radix: 16, uppercase: true).leftPad(4)
      } else if b >= 0x80, let (scalar, _) = decodeScalar(at: start), scalar == "\u{FFFD}" {
        // Files are decoded leniently: bytes that are not UTF-8 arrive as U+FFFD.
        shown = "bytes that are not UTF-8 (shown as U+FFFD); save the file as UTF-8"
      } else if b >= 0x80, let (scalar, _) = decodeScalar(at: start) {
        shown = "character `\(scalar)`"
      } else if b >= 0x80 {
        shown = "byte 0x" + String(b, radix: 16, uppercase: true) + " (not UTF-8)"
      } else {
        shown = "character `\(Unicode.Scalar(b))`"
      }
      kind = .invalid("unexpected \(shown)")
    }
    add(kind, start, String(decoding: bytes[start..<position], as: UTF8.self), spaceBefore)
  }
}

extension String {
  fileprivate func leftPad(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
