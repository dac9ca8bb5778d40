"""Marking core messages for translation without importing Qt.

The GUI translates a :class:`~tipdesk.core.errors.UserError` by looking up its ``template`` in the
``"tipdesk"`` context of Qt's translation catalogue; ``pyside6-lupdate`` finds the templates because
they are wrapped in ``QT_TRANSLATE_NOOP``. The CLI shows the English text.
"""

CONTEXT = "tipdesk"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Return ``text`` unchanged; the call only marks it for translation."""
    del context
    return text
