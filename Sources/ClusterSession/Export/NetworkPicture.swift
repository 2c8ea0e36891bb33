// The cluster's network drawn: its actors as of the evaluation's year (a cohort one node with
// its size), its links styled by kind and weighted by trust. The same styles serve the DOT file
// for Graphviz and our own SVG, laid out by Fruchterman and Reingold's force-directed algorithm
// from seeded positions, so the same case gives the same picture on every machine (Graphviz is
// not asked even when installed: its layout differs between versions).

import ClusterModel
import ClusterWorkspace

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The network as drawn: actors and declared links, read from an evaluation's facts.
struct NetworkDrawing {
  struct Node: Equatable {
    let name: String
    let kind: EntityKind
    /// Firms of a cohort; 1 for a firm; nil for others.
    let firms: Int?

    var label: String {
      kind == .cohort ? "\(name) (\(ChartStyle.grouped(Double(firms ?? 0))) firms)" : name
    }
  }

  struct Edge: Equatable {
    let from: Int
    let to: Int
    /// The link kind (`supplies`, `cooperation` …), or `consortium` for a consortium's members.
    let kind: String
    let directed: Bool
    let trust: Double?
  }

  let cluster: String
  let year: Int?
  let nodes: [Node]
  let edges: [Edge]

  /// Whether the two would be drawn alike but for the cluster's name: a scenario that changes
  /// only projects needs no second picture.
  func drawsLike(_ other: NetworkDrawing) -> Bool {
    year == other.year && nodes == other.nodes && edges == other.edges
  }

  /// Whether two actors are linked (a cohort's ties among its own firms do not count).
  var hasLinks: Bool { edges.contains { $0.from != $0.to } }

  init(_ e: Evaluation) {
    cluster = e.facts.name
    year = e.facts.year
    let actors = e.facts.cluster.entities.filter { $0.kind.isActor }
    nodes = actors.map { Node(name: $0.name, kind: $0.kind, firms: $0.kind == .cohort || $0.kind == .firm ? $0.firmCount : nil) }
    var index: [String: Int] = [:]
    for (i, node) in nodes.enumerated() { index[node.name] = i }
    var edges: [Edge] = []
    for link in e.facts.links {
      guard let a = index[link.from], let b = index[link.to] else { continue }
      edges.append(Edge(from: a, to: b, kind: link.kind, directed: link.directed, trust: link.attributes["trust"]?.number))
    }
    for consortium in e.facts.consortia {
      guard let c = index[consortium.name] else { continue }
      for member in consortium.members {
        if let m = index[member] { edges.append(Edge(from: m, to: c, kind: "consortium", directed: true, trust: nil)) }
      }
    }
    self.edges = edges
  }
}

/// How each kind of actor and link looks, in DOT and in SVG alike.
enum NetworkStyle {
  /// Fill colours from Okabe & Ito's palette; the shape tells kinds apart in grey.
  static func fill(_ kind: EntityKind) -> String {
    switch kind {
    case .firm, .cohort: return "#56B4E9"
    case .institution: return "#009E73"
    case .buyer: return "#E69F00"
    default: return "#CC79A7"
    }
  }

  static func dotShape(_ kind: EntityKind) -> String {
    switch kind {
    case .firm: return "box"
    case .cohort: return "box3d"
    case .institution: return "ellipse"
    case .buyer: return "diamond"
    default: return "hexagon"
    }
  }

  /// The four kinds of tie of insight 1, and a consortium's members.
  enum Category: String, CaseIterable {
    case vertical, horizontal, institutional, buyer

    var title: String {
      switch self {
      case .vertical: return "vertical (supplies, customer)"
      case .horizontal: return "horizontal (cooperation, consortium)"
      case .institutional: return "with institutions (member, service, partner)"
      case .buyer: return "buyers (buys)"
      }
    }
    var colour: String {
      switch self {
      case .vertical: return "#333333"
      case .horizontal: return "#0072B2"
      case .institutional: return "#009E73"
      case .buyer: return "#D55E00"
      }
    }
    var svgDash: String {
      switch self {
      case .vertical: return ""
      case .horizontal: return "9 5"
      case .institutional: return "2 4"
      case .buyer: return "12 4 3 4"
      }
    }
    var dotStyle: String {
      switch self {
      case .vertical: return "solid"
      case .horizontal: return "dashed"
      case .institutional: return "dotted"
      case .buyer: return "bold"
      }
    }
  }

  static func category(_ kind: String) -> Category {
    switch kind {
    case "supplies", "customer": return .vertical
    case "cooperation", "consortium": return .horizontal
    case "buys": return .buyer
    default: return .institutional
    }
  }

  /// Line width by trust: 2 without a declared trust, up to 7 at trust 1.
  static func width(_ trust: Double?) -> Double { 2 + 5 * max(0, min(1, trust ?? 0)) }

  static let kinds: [(EntityKind, String)] = [
    (.firm, "firm"), (.cohort, "cohort of firms"), (.institution, "institution"), (.buyer, "buyer"), (.consortium, "consortium"),
  ]
}

/// Fruchterman–Reingold layout, seeded: positions in the unit square.
enum NetworkLayout {
  /// The most actors drawn: the layout costs nodes² a step.
  static let maximumNodes = 1500

  static func positions(nodes n: Int, edges: [(Int, Int)], seed: UInt64 = 2005) -> [(x: Double, y: Double)] {
    guard n > 1 else { return n == 1 ? [(0.5, 0.5)] : [] }
    var state = seed
    func next() -> Double {
      // SplitMix64: a fixed, portable sequence for the starting positions.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
    var x = (0..<n).map { _ in next() }
    var y = (0..<n).map { _ in next() }
    let k = (1.0 / Double(n)).squareRoot()
    let iterations = max(40, min(500, 40_000_000 / (n * n)))
    var temperature = 0.1
    let cooling = temperature / Double(iterations + 1)
    let pairs = edges.filter { $0.0 != $0.1 }
    for _ in 0..<iterations {
      var dx = [Double](repeating: 0, count: n)
      var dy = [Double](repeating: 0, count: n)
      for i in 0..<n {
        for j in (i + 1)..<n {
          var ex = x[i] - x[j]
          var ey = y[i] - y[j]
          var d2 = ex * ex + ey * ey
          if d2 < 1e-9 {
            // Two nodes on one spot: push them apart along a fixed direction.
            ex = 1e-3 * Double(i - j)
            ey = 1e-3
            d2 = ex * ex + ey * ey
          }
          let force = k * k / d2
          dx[i] += ex * force
          dy[i] += ey * force
          dx[j] -= ex * force
          dy[j] -= ey * force
        }
      }
      for (a, b) in pairs {
        let ex = x[a] - x[b]
        let ey = y[a] - y[b]
        let d = (ex * ex + ey * ey).squareRoot()
        let force = d / k
        dx[a] -= ex * force
        dy[a] -= ey * force
        dx[b] += ex * force
        dy[b] += ey * force
      }
      for i in 0..<n {
        // A pull to the centre keeps parts that are not connected near the rest.
        dx[i] -= (x[i] - 0.5) * 0.6
        dy[i] -= (y[i] - 0.5) * 0.6
        let length = (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot()
        if length > 0 {
          let step = min(length, temperature)
          x[i] += dx[i] / length * step
          y[i] += dy[i] / length * step
        }
      }
      temperature -= cooling
    }
    // Stretched to fill the unit square.
    let (minX, maxX, minY, maxY) = (x.min() ?? 0, x.max() ?? 1, y.min() ?? 0, y.max() ?? 1)
    return (0..<n).map { i in
      ((maxX > minX ? (x[i] - minX) / (maxX - minX) : 0.5), (maxY > minY ? (y[i] - minY) / (maxY - minY) : 0.5))
    }
  }
}

enum NetworkPicture {
  // MARK: - DOT

  /// A Graphviz graph: one subgraph per cluster, each actor a node, each link an edge.
  static func dot(_ drawings: [NetworkDrawing]) -> String {
    var out = "// The network between the boxes, written by clusterlab `export dot`.\n"
    out += "// Render: dot -Tsvg FILE -o network.svg (or neato for larger networks).\n"
    out += "digraph clusters {\n"
    out += "  graph [fontname=\"DejaVu Sans\", fontsize=16, rankdir=LR, overlap=false, splines=true];\n"
    out += "  node [fontname=\"DejaVu Sans\", fontsize=14, style=filled, penwidth=1.5];\n"
    out += "  edge [fontname=\"DejaVu Sans\", fontsize=12];\n"
    for (c, drawing) in drawings.enumerated() {
      out += "  subgraph \(quoteDOT("cluster_\(c)")) {\n"
      out += "    label=\(quoteDOT(drawing.cluster + (drawing.year.map { " (\($0))" } ?? "")));\n"
      for node in drawing.nodes {
        out += "    \(quoteDOT(drawing.cluster + "/" + node.name)) [label=\(quoteDOT(node.kind == .cohort ? "\(node.name)\n\(ChartStyle.grouped(Double(node.firms ?? 0))) firms" : node.name)), "
        out += "shape=\(NetworkStyle.dotShape(node.kind)), fillcolor=\(quoteDOT(NetworkStyle.fill(node.kind)))];\n"
      }
      for edge in drawing.edges {
        let category = NetworkStyle.category(edge.kind)
        let from = quoteDOT(drawing.cluster + "/" + drawing.nodes[edge.from].name)
        let to = quoteDOT(drawing.cluster + "/" + drawing.nodes[edge.to].name)
        var attributes = [
          "label=\(quoteDOT(edge.kind + (edge.trust.map { " · trust " + Figure.approx($0) } ?? "")))",
          "color=\(quoteDOT(category.colour))", "fontcolor=\(quoteDOT(category.colour))", "style=\(category.dotStyle)",
          "penwidth=\(Markup.number(NetworkStyle.width(edge.trust)))",
        ]
        if !edge.directed { attributes.append("dir=none") }
        out += "    \(from) -> \(to) [\(attributes.joined(separator: ", "))];\n"
      }
      out += "  }\n"
    }
    return out + "}\n"
  }

  /// A DOT string: quoted, with `"` and `\` escaped and line breaks as `\n`.
  static func quoteDOT(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": break
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }

  // MARK: - SVG

  /// The networks one under the other, each laid out on its own.
  static func svg(_ drawings: [NetworkDrawing], width: Double = 960, panelHeight: Double = 640) -> Markup {
    var m = Markup()
    let legendHeight = 130.0
    // A network without links needs only its row of actors.
    let heights = drawings.map { $0.hasLinks || $0.nodes.isEmpty ? panelHeight : (drawings.count > 1 ? 40 : 10) + Self.isolatedHeight($0.nodes.count) + 20 }
    let height = 70 + heights.reduce(0, +) + legendHeight
    let title = "The network between the boxes"
    ChartStyle.open(&m, width: width, height: height, label: title + ": " + drawings.map(\.cluster).joined(separator: ", "))
    m.open("defs")
    for category in NetworkStyle.Category.allCases {
      m.open(
        "marker",
        [
          "id": "arrow-\(category.rawValue)", "viewBox": "0 0 10 10", "refX": "9", "refY": "5", "markerWidth": "5",
          "markerHeight": "5", "orient": "auto-start-reverse", "markerUnits": "strokeWidth",
        ])
      m.empty("path", ["d": "M 0 0 L 10 5 L 0 10 z", "fill": category.colour])
      m.close("marker")
    }
    m.close("defs")
    ChartStyle.text(&m, title, x: 24, y: 34, size: ChartStyle.titleSize, weight: "bold")
    ChartStyle.text(
      &m, "actors as of the case's year, a cohort as one node; line width: trust on the link (thin: not declared)", x: 24, y: 60,
      size: ChartStyle.smallSize, fill: ChartStyle.muted)
    var y = 70.0
    for (i, drawing) in drawings.enumerated() {
      panel(&m, drawing, x: 24, y: y, width: width - 48, height: heights[i] - 10, titled: drawings.count > 1)
      y += heights[i]
    }
    legend(&m, y: height - legendHeight + 10, width: width)
    m.close("svg")
    return m
  }

  /// Above this many actors a picture names only some of them.
  static let crowdedNodes = 60
  static let labelledFirms = 12

  /// The height of the row of actors without links: six a row.
  static func isolatedHeight(_ count: Int) -> Double {
    count == 0 ? 0 : Double((count + 5) / 6) * 80 + 30
  }

  static func radius(_ node: NetworkDrawing.Node) -> Double {
    switch node.kind {
    case .cohort: return 12 + 3 * log10(Double(max(1, node.firms ?? 1)))
    case .firm: return 10
    default: return 12
    }
  }

  private static func panel(_ m: inout Markup, _ drawing: NetworkDrawing, x: Double, y: Double, width: Double, height: Double, titled: Bool) {
    var top = y
    if titled {
      ChartStyle.text(&m, drawing.cluster + (drawing.year.map { " (\($0))" } ?? ""), x: x, y: y + 22, weight: "bold")
      top += 30
    }
    guard !drawing.nodes.isEmpty else {
      ChartStyle.text(&m, "no actors declared", x: x, y: top + 30, fill: ChartStyle.muted)
      return
    }
    guard drawing.nodes.count <= NetworkLayout.maximumNodes else {
      ChartStyle.text(
        &m, "\(drawing.nodes.count) actors are more than \(NetworkLayout.maximumNodes) to draw: `export dot` writes them for Graphviz",
        x: x, y: top + 30, fill: ChartStyle.muted)
      return
    }
    // Actors with no link to another are set in a row below the rest: the layout would push
    // them to the rim and squeeze the linked part into the middle.
    var linked = Set<Int>()
    for e in drawing.edges where e.from != e.to {
      linked.insert(e.from)
      linked.insert(e.to)
    }
    let isolated = drawing.nodes.indices.filter { !linked.contains($0) }
    let isolatedHeight = Self.isolatedHeight(isolated.count)
    // Room around the drawing for labels (left and right) and loops (above).
    let (left, right, upper, lower) = (x + 110, x + width - 110, top + 40, y + height - 40 - isolatedHeight)
    let order = drawing.nodes.indices.filter { linked.contains($0) }
    var place: [Int: Int] = [:]
    for (i, node) in order.enumerated() { place[node] = i }
    let unit = NetworkLayout.positions(
      nodes: order.count, edges: drawing.edges.compactMap { e in place[e.from].flatMap { a in place[e.to].map { (a, $0) } } })
    var points = Array(repeating: (0.0, 0.0), count: drawing.nodes.count)
    for (i, node) in order.enumerated() {
      points[node] = (left + unit[i].x * (right - left), upper + unit[i].y * (lower - upper))
    }
    if !isolated.isEmpty {
      let rowTop = y + height - isolatedHeight
      ChartStyle.text(
        &m, linked.isEmpty ? "no link between actors declared:" : "no link to another actor declared:", x: x, y: rowTop + 10,
        size: ChartStyle.smallSize, fill: ChartStyle.muted)
      let columnWidth = width / 6
      for (i, node) in isolated.enumerated() {
        points[node] = (x + columnWidth * (Double(i % 6) + 0.5), rowTop + 50 + Double(i / 6) * 80)
      }
    }
    // A crowded network draws small shapes, no loops, and names only the actors a reader
    // looks for: the institutions, buyers and consortia, and the most linked firms.
    let crowded = drawing.nodes.count > crowdedNodes
    let scale = drawing.nodes.count > 5 * crowdedNodes ? 0.3 : crowded ? 0.5 : 1.0
    var named = Set(drawing.nodes.indices)
    if crowded {
      var degree = [Int](repeating: 0, count: drawing.nodes.count)
      for e in drawing.edges where e.from != e.to {
        degree[e.from] += 1
        degree[e.to] += 1
      }
      let firms = drawing.nodes.indices.filter { drawing.nodes[$0].kind == .firm || drawing.nodes[$0].kind == .cohort }
      let busiest = firms.sorted { (degree[$0], $1) > (degree[$1], $0) }.prefix(labelledFirms)
      named = Set(drawing.nodes.indices.filter { !firms.contains($0) }).union(busiest)
      ChartStyle.text(
        &m, "\(drawing.nodes.count) actors: named are the institutions, buyers and consortia, and the \(labelledFirms) firms with the most links",
        x: x, y: top + 14, size: ChartStyle.smallSize, fill: ChartStyle.muted)
    }
    // Links that join the same two actors bend apart.
    var seen: [String: Int] = [:]
    var counts: [String: Int] = [:]
    func pairKey(_ e: NetworkDrawing.Edge) -> String { "\(min(e.from, e.to))-\(max(e.from, e.to))" }
    for e in drawing.edges { counts[pairKey(e), default: 0] += 1 }
    for e in drawing.edges {
      let category = NetworkStyle.category(e.kind)
      let key = pairKey(e)
      let k = seen[key, default: 0]
      seen[key] = k + 1
      let strokeWidth = Markup.number(NetworkStyle.width(e.trust) * (crowded ? 0.5 : 1))
      var attributes = [("fill", "none"), ("stroke", category.colour), ("stroke-width", strokeWidth)]
      if !category.svgDash.isEmpty { attributes.append(("stroke-dasharray", category.svgDash)) }
      let a = points[e.from]
      if e.from == e.to {
        if crowded { continue }
        // A cohort's ties among its own firms: a loop above it.
        let r = radius(drawing.nodes[e.from])
        let loop = 14 + 6 * Double(k)
        attributes.insert(("cx", Markup.number(a.0)), at: 0)
        attributes.insert(("cy", Markup.number(a.1 - r - loop + 4)), at: 1)
        attributes.insert(("r", Markup.number(loop)), at: 2)
        m.empty("circle", attributes: attributes)
        continue
      }
      let b = points[e.to]
      let (low, high) = e.from < e.to ? (a, b) : (b, a)
      let (vx, vy) = (high.0 - low.0, high.1 - low.1)
      let length = max(1, (vx * vx + vy * vy).squareRoot())
      let offset = (Double(k) - Double(counts[key, default: 1] - 1) / 2) * 26
      let control = ((a.0 + b.0) / 2 - vy / length * offset, (a.1 + b.1) / 2 + vx / length * offset)
      // End at the edge of the target's shape, where the arrow can be seen.
      let (tx, ty) = (b.0 - control.0, b.1 - control.1)
      let tl = max(1, (tx * tx + ty * ty).squareRoot())
      let cut = radius(drawing.nodes[e.to]) * scale + 3
      let end = e.directed ? (b.0 - tx / tl * cut, b.1 - ty / tl * cut) : b
      attributes.insert(
        (
          "d",
          "M \(Markup.number(a.0)) \(Markup.number(a.1)) Q \(Markup.number(control.0)) \(Markup.number(control.1)) \(Markup.number(end.0)) \(Markup.number(end.1))"
        ), at: 0)
      if e.directed { attributes.append(("marker-end", "url(#arrow-\(category.rawValue))")) }
      m.empty("path", attributes: attributes)
    }
    for (i, node) in drawing.nodes.enumerated() {
      shape(&m, node.kind, x: points[i].0, y: points[i].1, r: radius(node) * scale)
    }
    for (i, node) in drawing.nodes.enumerated() where named.contains(i) {
      m.element(
        "text",
        [
          "x": Markup.number(points[i].0), "y": Markup.number(points[i].1 + radius(node) * scale + 18), "font-size": Markup.number(ChartStyle.smallSize),
          "text-anchor": "middle", "fill": ChartStyle.ink, "stroke": "#ffffff", "stroke-width": "4", "paint-order": "stroke",
          "stroke-linejoin": "round",
        ], node.label)
    }
  }

  /// A node's shape: square (firm), stacked squares (cohort), circle (institution), diamond
  /// (buyer), hexagon (consortium).
  static func shape(_ m: inout Markup, _ kind: EntityKind, x: Double, y: Double, r: Double) {
    let fill = NetworkStyle.fill(kind)
    let edge = "#222222"
    switch kind {
    case .firm, .cohort:
      if kind == .cohort {
        m.empty(
          "rect",
          [
            "x": Markup.number(x - r + 5), "y": Markup.number(y - r - 5), "width": Markup.number(2 * r), "height": Markup.number(2 * r),
            "fill": fill, "stroke": edge, "stroke-width": "1.5",
          ])
      }
      m.empty(
        "rect",
        [
          "x": Markup.number(x - r), "y": Markup.number(y - r), "width": Markup.number(2 * r), "height": Markup.number(2 * r),
          "fill": fill, "stroke": edge, "stroke-width": "1.5",
        ])
    case .institution:
      m.empty("circle", ["cx": Markup.number(x), "cy": Markup.number(y), "r": Markup.number(r), "fill": fill, "stroke": edge, "stroke-width": "1.5"])
    case .buyer:
      let s = r * 1.3
      m.empty(
        "polygon",
        ["points": ChartStyle.pointList([(x, y - s), (x + s, y), (x, y + s), (x - s, y)]), "fill": fill, "stroke": edge, "stroke-width": "1.5"])
    default:
      let points = (0..<6).map { i -> (Double, Double) in
        let angle = Double.pi / 3 * Double(i)
        return (x + cos(angle) * r * 1.1, y + sin(angle) * r * 1.1)
      }
      m.empty("polygon", ["points": ChartStyle.pointList(points), "fill": fill, "stroke": edge, "stroke-width": "1.5"])
    }
  }

  private static func legend(_ m: inout Markup, y: Double, width: Double) {
    var x = 24.0
    for (kind, word) in NetworkStyle.kinds {
      shape(&m, kind, x: x + 12, y: y + 10, r: 9)
      ChartStyle.text(&m, word, x: x + 32, y: y + 16, size: ChartStyle.smallSize)
      x += 40 + ChartStyle.width(word, ChartStyle.smallSize) + 20
    }
    for (i, category) in NetworkStyle.Category.allCases.enumerated() {
      let lx = 24 + Double(i % 2) * (width - 48) / 2
      let ly = y + 50 + Double(i / 2) * 28
      var attributes = [
        ("x1", Markup.number(lx)), ("y1", Markup.number(ly)), ("x2", Markup.number(lx + 44)), ("y2", Markup.number(ly)),
        ("stroke", category.colour), ("stroke-width", "3"),
      ]
      if !category.svgDash.isEmpty { attributes.append(("stroke-dasharray", category.svgDash)) }
      m.empty("line", attributes: attributes)
      ChartStyle.text(&m, category.title, x: lx + 54, y: ly + 5, size: ChartStyle.smallSize)
    }
  }
}
