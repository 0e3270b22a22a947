import BackboneCore
import Measure

extension PipelineRunner {
    /// Builds the student-year frame from the linked tables and computes every indicator.
    func measure(_ state: inout RunState) throws -> StageOutcome {
        let inputs = measureInputs(state)
        let frame = StudentYearFrame(inputs)
        let settings = config.stages.measure
        let compiled = try IndicatorExpressions.compile(settings.indicators, programPartners: inputs.programPartners)
        state.indicators = try Measurement.indicators(
            settings.indicators, expressions: compiled, frame: frame, settings: measureSettings)
        state.frame = frame
        let rows = state.indicators.reduce(0) { $0 + $1.results.count }
        return StageOutcome(
            "\(NumberFormat.count(frame.rowCount)) student-years, \(state.indicators.count) indicators",
            records: ["student_years": frame.rowCount, "indicators": state.indicators.count, "indicator_cells": rows])
    }

    /// Suppression, dosage bands and the organizations whose hours the frame carries.
    public var measureSettings: MeasureSettings {
        let settings = config.stages.measure
        return MeasureSettings(
            suppression: CellSuppressor.Settings(
                minimumCellSize: settings.minimumCellSize, coding: settings.topBottomCoding),
            dosageCuts: settings.dosageBands,
            organizations: config.partners.filter { $0.kind == .cbo }.map { .init(id: $0.id, name: $0.name) })
    }

    /// Runs extract, validate and link (or takes `crosswalk` instead of linking) and returns
    /// what measure reads: for `backbone bench measure` and `backbone explain`.
    public func measureInputs(crosswalk: Crosswalk? = nil) throws -> MeasureInputs {
        measureInputs(try runSteps(through: .link, crosswalk: crosswalk))
    }

    func measureInputs(_ state: RunState) -> MeasureInputs {
        func tables(_ kind: CanonicalTable) -> [Table] {
            config.sources.filter { $0.table == kind }.compactMap { state.tables[$0.id] }
        }
        let cbos = config.partners.filter { $0.kind == .cbo }.map(\.id)
        let programs = config.sources.filter { $0.table == .program }.compactMap { program in
            state.tables[program.id].map { table in
                MeasureInputs.ProgramSource(
                    partner: program.partner, table: table,
                    personSources: config.sources.filter { $0.partner == program.partner && $0.table == .person }.map(\.id))
            }
        }
        return MeasureInputs(
            students: state.tables[config.stages.link.reference]!, enrollment: tables(.enrollment), attendance: tables(.attendance),
            assessment: tables(.assessment), programs: programs, postsecondary: tables(.postsecondary),
            crosswalk: state.crosswalk, programPartners: cbos)
    }
}
