"""Where sync stands, in the window's status bar: last updated, from where, what is new, whether
the source is out of date, and an "Updates available" notice.

``SyncStatusWidget.show_status(status)`` paints a ``SyncStatus``; ``show_updates(check)`` shows or
hides the notice for an ``UpdateCheck``; ``show_sharing(url)`` says the library is being shared.
Clicking any part opens the matching dialog (signals). Dates are in the user's locale and time zone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStyle, QToolButton, QWidget

from tipdesk.sync.report import ADDED, UPDATED, SyncStatus, UpdateCheck


def local_time_text(when: dt.datetime, *, date_only: bool = False) -> str:
    """``when`` (aware, any zone) as this computer's local date and time, in the user's locale."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime()
    locale = QLocale()
    if date_only:
        return locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def new_documents(status: SyncStatus) -> int:
    """How many documents the last sync added or revised."""
    return sum(1 for c in status.whats_new if c.change in (ADDED, UPDATED))


class SyncStatusWidget(QWidget):
    """A few flat buttons for the status bar; each opens the sync or share dialog."""

    openSyncRequested = Signal()
    openShareRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.status: SyncStatus | None = None
        self.check: UpdateCheck | None = None
        self.share_url = ""
        self.busy_text = ""
        self.summary = self._button("syncSummary", self.openSyncRequested.emit)
        self.updates = self._button("updatesAvailable", self.openSyncRequested.emit)
        self.updates.setStyleSheet("QToolButton { font-weight: bold; }")
        self.updates.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.updates.hide()
        self.sharing = self._button("sharingNow", self.openShareRequested.emit)
        self.sharing.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.sharing)
        layout.addWidget(self.updates)
        layout.addWidget(self.summary)
        self.retranslateUi()

    def _button(self, name: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    # --- what is shown ---------------------------------------------------------------------------
    def show_status(self, status: SyncStatus | None) -> None:
        self.status = status
        self._paint_summary()

    def show_updates(self, check: UpdateCheck | None) -> None:
        """The notice for a check that found updates; None (or nothing new) hides it."""
        self.check = check if check is not None and check.updates_available else None
        self._paint_updates()

    def show_busy(self, text: str) -> None:
        """While a sync runs: a short progress text instead of the last update ("" = done)."""
        self.busy_text = text
        self._paint_summary()

    def show_sharing(self, url: str) -> None:
        self.share_url = url
        self._paint_sharing()

    def _paint_summary(self) -> None:
        status, button = self.status, self.summary
        button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        if self.busy_text:
            button.setText(self.busy_text)
            button.setToolTip(self.tr("Updating the library; click to see the progress"))
        elif status is None or status.last_synced is None:
            button.setText(self.tr("Never updated"))
            button.setToolTip(self.tr("This library has not been updated yet; click to update"))
        elif status.stale:
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            button.setText(self.tr("Source out of date"))
            button.setToolTip(self._stale_tip(status))
        else:
            count = new_documents(status)
            text = self.tr("Updated {when}").format(when=local_time_text(status.last_synced))
            if count:
                text += " · " + self.tr("%n new", "", count)
            button.setText(text)
            button.setToolTip(self._synced_tip(status))
        button.setAccessibleName(self.tr("Library updates: {state}").format(state=button.text()))
        button.setAccessibleDescription(button.toolTip())

    def _synced_tip(self, status: SyncStatus) -> str:
        assert status.last_synced is not None
        tip = self.tr("Last updated {when} from {source}.").format(
            when=local_time_text(status.last_synced), source=status.source or "?"
        )
        count = new_documents(status)
        if count:
            tip += "\n" + self.tr("%n document(s) new or revised in the last update.", "", count)
        if status.pending_apply:
            tip += "\n" + self.tr("An update was downloaded but not finished; update again.")
        return tip + "\n" + self.tr("Click to update or to see what is new.")

    def _stale_tip(self, status: SyncStatus) -> str:
        when = local_time_text(status.expires, date_only=True) if status.expires else "?"
        return self.tr(
            "The publisher's signature on this library's updates expired on {date}. Your "
            "library still works offline; update it from a newer source when you can."
        ).format(date=when)

    def _paint_updates(self) -> None:
        check = self.check
        self.updates.setVisible(check is not None)
        self.updates.setText(self.tr("Updates available"))
        if check is not None:
            self.updates.setToolTip(
                self.tr(
                    "{source} has {added} new, {updated} revised and {removed} withdrawn "
                    "documents. Click to update the library."
                ).format(
                    source=check.source,
                    added=check.added,
                    updated=check.updated,
                    removed=check.removed,
                )
            )
            self.updates.setAccessibleDescription(self.updates.toolTip())
        self.updates.setAccessibleName(self.tr("Updates available"))

    def _paint_sharing(self) -> None:
        self.sharing.setVisible(bool(self.share_url))
        self.sharing.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon))
        self.sharing.setText(self.tr("Sharing at {address}").format(address=self.share_url))
        self.sharing.setToolTip(self.tr("Your library is shared on this network; click to stop"))
        self.sharing.setAccessibleName(self.sharing.text())

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self._paint_summary()
        self._paint_updates()
        self._paint_sharing()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
