import ArgumentParser

/// How `run` reports progress: lines for people, or JSON events for schedulers.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
