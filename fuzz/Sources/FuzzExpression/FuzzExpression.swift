import BackboneCore

/// Any text as an indicator expression: a tree or a syntax error; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let node = try? Expression.parse(text) { _ = node.fullyParenthesized }
    return 0
}
