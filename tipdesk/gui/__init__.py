"""The Qt face of TIPdesk (PySide6). It talks to the core only through :class:`tipdesk.Library`."""
