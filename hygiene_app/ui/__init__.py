"""The desktop app (PySide6). The only package that may import Qt; it consumes the engine."""
