/// Backbone's version, printed on report cards and in run records.
public enum BackboneVersion {
    public static let current = "0.1.0"
}
