import BackboneCore
import Foundation
import Measure
import Mustache

/// Renders the report card folder from templates a data manager can edit without recompiling.
///
/// The folder is self-contained (no external fonts, scripts or trackers) and every
/// interpolated value is HTML-escaped by Mustache's `{{ }}`. The one exception is a chart's
/// SVG (`{{{svg}}}`), which our code builds from numbers and escaped labels (`SVGMarkup`).
public struct ReportCardRenderer {
    /// Pages written once, at the top of the folder.
    public static let pages = ["index", "data-quality", "linkage", "methodology"]
    /// The template of every indicator's page, `indicators/<id>.html`.
    public static let indicatorPage = "indicator"
    /// The template of every organization's and school's page, `partners/<id>.html`.
    public static let partnerPage = "partner"
    /// Templates other templates include (`{{> group-table}}`).
    public static let partials = ["group-table"]
    public static let assets = ["style.css"]
    private let library: MustacheLibrary
    private let templatesDirectory: String

    /// Throws a diagnostic naming the template file and the parse problem.
    public init(templatesDirectory: String) throws {
        var library = MustacheLibrary()
        for page in Self.pages + [Self.indicatorPage, Self.partnerPage] + Self.partials {
            let file = templatesDirectory + "/" + page + ".mustache"
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw Diagnostic.error("report template is missing or unreadable", at: SourceLocation(file: file))
            }
            do {
                try library.register(text, named: page)
            } catch let error as MustacheLibrary.ParserError {
                throw Diagnostic.error(
                    "template syntax error: \(error.error)",
                    at: SourceLocation(file: file, line: error.context.lineNumber, column: error.context.columnNumber))
            }
        }
        self.library = library
        self.templatesDirectory = templatesDirectory
    }

    /// Writes every page, the stylesheet and the CSV files beside the pages into `directory`.
    public func write(_ model: ReportCardModel, to directory: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let context = view(of: model)
        for page in Self.pages {
            try write(render(context, page), to: directory + "/" + page + ".html")
        }
        try fm.createDirectory(atPath: directory + "/indicators", withIntermediateDirectories: true)
        let indicatorContext = IndicatorView.Context(minimumCellSize: model.minimumCellSize, schoolNames: model.schoolNames)
        for series in model.indicators {
            var page = context
            page["root"] = "../"
            page["indicator"] = IndicatorPageView.make(series, context: indicatorContext)
            let path = directory + "/indicators/" + series.definition.id
            try write(render(page, Self.indicatorPage), to: path + ".html")
            try write(IndicatorsCSV.render([series], schoolNames: model.schoolNames), to: path + ".csv")
        }
        try fm.createDirectory(atPath: directory + "/partners", withIntermediateDirectories: true)
        for partner in partnerPages(model, context: indicatorContext) {
            var page = context
            page["root"] = "../"
            page["partner"] = partner.view
            let path = directory + "/partners/" + partner.id
            try write(render(page, Self.partnerPage), to: path + ".html")
            try write(IndicatorsCSV.render(model.indicators, schoolNames: model.schoolNames, where: partner.rows), to: path + ".csv")
        }
        for asset in Self.assets {
            let source = templatesDirectory + "/" + asset
            guard let data = fm.contents(atPath: source) else {
                throw Diagnostic.error("report asset is missing", at: SourceLocation(file: source))
            }
            guard fm.createFile(atPath: directory + "/" + asset, contents: data) else {
                throw InternalError("cannot write report asset", at: SourceLocation(file: directory + "/" + asset))
            }
        }
        try write(IndicatorsCSV.render(model.indicators, schoolNames: model.schoolNames), to: directory + "/indicators.csv")
        try write(DataQualityCSV.render(model.quality), to: directory + "/data-quality.csv")
        try write(LinkageCSVs.rates(model.links), to: directory + "/linkage.csv")
        try write(LinkageCSVs.model(model.links), to: directory + "/linkage-model.csv")
        try write(LinkageCSVs.weights(model.links), to: directory + "/linkage-weights.csv")
    }

    /// Each organization's page, then each school's, with the rows of indicators.csv it shows.
    private func partnerPages(
        _ model: ReportCardModel, context: IndicatorView.Context
    ) -> [(id: String, view: [String: Any], rows: @Sendable (IndicatorResult) -> Bool)] {
        let organizations = model.organizations.map { organization in
            let dimensions: Set<String> = ["all", "participant_" + organization.id, "dosage_" + organization.id]
            return (
                organization.id,
                PartnerPageView.organization(id: organization.id, name: organization.name, indicators: model.indicators, context: context),
                { @Sendable (result: IndicatorResult) in dimensions.contains(result.dimension) })
        }
        let schools = PartnerPageView.schoolCodes(model.indicators).map { code in
            (
                "school-" + code,
                PartnerPageView.school(
                    code: code, name: model.schoolNames[code] ?? code, indicators: model.indicators, context: context),
                { @Sendable (result: IndicatorResult) in result.dimension == "school" && result.group == code })
        }
        return organizations + schools
    }

    private func render(_ context: [String: Any], _ template: String) throws -> String {
        guard let html = library.render(context, withTemplate: template) else {
            throw Diagnostic.error("template '\(template)' could not be rendered", at: SourceLocation(file: templatesDirectory))
        }
        return html
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw InternalError("cannot write report file: \(FileErrorReason.of(error))", at: SourceLocation(file: path))
        }
    }

    private func view(of model: ReportCardModel) -> [String: Any] {
        let indicatorContext = IndicatorView.Context(minimumCellSize: model.minimumCellSize, schoolNames: model.schoolNames)
        return [
            "root": "",
            "title": model.title, "partnership": model.partnership, "vision": model.vision ?? "",
            "hasVision": model.vision != nil, "version": model.backboneVersion,
            "minimumCellSize": model.minimumCellSize,
            "students": NumberFormat.count(model.students), "studentYears": NumberFormat.count(model.studentYears),
            "indicators": model.indicators.map {
                IndicatorView.make($0, context: indicatorContext, dimensions: IndicatorView.keyDimensions)
            },
            "sources": model.quality.map(DataQualityView.make),
            "links": model.links.map { LinkageView.make($0, thresholds: model.linkThresholds) },
            "thresholds": LinkageView.thresholds(model.linkThresholds),
            "methodology": MethodologyView.make(model),
            "organizations": model.organizations.map { ["id": $0.id, "name": $0.name] },
            "schools": PartnerPageView.schoolCodes(model.indicators).map { ["id": "school-" + $0, "name": model.schoolNames[$0] ?? $0] },
        ]
    }
}
