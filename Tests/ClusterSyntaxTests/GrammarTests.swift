// The grammar in grammar/clusterlab.ebnf and the lexer's keywords must agree both ways.

import Testing

@testable import ClusterSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// The repository root, found from this file's path.
func repositoryRoot() -> String {
  var path = #filePath
  for _ in 0..<3 {
    if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
  }
  return path
}

func readText(_ path: String) -> String? {
  guard let f = fopen(path, "r") else { return nil }
  defer { fclose(f) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = fread(&buffer, 1, buffer.count, f)
    if n <= 0 { break }
    bytes += buffer[0..<n]
  }
  return String(decoding: bytes, as: UTF8.self)
}

@Suite struct GrammarTests {
  /// Every double-quoted word of a production (or of the whole grammar).
  func quotedWords(_ text: String) -> Set<String> {
    var words: Set<String> = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "\"") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "\"") else { break }
      let word = String(after[..<close])
      if word.contains(where: \.isLetter), word.allSatisfy({ $0.isLetter || $0 == "_" }) { words.insert(word) }
      rest = after[after.index(after: close)...]
    }
    return words
  }

  func production(_ name: String, in grammar: String) -> String {
    var collected = ""
    var inside = false
    for line in grammar.split(separator: "\n") {
      if !inside, line.hasPrefix(name + " ") || line == name { inside = true }
      guard inside else { continue }
      collected += line + "\n"
      if line.contains(";") { break }
    }
    return collected
  }

  @Test func keywordsAndGrammarAgree() throws {
    let grammar = try #require(readText(repositoryRoot() + "/grammar/clusterlab.ebnf"))
    let keywords = Set(Keyword.allCases.map(\.rawValue))
    let contextual = quotedWords(production("contextual word", in: grammar))
    let quoted = quotedWords(grammar).subtracting(contextual)
    #expect(keywords.subtracting(quoted).isEmpty, "keywords missing from the grammar: \(keywords.subtracting(quoted).sorted())")
    #expect(quoted.subtracting(keywords).isEmpty, "grammar words the lexer does not know: \(quoted.subtracting(keywords).sorted())")
    #expect(quotedWords(production("keyword", in: grammar)) == keywords)
  }

  @Test func everyStatementStarterIsAStatementInTheGrammar() throws {
    let grammar = try #require(readText(repositoryRoot() + "/grammar/clusterlab.ebnf"))
    for keyword in Keyword.statementStarters {
      #expect(grammar.contains("\"\(keyword.rawValue)\""), "grammar lacks \(keyword.rawValue)")
    }
  }
}
