"""Qt-free features that are more than a check: settings, set-aside findings, priorities."""
