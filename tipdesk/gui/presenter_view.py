"""The windows of a presentation: the audience's slide and the trainer's presenter view.

The audience window fills its screen with the slide. The presenter window (on the other screen,
when there is one) shows the current and the next slide, the trainer's notes for the item, the
progress, and two clocks: the time on this item against its planned minutes, and the whole
session against the pack's planned total (red when over). Both windows take the same keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QScreen,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QWidget

from tipdesk.gui.context import AppContext
from tipdesk.gui.present_search import SearchOverlay
from tipdesk.gui.presentation import Presentation, handle_key
from tipdesk.gui.slide_view import SlideView, plain_html

OVER = "#b00020"


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class _KeyedWindow(QWidget):
    """A top-level window that sends its keys to the presentation."""

    closing = Signal()  # closed by the user (window manager), not by the session

    def __init__(self, presentation: Presentation, open_search: object) -> None:
        super().__init__()
        self.presentation = presentation
        self._open_search = open_search
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not handle_key(self.presentation, event, self._open_search):  # type: ignore[arg-type]
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.closing.emit()
        super().closeEvent(event)

    def place_on(self, screen: QScreen, full_screen: bool) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.showMaximized()
        self.move(screen.geometry().topLeft())


class AudienceWindow(_KeyedWindow):
    """The slide, full screen. A click moves on."""

    def __init__(self, presentation: Presentation, open_search: object) -> None:
        super().__init__(presentation, open_search)
        self.setObjectName("audienceWindow")
        self.slide = SlideView(self)
        self.slide.setObjectName("audienceSlide")
        self.slide.body.viewport().installEventFilter(self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slide, 0, 0)

    def refresh(self) -> None:
        slide, html = self.presentation.showing
        self.slide.show_slide(slide, html, self.presentation.progress_text())
        self.slide.set_black(self.presentation.black)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.presentation.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.presentation.previous()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self.mousePressEvent(event)
            return True
        return super().eventFilter(watched, event)


class PresenterWindow(_KeyedWindow):
    """Current and next slide, notes, progress and the two clocks."""

    def __init__(self, presentation: Presentation, open_search: object) -> None:
        super().__init__(presentation, open_search)
        self.setObjectName("presenterWindow")
        self.current = SlideView(self, preview=True)
        self.current.setObjectName("presenterCurrent")
        self.upcoming = SlideView(self, preview=True)
        self.upcoming.setObjectName("presenterNext")
        self.next_label = QLabel()
        self.notes_label = QLabel()
        self.notes = QTextBrowser()
        self.notes.setObjectName("presenterNotes")
        self.notes.setOpenLinks(False)
        notes_font = self.notes.font()
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.5)  # read at arm's length
        self.notes.setFont(notes_font)
        self.progress = QLabel()
        self.progress.setObjectName("presenterProgress")
        self.item_clock = QLabel()
        self.item_clock.setObjectName("presenterItemClock")
        self.total_clock = QLabel()
        self.total_clock.setObjectName("presenterTotalClock")
        for label in (self.progress, self.item_clock, self.total_clock):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            label.setFont(font)
        grid = QGridLayout(self)
        grid.addWidget(self.current, 0, 0, 4, 1)
        grid.addWidget(self.next_label, 0, 1)
        grid.addWidget(self.upcoming, 1, 1)
        grid.addWidget(self.notes_label, 2, 1)
        grid.addWidget(self.notes, 3, 1)
        grid.addWidget(self.progress, 4, 0)
        grid.addWidget(self.item_clock, 4, 1)
        grid.addWidget(self.total_clock, 5, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 0)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(3, 3)
        self.retranslateUi()

    def refresh(self) -> None:
        p = self.presentation
        slide, html = p.showing
        self.current.show_slide(slide, html)
        self.current.set_black(p.black)
        upcoming, next_html = p.upcoming
        self.upcoming.show_slide(upcoming, next_html)
        self.upcoming.setVisible(upcoming is not None)
        self.notes.setHtml(plain_html(slide.note if slide is not None else ""))
        state = []
        if p.temporary is not None:
            state.append(self.tr("search result — Esc returns"))
        if p.black:
            state.append(self.tr("black screen"))
        self.progress.setText(p.progress_text() + (f"  ({', '.join(state)})" if state else ""))
        self.tick()

    def tick(self) -> None:
        p = self.presentation
        planned_item = p.item_minutes() * 60
        self._clock(self.item_clock, self.tr("This part"), p.item_elapsed(), planned_item)
        self._clock(self.total_clock, self.tr("In all"), p.elapsed(), p.deck.planned_minutes * 60)

    def _clock(self, label: QLabel, name: str, elapsed: float, planned: float) -> None:
        text = f"{name}: {clock_text(elapsed)}"
        if planned:
            text += f" / {clock_text(planned)}"
        label.setText(text)
        palette = label.palette()
        over = bool(planned) and elapsed > planned
        colour = QColor(OVER) if over else self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
        label.setProperty("over", over)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("Presenter view — TIPdesk"))
        self.next_label.setText(self.tr("Next"))
        self.notes_label.setText(self.tr("Notes"))
        self.notes.setAccessibleName(self.tr("Trainer's notes"))


class PresentationSession(QObject):
    """The open windows of one presentation; ``close()`` (or Esc) ends it."""

    closed = Signal()

    def __init__(
        self,
        context: AppContext,
        presentation: Presentation,
        audience_screen: QScreen,
        presenter_screen: QScreen | None,
    ) -> None:
        super().__init__()
        self.context = context
        self.presentation = presentation
        self.audience_screen = audience_screen
        self.presenter_screen = presenter_screen
        self.audience = AudienceWindow(presentation, self.open_search)
        self.presenter = (
            PresenterWindow(presentation, self.open_search) if presenter_screen else None
        )
        for window in (self.audience, self.presenter):
            if window is not None:
                window.closing.connect(self.close)
        host = self.presenter or self.audience  # the trainer searches on their own screen
        self.search = SearchOverlay(context, host)
        self.search.chosen.connect(presentation.show_temporary)
        self.search.closed.connect(lambda: host.activateWindow())
        presentation.changed.connect(self.refresh)
        presentation.finished.connect(self.close)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._open = False

    def show(self) -> None:
        self._open = True
        self.audience.place_on(self.audience_screen, full_screen=True)
        if self.presenter is not None and self.presenter_screen is not None:
            self.presenter.place_on(self.presenter_screen, full_screen=False)
            self.presenter.activateWindow()
            self.presenter.setFocus()
        else:
            self.audience.activateWindow()
            self.audience.setFocus()
        self.refresh()
        self._ticker.start()

    def refresh(self) -> None:
        self.audience.refresh()
        if self.presenter is not None:
            self.presenter.refresh()

    def _tick(self) -> None:
        if self.presenter is not None:
            self.presenter.tick()

    def open_search(self) -> None:
        self.search.open()

    @property
    def is_open(self) -> bool:
        return self._open

    def close(self) -> None:
        if not self._open:
            return
        self._open = False
        self._ticker.stop()
        for window in (self.audience, self.presenter):
            if window is not None:
                window.close()
                window.deleteLater()
        self.closed.emit()


def screen_names() -> list[str]:
    return [s.name() for s in QGuiApplication.screens()]
