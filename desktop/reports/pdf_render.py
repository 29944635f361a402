"""A `Document` laid out as an A4 PDF with ReportLab (the frame: pdf_base.py).

The header follows Decree 30/2020 Appendix I: the issuing body on the left with a
rule a little under half its length centred under it; the national name and motto
on the right with a rule as long as the motto line; the date line in italics under
them on one line. The columns are as wide as their text needs, so a long unit name
never wraps the date line. The signature block keeps the last paragraphs of the text
with it, and an appendix starts on a page of its own.
"""

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from desktop.reports.document import (Appendix, Chart, Document, Header, Heading, Para,
                                      Signature, Signers, Table, Title)
from desktop.reports.pdf_base import (SIZES, STALE_BG, WIDTH, CentredRule, build_pdf,
                                      data_table, para, plain_table, text_width)

GAP = 4 * mm          # between the header's columns
ISSUER_RULE = 0.4     # the issuer's rule: 1/3 to 1/2 of its line (Decree 30)
TITLE_RULE = 0.4
SIGN_ROOM = 26 * mm   # room to sign and stamp
TABLE_ROOM = 45 * mm  # a table's heading, header and first rows


def header_widths(header: Header) -> tuple[float, float]:
    """(left, right) column widths: the right column fits the national name, the motto
    and the date line on one line each; the left takes the rest."""
    needed = max(text_width(header.motto[0], SIZES["national"], bold=True),
                 text_width(header.motto[1], SIZES["motto"], bold=True),
                 text_width(header.place_date, SIZES["date"], italic=True)) + 2 * mm
    right = max(needed, WIDTH * 0.58)
    return WIDTH - right - GAP, right


def header_flowable(header: Header):
    """The two-column head of an official document."""
    left_w, right_w = header_widths(header)
    left = []
    if header.governing_body:
        left.append(para(header.governing_body, "governing"))
    left += [para(line, "issuer") for line in header.issuer]
    widest = max((min(text_width(line, SIZES["issuer"], bold=True), left_w)
                  for line in header.issuer), default=0)
    left.append(CentredRule(widest * ISSUER_RULE))
    if header.number:
        left.append(para(header.number, "number"))
    right = [para(header.motto[0], "national"), para(header.motto[1], "motto"),
             CentredRule(text_width(header.motto[1], SIZES["motto"], bold=True)),
             para(header.place_date, "date")]
    return plain_table([left, "", right], [left_w, GAP, right_w])


def title_flowables(title: Title) -> list:
    """The kind of document, its summary and a short rule under it."""
    out = [Spacer(1, 6 * mm), para(title.kind, "kind")]
    out += [para(line, "summary") for line in title.summary]
    widest = max((text_width(line, SIZES["summary"], bold=True) for line in title.summary),
                 default=40 * mm)
    out.append(CentredRule(min(widest, WIDTH) * TITLE_RULE, before=4, after=8))
    return out


def signature_flowable(sig: Signature):
    """Recipients on the left; authority, title, room to sign and the name on the right."""
    left = [para(sig.recipients_heading, "recipients_head")]
    left += [para(r, "recipients") for r in sig.recipients]
    right = [para(line, "signer") for line in sig.signer]
    right += [Spacer(1, SIGN_ROOM), para(sig.name or " ", "signer")]
    return plain_table([left, right], [WIDTH * 0.45, WIDTH * 0.55])


def table_flowable(t: Table):
    """A data table; shaded rows (stale communes) coloured."""
    table = data_table(t.rows, [w * mm for w in t.widths], header_rows=t.header_rows,
                       total_row=t.total_row, spans=t.spans,
                       align_right_from=t.align_right_from,
                       row_height=t.row_height * mm if t.row_height else None,
                       font_size=t.font_size)
    if t.shaded:
        table.setStyle([("BACKGROUND", (0, r), (-1, r), STALE_BG) for r in t.shaded])
    return table


def flowables(block) -> list:
    """The ReportLab flowables of one block."""
    if isinstance(block, Header):
        return [header_flowable(block)]
    if isinstance(block, Title):
        return title_flowables(block)
    if isinstance(block, Heading):
        return [para(block.text, "h1" if block.level == 1 else "h2")]
    if isinstance(block, Para):
        return [para(block.text, block.style)]
    if isinstance(block, Table):
        return [table_flowable(block), Spacer(1, 3 * mm)]
    if isinstance(block, Chart):
        return [KeepTogether([Spacer(1, 2 * mm), block.drawing, para(block.caption, "caption")])]
    if isinstance(block, Appendix):
        return [PageBreak(), para(block.title, "kind"), para(block.subtitle, "appendix_sub")]
    if isinstance(block, Signers):
        width = WIDTH / len(block.columns)
        cells = [[para(title, "signer"), para(hint, "date")] for title, hint in block.columns]
        return [Spacer(1, 8 * mm), plain_table(cells, [width] * len(cells)),
                Spacer(1, SIGN_ROOM)]
    raise TypeError(block)


def _leads(block) -> bool:
    """Blocks that stay with what follows them: headings and table captions."""
    return isinstance(block, Heading) or (isinstance(block, Para) and block.style == "caption")


def render_pdf(doc: Document, path) -> None:
    """Write `doc` to `path` as a PDF.

    A heading or caption never ends a page: it is kept with the paragraph or chart
    that follows, and a table it leads starts on a new page when less than
    `TABLE_ROOM` is left. The signature keeps `keep` blocks before it on its page.
    """
    story: list = []
    groups: list[list] = []  # the flowables of each block so far, for the signature
    leading: list = []       # headings and captions waiting for what they lead
    for block in doc.blocks:
        if isinstance(block, (Signature, Signers)):
            keep = [g for g in groups[-block.keep:]] if block.keep else []
            for group in keep:
                for _ in group:
                    story.pop()
            groups = groups[:len(groups) - len(keep)]
            together = [f for group in keep for f in group]
            signed = [Spacer(1, 4 * mm), signature_flowable(block)] \
                if isinstance(block, Signature) else flowables(block)
            made = [KeepTogether([*together, *signed])]
        else:
            made = flowables(block)
        if _leads(block):
            leading.extend(made)
            continue
        if leading:
            if isinstance(block, Table):
                made = [CondPageBreak(TABLE_ROOM), *leading, *made]
            else:
                made = [KeepTogether([*leading, made[0]]), *made[1:]]
            leading = []
        story.extend(made)
        groups.append(made)
    story.extend(leading)
    build_pdf(path, story, doc.title, doc.author, doc.lang)
