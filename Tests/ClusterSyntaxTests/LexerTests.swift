// Lexer: tokens, units, comments, hostile bytes and incomplete input.

import Testing

@testable import ClusterSyntax

private func kinds(_ text: String) -> [TokenKind] {
  Lexer.tokenize(SourceFile(name: "t", text: text)).tokens.map(\.kind)
}

@Suite struct LexerTests {
  @Test func declarationTokens() {
    #expect(
      kinds("firms makers: 2500 { capacity: 50000 garments/month }") == [
        .keyword(.firms), .identifier, .colon, .number, .lbrace, .identifier, .colon, .number, .identifier,
        .slash, .identifier, .rbrace, .endOfInput,
      ])
  }

  @Test func linkArrowsAndComparisons() {
    #expect(kinds("a -> b -- c") == [.identifier, .arrow, .identifier, .dashDash, .identifier, .endOfInput])
    #expect(kinds("<= >= == != < > = -") == [
      .lessEqual, .greaterEqual, .equalEqual, .notEqual, .less, .greater, .equal, .minus, .endOfInput,
    ])
  }

  @Test func commentsAreKeptAside() {
    let (tokens, comments) = Lexer.tokenize(SourceFile(name: "t", text: "#!/usr/bin/env clusterlab\nfirm A  # the first\n"))
    #expect(tokens.map(\.kind) == [.newline, .keyword(.firm), .identifier, .newline, .endOfInput])
    #expect(comments.map(\.text) == ["!/usr/bin/env clusterlab", " the first"])
    #expect(comments.map(\.trailing) == [false, true])
  }

  @Test func stringsResolveEscapes() {
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: #""Tirupur \"TEA\"\n""#)).tokens
    #expect(tokens[0].kind == .string)
    #expect(tokens[0].text == "Tirupur \"TEA\"\n")
  }

  @Test func byteOrderMarkAndCRLF() {
    #expect(kinds("\u{FEFF}firm A\r\nfirm B\r\n") == [
      .keyword(.firm), .identifier, .newline, .keyword(.firm), .identifier, .newline, .endOfInput,
    ])
  }

  @Test func nonASCIINamesAreIdentifiers() {
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: "firm León")).tokens
    #expect(tokens[1].kind == .identifier)
    #expect(tokens[1].text == "León")
  }

  @Test func badBytesBecomeInvalidTokens() {
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: "firm \u{0}A @ \u{1B}")).tokens
    let invalid = tokens.compactMap { token -> String? in
      if case .invalid(let why) = token.kind { return why }
      return nil
    }
    #expect(invalid.count == 3)
    #expect(invalid[0].contains("control character U+0000"))
    #expect(invalid[1].contains("`@`"))
  }

  /// A string may not carry a raw escape sequence to the terminal; it is refused where it is.
  @Test func controlCharactersInStringsAreRefusedAndLocated() {
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: "print \"a\u{1B}[31mred\" ; print \"tab\tok\"")).tokens
    let invalid = tokens.filter { if case .invalid = $0.kind { return true } else { return false } }
    #expect(invalid.count == 1)
    if case .invalid(let why)? = invalid.first?.kind {
      #expect(why.hasPrefix("control character U+001B in a string"))
    }
    #expect(invalid.first?.range.lowerBound == 8)
    #expect(tokens.contains { $0.kind == .string && $0.text == "tab\tok" })
  }

  /// Files are decoded leniently; what was not UTF-8 is named as such.
  @Test func bytesThatAreNotUTF8AreNamed() {
    let text = String(decoding: Array("cluster ".utf8) + [0xFF, 0xFE] + Array("B".utf8), as: UTF8.self)
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: text)).tokens
    guard case .invalid(let why) = tokens[1].kind else {
      Issue.record("expected an invalid token")
      return
    }
    #expect(why.contains("not UTF-8"))
  }

  @Test func overlongStringsAreRefusedAndTheRestIsRead() {
    let long = String(repeating: "a", count: Lexer.maximumStringLength + 1)
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: "print \"\(long)\" ; print \"ok\"")).tokens
    guard case .invalid(let why) = tokens[1].kind else {
      Issue.record("expected the long string refused")
      return
    }
    #expect(why == "string longer than \(Lexer.maximumStringLength) bytes")
    #expect(tokens.contains { $0.kind == .string && $0.text == "ok" })
    let fits = String(repeating: "a", count: Lexer.maximumStringLength)
    #expect(Lexer.tokenize(SourceFile(name: "t", text: "print \"\(fits)\"")).tokens[1].kind == .string)
  }

  @Test func hugeNumbersDoNotTrap() {
    let text = String(repeating: "9", count: 400)
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: text)).tokens
    #expect(tokens[0].kind == .number)
    let tooLong = Lexer.tokenize(SourceFile(name: "t", text: String(repeating: "9", count: 2000))).tokens
    if case .invalid = tooLong[0].kind {} else { Issue.record("a 2000-digit number should be refused") }
  }

  @Test func incompleteInput() {
    #expect(Lexer.isIncomplete("cluster X {"))
    #expect(Lexer.isIncomplete("firm A { roles: [catalyst,"))
    #expect(Lexer.isIncomplete("print \"abc"))
    #expect(!Lexer.isIncomplete("cluster X { type: manufacturing }"))
    #expect(!Lexer.isIncomplete("firm A }"))  // a stray `}` is an error, not more input
  }
}

@Suite struct StringBytesTests {
  /// A CRLF file reads as its LF copy, a string that spans lines included.
  @Test func crlfInsideAStringIsALineBreak() {
    let crlf = Lexer.tokenize(SourceFile(name: "t", text: "notes: \"one\r\ntwo\"\r\n")).tokens
    let lf = Lexer.tokenize(SourceFile(name: "t", text: "notes: \"one\ntwo\"\n")).tokens
    #expect(crlf.map(\.kind) == lf.map(\.kind))
    #expect(crlf.first { $0.kind == .string }?.text == "one\ntwo")
  }

  /// Bytes that are not UTF-8 (a Latin-1 `ü`) inside a string are a located error, not a
  /// silent U+FFFD.
  @Test func bytesThatAreNotUTF8InAStringAreAnError() {
    let file = SourceFile(name: "t", text: String(decoding: Array("firm \"M".utf8) + [0xFC] + Array("ller\" { }".utf8), as: UTF8.self))
    let tokens = Lexer.tokenize(file).tokens
    let invalid = tokens.compactMap { t -> String? in if case .invalid(let m) = t.kind { return m } else { return nil } }
    #expect(invalid == ["bytes that are not UTF-8 in a string (shown as U+FFFD); save the file as UTF-8"])
  }
}
