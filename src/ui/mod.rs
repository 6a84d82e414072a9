//! Everything devpath prints: styles, reporters, watch mode, JSON output.
