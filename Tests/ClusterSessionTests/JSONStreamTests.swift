// The JSON stream of `--format json` (issue 11): every example, then every command that
// prints, writes nothing but lines of JSON, one envelope each; and the shapes of `print`,
// `list`, `show` and `plot`, in the stream and with `as json` in text mode.

import ClusterSyntax
import Foundation
import Testing

@testable import ClusterSession

/// A session in stream mode whose writes to standard output and whose diagnostics are kept
/// apart, each write as it was made.
final class StreamRecorder {
  var writes: [String] = []
  var diagnostics: [Diagnostic] = []
  lazy var session: Session = {
    let session = Session(
      output: { [unowned self] in self.writes.append($0) },
      report: { [unowned self] in self.diagnostics.append($0) })
    session.defaultFormat = .json
    return session
  }()

  @discardableResult
  func run(_ text: String, name: String = "t.cluster", path: String? = nil) -> RunOutcome {
    session.run(SourceFile(name: name, text: text, path: path))
  }

  /// The diagnostics so far, rendered, for failure messages.
  var rendered: String { diagnostics.map { DiagnosticRenderer().render($0) }.joined() }

  /// Every write since `start`, each checked to be exactly one line of JSON, an object with a
  /// `command`; the objects, in order.
  func records(from start: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
    var records: [[String: Any]] = []
    for write in writes[start...] {
      #expect(write.hasSuffix("\n") && write.firstIndex(of: "\n") == write.index(before: write.endIndex),
        "not one line: \(write.prefix(200))", sourceLocation: sourceLocation)
      guard let object = try? JSONSerialization.jsonObject(with: Data(write.utf8)) as? [String: Any] else {
        Issue.record("not a JSON object: \(write.prefix(200))", sourceLocation: sourceLocation)
        continue
      }
      #expect(object["command"] is String, "no command: \(write.prefix(200))", sourceLocation: sourceLocation)
      records.append(object)
    }
    return records
  }
}

@Suite struct JSONStreamTests {
  static let folder = repositoryRoot() + "/examples"
  static let examples = files(in: folder, ending: ".cluster")

  /// The acceptance of issue 11: `--format json` over every example and every query command
  /// gives a stream every line of which parses. Each command writes exactly one envelope, with
  /// its keyword as `command` and its place, and a `result`, a `text` or a `message`.
  @Test(arguments: examples)
  func everyExampleAndEveryCommandWriteOnlyJSONLines(_ name: String) throws {
    let r = StreamRecorder()
    let path = JSONStreamTests.folder + "/" + name
    #expect(r.run(try readFile(path), name: name, path: path).errors == 0, "\(r.rendered)")
    for record in r.records() {
      // Inside the example, or inside a file it loads quietly (its lines never show).
      #expect(record["file"] as? String == name, "\(record)")
      #expect((record["line"] as? Int).map { $0 > 0 } == true, "\(record)")
    }

    let cluster = try #require(r.session.workspace.current, "\(name) leaves a current cluster")
    let year = cluster["year"].number.map { Int($0) } ?? 2000
    let entity = try #require(cluster.entities.first?.name)
    let folder = temporaryFolder()
    var commands = [
      "evaluate", "insights", "stage", "gears", "diamond", "roles", "financing", "valuechain", "network", "plan",
      "params",
    ]
    commands += (1...10).map { "why insight \($0)" }
    commands += [
      "why trust", "list", "list firms", "list links", "list clusters", "list variables", "list interventions",
      "show \(Printer.name(entity))", "show \(Printer.name(cluster.name))", "print 1 + 1", "help",
      // One Monte Carlo run is enough here: the examples that set `runs` already ran theirs.
      "runs 1", "simulate \(year) to \(year + 10)", "plot exports", "why exports in \(year + 5)",
      "compare \(Printer.name(cluster.name)), \(Printer.name(cluster.name))",
      "list firms as text", "stage as text", "undo", "redo",
      "save \"\(folder)/saved.cluster\"", "reset", "load \"\(folder)/saved.cluster\"",
    ]
    // The slowest command: one example is enough.
    if name == "tirupur.cluster" { commands.append("sensitivity on exports in \(year + 5)") }
    for command in commands {
      let start = r.writes.count
      #expect(r.run(command, name: "<-e>").errors == 0, "\(name): \(command): \(r.rendered)")
      let records = r.records(from: start)
      if command.hasPrefix("runs") {
        #expect(records.isEmpty, "`runs` prints nothing")
        continue
      }
      #expect(records.count == 1, "\(name): `\(command)` wrote \(records.count) lines")
      guard let record = records.first else { continue }
      #expect(record["command"] as? String == String(command.prefix(while: { $0 != " " })), "\(record)")
      #expect(record["file"] as? String == "<-e>")
      #expect(record["line"] as? Int == 1)
      #expect(record["result"] != nil || record["text"] != nil || record["message"] != nil, "\(command): \(record)")
    }
  }

  /// `as text` in the stream: the text answer, whole, in the envelope; `help` is text too.
  @Test func textAnswersAreEnvelopedWhole() throws {
    let r = StreamRecorder()
    r.run("cluster Demo\nfirm Alpha { role: producer }\nlist firms as text\nhelp list")
    let records = r.records()
    #expect(records.count == 2)
    let text = try #require(records.first?["text"] as? String)
    #expect(text.hasPrefix("name ") && text.contains("Alpha") && text.hasSuffix("\n"))
    #expect((records.last?["text"] as? String)?.hasPrefix("list — ") == true)
  }

  /// `--echo` in the stream: the statement's source in an envelope of its own, before its
  /// answer; a statement in a `for` body answers with its own line.
  @Test func echoAndLoopBodiesKeepTheirPlaces() throws {
    let r = StreamRecorder()
    r.session.echo = true
    r.run("cluster Demo\nfor x in [1, 2] {\n  print x * 10\n}", name: "loop.cluster")
    let records = r.records()
    #expect(records.map { $0["command"] as? String } == ["cluster", "for", "print", "print"])
    #expect(records[0]["echo"] as? String == "cluster Demo")
    #expect((records[1]["echo"] as? String)?.hasPrefix("for x in [1, 2] {") == true)
    #expect(records[2]["line"] as? Int == 3)
    #expect(records[2]["file"] as? String == "loop.cluster")
    #expect((records[3]["result"] as? [String: Any])?["value"] as? Int == 20)
  }

  /// Messages: undo, redo, reset, nothing to undo, drop notices; `load` and `save` also give
  /// their figures as a result.
  @Test func messagesAndTheirResults() throws {
    let r = StreamRecorder()
    let folder = temporaryFolder()
    r.run("undo")
    r.run("cluster Demo\nfirm Alpha\ninstitution TEA { kind: association }\nlink Alpha -> TEA : member\ndrop TEA")
    r.run("save \"\(folder)/d.cluster\"\nreset\nload \"\(folder)/d.cluster\"")
    #expect(r.diagnostics.isEmpty, "\(r.rendered)")
    let records = r.records()
    #expect(records.map { $0["command"] as? String } == ["undo", "drop", "save", "reset", "load"])
    #expect(records[0]["message"] as? String == "nothing to undo")
    #expect((records[1]["message"] as? String)?.contains("link") == true)
    let saved = try #require(records[2]["result"] as? [String: Any])
    #expect(saved["clusters"] as? Int == 1)
    #expect(saved["declarations"] as? Int == 2)
    #expect((records[2]["message"] as? String)?.hasPrefix("saved 1 cluster") == true)
    let loaded = try #require(records[4]["result"] as? [String: Any])
    #expect(loaded["cluster"] as? String == "Demo")
    #expect(loaded["actors"] as? Int == 1)
    #expect(loaded["firms"] as? Int == 1)
    #expect(loaded["path"] as? String == "\(folder)/d.cluster")
  }

  /// The value shape: plain numbers as numbers (shares as fractions), numbers with a unit as
  /// value, unit and text, words and texts as strings, lists, maps, nothing as null.
  @Test func printGivesTheValueAndItsText() throws {
    let r = StreamRecorder()
    r.run("cluster Demo { exports: 100 musd, trust: 30% }\nfirm A { markets: [EU, US] }")
    let values = [
      "Demo.exports / 4", "Demo.trust", "count(firms)", "A.markets", "\"two words\"", "Demo.exports > 1 musd", "A.role",
      "3 years",
    ]
    for v in values { r.run("print \(v)") }
    #expect(r.diagnostics.isEmpty, "\(r.rendered)")
    let results = r.records().compactMap { $0["result"] as? [String: Any] }
    #expect(results.count == values.count)
    let money = try #require(results[0]["value"] as? [String: Any])
    #expect(money["value"] as? Double == 25e6)
    #expect(money["unit"] as? String == "usd")
    #expect(money["text"] as? String == "25 musd")
    #expect(results[0]["text"] as? String == "25 musd")
    #expect(results[1]["value"] as? Double == 0.3)
    #expect(results[2]["value"] as? Int == 1)
    #expect(results[3]["value"] as? [String] == ["EU", "US"])
    #expect(results[4]["value"] as? String == "two words")
    #expect(results[5]["value"] as? Bool == true)
    #expect(results[6]["value"] is NSNull)
    #expect((results[7]["value"] as? [String: Any])?["unit"] as? String == "years")
  }

  /// `list`: the collection, the current cluster, the items in the table's order; an empty
  /// list is `[]`, not prose. Text mode with `as json` prints the same value pretty.
  @Test func listShapesAndTextModeAsJSON() throws {
    let r = Recorder()
    r.run("cluster Demo\nlist firms as json")
    let empty = try #require(try json(r.transcript) as? [String: Any])
    #expect(empty["collection"] as? String == "firms")
    #expect(empty["cluster"] as? String == "Demo")
    #expect((empty["items"] as? [Any])?.isEmpty == true)
    #expect(r.transcript.contains("\n  \"collection\": \"firms\",\n"), "pretty-printed")

    r.transcript = ""
    r.run("""
      firms makers: 200 { role: producer, employees: 20 }
      institution TEA { kind: association }
      link makers -> TEA : member { trust: 0.6 }
      target exports 50 musd by 2010
      let n = 3
      """)
    for (command, collection) in [
      ("list", nil), ("list firms", "firms"), ("list links", "links"), ("list targets", "targets"),
      ("list clusters", "clusters"), ("list variables", "variables"),
    ] as [(String, String?)] {
      r.transcript = ""
      #expect(r.run(command + " as json").errors == 0, "\(r.transcript)")
      let object = try #require(try json(r.transcript) as? [String: Any], "\(command)")
      #expect(Set(object.keys) == ["collection", "cluster", "items"])
      #expect(object["collection"] as? String == collection, "\(command)")
      let items = try #require(object["items"] as? [[String: Any]], "\(command)")
      let first = try #require(items.first, "\(command)")
      switch command {
      case "list", "list firms":
        #expect(first["name"] as? String == "makers")
        #expect(first["kind"] as? String == "cohort")
        let attributes = try #require(first["attributes"] as? [String: Any])
        #expect(attributes["count"] as? Int == 200)
        #expect(attributes["role"] as? String == "producer")
        if command == "list" { #expect(items.count == 2) }
      case "list links":
        #expect(first["from"] as? String == "makers")
        #expect(first["directed"] as? Bool == true)
        #expect((first["attributes"] as? [String: Any])?["trust"] as? Double == 0.6)
      case "list targets":
        #expect(first["metric"] as? String == "exports")
        #expect(first["year"] as? Int == 2010)
      case "list clusters":
        #expect(first["name"] as? String == "Demo")
        #expect(first["current"] as? Bool == true)
        #expect(first["firms"] as? Int == 200)
        #expect(first["actors"] as? Int == 2)
      default:
        #expect(first["name"] as? String == "n")
        #expect(first["value"] as? Int == 3)
      }
    }
  }

  /// `show`: an actor with its declaration, attributes, links and relations; a cluster; a
  /// variable; `kind` tells them apart.
  @Test func showShapes() throws {
    let r = Recorder()
    r.run("""
      cluster Demo { year: 2000 }
      firms makers: 100 { role: producer }
      institution TEA { kind: association }
      link makers -> TEA : member
      intervention Fair { kind: trade_fair, lead: TEA }
      let n = 2
      """)
    r.transcript = ""
    #expect(r.run("show TEA as json").errors == 0, "\(r.transcript)")
    let tea = try #require(try json(r.transcript) as? [String: Any])
    #expect(tea["kind"] as? String == "institution")
    #expect(tea["declaration"] as? String == "institution TEA { kind: association }")
    #expect((tea["links"] as? [Any])?.count == 1)
    let relations = try #require(tea["relations"] as? [String: [String]])
    #expect(relations["leads"] == ["Fair"])
    #expect(Set(relations.keys) == ["leads", "partner_in", "in_consortium", "funds", "hit_by", "facilitates"])
    r.transcript = ""
    r.run("show Fair as json")
    let fair = try #require(try json(r.transcript) as? [String: Any])
    #expect((fair["from_kind"] as? [String: Any])?["gear"] as? String == "border_out")
    r.transcript = ""
    r.run("show Demo as json")
    let demo = try #require(try json(r.transcript) as? [String: Any])
    #expect(demo["kind"] as? String == "cluster")
    #expect(demo["firms"] as? Int == 100)
    #expect(demo["current"] as? Bool == true)
    #expect((demo["attributes"] as? [String: Any])?["year"] as? Int == 2000)
    r.transcript = ""
    r.run("show n as json")
    let n = try #require(try json(r.transcript) as? [String: Any])
    #expect(n["kind"] as? String == "variable")
    #expect(n["value"] as? Int == 2)
  }

  /// `plot … as json`: the data, not the drawing; the band with Monte Carlo runs; stale after
  /// a change.
  @Test func plotGivesTheSeries() throws {
    let r = try knitSession()
    r.run("simulate 1995 to 2000")
    r.transcript = ""
    r.run("plot exports as json")
    let plain = try #require(try json(r.transcript) as? [String: Any])
    #expect(plain["years"] as? [Int] == Array(1995...2000))
    #expect((plain["values"] as? [Double])?.count == 6)
    #expect(plain["p10"] is NSNull)
    #expect(plain["stale"] as? Bool == false)
    r.transcript = ""
    r.run("seed 1\nruns 20\nsimulate 1995 to 2000\nset Knit.trust = 0.9")
    r.transcript = ""
    r.run("plot exports from 1996 to 1998 as json")
    let band = try #require(try json(r.transcript) as? [String: Any], "\(r.transcript)")
    #expect(band["years"] as? [Int] == [1996, 1997, 1998])
    #expect((band["p90"] as? [Double])?.count == 3)
    #expect(band["stale"] as? Bool == true)
  }

  /// A diagnostic as a JSON line: located, with its label and help, null where absent.
  @Test func diagnosticsAsJSONLines() throws {
    let file = SourceFile(name: "bad.cluster", text: "cluster X\nfrim A\n")
    let d = try #require(Parser.parse(file).diagnostics.first)
    let line = JSONStream.diagnostic(d)
    #expect(line.hasSuffix("}\n") && line.dropLast().firstIndex(of: "\n") == nil)
    let object = try #require(try json(line) as? [String: Any])
    #expect(object["severity"] as? String == "error")
    #expect(object["file"] as? String == "bad.cluster")
    #expect(object["line"] as? Int == 2)
    #expect(object["column"] as? Int == 1)
    #expect(object["end_line"] as? Int == 2)
    #expect(object["end_column"] as? Int == 5)
    #expect(object["help"] as? String == "did you mean `firm`?")
    #expect((object["notes"] as? [Any])?.isEmpty == true)
    let unplaced = try #require(try json(JSONStream.diagnostic(Diagnostic(.note, "a note", at: nil), file: "f")) as? [String: Any])
    #expect(unplaced["line"] is NSNull)
    #expect(unplaced["file"] as? String == "f")
    #expect(unplaced["label"] is NSNull)
  }

  /// The compact writer follows the pretty one's rules: the same value either way.
  @Test func compactAndPrettyAgree() throws {
    let value = JSON.object([
      ("a", .number(1)), ("b", .number(0.25)), ("c", .number(Double.nan)), ("d", .string("x\n\"y\"\u{1}")),
      ("e", .array([.bool(true), .null, .array([]), .object([])])),
    ])
    #expect(value.line == "{\"a\":1,\"b\":0.25,\"c\":null,\"d\":\"x\\n\\\"y\\\"\\u0001\",\"e\":[true,null,[],{}]}\n")
    let pretty = try #require(try json(value.text) as? NSDictionary)
    let compact = try #require(try json(value.line) as? NSDictionary)
    #expect(pretty == compact)
  }
}
