#!/usr/bin/env python3
"""Regenerates the seed corpus in tests/fuzz/corpus/<target>/ from the shipped examples and test
data, plus near-valid mutations (truncated, a wrong type, a bad number, a missing field). Inputs
found by fuzzing are added by hand as corpus/<target>/finding-*.  Keep the whole corpus < 2 MB."""
import json, os, pathlib, shutil

root = pathlib.Path(__file__).resolve().parents[2]
out = root / "tests/fuzz/corpus"


def put(target, name, data):
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (d / name).write_bytes(data)


def json_mutations(target, stem, text):
    put(target, stem + ".json", text)
    put(target, stem + "-truncated.json", text[: len(text) // 2])
    put(target, stem + "-bom.json", "\ufeff" + text)
    doc = json.loads(text)
    if isinstance(doc, dict):
        for key in list(doc)[:4]:
            m = dict(doc)
            m[key] = [] if not isinstance(doc[key], list) else "x"
            put(target, f"{stem}-wrongtype-{key}.json", json.dumps(m, ensure_ascii=False))
            m = dict(doc)
            del m[key]
            put(target, f"{stem}-missing-{key}.json", json.dumps(m, ensure_ascii=False))


for f in sorted((root / "resources/examples").glob("*.json")):
    text = f.read_text()
    json_mutations("fuzz_projectfile", f.name.split(".")[0], text)
doc = json.loads((root / "resources/examples/plan-7b.greenlight.json").read_text())
s0 = doc["scenarios"][0]
for name, patch in {"negative-hours": ("hours", -1), "huge": ("hours", 1e308), "zero-devices": ("count", 0)}.items():
    m = json.loads(json.dumps(doc))
    def walk(o):
        if isinstance(o, dict):
            for k in o:
                if k.lower().endswith(patch[0].lower()) and isinstance(o[k], (int, float)):
                    o[k] = patch[1]
                else:
                    walk(o[k])
        elif isinstance(o, list):
            for x in o:
                walk(x)
    walk(m)
    put("fuzz_projectfile", f"plan-{name}.json", json.dumps(m))
newer = dict(doc); newer["schema"] = 3
put("fuzz_projectfile", "plan-newer-schema.json", json.dumps(newer))
put("fuzz_projectfile", "deep.json", "[" * 100 + "]" * 100)
put("fuzz_projectfile", "bad-utf8.json", b'{"schema":1,"name":"\xff\xfe","scenarios":[]}')

presets = (root / "resources/presets/presets.json").read_text()
json_mutations("fuzz_presets", "presets", presets)

# User catalogs: one small file per record kind, cut from the shipped catalog.
for f in sorted((root / "resources/catalog").glob("*.json")):
    doc = json.loads(f.read_text())
    small = {}
    for k, v in doc.items():
        small[k] = v[:3] if isinstance(v, list) else v
    json_mutations("fuzz_usercatalog", f.stem, json.dumps(small, ensure_ascii=False, indent=1))

# Hourly profiles: a day of a shipped profile, the test dialects, and broken rows.
lines = (root / "resources/profiles/US-CISO_2022.csv").read_text().splitlines()
put("fuzz_hourlyprofile", "ciso-48h.csv", "\n".join(lines[:49]) + "\n")
put("fuzz_hourlyprofile", "ciso-gap.csv", "\n".join(lines[:10] + lines[12:30]) + "\n")
put("fuzz_hourlyprofile", "ciso-empty-cell.csv", "\n".join(lines[:5] + [lines[5].split(",")[0] + ","] + lines[6:20]) + "\n")
put("fuzz_hourlyprofile", "ciso-crlf.csv", "\r\n".join(lines[:20]) + "\r\n")
put("fuzz_hourlyprofile", "generic-offset.csv", "datetime,carbon_intensity\n2022-01-01T01:00:00+01:00,120\n2022-01-01T02:00:00+01:00,130\n")
put("fuzz_hourlyprofile", "quoted.csv", '"time","intensity"\n"2022-01-01T00:00:00Z","99.5"\n')
put("fuzz_hourlyprofile", "emaps-lca.csv",
    "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),Carbon Intensity gCO₂eq/kWh (LCA),"
    "Low Carbon Percentage,Renewable Percentage,Data Source,Data Estimated,Data Estimation Method\n"
    "2022-01-01 00:00:00,France,France,FR,30.1,55.2,90,20,entsoe.eu,false,\n"
    "2022-01-01 01:00:00,France,France,FR,31.1,56.2,90,20,entsoe.eu,false,\n")
put("fuzz_hourlyprofile", "watttime.csv", "point_time,value,version\n2022-01-01T00:00:00+00:00,1000,3.2\n2022-01-01T01:00:00+00:00,900,3.2\n")
put("fuzz_hourlyprofile", "quarter-hours.csv", "timestamp,value\n2022-01-01T00:00:00Z,10\n2022-01-01T00:15:00Z,20\n"
    "2022-01-01T00:30:00Z,30\n2022-01-01T00:45:00Z,40\n2022-01-01T01:00:00Z,1\n")
put("fuzz_hourlyprofile", "negative.csv", "timestamp_utc,g_per_kwh\n2022-01-01T00:00:00Z,-5\n")
put("fuzz_hourlyprofile", "leap.csv", "timestamp_utc,g_per_kwh\n2024-02-29T23:00:00Z,5\n2024-03-01T00:00:00Z,6\n")

# Measured runs: every log in tests/data/logs, plus truncations.
for tool in ("codecarbon", "carbontracker"):
    for f in sorted((root / "tests/data/logs" / tool).iterdir()):
        data = f.read_bytes()
        if len(data) > 4000:  # keep the header and a few rows
            data = b"\n".join(data.splitlines()[:6]) + b"\n"
        for target in (f"fuzz_{tool}", "fuzz_measuredrun"):
            put(target, f.name, data)
            put(target, "truncated-" + f.name, data[: len(data) * 2 // 3])
        if tool == "codecarbon":
            put("fuzz_csvreader", f.name, data)

put("fuzz_csvreader", "quotes.csv", 'a,"b ""quoted""","multi\nline"\r\n1,2,3\r\n')
put("fuzz_csvreader", "unterminated.csv", 'a,"b\n1,2\n')
put("fuzz_csvreader", "bom-cr.csv", "\ufeffa,b\r1,2\r")

total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
print(f"corpus: {sum(1 for p in out.rglob('*') if p.is_file())} files, {total} bytes")
