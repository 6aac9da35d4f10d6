#!/usr/bin/env python3
"""Write the record tables of docs/catalog-accelerators.md from resources/catalog/accelerators.json.

The tables sit between `<!-- generated:accelerators -->` and `<!-- end generated -->`; the prose
around them (conventions, gaps) is kept. Standard library only. Usage (repository root):

  python3 tools/catalog/document_accelerators.py [--check]

--check exits 1 when the document differs from what the catalog gives (CI runs it).
"""

import argparse
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CATALOG = os.path.join(ROOT, "resources", "catalog", "accelerators.json")
DOC = os.path.join(ROOT, "docs", "catalog-accelerators.md")
BEGIN = "<!-- generated:accelerators -->"
END = "<!-- end generated -->"


def num(v):
    if v is None:
        return "–"
    return ("%d" % v) if float(v).is_integer() else ("%g" % v)


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def power(r):
    if r.get("tdpW") is None:
        return "– (none published)"
    return num(r["tdpW"]) + (" (system)" if r.get("powerBasis") == "system" else "")


def embodied(r):
    if r.get("embodiedKgCo2e") is None:
        return "model"
    basis = r.get("embodiedBasis", "")
    if basis == "die":
        return "model (die %s)" % num(r["embodiedKgCo2e"])
    text = num(r["embodiedKgCo2e"])
    if r.get("embodiedKgCo2eLow") is not None:
        text += " (%s–%s)" % (num(r["embodiedKgCo2eLow"]), num(r["embodiedKgCo2eHigh"]))
    return text + (" incl. host" if basis == "server-share" else "")


def tables(records):
    out = ["| id | name | kind | W | memory GB | GB/s | default peak (TFLOP/s, dense) | "
           "embodied kg (card) | $/h | status |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for r in records:
        prec = r.get("defaultPrecision", "")
        peak = r.get("peakTflops", {}).get(prec)
        out.append("| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["id"], cell(r["name"]), r["kind"], power(r), num(r.get("memoryGB")),
            num(r.get("memoryBandwidthGBs")), (prec + " " + num(peak)) if peak else "– (none published)",
            embodied(r), ("$" + num(r["priceUsdPerHour"])) if r.get("priceUsdPerHour") is not None else "–",
            r.get("status", "")))
    out += ["", "Sources per record (the JSON's `sources` name the page or row for every field):", "",
            "| id | source | notes |", "|---|---|---|"]
    for r in records:
        out.append("| `%s` | %s | %s |" % (r["id"], cell(r.get("source", "")), cell(r.get("notes", ""))))
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with open(CATALOG, encoding="utf-8") as f:
        catalog = json.load(f)
    with open(DOC, encoding="utf-8") as f:
        doc = f.read()
    if BEGIN not in doc or END not in doc:
        sys.exit("docs/catalog-accelerators.md lacks the generated-section markers")
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    records = catalog["records"]
    body = "\n%d records, catalog version %s.\n\n%s\n" % (len(records), catalog["catalogVersion"], tables(records))
    new = head + BEGIN + body + END + tail
    if args.check:
        if new != doc:
            print("docs/catalog-accelerators.md is out of date: run tools/catalog/document_accelerators.py")
            return 1
        return 0
    with open(DOC, "w", encoding="utf-8") as f:
        f.write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
