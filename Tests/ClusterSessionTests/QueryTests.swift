// The model's queries through the session: JSON that parses with the documented keys, `why`
// for every insight and indicator, `set param` as an undoable, saved step, and `compare`.

import ClusterModel
import ClusterSyntax
import Foundation
import Testing

@testable import ClusterSession

/// A session with a small knitwear case loaded (Cases/knit.cluster: fast even in debug builds).
func knitSession() throws -> Recorder {
  let r = Recorder()
  let path = repositoryRoot() + "/Tests/ClusterSessionTests/Cases/knit.cluster"
  #expect(r.run(try readFile(path), name: "knit.cluster", path: path).errors == 0)
  r.transcript = ""
  return r
}

func json(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}

@Suite struct QueryTests {
  /// A stage read from a firm count one firm from its threshold says so in JSON too.
  @Test func aBorderlineStageSaysSoInJSON() throws {
    let r = Recorder()
    let text = try readFile(repositoryRoot() + "/Tests/ClusterSessionTests/Cases/borderline-100.cluster")
    for (firms, borderline) in [(100, true), (150, false)] {
      let source = text.replacingOccurrences(of: "firms suppliers: 100", with: "firms suppliers: \(firms)")
      #expect(r.run("reset\n" + source).errors == 0, "\(r.transcript)")
      r.transcript = ""
      #expect(r.run("stage as json").errors == 0, "\(r.transcript)")
      let object = try #require(try json(r.transcript) as? [String: Any])
      #expect((object["borderline"] is String) == borderline, "\(firms) firms: \(object)")
    }
  }

  /// Every query answers JSON that parses, with the top-level shape docs/model.md documents.
  @Test(arguments: [
    ("evaluate", ["cluster", "type", "year", "as_of", "simulated", "events", "stage", "stage_candidates", "later", "completeness", "insights", "indicators"]),
    ("stage", ["stage", "candidates", "declared", "signs", "moves", "to_declare", "borderline"]),
    ("roles", ["catalysts", "leaders", "managers", "facilitators", "catalyst_candidates", "partnership", "public_private_partnership", "government_partners", "donors", "private_led", "unclear_mandates", "contributions"]),
    ("financing", ["rows", "total_cost_usd", "public_usd", "public_share", "leverage", "wto_incompatible", "wto_history", "sources"]),
    ("valuechain", ["present", "missing", "value_added", "value_retention", "direct_export_share"]),
    ("network", ["nodes", "edges", "density", "mean_degree", "max_degree", "isolated", "components", "largest_component_share", "clustering_coefficient", "brokers", "betweenness_exact", "betweenness_samples", "betweenness_error", "drawn", "expected_edges"]),
    ("why insight 8", ["insight", "title", "status", "trail", "indicators"]),
    ("why leverage", ["id", "title", "value", "text", "unit", "trail"]),
    ("compare Knit", ["clusters", "rows"]),
  ])
  func objectQueriesAnswerJSON(_ query: String, _ keys: [String]) throws {
    let r = try knitSession()
    #expect(r.run(query + " as json").errors == 0, "\(r.transcript)")
    let object = try #require(try json(r.transcript) as? [String: Any])
    #expect(Set(object.keys) == Set(keys))
  }

  @Test(arguments: ["insights", "gears", "diamond", "plan", "params"])
  func listQueriesAnswerJSONArrays(_ query: String) throws {
    let r = try knitSession()
    #expect(r.run(query + " as json").errors == 0)
    let array = try #require(try json(r.transcript) as? [[String: Any]])
    #expect(!array.isEmpty)
  }

  /// With `--format json` a query answers in the stream's envelope, its shape the `result`;
  /// `as text` puts the text answer in the envelope's `text`.
  @Test func formatJSONIsTheSessionDefaultAndAsTextOverridesIt() throws {
    let r = try knitSession()
    r.session.defaultFormat = .json
    r.run("stage")
    let envelope = try #require(try json(r.transcript) as? [String: Any])
    #expect(envelope["command"] as? String == "stage")
    #expect(envelope["result"] is [String: Any])
    r.transcript = ""
    r.run("stage as text")
    let text = try #require(try json(r.transcript) as? [String: Any])["text"] as? String
    #expect(text?.hasPrefix("Knit (manufacturing, 1995): ") == true)
    #expect(text?.contains("sign") == true, "the text table of signs")
  }

  @Test func whyAnswersForEveryInsightAndIndicator() throws {
    let r = try knitSession()
    let e = try r.session.evaluation(at: SourceSpan(file: SourceFile(name: "t", text: ""), range: 0..<0))
    for n in 1...10 {
      r.transcript = ""
      #expect(r.run("why insight \(n)").errors == 0)
      for part in ["rule:", "passage:", "insight \(n):"] { #expect(r.transcript.contains(part), "why insight \(n)") }
    }
    for indicator in e.indicators {
      r.transcript = ""
      #expect(r.run("why \(indicator.id)").errors == 0, "why \(indicator.id)")
      #expect(r.transcript.contains("rule:") && r.transcript.contains("passage:"), "why \(indicator.id)")
    }
    r.transcript = ""
    #expect(r.run("why Assoc").errors == 0)
    #expect(r.transcript.contains("catalyst"))
  }

  @Test func whyOfAnUnknownNameSuggests() throws {
    let r = try knitSession()
    #expect(r.run("why leverag").errors == 1)
    #expect(r.diagnostics.last?.help == "did you mean `why leverage`?")
  }

  @Test func setParamChangesTheAnswerIsUndoableAndSaved() throws {
    let r = try knitSession()
    r.run("why insight 6")
    #expect(r.transcript.contains("— warning"))
    r.transcript = ""
    #expect(r.run("set param trust_low = 0.5").errors == 0)  // the case's trust is 0.35
    r.run("why insight 6")
    #expect(r.transcript.contains("— risk"))
    #expect(r.transcript.contains("trust_low = 0.5 (set)"))
    let folder = temporaryFolder()
    r.run("save \"\(folder)/p.cluster\"")
    #expect(try readFile(folder + "/p.cluster").contains("set param trust_low = 0.5"))
    r.transcript = ""
    r.run("undo\nundo\nwhy insight 6")
    #expect(r.transcript.contains("— warning"))
  }

  @Test func badParametersAreLocatedErrors() throws {
    let r = try knitSession()
    #expect(r.run("set param trust_lo = 0.5").errors == 1)
    #expect(r.diagnostics.last?.help == "did you mean `trust_low`?")
    #expect(r.run("set param trust_low = 7").errors == 1)
    #expect(r.diagnostics.last?.message.contains("from 0 to 1") == true)
  }

  @Test func queriesNeedACluster() throws {
    let r = Recorder()
    #expect(r.run("evaluate").errors == 1)
    #expect(r.diagnostics.first?.help?.contains("load") == true)
  }

  @Test func compareNamesEveryCluster() throws {
    let r = Recorder()
    let path = repositoryRoot() + "/examples/unido-comparison.cluster"
    r.run(try readFile(path), path: path)
    r.transcript = ""
    r.session.screen = Screen(width: 200)
    #expect(r.run("compare SinosShoes, KoreanChaebols").errors == 0)
    #expect(r.transcript.contains("role of local support institutions"))
    #expect(r.transcript.contains("Minimal"))
    #expect(r.run("compare Sinos").errors == 1)
    #expect(r.diagnostics.last?.help == "did you mean `SinosShoes`?")
  }

  @Test func sameCaseSameBytes() throws {
    let a = try knitSession()
    let b = try knitSession()
    a.run("evaluate\ninsights\nplan\nnetwork")
    b.run("evaluate\ninsights\nplan\nnetwork")
    #expect(a.transcript == b.transcript)
  }
}
