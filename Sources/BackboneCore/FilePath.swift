/// Lexical path arithmetic (no file-system access), so messages can name files the way a
/// user typed or sees them.
public enum FilePath {
    /// `a/b/../c/./d` → `a/c/d`; keeps a leading `/` and leading `..` components.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// `path` resolved against `directory` unless it is absolute.
    public static func resolve(_ path: String, against directory: String) -> String {
        normalize(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    /// The folder part of a path (`.` for a bare name).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of a path.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `path` relative to `base` when it lies below it, else `path` unchanged (both absolute).
    public static func relative(_ path: String, to base: String) -> String {
        let base = normalize(base)
        let path = normalize(path)
        if path == base { return "." }
        let prefix = base == "/" ? "/" : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// `path` as reached from `base` (both absolute), with `..` where it lies outside `base`:
    /// how the manifest and published locations name inputs, so the same card comes out
    /// whatever the working folder, and a moved checkout still finds them. Paths sharing
    /// nothing with `base` but the root stay absolute.
    public static func walk(to path: String, from base: String) -> String {
        let target = normalize(path).split(separator: "/")
        let start = normalize(base).split(separator: "/")
        var shared = 0
        while shared < target.count, shared < start.count, target[shared] == start[shared] { shared += 1 }
        if shared == 0 { return normalize(path) }
        let steps = Array(repeating: "..", count: start.count - shared) + target[shared...].map(String.init)
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }
}
