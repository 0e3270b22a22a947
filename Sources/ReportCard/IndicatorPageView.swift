import BackboneCore
import Measure

/// The template-facing view of an indicator's own page: the card's view of it with every
/// dimension, plus one table per dimension of every group in every school year.
enum IndicatorPageView {
    static func make(_ series: IndicatorSeries, context: IndicatorView.Context) -> [String: Any] {
        var view = IndicatorView.make(series, context: context, dimensions: nil)
        let years = series.years
        view["years"] = years.map { ["label": SchoolYear.label($0)] }
        view["direction"] = series.definition.direction == .up ? "higher is better" : "lower is better"
        view["hasTarget"] = series.definition.target != nil
        var byDimension: [String: [IndicatorResult]] = [:]
        for result in series.results { byDimension[result.dimension, default: []].append(result) }
        view["history"] = series.dimensions.compactMap { dimension -> [String: Any]? in
            guard let results = byDimension[dimension.id] else { return nil }
            var groups: [String] = []
            var cells: [String: [Int: IndicatorResult]] = [:]
            for result in results {
                if cells[result.group] == nil { groups.append(result.group) }
                cells[result.group, default: [:]][result.schoolYear] = result
            }
            return [
                "label": dimension.label,
                "rows": groups.map { group -> [String: Any] in
                    let byYear = cells[group]!
                    let label = context.groupLabel(byYear.values.first!)
                    return [
                        "label": label,
                        "cells": years.map { year in IndicatorView.cell(byYear[year], label: label, context: context) },
                    ]
                },
            ]
        }
        return view
    }
}
