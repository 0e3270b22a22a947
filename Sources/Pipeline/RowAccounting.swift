import BackboneCore
import Extract

/// Nothing lost: for every source the pipeline declares, rows read = rows kept + rows
/// quarantined, checked once more over the manifest's own figures before a card is published.
///
/// Each source is accounted for when it is validated (`SourceQuality.assess`); this last check
/// also catches a source that fell out of the run, or figures changed on the way to the
/// manifest. Either is Backbone's own failure, never the data's.
enum RowAccounting {
    static func check(_ sources: [RunManifest.Source], declared: [SourceConfig]) throws {
        for source in declared {
            guard let figures = sources.first(where: { $0.source == source.id }) else {
                throw InternalError("source '\(source.id)' has no row counts at the end of the run", at: source.location)
            }
            guard figures.rowsRead == figures.rowsKept + figures.rowsQuarantined else {
                throw InternalError(
                    "source '\(source.id)' read \(figures.rowsRead) rows but kept \(figures.rowsKept) and quarantined "
                        + "\(figures.rowsQuarantined); \(figures.rowsRead - figures.rowsKept - figures.rowsQuarantined) "
                        + "rows are unaccounted for (a bug in Backbone: please report it)",
                    at: source.location)
            }
        }
    }
}
