/// nbrun's version; part of the execution-cache key.
public enum NbrunVersion {
    public static let string = "0.1.0"
}
