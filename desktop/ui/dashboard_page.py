"""Dashboard: the month's indicators against targets, per hamlet, follow-ups due this
week and days since the last bundle.

The cards are the indicator table's (desktop/domain/indicators.py), computed by the
same code as the monthly report, for the same reporting period (the calendar month,
or the period closing on the 14th when the report settings say so). Each card says
what its number counts: the year to date (visits, sessions: counted in a period),
the end of the chosen month (residents at a stage), or now; a commune's and a hub's
cards read the same way.

Everything that reads many rows (the figures, the week's follow-ups) is computed in
a worker; the page stays usable, says "Đang tính…" with Hủy after half a second, and
drops a result the user no longer wants (the month was changed meanwhile).
"""

import datetime as dt

from PySide6.QtCharts import (QBarCategoryAxis, QBarSet, QChart, QChartView,
                              QHorizontalBarSeries, QValueAxis)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget)

from desktop.domain.dates import format_date
from desktop.domain.indicators import EVENT_SERVICES, INDICATORS, MAIN
from desktop.domain.labels import value_label
from desktop.domain.periods import recent_periods
from desktop.reports.collect import collect_monthly, figure_settings
from desktop.reports.hub import collect_hub
from desktop.services.history import days_since_last_bundle
from desktop.services.queries import follow_ups_due
from desktop.ui.busy import BusyBar
from desktop.ui.record_page import Page, page_title
from desktop.ui.table_model import RowsModel, fit_widths
from desktop.ui.tasks import error_text
from desktop.ui.theme import style_chart

# The indicator table's main indicators, then Bình dân học vụ số, the teams, and the
# services performed at digital transformation days (one card for all types).
EVENT_CARD = "event_services"
CARDS = (*MAIN, "digital_skills", "literacy_classes", "team_hamlets", "team_members_active",
         EVENT_CARD)


class DashboardPage(Page):
    """Indicators at a glance: a commune's, or a hub's across its communes."""

    key = "dashboard"
    shown = Signal(str)  # the month whose figures the cards now show

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.month = QComboBox(self)
        self.month.setObjectName("dashboardMonth")
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.closing_day, self.ages = figure_settings(session.db)
        self._fill_months(self.closing_day)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.bundle_label = QLabel(self)
        self.bundle_label.setObjectName("bundleAge")
        self.busy_bar = BusyBar(self, self.tr("Computing…"))
        self.busy_bar.cancelled.connect(self.cancel)
        self.state = QLabel(self)
        self.state.setObjectName("dashboardState")
        self.state.hide()
        head = QHBoxLayout()
        head.addWidget(page_title(self.title(), self))
        head.addStretch(1)
        head.addWidget(self.busy_bar)
        head.addWidget(self.state)
        head.addSpacing(12)
        head.addWidget(self.bundle_label)
        head.addSpacing(24)
        head.addWidget(QLabel(self.tr("Month"), self))
        head.addWidget(self.month)
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        self.card_titles: dict[str, QLabel] = {}
        self.card_periods: dict[str, QLabel] = {}
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
            period = QLabel("", card)
            period.setObjectName("cardPeriod")
            period.setWordWrap(True)
            self.card_periods[code] = period
            detail = QLabel("", card)
            detail.setWordWrap(True)
            lay.addWidget(title)
            lay.addWidget(value)
            lay.addWidget(period)
            lay.addWidget(detail)
            lay.addStretch(1)
            grid.addWidget(card, i // 4, i % 4)
            grid.setColumnStretch(i % 4, 1)
            self.cards[code] = (value, detail)
        self.chart = QChart()
        self.chart.setTitle(self.tr("By hamlet: share of residents (%)"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(300)
        # a model filled in one go from the worker's list (a week of follow-ups on a
        # big commune is thousands of rows): never a table filled cell by cell
        self.follow_model = RowsModel(
            [self.tr("Follow-up"), self.tr("Household"), self.tr("Hamlet"), self.tr("Phone")],
            lambda r: (format_date(r["follow_up_date"]), r["household"], r.get("hamlet") or "",
                       r.get("phone") or ""), self)
        self.follow_ups = self._view("followUps", self.follow_model)
        self.follow_ups.setMinimumHeight(160)
        self.commune_model = RowsModel(
            [self.tr("Commune"), self.tr("Households"), self.tr("Visits this month"),
             self.tr("Coverage"), self.tr("e-ID level 2"), self.tr("Health record linked"),
             self.tr("Last bundle")], self._commune_texts, self)
        self.communes = self._view("hubCommunes", self.commune_model)
        self.communes.setMinimumHeight(220)
        self.communes.hide()
        # Chart and follow-ups one above the other: each gets the full width at A+.
        lower = QVBoxLayout()
        lower.addWidget(self.communes)
        lower.addWidget(self.chart_view)
        self.follow_label = QLabel(self.tr("Follow-ups due this week"), self)
        lower.addWidget(self.follow_label)
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
        self.shown_month: str | None = None  # the month the cards show
        self._generation = 0  # bumped by every request: older results are dropped
        self._pending = False  # a request waits for the running computation to end
        self._running = (0, None, False)  # (generation, month, hub) of the running one

    def _view(self, name: str, model) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view


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
        """Recompute (after a save, an undo, an import, a month or settings change).

        The figures of a million visits take a second or two: they are computed in
        a worker, one computation at a time; a request made meanwhile waits for it,
        and the result it would have shown is dropped."""
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
        self._generation += 1
        self.state.hide()
        if self.task is not None and self.task.running:
            self._pending = True  # computed once the running one ends (its result dropped)
            return
        self._start(is_hub)

    def _start(self, is_hub: bool | None = None) -> None:
        if is_hub is None:
            is_hub = self.session.is_hub()
        self._pending = False
        generation, month = self._generation, self.month.currentData()
        today = self.session.clock.today()
        start = today - dt.timedelta(days=today.weekday())
        end = start + dt.timedelta(days=6)
        # one read at a time: the figures come in the background, and on a two-core
        # laptop the other core stays with the page the user opens meanwhile (at a
        # million visits, its first rows took 0.2 s instead of 0.05 s beside two)
        if is_hub:
            def work(db, progress, cancelled):
                """In the worker: the hub's roll-up."""
                return collect_hub(db, month, workers=1), None
        else:
            def work(db, progress, cancelled):
                """In the worker: the month's figures and this week's follow-ups."""
                return (collect_monthly(db, month, figures_only=True, workers=1),
                        follow_ups_due(db, start.isoformat(), end.isoformat()))
        self.busy_bar.start()
        self._running = (generation, month, is_hub)
        # bound methods, not lambdas: Qt drops them when this page is deleted (the
        # language switch builds a new window while the work may still run)
        self.task = self.session.tasks.run(self, self.tr("Computing…"), work, self._computed,
                                           self._failed, show_after_ms=60_000)

    def busy(self) -> bool:
        """Whether figures the page will show are being computed, or wait to be (a
        computation whose result will be dropped does not count)."""
        return self._pending or (self.task is not None and self.task.running
                                 and self._running[0] == self._generation)

    def cancel(self) -> None:
        """Hủy: drop what is being computed; the cards say the figures are not shown."""
        self._generation += 1
        self._pending = False
        self.busy_bar.stop()
        for value, detail in self.cards.values():
            value.setText("—")
            detail.setText("")
        for period in self.card_periods.values():
            period.setText("")
        self.shown_month = None
        self.state.setText(self.tr("Cancelled: choose a month to compute again."))
        self.state.show()

    def _outdated(self, generation: int) -> bool:
        """True (and the waiting request started) when a newer request was made."""
        if generation == self._generation:
            return False
        if self._pending:
            self._start()
        return True

    def _failed(self, exc) -> None:
        if self._outdated(self._running[0]):
            return
        self.busy_bar.stop()
        for value, _detail in self.cards.values():
            value.setText("—")
        self.cards[CARDS[0]][1].setText(error_text(exc, self.session.lang))

    def _computed(self, result) -> None:
        generation, month, is_hub = self._running
        if self._outdated(generation):
            return
        self.busy_bar.stop()
        report, follow_ups = result
        self.shown_month = month
        if is_hub:
            self._show_hub(report)
        else:
            self._show_report(report, follow_ups or [])
        self.shown.emit(month)

    def _show_report(self, report, follow_ups: list[dict]) -> None:
        self.report = report
        self._fill_cards(report.totals)
        self._hamlet_chart()
        self._fill_follow_ups(follow_ups)

    def _fill_cards(self, totals: dict, detail=None) -> None:
        """Every card from the figures of the indicator table (a commune's or a hub's
        total): the number, what it counts (year to date, end of month, now), the
        month's own part, and the target (`detail` replaces it on a hub)."""
        for code, (value, label) in self.cards.items():
            if code == EVENT_CARD:
                value.setText(self.session.number(sum(totals[c].ytd or 0
                                                      for c in EVENT_SERVICES)))
                self.card_periods[code].setText(self.period_text("flow", sum(
                    totals[c].month or 0 for c in EVENT_SERVICES)))
                label.setText(self.event_detail(totals))
                continue
            fig = totals.get(code)
            value.setText(self.figure_text(fig))
            self.card_periods[code].setText(self.card_period(fig))
            label.setText(detail if detail is not None else self.detail_text(fig))

    def card_period(self, fig) -> str:
        """What a card's number counts, and the chosen month's own part of it."""
        if fig is None:
            return ""
        if fig.is_flow:
            return self.period_text("flow", fig.month)
        if fig.is_snapshot:
            return self.period_text("snapshot")
        return self.period_text("state", fig.change)

    def period_text(self, measure: str, month_part=None) -> str:
        """"Year to date, to the end of 11/2026 · this month: 12" and the like."""
        period = self.month.currentText()
        if measure == "flow":
            text = self.tr("Year to date, to the end of %1").replace("%1", period)
            if month_part is not None:
                text += " · " + self.tr("in %1: %2").replace("%1", period).replace(
                    "%2", self.session.number(month_part))
            return text
        if measure == "snapshot":
            return self.tr("As recorded now")
        text = self.tr("At the end of %1").replace("%1", period)
        if month_part:
            sign = "+" if month_part > 0 else "−"
            text += " · " + self.tr("in %1: %2").replace("%1", period).replace(
                "%2", sign + self.session.number(abs(month_part)))
        return text

    def event_detail(self, totals: dict) -> str:
        """This year's services at digital transformation days, by type."""
        done = sorted(((totals[c].ytd or 0, c) for c in EVENT_SERVICES), reverse=True)
        parts = [f"{value_label('services', c[len('event_'):], self.session.lang)} "
                 f"{self.session.number(n)}" for n, c in done if n]
        return "; ".join(parts)

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

    def period_of(self, code: str) -> str:
        """What a card says its number counts (tests read it)."""
        return self.card_periods[code].text()

    def _show_hub(self, hub) -> None:
        """A hub: totals across its communes on the cards, one row per commune below."""
        self.report = hub
        across = self.tr("Across %1 communes").replace("%1", self.session.number(len(hub.communes)))
        self._fill_cards(hub.total.figures, detail=across)
        self.commune_model.set_rows(hub.communes)
        self._fit(self.communes, ["name", "households", "visits", "coverage", "eid", "health",
                                  "last"])
        self.chart.setTitle(self.tr("By commune: share of residents (%)"))
        self._fill_chart([c.name for c in hub.communes],
                         [c.figures["eid_level2"].share or 0 for c in hub.communes],
                         [c.figures["health_linked"].share or 0 for c in hub.communes])

    def _commune_texts(self, c) -> tuple:
        n = self.session.number

        def pct(value):
            return "" if value is None else f"{n(round(value, 1))} %"

        days = self._days_since(c.last_bundle)
        f = c.figures
        return (c.name, n(f["households_visited"].denominator), n(f["visits"].month),
                pct(f["households_visited"].share), pct(f["eid_level2"].share),
                pct(f["health_linked"].share),
                "" if days is None else self.tr("%1 days ago").replace("%1", str(days)))

    def _fit(self, view: QTableView, keys: list[str]) -> None:
        """Columns as wide as what they hold (the first rows), the last one stretched."""
        model = view.model()
        rows = range(min(model.rowCount(), 200))
        texts = {key: [model.shown(r)[i] for r in rows] for i, key in enumerate(keys)}
        widths = fit_widths(view, keys, model.headers, lambda k: texts[k], self.session.lang)
        for i, width in enumerate(widths[:-1]):
            view.horizontalHeader().resizeSection(i, width)

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

    def _fill_follow_ups(self, rows: list[dict]) -> None:
        self.follow_label.setText(self.tr("Follow-ups due this week: %1")
                                  .replace("%1", self.session.number(len(rows))))
        self.follow_model.set_rows(rows)
        self._fit(self.follow_ups, ["follow_up_date", "household", "hamlet", "phone"])
