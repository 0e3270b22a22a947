import ArgumentParser
import BackboneCore

/// `backbone schema [TABLE]`: the canonical tables and fields a pipeline maps exports onto.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the canonical tables, their fields and types, and the code lists.")

    @Argument(help: "Only this table (person, enrollment, attendance, assessment, program, postsecondary).")
    var table: String?

    func validate() throws {
        if let table, CanonicalTable(rawValue: table) == nil {
            throw ValidationError(
                "unknown table '\(table)'; expected one of: \(CanonicalTable.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() {
        let tables = table.flatMap(CanonicalTable.init(rawValue:)).map { [$0] } ?? CanonicalTable.allCases
        var codeLists: [CodeList] = []
        for table in tables {
            print(table.rawValue)
            for field in table.fields {
                let flags = [field.required ? "required" : nil, field.identifying ? "identifying" : nil].compactMap { $0 }
                let type = field.type.description + (flags.isEmpty ? "" : ", " + flags.joined(separator: ", "))
                print("  \(field.name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(type.padding(toLength: 34, withPad: " ", startingAt: 0)) \(field.summary)")
                if case .code(let list) = field.type, !codeLists.contains(list) { codeLists.append(list) }
            }
            print("")
        }
        for list in codeLists {
            print("codes (\(list.name)): " + zip(list.codes, list.labels).map { "\($0) = \($1)" }.joined(separator: "; "))
        }
    }
}
