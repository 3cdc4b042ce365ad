/// Shared test plumbing: fixtures and snapshot recording.
public enum TestHelpersPlaceholder {}
