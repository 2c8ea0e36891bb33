// The history file under concurrent sessions: appends from many writers at once, with
// truncations in between, lose no entry and tear none apart.

import Dispatch
import Foundation
import Testing

@testable import LineEditing

@Suite struct HistoryFileTests {
  @Test func concurrentAppendsAndTruncationsLoseNothing() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clusterlab-history-\(UUID().uuidString)").path
    let path = folder + "/state/history"
    let writers = 4
    let each = 100
    DispatchQueue.concurrentPerform(iterations: writers + 1) { w in
      if w == writers {
        // A session trimming the file (to more than will ever be there) while others write.
        for _ in 0..<20 { _ = try? HistoryFile.truncate(path, toLast: 10_000) }
        return
      }
      for i in 0..<each {
        try? HistoryFile.append("cluster W\(w)N\(i) {\n  year: \(2000 + i)\n}", to: path)
      }
    }
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let entries = HistoryFile.entries(in: bytes).map { String(decoding: $0.text, as: UTF8.self) }
    #expect(entries.count == writers * each)
    for w in 0..<writers {
      let mine = entries.filter { $0.hasPrefix("cluster W\(w)N") }
      #expect(mine.count == each)
      // Each writer's entries arrive whole and in its own order.
      #expect(mine == (0..<each).map { "cluster W\(w)N\($0) {\n  year: \(2000 + $0)\n}" })
    }
  }
}
