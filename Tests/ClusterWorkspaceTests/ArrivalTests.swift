// Arrivals over a span of years (`arrive: 1995 to 2005`): checked, located errors, `set`, and
// the canonical form.

import ClusterSyntax
import Testing

@testable import ClusterWorkspace

private let tirupur = """
  cluster Tirupur { year: 1990 }
  firms dyers: 700 { role: supplier, stages: [dyeing] }
  firms makers: 2500 { role: producer }
  buyer HighStreet { origin: foreign }
  """

@Suite struct ArrivalTests {
  @Test func arrivalSpans() throws {
    let (workspace, error, _) = applying(tirupur + "\nfirms newcomers: 300 { arrive: 1995 to 2005 }\nfirm Solo { arrive: 1998 }")
    #expect(error == nil, "\(error?.message ?? "")")
    #expect(workspace.current?.entity(named: "newcomers")?["arrive"].yearRange == 1995...2005)
    #expect(workspace.current?.entity(named: "Solo")?["arrive"].yearRange == 1998...1998)
    let backwards = try #require(applying(tirupur + "\nfirms late: 10 { arrive: 2005 to 1995 }").1)
    #expect(backwards.message == "the span of `arrive` ends in 1995, before it starts in 2005")
    #expect(backwards.span?.location == "t.cluster:5:34")
    #expect(backwards.help == "write the first year first: `arrive: 1995 to 2005`")
    let notAYear = try #require(applying(tirupur + "\nfirms late: 10 { arrive: 1995 to 3000 }").1)
    #expect(notAYear.message == "`3000` is not a year from 1800 to 2200")
    #expect(notAYear.span?.location == "t.cluster:5:34")
    let founded = try #require(applying(tirupur + "\nfirms late: 10 { founded: 1995 to 2000 }").1)
    #expect(founded.message == "`founded` needs a year, such as `1990`")
    let (_, setError, _) = applying("set newcomers.arrive = 2000 to 1999", to: workspace)
    #expect(setError?.message == "the span of `arrive` ends in 1999, before it starts in 2000")
  }

  @Test func theCanonicalFormRoundTrips() throws {
    let (workspace, error, _) = applying(tirupur + "\nfirms newcomers: 40 { arrive: 1995 to 2005 }\nfirm Solo { arrive: 1998 }")
    #expect(error == nil, "\(error?.message ?? "")")
    let saved = Printer.print(workspace.canonicalScript())
    #expect(saved.contains("firms newcomers: 40 { arrive: 1995 to 2005 }"))
    #expect(saved.contains("firm Solo { arrive: 1998 }"))
    let (again, reloadError, _) = applying(saved)
    #expect(reloadError == nil, "\(reloadError?.message ?? "")")
    #expect(Printer.print(again.canonicalScript()) == saved)
  }
}
