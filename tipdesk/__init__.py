"""TIPdesk: an offline library on trafficking in persons.

The public API is :class:`tipdesk.Library`; see ``docs/api.md``.
"""

from tipdesk.core.library import Library

__version__ = "0.1.0"
__all__ = ["Library", "__version__"]
