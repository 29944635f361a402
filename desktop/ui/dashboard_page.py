"""Dashboard: the month's indicators against targets, per hamlet, follow-ups due this
week and days since the last bundle.

The cards are the indicator table's (desktop/domain/indicators.py), computed by the
same code as the monthly report, for the same reporting period (the calendar month,
or the period closing on the 14th when the report settings say so).
"""

import datetime as dt

from PySide6.QtCharts import (QBarCategoryAxis, QBarSet, QChart, QChartView,
                              QHorizontalBarSeries, QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.dates import format_date
from desktop.domain.indicators import EVENT_SERVICES, INDICATORS, MAIN
from desktop.domain.labels import value_label
from desktop.domain.periods import recent_periods
from desktop.reports.collect import collect_monthly, figure_settings
from desktop.reports.hub import collect_hub
from desktop.services.history import days_since_last_bundle
from desktop.services.queries import follow_ups_due
from desktop.ui.record_page import Page, page_title
from desktop.ui.tasks import error_text
from desktop.ui.theme import style_chart

# The indicator table's main indicators, then Bình dân học vụ số, the teams, and the
# services performed at digital transformation days (one card for all types).
EVENT_CARD = "event_services"
CARDS = (*MAIN, "digital_skills", "literacy_classes", "team_hamlets", "team_members_active",
         EVENT_CARD)


class DashboardPage(Page):
    """Indicators at a glance. Hubs see a pointer to the Reports page instead."""

    key = "dashboard"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.month = QComboBox(self)
        self.month.setObjectName("dashboardMonth")
        self.closing_day, self.ages = figure_settings(session.db)
        self._fill_months(self.closing_day)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.bundle_label = QLabel(self)
        self.bundle_label.setObjectName("bundleAge")
        head = QHBoxLayout()
        head.addWidget(page_title(self.title(), self))
        head.addStretch(1)
        head.addWidget(self.bundle_label)
        head.addSpacing(24)
        head.addWidget(QLabel(self.tr("Month"), self))
        head.addWidget(self.month)
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        self.card_titles: dict[str, QLabel] = {}
        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(CARDS):
            card = QFrame(grid_box)
            card.setObjectName("card")
            lay = QVBoxLayout(card)
            lay.setContentsMargins(8, 6, 8, 6)
            lay.setSpacing(2)
            title = QLabel(self._card_title(code), card)
            self.card_titles[code] = title
            title.setWordWrap(True)
            value = QLabel("—", card)
            value.setObjectName("cardValue")
            value.setProperty("code", code)
            detail = QLabel("", card)
            detail.setWordWrap(True)
            lay.addWidget(title)
            lay.addWidget(value)
            lay.addWidget(detail)
            lay.addStretch(1)
            grid.addWidget(card, i // 4, i % 4)
            self.cards[code] = (value, detail)
        self.chart = QChart()
        self.chart.setTitle(self.tr("By hamlet: share of residents (%)"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(300)
        self.follow_ups = QTableWidget(0, 4, self)
        self.follow_ups.setObjectName("followUps")
        self.follow_ups.setHorizontalHeaderLabels([
            self.tr("Follow-up"), self.tr("Household"), self.tr("Hamlet"), self.tr("Phone")])
        self.follow_ups.verticalHeader().hide()
        header = self.follow_ups.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.follow_ups.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Chart and follow-ups one above the other: each gets the full width at A+.
        self.communes = QTableWidget(0, 7, self)
        self.communes.setObjectName("hubCommunes")
        self.communes.setHorizontalHeaderLabels([
            self.tr("Commune"), self.tr("Households"), self.tr("Visits this month"),
            self.tr("Coverage"), self.tr("e-ID level 2"), self.tr("Health record linked"),
            self.tr("Last bundle")])
        self.communes.verticalHeader().hide()
        self.communes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.communes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.communes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.communes.setMinimumHeight(220)
        self.communes.hide()
        lower = QVBoxLayout()
        lower.addWidget(self.communes)
        lower.addWidget(self.chart_view)
        self.follow_label = QLabel(self.tr("Follow-ups due this week"), self)
        lower.addWidget(self.follow_label)
        self.follow_ups.setMinimumHeight(160)
        lower.addWidget(self.follow_ups, 1)
        inner = QWidget(self)
        inner_lay = QVBoxLayout(inner)
        inner_lay.addWidget(grid_box)
        inner_lay.addLayout(lower, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(scroll, 1)
        self.report = None
        self.task = None
        self._again = False

    def title(self) -> str:
        """Name in the navigation list."""
        return self.tr("Dashboard")

    def _card_title(self, code: str) -> str:
        if code == EVENT_CARD:
            return self.tr("Services at digital transformation days")
        return INDICATORS[code].label(self.session.lang, self.ages.get(code))

    def _fill_months(self, closing_day: int) -> None:
        """The reporting periods, newest first: the same as the Reports page (today's
        period again when the period setting has changed)."""
        current = self.month.currentData() if closing_day == self.closing_day else None
        self.closing_day = closing_day
        self.month.blockSignals(True)
        self.month.clear()
        for period in recent_periods(self.session.clock.today(), closing_day):
            self.month.addItem(period.label(), str(period))
        self.month.setCurrentIndex(max(0, self.month.findData(current)))
        self.month.blockSignals(False)

    def load(self) -> None:
        """Compute the month's figures (for the period the settings choose)."""
        self.refresh()

    def refresh(self) -> None:
        """Recompute (after a save, an undo, an import, a month or settings change)."""
        setup = self.session.setup()
        closing_day, self.ages = figure_settings(self.session.db)
        if closing_day != self.closing_day:
            self._fill_months(closing_day)
        for code, title in self.card_titles.items():  # an age threshold may have changed
            title.setText(self._card_title(code))
        days = days_since_last_bundle(self.session.db)
        self.bundle_label.setText(self.tr("No bundle exported yet") if days is None else
                                  self.tr("Last bundle: %1 days ago").replace("%1", str(days)))
        is_hub = setup.get("role") == "hub"
        self.bundle_label.setVisible(not is_hub)  # a hub's table says what each commune sent
        self.follow_label.setVisible(not is_hub)
        self.follow_ups.setVisible(not is_hub)
        self.communes.setVisible(is_hub)
        if not setup:
            return
        if not is_hub:
            self._fill_follow_ups()
        if self.task is not None and self.task.running:
            self._again = True  # records changed while computing: compute once more after
            return
        month = self.month.currentData()
        # A month's figures over a million visits take a second or two: computed in a
        # worker so the window shows (and stays responsive) at once.
        if is_hub:
            work = lambda db, progress, cancelled: collect_hub(db, month)  # noqa: E731
            done = self._show_hub
        else:
            work = lambda db, progress, cancelled: collect_monthly(db, month)  # noqa: E731
            done = self._show_report
        self.task = self.session.tasks.run(
            self, self.tr("Computing the figures…"),
            work, done, self._failed, show_after_ms=60_000)

    def busy(self) -> bool:
        """Whether the figures are being computed."""
        return self.task is not None and self.task.running

    def _failed(self, exc) -> None:
        for value, _detail in self.cards.values():
            value.setText("—")
        self.cards[CARDS[0]][1].setText(error_text(exc, self.session.lang))

    def _show_report(self, report) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self.report = report
        self._fill_cards(report.totals)
        self._hamlet_chart()

    def _fill_cards(self, totals: dict, detail=None) -> None:
        """Every card from the figures of the indicator table (a commune's or a hub's
        total); `detail` replaces the target line when given."""
        for code, (value, label) in self.cards.items():
            if code == EVENT_CARD:
                value.setText(self.session.number(sum(totals[c].month or 0
                                                      for c in EVENT_SERVICES)))
                label.setText(self.event_detail(totals))
                continue
            fig = totals.get(code)
            value.setText(self.figure_text(fig))
            label.setText(detail if detail is not None else self.detail_text(fig))

    def event_detail(self, totals: dict) -> str:
        """This year's services at digital transformation days, by type."""
        done = sorted(((totals[c].ytd or 0, c) for c in EVENT_SERVICES), reverse=True)
        parts = [f"{value_label('services', c[len('event_'):], self.session.lang)} "
                 f"{self.session.number(n)}" for n, c in done if n]
        return self.tr("This year: %1").replace("%1", "; ".join(parts) or "0")

    def figure_text(self, fig) -> str:
        """The big number of a card: the count, and the share when there is one."""
        if fig is None or fig.basis is None:
            return "—"
        text = self.session.number(fig.basis)
        if fig.share is not None:
            text += f"  ({self.session.number(round(fig.share, 1))} %)"
        return text

    def detail_text(self, fig) -> str:
        """Target and how much of it is reached."""
        if fig is None or not fig.target:
            return self.tr("No target set")
        target = self.session.number(fig.target) + (" %" if fig.unit == "percent" else "")
        reached = fig.achievement
        return self.tr("Target %1 · reached %2 %").replace("%1", target).replace(
            "%2", self.session.number(round(reached or 0)))

    def value_of(self, code: str) -> str:
        """The text a card shows (tests read it)."""
        return self.cards[code][0].text()

    def _show_hub(self, hub) -> None:
        """A hub: totals across its communes on the cards, one row per commune below."""
        if self._again:
            self._again = False
            self.refresh()
            return
        self.report = hub
        n = self.session.number
        across = self.tr("Across %1 communes").replace("%1", n(len(hub.communes)))
        self._fill_cards(hub.total.figures, detail=across)

        def pct(value):
            return "" if value is None else f"{n(round(value, 1))} %"

        self.communes.setRowCount(len(hub.communes))
        for i, c in enumerate(hub.communes):
            days = self._days_since(c.last_bundle)
            f = c.figures
            values = (c.name, n(f["households_visited"].denominator), n(f["visits"].month),
                      pct(f["households_visited"].share), pct(f["eid_level2"].share),
                      pct(f["health_linked"].share),
                      "" if days is None else self.tr("%1 days ago").replace("%1", str(days)))
            for col, text in enumerate(values):
                self.communes.setItem(i, col, QTableWidgetItem(text))
        self.chart.setTitle(self.tr("By commune: share of residents (%)"))
        self._fill_chart([c.name for c in hub.communes],
                         [c.figures["eid_level2"].share or 0 for c in hub.communes],
                         [c.figures["health_linked"].share or 0 for c in hub.communes])

    def _days_since(self, stamp: str | None) -> int | None:
        if not stamp:
            return None
        try:
            moment = dt.datetime.fromisoformat(stamp)
        except ValueError:
            return None
        return (self.session.clock.today() - moment.date()).days

    def _hamlet_chart(self) -> None:
        self.chart.setTitle(self.tr("By hamlet: share of residents (%)"))
        report = self.report
        names, eid, health = [], [], []
        for hamlet in report.hamlets:
            figs = report.by_hamlet.get(hamlet.id) or {}
            names.append(hamlet.name or self.tr("Other"))
            eid.append((figs["eid_level2"].share if figs.get("eid_level2") else 0) or 0)
            health.append((figs["health_linked"].share if figs.get("health_linked") else 0) or 0)
        self._fill_chart(names, eid, health)

    def _fill_chart(self, names: list[str], eid_values: list, health_values: list) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        eid = QBarSet(self.tr("e-ID level 2"))
        health = QBarSet(self.tr("Health record linked"))
        for e, h in zip(eid_values, health_values):
            eid.append(round(e, 1))
            health.append(round(h, 1))
        # Room for each hamlet's name: a bar pair needs about two lines of text.
        line = self.fontMetrics().lineSpacing()
        self.chart_view.setMinimumHeight(max(300, len(names) * line * 2 + 8 * line))
        series = QHorizontalBarSeries()
        series.append(eid)
        series.append(health)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(names or [""])
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.show_display()

    def show_display(self) -> None:
        """The chart in the theme chosen (high contrast: yellow and cyan on black)."""
        style_chart(self.chart, self.session.settings.high_contrast)

    def _fill_follow_ups(self) -> None:
        today = self.session.clock.today()
        start = today - dt.timedelta(days=today.weekday())
        end = start + dt.timedelta(days=6)
        rows = follow_ups_due(self.session.db, start.isoformat(), end.isoformat())
        self.follow_label.setText(self.tr("Follow-ups due this week: %1")
                                  .replace("%1", self.session.number(len(rows))))
        self.follow_ups.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for col, text in enumerate((format_date(row["follow_up_date"]), row["household"],
                                        row.get("hamlet") or "", row.get("phone") or "")):
                self.follow_ups.setItem(i, col, QTableWidgetItem(text or ""))
