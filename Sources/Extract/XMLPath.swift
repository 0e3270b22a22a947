/// The field path language of XML sources, for checking a pipeline file before any data is read.
///
/// A path is relative to the record element and names elements by local name (namespaces
/// are ignored): `A/B/C` reads the text of `C`, `A/@attr` an attribute of `A`, `@attr` an
/// attribute of the record element itself, and `A[Child='value']/B` reads `B` only below an
/// `A` that has a child `Child` whose trimmed text is exactly `value`.
public enum XMLPath {
    /// Returns nil when `path` is valid, else a message saying what was expected and what was found.
    public static func check(_ path: String) -> String? {
        do {
            _ = try XMLPathExpression(parsing: path)
            return nil
        } catch {
            return error.message
        }
    }
}
