// The table of a sweep: inside a `for`, `print t, exports(2004)` is a row, and the loop prints
// one table, headed by what the print says, when it ends.

import ClusterSyntax
import ClusterWorkspace

/// The rows one `print` of several values gave in a loop.
struct SweepTable {
  /// The printed expressions as written: the headings.
  let columns: [String]
  let format: OutputFormat
  var rows: [[Value]] = []

  /// Text: a table with numbers to the right; JSON: `{"columns": [string], "rows": [[Value]]}`.
  func reply(_ format: OutputFormat, on screen: Screen) -> Reply {
    if format == .json {
      return .json(.object([
        ("columns", .strings(columns)),
        ("rows", .array(rows.map { .array($0.map(JSON.value)) })),
      ]))
    }
    var table = TextTable(columns)
    table.rightAligned = Set(columns.indices.filter { i in
      rows.allSatisfy { row in
        if case .number = row[i] { return true }
        return row[i].isNothing
      }
    })
    for row in rows { table.add(row.map(\.display)) }
    return .text(table.render(on: screen))
  }
}

extension Session {
  /// Adds a row to the table of the `print` that wrote `expressions` (a new table for a print
  /// not seen yet in this loop).
  func addSweepRow(_ values: [Value], of expressions: [Expression], format: OutputFormat) {
    let columns = expressions.map(Printer.expression)
    if let i = sweepTables?.firstIndex(where: { $0.columns == columns }) {
      sweepTables?[i].rows.append(values)
    } else {
      var table = SweepTable(columns: columns, format: format)
      table.rows.append(values)
      sweepTables?.append(table)
    }
  }
}
