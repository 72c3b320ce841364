"""The project's own tools that are neither the app, nor its tests, nor its benchmarks."""
