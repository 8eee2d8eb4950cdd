"""The Overview tab: headline figures as sentences and charts by country and by year."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.records import CountFigure, Figures
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.follow_ups.follow_ups_line import FollowUpsLine
from alliance_desktop.ui.formatting import collation_key, country_text, plural
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.settings_keys import Settings

MEMBERS_COLOUR = QColor("#1f5fa8")
SIGNATORIES_COLOUR = QColor("#e0a526")
# Height of one country's pair of bars; the chart grows and scrolls rather than squeezing names.
ROW_HEIGHT = 26


class OverviewTab(Retranslating, QWidget):
    """Live figures. ``country_requested(tab, code)`` asks the window to show a country."""

    country_requested = Signal(str, str)  # "members" or "signatories", country code
    tab_requested = Signal(str)
    # The follow-ups line was clicked: "overdue" or "week" (the list to show).
    follow_ups_requested = Signal(str)
    follow_ups_counted = Signal(object)  # FollowUpCounts, read with the figures

    def __init__(self, services: Any, settings: Settings, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self._countries: list[str] = []
        self._figures: Figures | None = None  # the last read: a language switch reads nothing
        self._welcome: Any = None  # a QWidget with set_location(str): ui/start/welcome_panel
        self._welcome_wanted: Callable[[], bool] = lambda: False

        self.members_label = self._headline(1.45, bold=True)
        self.signatories_label = self._headline(1.2)
        self.pending_label = self._headline(1.2)
        self.pending_label.linkActivated.connect(self._on_pending_label_link_activated)
        self.follow_ups_line = FollowUpsLine()
        self.follow_ups_line.setFont(self.pending_label.font())
        self.follow_ups_line.list_requested.connect(self.follow_ups_requested)

        self.country_chart = QChart()
        self.country_chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.country_chart.setMargins(QMargins(4, 4, 4, 4))
        self.country_view = QChartView(self.country_chart)
        self.country_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.country_scroll = QScrollArea()
        self.country_scroll.setWidget(self.country_view)
        self.country_scroll.setWidgetResizable(True)
        self.country_scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.year_chart = QChart()
        self.year_chart.legend().hide()
        self.year_chart.setMargins(QMargins(4, 4, 4, 4))
        self.year_view = QChartView(self.year_chart)
        self.year_view.setRenderHint(QPainter.RenderHint.Antialiasing)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.country_scroll)
        self.splitter.addWidget(self.year_view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.members_label)
        layout.addWidget(self.signatories_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.follow_ups_line)
        layout.addSpacing(8)
        layout.addWidget(self.splitter, 1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        self.empty_label.hide()
        self._layout = layout
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.country_chart.setTitle(self.tr("Members and signatories by country"))
        self.country_view.setAccessibleName(self.tr("Members and signatories by country"))
        self.country_view.setToolTip(self.tr("Click a bar to list that country's records"))
        self.year_chart.setTitle(self.tr("Signatures by year"))
        self.year_view.setAccessibleName(self.tr("Signatures by year"))
        self.empty_label.setText(
            self.tr(
                "The charts by country and by year appear here once members or signatures "
                "are recorded."
            )
        )
        if self._figures is not None:
            self.show_figures(self._figures)

    def _headline(self, scale: float, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        return label

    # --- sentences -------------------------------------------------------------------------

    def members_sentence(self, figure: CountFigure) -> str:
        if figure.count == 0:
            return self.tr("No city or region has joined the Alliance yet")
        members = plural(
            figure.count, self.tr("{n} city or region"), self.tr("{n} cities and regions")
        )
        countries = plural(figure.countries, self.tr("{n} country"), self.tr("{n} countries"))
        if figure.count == 1:
            text = self.tr("{members} from {countries} takes part in the Alliance")
        else:
            text = self.tr("{members} from {countries} take part in the Alliance")
        return text.format(members=members, countries=countries)

    def signatories_sentence(self, figure: CountFigure) -> str:
        if figure.count == 0:
            return self.tr("Nobody has signed the Declaration against anti-Gypsyism yet")
        signatories = plural(figure.count, self.tr("{n} signatory"), self.tr("{n} signatories"))
        countries = plural(figure.countries, self.tr("{n} country"), self.tr("{n} countries"))
        if figure.count == 1:
            text = self.tr("{signatories} from {countries} has signed the Declaration")
        else:
            text = self.tr("{signatories} from {countries} have signed the Declaration")
        return text.format(signatories=signatories, countries=countries)

    def pending_sentence(self, count: int, oldest_days: int | None) -> str:
        if count == 0:
            return self.tr("No applications pending")
        applications = plural(
            count, self.tr("{n} application pending"), self.tr("{n} applications pending")
        )
        if oldest_days is None:
            return applications
        days = plural(oldest_days, self.tr("{n} day"), self.tr("{n} days"))
        return self.tr("{applications}, oldest {days}").format(applications=applications, days=days)

    # --- loading ---------------------------------------------------------------------------

    def set_services(self, services: Any) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        self.show_figures(self.services.stats.figures())
        counts = self.follow_ups_line.refresh(self.services)
        if counts is not None:
            self.follow_ups_counted.emit(counts)

    def members_text(self) -> str:
        """The headline (the status bar shows it while this tab is current)."""
        return "" if self._figures is None else self.members_sentence(self._figures.members)

    def set_welcome(self, panel: Any, wanted: Callable[[], bool]) -> None:
        """Show ``panel`` (a QWidget with ``set_location(str)``) instead of the figures while
        the register is empty and ``wanted()`` says so (asked again at each refresh)."""
        self._layout.addWidget(panel, 1)
        panel.hide()
        self._welcome = panel
        self._welcome_wanted = wanted
        if self._figures is not None:
            self.show_figures(self._figures)

    def welcome_shown(self) -> bool:
        return self._welcome is not None and self._welcome.isVisibleTo(self)

    def show_figures(self, figures: Figures) -> None:
        self._figures = figures
        empty = not (figures.members.count or figures.signatories.count or figures.pending)
        welcome = self._welcome is not None and empty and self._welcome_wanted()
        for label in (self.members_label, self.signatories_label, self.pending_label):
            label.setVisible(not welcome)
        self.members_label.setText(self.members_sentence(figures.members))
        self.signatories_label.setText(self.signatories_sentence(figures.signatories))
        pending = self.pending_sentence(figures.pending, figures.oldest_pending_days)
        if figures.pending:
            pending = f'<a href="applications">{_escape(pending)}</a>'
        self.pending_label.setText(pending)
        self._fill_country_chart(figures)
        self._fill_year_chart(figures)
        has_countries = bool(figures.members_by_country or figures.signatories_by_country)
        has_years = bool(figures.signatures_by_year)
        self.country_scroll.setVisible(has_countries)
        self.year_view.setVisible(has_years)
        self.splitter.setVisible((has_countries or has_years) and not welcome)
        self.empty_label.setVisible(not (has_countries or has_years or welcome))
        if self._welcome is not None:
            self._welcome.set_location(self.services.db.location)
            self._welcome.setVisible(welcome)

    def _fill_country_chart(self, figures: Figures) -> None:
        chart = self.country_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        members = dict(figures.members_by_country)
        signatories = dict(figures.signatories_by_country)
        codes = sorted(
            set(members) | set(signatories),
            key=lambda c: (
                members.get(c, 0) + signatories.get(c, 0),
                collation_key(country_text(c)),
            ),
        )
        # A horizontal bar chart draws its first category at the bottom: biggest ends on top.
        self._countries = codes
        member_set = QBarSet(self.tr("Members"))
        member_set.setColor(MEMBERS_COLOUR)
        signatory_set = QBarSet(self.tr("Signatories"))
        signatory_set.setColor(SIGNATORIES_COLOUR)
        for code in codes:
            member_set.append(members.get(code, 0))
            signatory_set.append(signatories.get(code, 0))
        member_set.clicked.connect(lambda i: self._on_bar_clicked("members", i))
        signatory_set.clicked.connect(lambda i: self._on_bar_clicked("signatories", i))
        series = QHorizontalBarSeries()
        series.append(member_set)
        series.append(signatory_set)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([country_text(c) for c in codes] or [""])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = count_axis(max([*members.values(), *signatories.values(), 1]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.country_view.setMinimumHeight(max(320, 110 + ROW_HEIGHT * len(codes)))

    def _fill_year_chart(self, figures: Figures) -> None:
        chart = self.year_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        years = figures.signatures_by_year
        bars = QBarSet(self.tr("Signatures"))
        bars.setColor(SIGNATORIES_COLOUR)
        bars.setLabelColor(QColor("#202020"))
        for _year, count in years:
            bars.append(count)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([str(y) for y, _ in years] or [""])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        # Room above the tallest bar for its label.
        values = count_axis(max([n for _, n in years] + [1]) * 11 // 10 + 1)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    # --- settings and signals --------------------------------------------------------------

    def restore_state(self) -> None:
        state = self.settings.get(settings_keys.overview_splitter())
        if state.isEmpty() or not self.splitter.restoreState(state):
            self.splitter.setSizes([600, 500])

    def save_state(self) -> None:
        self.settings.set(settings_keys.overview_splitter(), self.splitter.saveState())

    def country_at(self, index: int) -> str | None:
        return self._countries[index] if 0 <= index < len(self._countries) else None

    def _on_bar_clicked(self, tab: str, index: int) -> None:
        code = self.country_at(index)
        if code is not None:
            self.country_requested.emit(tab, code)

    def _on_pending_label_link_activated(self, _link: str) -> None:
        self.tab_requested.emit("applications")


def count_axis(top: int) -> QValueAxis:
    """A 0-based axis of whole numbers with round ticks (1, 2, 5, 10, 20, 50 … apart)."""
    step = 1
    while top / step > 6:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    ticks = -(-top // step)
    axis = QValueAxis()
    axis.setRange(0, ticks * step)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")
    return axis


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
