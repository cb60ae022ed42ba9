#!/usr/bin/env python3
"""Checks sdw's DOCX and ODT reports the way a person's word processor would read them.

    check-documents.py open FILE...                 python-docx / odfpy open each report: outline
                                                   headings, tables with repeated header rows, the
                                                   document's title and language, one SVG per diagram
    check-documents.py pages PDF PAGES DIAGRAMS     the PDF LibreOffice made has PAGES pages (or
                                                   MIN-MAX) and a landscape page for each diagram
    check-documents.py same ORIGINAL RESAVED        a document saved again by LibreOffice keeps its
                                                   headings (level and text) and its tables

Used by .ci/run; exits 1 with a message on the first file that fails.
"""
import subprocess
import sys
import zipfile

import docx
from odf import opendocument, table, text
from odf.namespaces import TEXTNS


def fail(message):
    print(f"check-documents: {message}", file=sys.stderr)
    sys.exit(1)


def outline(path):
    """(headings as (level, text), number of tables, tables with a repeated header row, document facts)."""
    if path.endswith(".docx"):
        document = docx.Document(path)
        headings = []
        for paragraph in document.paragraphs:
            name = paragraph.style.name if paragraph.style is not None else ""
            if name.startswith("Heading ") and name[8:].isdigit():
                headings.append((int(name[8:]), paragraph.text.strip()))
        repeated = sum(1 for t in document.tables
                       if t.rows and t.rows[0]._tr.trPr is not None
                       and t.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None)
        facts = {"title": document.core_properties.title, "language": document.core_properties.language}
        return headings, len(document.tables), repeated, facts
    document = opendocument.load(path)
    headings = []
    for heading in document.getElementsByType(text.H):
        level = heading.getAttrNS(TEXTNS, "outline-level")
        headings.append((int(level or 0), teletype(heading).strip()))
    tables = document.getElementsByType(table.Table)
    repeated = sum(1 for t in tables if t.getElementsByType(table.TableHeaderRows))
    meta = document.meta
    facts = {"title": first_text(meta, "title"), "language": first_text(meta, "language")}
    return headings, len(tables), repeated, facts


def teletype(element):
    from odf import teletype as tt
    return tt.extractText(element)


def first_text(meta, name):
    for child in meta.childNodes:
        if child.qname[1] == name:
            return str(child)
    return None


def diagrams(path):
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if path.endswith(".odt"):
            if names[0] != "mimetype" or archive.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                fail(f"{path}: mimetype is not the first, uncompressed entry")
            return sum(1 for n in names if n.startswith("Pictures/") and n.endswith(".svg"))
        svgs = sum(1 for n in names if n.startswith("word/media/") and n.endswith(".svg"))
        pngs = sum(1 for n in names if n.startswith("word/media/") and n.endswith(".png"))
        if svgs != pngs:
            fail(f"{path}: {svgs} SVG pictures but {pngs} PNG fallbacks")
        return svgs


def check_open(paths):
    for path in paths:
        headings, tables, repeated, facts = outline(path)
        count = diagrams(path)
        levels = sorted({level for level, _ in headings})
        if not headings or levels[0] != 1:
            fail(f"{path}: no level-1 heading ({headings[:3]})")
        if repeated != tables:
            fail(f"{path}: {tables} tables, {repeated} with a repeated header row")
        if not facts["title"] or not facts["language"] or facts["language"][:2] not in ("bg", "uk", "ru", "en"):
            fail(f"{path}: document properties {facts}")
        print(f"{path}: {len(headings)} headings (levels {levels}), {tables} tables, {count} diagrams, "
              f"title {facts['title']!r}, language {facts['language']}")


def check_pages(pdf, expected, diagram_count):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], capture_output=True, text=True, check=True).stdout
    sizes = [line.split(":", 1)[1] for line in info.splitlines() if line.startswith("Page") and "size:" in line]
    low, _, high = expected.partition("-")
    if not int(low) <= len(sizes) <= int(high or low):
        fail(f"{pdf}: {len(sizes)} pages, expected {expected}")
    landscape = [i + 1 for i, size in enumerate(sizes) if float(size.split()[0]) > float(size.split()[2])]
    if len(landscape) != int(diagram_count):
        fail(f"{pdf}: landscape pages {landscape}, expected one per diagram ({diagram_count})")
    print(f"{pdf}: {len(sizes)} pages, landscape {landscape}")


def check_same(original, resaved):
    before, after = outline(original), outline(resaved)
    if before[0] != after[0]:
        fail(f"{resaved}: headings changed from {before[0][:4]}… to {after[0][:4]}…")
    if before[1] != after[1] or after[2] != after[1]:
        fail(f"{resaved}: {before[1]} tables became {after[1]} ({after[2]} with a repeated header row)")
    print(f"{resaved}: {len(after[0])} headings and {after[1]} tables kept")


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "open":
        check_open(arguments)
    elif command == "pages":
        check_pages(*arguments)
    elif command == "same":
        check_same(*arguments)
    else:
        fail(f"unknown command {command}")
