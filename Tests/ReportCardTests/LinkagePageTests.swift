import BackboneCore
import BackboneTestSupport
import Foundation
import Linkage
import ReportCard
import Testing

/// The linkage page and its CSV files, from one hand-made summary.
@Suite struct LinkagePageTests {
    static let summary: LinkSummary = {
        var s = LinkSummary(source: "cbo_a")
        s.participants = 10
        s.linkedByPass = [.nameBirthDate: 4, .fellegiSunter: 2]
        s.forReview = 1
        s.candidatePairs = 30
        s.pairsPerRule = [(.birthDate, 20), (.surnameZip, 12)]
        s.capped = true
        s.emIterations = 7
        s.emConverged = true
        s.model = FellegiSunterModel(m: [[0.9, 0.1], [0.7, 0.2, 0.1]], u: [[0.05, 0.95], [0.01, 0.09, 0.9]], lambda: 0.001)
        s.levelLabels = [("first_name", ["exact", "else"]), ("birth_date", ["exact", "<close> & \"near\"", "else"])]
        s.pairsPerLevel = [[5, 25], [3, 0, 27]]
        for weight in [-25.0, -3.5, 0.2, 4.9, 4.1, 12] { s.bestWeights.add(weight) }
        return s
    }()

    static let model = ReportCardModel(
        title: "Card", partnership: "Partnership", vision: nil, backboneVersion: "0", minimumCellSize: 10, indicators: [],
        quality: [], links: [.init(partner: "Org A", summary: summary), .init(partner: "Org B", summary: LinkSummary(source: "cbo_b"))],
        linkThresholds: .init(link: 0.95, review: 0.5),
        students: 0, studentYears: 0)

    @Test func modelRowsFollowTheSummarysModelLevelByLevel() throws {
        let rows = ComparisonLevelRow.rows(of: Self.summary)
        let model = try #require(Self.summary.model)
        #expect(rows.map(\.field) == ["first_name", "first_name", "birth_date", "birth_date", "birth_date"])
        #expect(rows.map(\.level) == ["exact", "else", "exact", "<close> & \"near\"", "else"])
        #expect(rows.map(\.m) == model.m.flatMap { $0 })
        #expect(rows.map(\.u) == model.u.flatMap { $0 })
        #expect(rows.map(\.weight) == model.levelWeights.flatMap { $0 })
        #expect(abs(rows[2].weight - log2(0.7 / 0.01)) < 1e-12)
        #expect(rows.map(\.candidatePairs) == [5, 25, 3, 0, 27])
        #expect(ComparisonLevelRow.rows(of: LinkSummary(source: "nothing compared")).isEmpty)
    }

    @Test func thePageShowsTheModelTableRuleCountsAndTheCap() throws {
        let directory = try Fixtures.temporaryDirectory("linkage-page")
        try ReportCardRenderer(templatesDirectory: Fixtures.root.appendingPathComponent("reports/default").path)
            .write(Self.model, to: directory.path)
        let html = try String(contentsOf: directory.appendingPathComponent("linkage.html"), encoding: .utf8)
        let cell = #"<td class="number">([^<]*)</td>"#
        let tableRows = html.matches(of: try Regex(#"<tr><th scope="row">([^<]*)</th>"# + String(repeating: cell, count: 4) + "</tr>"))
            .map { match in (1...5).map { String(match.output[$0].substring!) } }
        #expect(tableRows == [
            ["exact", "0.900000", "0.050000", "4.17", "5"],
            ["else", "0.100000", "0.950000", "−3.25", "25"],
            ["exact", "0.700000", "0.010000", "6.13", "3"],
            ["&lt;close&gt; &amp; &quot;near&quot;", "0.200000", "0.090000", "1.15", "0"],
            ["else", "0.100000", "0.900000", "−3.17", "27"],
        ])
        #expect(html.contains("<td>Same birth date</td><td class=\"number\">20</td>"))
        #expect(html.components(separatedBy: "Blocking stopped at the candidate-pair cap").count == 2, "only cbo_a was capped")
        #expect(html.components(separatedBy: "<svg").count == 2, "cbo_b compared nobody: no chart")
        #expect(html.contains("no model was fitted") && html.contains(#"<section class="source" id="cbo_b">"#))
        #expect(html.contains("EM ran 7 iterations in all and converged"))
        #expect(html.contains("λ = 0.001000 (−9.96 bits)"))
        #expect(html.contains("at least 95.0% (a match weight of 4.25 bits or more)"))
        #expect(html.contains(#"<svg class="chart""#) && html.contains(#"role="img""#))
        #expect(html.contains(#"<tr><th scope="row">below −19</th><td class="number">1</td></tr>"#))
        #expect(html.contains(#"<tr><th scope="row">4 to 5</th><td class="number">2</td></tr>"#))
    }

    @Test func csvFilesHoldTheSameAggregates() {
        let links = [Self.model.links[0]]
        #expect(LinkageCSVs.rates(links) == """
            source,pass,participants,linked,share\r
            cbo_a,reviewer,10,0,0.0000\r
            cbo_a,state_id,10,0,0.0000\r
            cbo_a,name_birth_date,10,4,0.4000\r
            cbo_a,fellegi_sunter,10,2,0.2000\r

            """)
        #expect(LinkageCSVs.model(links).split(separator: "\r\n") == [
            "source,field,level,m,u,weight,candidate_pairs",
            "cbo_a,first_name,exact,0.900000,0.050000,4.1699,5",
            "cbo_a,first_name,else,0.100000,0.950000,-3.2479,25",
            "cbo_a,birth_date,exact,0.700000,0.010000,6.1293,3",
            #"cbo_a,birth_date,"<close> & ""near""",0.200000,0.090000,1.1520,0"#,
            "cbo_a,birth_date,else,0.100000,0.900000,-3.1699,27",
        ])
        let weights = LinkageCSVs.weights(links).split(separator: "\r\n")
        #expect(weights.count == 1 + WeightHistogram.highest - WeightHistogram.lowest)
        #expect(weights.filter { !$0.hasSuffix(",0") }.dropFirst() == ["cbo_a,-20,1", "cbo_a,-4,1", "cbo_a,0,1", "cbo_a,4,2", "cbo_a,12,1"])
    }
}
