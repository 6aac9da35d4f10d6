#!/usr/bin/env python3
"""Build Greenlight's regions, providers and credits catalogs from the shared open data.

Reads the data folder described in shared/data/README.md and writes, deterministically:

  resources/catalog/regions.json    countries, sub-national grids, cloud regions
  resources/catalog/providers.json  cloud providers and facility types (PUE)
  resources/catalog/credits.json    one record per shipped data set
  resources/profiles/*.csv          the 8 hourly US balancing-area series (copied as-is)

and prints what changed against the files it replaces (records added and removed, every changed
number), so a new data year is one command whose effect can be read before it is committed.

Besides the shared folder it reads tools/catalog/data/: which grid each cloud region sits in
(cloud_grids.csv), providers' water use effectiveness (provider_wue.csv) and the water intensity of
electricity per country and per US cloud location (WRI 2020; *_ewif_wri2020.csv).

Standard library only. Usage (from the repository root):

  python3 tools/catalog/build_regions.py [--shared ../shared/data] [--out .]

Every number written here comes from a file in the shared data folder or from
shared/research/reference-tables.md (PUE values); see docs/catalog-regions.md.
"""

import argparse
import csv
import json
import math
import os
import re
import shutil
import sys

CATALOG_VERSION = "2026.12.1"

REPO_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

# --------------------------------------------------------------------------------------------
# Citations
# --------------------------------------------------------------------------------------------

SRC_OWID = ("Our World in Data, carbon-intensity-electricity (Ember 2025; Energy Institute "
            "Statistical Review) via grid_annual_owid.csv")
SRC_GA = "Green Algorithms v3.0 CI_aggregated.csv (Lannelongue et al. 2021)"
SRC_DCRL = ("HewlettPackard/dc-rl@a92b4755 data/CarbonIntensity (EIA-930 hourly data, IPCC AR5 "
            "life-cycle factors)")
SRC_GOOGLE = "GoogleCloudPlatform/region-carbon-info@49f3f26 data/yearly/{year}.csv"
SRC_REFTABLES = "Greenlight research notes, reference-tables.md (PUE table)"
SRC_GA_PUE = ("Green Algorithms v3.0 defaults_PUE.csv (Lannelongue et al. 2021), citing "
              "nutanix.dev 2023-05-04 \"Digging into data center efficiency\"")
SRC_WRI = ("WRI 2020 (Reig, Luo, Christensen and Sinistore, Guidance for Calculating Water Use Embedded in "
           "Purchased Electricity, appendices), consumption factor{what}, as transcribed in DigitalPebble/spruce "
           "wcf.csv @5154dc6 (see docs/research/catalog-2026-12/water_notes.md)")
# WRI publishes single factors (GaBi 2018 generation mixes) without an uncertainty. The spread is a
# judgement, written into every record that uses it: the mix of the year a run happens in differs
# from 2018, and hydro reservoir evaporation (counted in full by WRI) is itself uncertain.
EWIF_RELATIVE_SPREAD = 0.3
SRC_EWIF_RANGE = ("± 30 %: Greenlight's judgement. WRI gives no uncertainty; its factors rest on 2018 "
                  "generation mixes and count hydro reservoir evaporation in full")
# Green Algorithms' factors come from carbonfootprint.com, which compiles eGRID, IEA, AIB and national
# inventory factors: emissions at the power plant (combustion), not life cycle.
GA_BASIS_NOTE = ("Direct (combustion) factor as compiled by carbonfootprint.com from eGRID, IEA, AIB "
                 "or national inventories; no life-cycle figure is published for this grid.")
SRC_CCF_PUE = ("cloud-carbon-footprint@b7a049c {provider}FootprintEstimationConstants.ts "
               "(via cloud_regions.csv)")

# Year used when CCF gives no data year: the CCF constant set cites carbonfootprint.com's
# "2022_03_emissions_factors_sources_for_2021_electricity_v11.pdf", so it was published in
# 2022 or later. Flagged in `notes` on every record that uses it.
CCF_PUBLICATION_YEAR = 2022
CCF_YEAR_NOTE = ("Data year not stated by CCF; year {y} is the earliest publication year of "
                 "CCF's constant set (it cites a carbonfootprint.com file dated 2022_03).")

# --------------------------------------------------------------------------------------------
# Name and code maps
# --------------------------------------------------------------------------------------------

# Green Algorithms countryName -> OWID country name, where they differ.
GA_TO_OWID_NAME = {
    "United States of America": "United States",
    "Korea": "South Korea",
    "Czech Republic": "Czechia",
    "Russian Federation": "Russia",
}

# Green Algorithms countryName -> ISO alpha-3 for sub-national rows.
GA_COUNTRY_ALPHA3 = {
    "United States of America": "USA",
    "Canada": "CAN",
    "Australia": "AUS",
    "China": "CHN",
}

# Green Algorithms Region rows that are treated as something other than a sub-national grid.
# TW (Taiwan) is listed as a Region of China by GA; OWID has Taiwan as its own entry (TWN), so
# the GA value becomes an alternative of TWN instead of a duplicate record.
GA_REGION_AS_COUNTRY_ALT = {"TW": "TWN"}
# The two Hong Kong utility factors: OWID lists Hong Kong separately (HKG).
GA_REGION_COUNTRY_OVERRIDE = {"CN-HK": "HKG", "CN-HK2": "HKG"}
# Obvious typos in GA region names (display name only; the id keeps GA's code).
GA_REGION_NAME_FIX = {"Mississip": "Mississippi"}

COUNTRY_SHORT = {"USA": "United States", "CAN": "Canada", "AUS": "Australia",
                 "CHN": "China", "HKG": "Hong Kong"}

BALANCING_AREAS = {
    "CISO": "California ISO",
    "ERCO": "ERCOT Texas",
    "PJM": "PJM Interconnection",
    "MISO": "Midcontinent ISO",
    "NYIS": "New York ISO",
    "BPAT": "Bonneville Power (Pacific Northwest)",
    "AZPS": "Arizona Public Service",
    "SOCO": "Southern Company",
}

PROVIDER_DISPLAY = {"aws": "AWS", "azure": "Azure", "gcp": "GCP", "alibaba": "Alibaba Cloud"}

# CCF region names that are not deployable regions: skipped entirely.
GCP_AGGREGATE_ROWS = {"asia1", "eur4", "nam4", "asia", "europe", "us"}

# Azure location names in CCF's table that are geographies or internal (stage / EUAP) regions.
AZURE_GEOGRAPHIES = {"asia", "asiapacific", "australia", "brazil", "canada", "france", "germany",
                     "india", "japan", "korea", "norway", "southafrica", "switzerland", "uae",
                     "uk", "unitedstates", "unitedstateseuap"}

# Alibaba: CCF keys its table by the Chinese console names; map them to the API region ids.
ALIBABA_REGION_IDS = {
    "华东1（杭州）": "cn-hangzhou",
    "华东2（上海）": "cn-shanghai",
    "华东5（南京）": "cn-nanjing",
    "华南1（深圳）": "cn-shenzhen",
    "华南2（河源）": "cn-heyuan",
    "华南3（广州）": "cn-guangzhou",
    "华北1（青岛）": "cn-qingdao",
    "华北2（北京）": "cn-beijing",
    "华北3（张家口）": "cn-zhangjiakou",
    "华北5（呼和浩特）": "cn-huhehaote",
    "华北6（乌兰察布）": "cn-wulanchabu",
}

# Cloud region -> ISO alpha-3 of the country it lies in.
AWS_COUNTRY = {
    "us-east-1": "USA", "us-east-2": "USA", "us-west-1": "USA", "us-west-2": "USA",
    "us-gov-east-1": "USA", "us-gov-west-1": "USA", "af-south-1": "ZAF", "ap-east-1": "HKG",
    "ap-south-1": "IND", "ap-northeast-1": "JPN", "ap-northeast-2": "KOR",
    "ap-northeast-3": "JPN", "ap-southeast-1": "SGP", "ap-southeast-2": "AUS",
    "ap-southeast-3": "IDN", "ca-central-1": "CAN", "cn-north-1": "CHN", "cn-northwest-1": "CHN",
    "eu-central-1": "DEU", "eu-west-1": "IRL", "eu-west-2": "GBR", "eu-south-1": "ITA",
    "eu-west-3": "FRA", "eu-north-1": "SWE", "me-south-1": "BHR", "me-central-1": "ARE",
    "sa-east-1": "BRA",
}
AZURE_COUNTRY_PREFIX = [  # (prefix of lower-cased region name, alpha-3); first match wins
    ("southafrica", "ZAF"), ("australia", "AUS"), ("apeast", "HKG"), ("eastasia", "HKG"),
    ("apsoutheast", "SGP"), ("southeastasia", "SGP"), ("japan", "JPN"), ("korea", "KOR"),
    ("india", "IND"), ("centralindia", "IND"), ("jioindia", "IND"), ("southindia", "IND"),
    ("westindia", "IND"), ("northeurope", "IRL"), ("westeurope", "NLD"), ("france", "FRA"),
    ("sweden", "SWE"), ("switzerland", "CHE"), ("uk", "GBR"), ("germany", "DEU"),
    ("norway", "NOR"), ("uae", "ARE"), ("canada", "CAN"), ("brazil", "BRA"),
    ("centralus", "USA"), ("unitedstates", "USA"), ("eastus", "USA"), ("usnorth", "USA"),
    ("northcentralus", "USA"), ("southcentralus", "USA"), ("westcentralus", "USA"),
    ("westus", "USA"),
]
GCP_COUNTRY_PREFIX = [
    ("africa-south1", "ZAF"), ("asia-east1", "TWN"), ("asia-east2", "HKG"),
    ("asia-northeast1", "JPN"), ("asia-northeast2", "JPN"), ("asia-northeast3", "KOR"),
    ("asia-southeast1", "SGP"), ("asia-southeast2", "IDN"), ("asia-south", "IND"),
    ("australia-", "AUS"), ("europe-central2", "POL"), ("europe-north1", "FIN"),
    ("europe-north2", "SWE"), ("europe-southwest1", "ESP"), ("europe-west10", "DEU"),
    ("europe-west12", "ITA"), ("europe-west1", "BEL"), ("europe-west2", "GBR"),
    ("europe-west3", "DEU"), ("europe-west4", "NLD"), ("europe-west6", "CHE"),
    ("europe-west8", "ITA"), ("europe-west9", "FRA"), ("me-central1", "QAT"),
    ("me-central2", "SAU"), ("me-west1", "ISR"), ("northamerica-northeast", "CAN"),
    ("northamerica-south1", "MEX"), ("southamerica-east1", "BRA"), ("southamerica-west1", "CHL"),
    ("us-", "USA"),
]


def cloud_country(provider, region):
    if provider == "aws":
        return AWS_COUNTRY.get(region)
    if provider == "alibaba":
        return "CHN"
    table = AZURE_COUNTRY_PREFIX if provider == "azure" else GCP_COUNTRY_PREFIX
    key = region.lower()
    for prefix, iso in table:
        if key == prefix or key.startswith(prefix):
            # "europe-west1" must not swallow "europe-west10"/"europe-west12": those come first.
            return iso
    return None


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def num(text):
    """Parse a number; integral values become int so the JSON stays tidy."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    if value.is_integer():
        return int(value)
    return value


def r1(value):
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


def read_csv(path, skip=0):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows = rows[skip:]
    header = [h.strip() for h in rows[0]]
    return [dict(zip(header, row)) for row in rows[1:] if any(c.strip() for c in row)]


def ga_year(source, comments):
    """The data year Green Algorithms states in its source or comments column."""
    text = f"{source} | {comments}"
    patterns = [
        r"data from (?:[A-Za-z]+ )?(\d{4})",         # "(data from 2020 ...)", "Data from April 2022"
        r"using (\d{4})/(\d{2}) data",                # "using 2019/20 data" -> 2020
        r"based on (\d{4}) (?:data|national)",        # "based on 2019 data"
    ]
    for pat in patterns:
        m = re.search(pat, text, re.IGNORECASE)
        if m:
            if len(m.groups()) == 2:
                return int(m.group(1)[:2] + m.group(2))
            return int(m.group(1))
    return None


def ga_source(row):
    src = f"{SRC_GA}; {row['source'].strip()}"
    if row.get("comments", "").strip():
        src += f" ({row['comments'].strip()})"
    return src


def write_json(path, kind, records):
    ids = [r["id"] for r in records]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"{kind}: duplicate ids {dupes}")
    for rec in records:
        if "source" not in rec or "year" not in rec:
            raise SystemExit(f"{kind}: record {rec['id']} lacks source or year")
        for alt in rec.get("alternatives", []):
            if not all(k in alt for k in ("intensityGPerKWh", "year", "source")):
                raise SystemExit(f"{kind}: alternative of {rec['id']} incomplete: {alt}")
    doc = {"schema": 1, "kind": kind, "catalogVersion": CATALOG_VERSION,
           "records": sorted(records, key=lambda r: r["id"])}
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def sort_alts(alts):
    return sorted(alts, key=lambda a: (-a["year"], a["source"], a["intensityGPerKWh"]))


# --------------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------------

# Years of the OWID series that give a grid's intensity range: the latest year and the four before
# it. The range is the latest value ± the largest change from one year to the next in that window:
# how far the year a run happens in may sit from the latest published year. (Min-max of the window
# would be one-sided: most grids are at their cleanest in the latest year.)
RANGE_YEARS = 5


def owid_series(shared):
    """iso -> {year: g/kWh} from OWID's full series (same indicator as grid_annual_owid.csv)."""
    series = {}
    path = os.path.join(shared, "owid", "carbon-intensity-electricity_grapher.csv")
    for row in read_csv(path):
        code = row["Code"].strip()
        if not code:
            continue  # aggregates (continents, Ember regions)
        value = row["Carbon intensity of electricity - gCO2/kWh"].strip()
        if value:
            series.setdefault(code, {})[int(row["Year"])] = float(value)
    return series


def year_to_year_range(rec, years):
    """Adds intensityLow/HighGPerKWh = value ± the largest year-on-year change of the window."""
    window = sorted((y, v) for y, v in years.items() if rec["year"] - RANGE_YEARS < y <= rec["year"])
    steps = [abs(b[1] - a[1]) for a, b in zip(window, window[1:]) if b[0] == a[0] + 1]
    if len(steps) < 2 or max(steps) <= 0:
        return
    change = max(steps)
    value = rec["intensityGPerKWh"]
    low, high = r1(max(0.0, value - change)), r1(value + change)
    if not low < value < high:
        return
    first, last = window[0][0], window[-1][0]
    rec["intensityLowGPerKWh"] = low
    rec["intensityHighGPerKWh"] = high
    rec["rangeBasis"] = f"± largest year-on-year change {first}–{last}"
    rec.setdefault("sources", {})["intensityRange"] = (
        f"latest value ± {r1(change)} g/kWh, the largest change between consecutive years {first}–{last} of the "
        "Our World in Data carbon-intensity-electricity series (owid/carbon-intensity-electricity_grapher.csv)")


def build_countries(shared):
    owid = read_csv(os.path.join(shared, "grid_annual_owid.csv"))
    series = owid_series(shared)
    records = {}
    by_name = {}
    for row in owid:
        iso = row["iso_code"].strip()
        name = row["country"].strip()
        rec = {
            "basis": "lifecycle",
            "intensityGPerKWh": r1(row["carbon_intensity_g_per_kwh"]),
            "name": name,
            "source": SRC_OWID,
            "status": "S",
            "year": int(row["year"]),
        }
        if iso == "OWID_WRL":
            rec["id"], rec["kind"] = "WORLD", "world"
        elif iso == "OWID_KOS":
            rec["id"], rec["kind"] = "XKX", "country"
            rec["notes"] = "OWID code OWID_KOS; XKX is the user-assigned code commonly used for Kosovo."
        elif re.fullmatch(r"[A-Z]{3}", iso):
            rec["id"], rec["kind"] = iso, "country"
        else:
            raise SystemExit(f"unexpected OWID code {iso!r}")
        if rec["year"] < 2020:
            rec["notes"] = (rec.get("notes", "") + f" Latest OWID value is from {rec['year']}.").strip()
        year_to_year_range(rec, series.get(iso, {}))
        records[rec["id"]] = rec
        by_name[name] = rec["id"]
    return records, by_name


def build_regions(shared):
    countries, owid_by_name = build_countries(shared)
    ga_rows = read_csv(os.path.join(shared, "green_algorithms", "CI_aggregated.csv"), skip=1)

    subnational = {}
    unmatched = []
    for row in ga_rows:
        kind = row["Type"].strip()
        code = row["location"].strip()
        value = num(row["carbonIntensity"])
        year = ga_year(row["source"], row.get("comments", ""))
        alt_note = None
        if year is None:
            # Fallback (only GA's Taiwan row): the year GA v3.0 compiled its other factors.
            year = 2022
            alt_note = ("year not stated by GA; 2022 assumed (GA v3.0 compiled its other "
                        "factors from carbonfootprint, March 2022)")
        alt = {"basis": "operational", "intensityGPerKWh": value, "year": year, "source": ga_source(row)}
        if alt_note:
            alt["source"] += f" [{alt_note}]"
        if kind == "World":
            countries["WORLD"].setdefault("alternatives", []).append(alt)
        elif kind == "Country" or code in GA_REGION_AS_COUNTRY_ALT:
            if code in GA_REGION_AS_COUNTRY_ALT:
                iso = GA_REGION_AS_COUNTRY_ALT[code]
            else:
                name = GA_TO_OWID_NAME.get(row["countryName"].strip(), row["countryName"].strip())
                iso = owid_by_name.get(name)
            if iso is None or iso not in countries:
                unmatched.append(row["countryName"])
                continue
            countries[iso].setdefault("alternatives", []).append(alt)
        elif kind == "Region":
            iso = GA_REGION_COUNTRY_OVERRIDE.get(code) or GA_COUNTRY_ALPHA3.get(row["countryName"].strip())
            if iso is None:
                raise SystemExit(f"no alpha-3 for GA region {code} ({row['countryName']})")
            region_name = GA_REGION_NAME_FIX.get(row["regionName"].strip(), row["regionName"].strip())
            country_name = COUNTRY_SHORT.get(iso, iso)
            if region_name.startswith(country_name):
                name = region_name
            else:
                name = f"{region_name} ({country_name})"
            rec = {
                "basis": "operational",
                "country": iso,
                "id": code,
                "intensityGPerKWh": value,
                "kind": "subnational",
                "name": name,
                "source": ga_source(row),
                "status": "S",
                "year": year,
            }
            notes = [GA_BASIS_NOTE]
            if alt_note:
                notes.append(alt_note)
            if region_name != row["regionName"].strip():
                notes.append(f"GA spells the region \"{row['regionName'].strip()}\".")
            if code.startswith("CN-HK"):
                notes.append("Utility-specific factor (GA lists Hong Kong under China); "
                             "the territory-wide OWID value is record HKG.")
            if notes:
                rec["notes"] = " ".join(notes)
            subnational[code] = rec
        else:
            raise SystemExit(f"unknown GA Type {kind!r}")
    if unmatched:
        raise SystemExit(f"GA countries without an OWID match: {unmatched}")

    # US balancing areas, hourly 2022 (dc-rl)
    profiles = []
    for ba, label in sorted(BALANCING_AREAS.items()):
        fname = f"US-{ba}_2022.csv"
        path = os.path.join(shared, "hourly", fname)
        values, empty, rows = [], 0, 0
        for row in read_csv(path):
            rows += 1
            cell = row["g_per_kwh"].strip()
            if not cell:
                empty += 1
                continue
            values.append(float(cell))
        if rows != 8760:
            raise SystemExit(f"{fname}: {rows} rows, expected 8760")
        mean = sum(values) / len(values)
        rid = f"US-{ba}"
        if rid in subnational:  # keep both: the GA record gets a suffix
            moved = subnational.pop(rid)
            moved["id"] = rid + "-GA"
            subnational[moved["id"]] = moved
        notes = (f"Mean of the {len(values)} non-empty hourly values of 2022 "
                 f"(min {min(values):.1f}, max {max(values):.1f}); {empty} empty hours skipped. "
                 "Production-based life-cycle factors (IPCC AR5 medians), EIA-930 generation mix.")
        if ba == "PJM":
            notes += (" Some implausibly low hours (minimum 42.7) look like EIA data glitches; "
                      "not cleaned.")
        subnational[rid] = {
            "basis": "lifecycle",
            "country": "USA",
            "hourlyProfile": rid,
            "id": rid,
            "intensityGPerKWh": r1(mean),
            "kind": "subnational",
            "name": f"{label} ({ba} balancing area)",
            "notes": notes,
            "source": SRC_DCRL,
            "sources": {"hourlyProfile": f"resources/profiles/{fname} (copy of shared/data/hourly/{fname})"},
            "status": "S",
            "year": 2022,
        }
        profiles.append((fname, empty, len(values)))

    country_spread(subnational, countries)
    for rec in countries.values():
        if "alternatives" in rec:
            rec["alternatives"] = sort_alts(rec["alternatives"])
            direct = [a for a in rec["alternatives"] if a.get("basis") == "operational"]
            if direct:  # newest first: the direct figure shown beside the life-cycle one
                rec["directGPerKWh"], rec["directYear"] = direct[0]["intensityGPerKWh"], direct[0]["year"]
                rec.setdefault("sources", {})["direct"] = direct[0]["source"]
    add_country_water(countries)

    cloud = build_cloud(shared)
    place_cloud_on_grids(cloud, {**countries, **subnational})
    median_spread([*countries.values(), *subnational.values(), *cloud.values()], countries)
    records = list(countries.values()) + list(subnational.values()) + list(cloud.values())
    return records, profiles


def google_cfe(shared):
    """(region, year) -> (cfe or None, location, value) from the Google yearly files."""
    out = {}
    folder = os.path.join(shared, "cloud", "google_region_carbon_info")
    for fname in sorted(os.listdir(folder)):
        m = re.fullmatch(r"(\d{4})\.csv", fname)
        if not m:
            continue
        year = int(m.group(1))
        for row in read_csv(os.path.join(folder, fname)):
            ci_col = [k for k in row if "carbon intensity" in k.lower()][0]
            cfe = row["Google CFE"].strip()
            out[(row["Google Cloud Region"].strip(), year)] = (
                float(cfe) if cfe else None, row["Location"].strip(), num(row[ci_col]))
    return out


def build_cloud(shared):
    rows = read_csv(os.path.join(shared, "cloud_regions.csv"))
    cfe = google_cfe(shared)
    records = {}
    gcp_ccf, gcp_google = {}, {}

    for row in rows:
        provider = row["provider"].strip()
        region = row["region"].strip()
        if region == "Unknown":
            continue  # CCF fallback averages, not regions
        if provider == "gcp" and region in GCP_AGGREGATE_ROWS:
            continue  # CCF sums of member regions, not per-kWh intensities
        if provider == "gcp":
            if "region-carbon-info" in row["source"] and "cloud-carbon-footprint" not in row["source"]:
                gcp_google.setdefault(region, []).append(row)
            else:
                gcp_ccf[region] = row
            continue
        year = row["year"].strip()
        notes = []
        if year:
            year = int(year)
        else:
            year = CCF_PUBLICATION_YEAR
            notes.append(CCF_YEAR_NOTE.format(y=year))
        if provider == "alibaba":
            region_id = ALIBABA_REGION_IDS[region]
            name = f"Alibaba Cloud {region_id} — {region} {row['location'].strip()}"
            notes.append(f"CCF names the region \"{region}\"; the API id {region_id} is Greenlight's mapping. "
                         "CCF states no source for Alibaba factors.")
        else:
            region_id = region
            location = row["location"].strip().split(" / ")[0]
            name = f"{PROVIDER_DISPLAY[provider]} {region} — {location}"
        if provider == "azure" and region.lower() in AZURE_GEOGRAPHIES:
            notes.append("Azure geography / billing location name in CCF's table, not a single datacentre region.")
        if provider == "azure" and re.search(r"(stage|euap)$", region.lower()):
            notes.append("Azure internal (stage / EUAP) location name in CCF's table.")
        if provider in ("aws", "azure", "alibaba"):
            notes.append("CCF does not state the basis of its factor; its sources (eGRID, EEA, "
                         "carbonfootprint.com) are direct (combustion) factors.")
        rec = {
            "basis": "operational",
            "id": f"{provider}:{region_id}",
            "intensityGPerKWh": num(row["g_per_kwh"]),
            "kind": "cloud",
            "name": name,
            "provider": provider,
            "pue": num(row["pue"]),
            "source": row["source"].strip(),
            "sources": {"pue": SRC_CCF_PUE.format(provider={"aws": "Aws", "azure": "Azure", "alibaba": "Ali"}[provider])},
            "status": "S",
            "year": year,
        }
        country = cloud_country(provider, region)
        if country:
            rec["country"] = country
        if notes:
            rec["notes"] = " ".join(notes)
        if rec["id"] in records:
            raise SystemExit(f"duplicate cloud region {rec['id']}")
        records[rec["id"]] = rec

    # GCP: one record per region; central = newest Google value, everything else alternatives.
    for region in sorted(set(gcp_ccf) | set(gcp_google)):
        google = sorted(gcp_google.get(region, []), key=lambda r: int(r["year"]))
        ccf = gcp_ccf.get(region)
        alts = []
        notes = []
        if google:
            latest = google[-1]
            year = int(latest["year"])
            basis = "operational" if year >= 2021 else "lifecycle"
            g_cfe, g_loc, g_val = cfe[(region, year)]
            value = num(latest["g_per_kwh"])
            if abs(g_val - value) > 1e-6:
                raise SystemExit(f"gcp {region} {year}: cloud_regions.csv {value} != yearly file {g_val}")
            location = latest["location"].strip()
            rec = {
                "basis": basis,
                "intensityGPerKWh": value,
                "source": SRC_GOOGLE.format(year=year) + f" (region {region})",
                "year": year,
            }
            if g_cfe is not None:
                rec["cfe"] = g_cfe
            for older in google[:-1]:
                y = int(older["year"])
                b = "operational" if y >= 2021 else "life-cycle"
                alts.append({"basis": "operational" if y >= 2021 else "lifecycle",
                             "intensityGPerKWh": num(older["g_per_kwh"]), "year": y,
                             "source": SRC_GOOGLE.format(year=y) + f" ({b})"})
            if year < 2024:
                notes.append(f"Not in Google's 2024 table; newest Google value is {year}.")
            if basis == "lifecycle":
                notes.append("Google's 2019–2020 values are life-cycle; 2021 onward operational.")
            else:
                notes.append("Google's basis changed in 2021: 2019–2020 alternatives are life-cycle, "
                             "2021+ operational (direct).")
        else:
            location = ccf["location"].strip()
            year = int(ccf["year"]) if ccf["year"].strip() else CCF_PUBLICATION_YEAR
            rec = {"intensityGPerKWh": num(ccf["g_per_kwh"]), "source": ccf["source"].strip(),
                   "year": year}
            if not ccf["year"].strip():
                notes.append(CCF_YEAR_NOTE.format(y=year))
            ccf = None
        if ccf is not None:
            y = ccf["year"].strip()
            alt_year = int(y) if y else CCF_PUBLICATION_YEAR
            src = ccf["source"].strip()
            if not y:
                src += f" [data year not stated; {alt_year} = CCF publication year, earliest]"
            alts.append({"basis": "operational", "intensityGPerKWh": num(ccf["g_per_kwh"]), "year": alt_year,
                         "source": src})
        if ccf is not None and ccf["pue"].strip():
            pue = num(ccf["pue"])
            pue_src = SRC_CCF_PUE.format(provider="Gcp")
            if pue != 1.1:
                pue_src += "; trailing-12-month value for this region"
            else:
                pue_src += "; fleet average"
        else:
            pue = 1.1
            pue_src = SRC_CCF_PUE.format(provider="Gcp") + "; fleet average (region not in CCF's table)"
        rec.update({
            "id": f"gcp:{region}",
            "kind": "cloud",
            "name": f"GCP {region} — {location}",
            "provider": "gcp",
            "pue": pue,
            "sources": {"pue": pue_src},
            "status": "S",
        })
        if "cfe" in rec:
            rec["sources"]["cfe"] = SRC_GOOGLE.format(year=rec["year"]) + ", column Google CFE"
        country = cloud_country("gcp", region)
        if country:
            rec["country"] = country
        if alts:
            rec["alternatives"] = sort_alts(alts)
        if notes:
            rec["notes"] = " ".join(notes)
        records[rec["id"]] = rec
    return records


def country_spread(subnational, countries):
    """A sub-national grid without a series of its own varies as its country does, relative to its value."""
    for rec in subnational.values():
        country = countries.get(rec["country"])
        if not country or "intensityLowGPerKWh" not in country or rec["intensityGPerKWh"] <= 0:
            continue
        v, cv = rec["intensityGPerKWh"], country["intensityGPerKWh"]
        rec["intensityLowGPerKWh"] = r1(v * country["intensityLowGPerKWh"] / cv)
        rec["intensityHighGPerKWh"] = r1(v * country["intensityHighGPerKWh"] / cv)
        if not rec["intensityLowGPerKWh"] < v < rec["intensityHighGPerKWh"]:
            del rec["intensityLowGPerKWh"], rec["intensityHighGPerKWh"]
            continue
        rec["rangeBasis"] = f"{country['name']}'s relative year-to-year spread"
        rec.setdefault("sources", {})["intensityRange"] = (
            f"the value × {country['name']}'s range relative to its value ({country['rangeBasis']}); "
            "no year series is published for this grid")


def median_spread(records, countries):
    """The few records with no series and no country series (small territories, Azure's Asian
    geographies) take the median relative spread of the countries that have one, so no catalog
    intensity is exact."""
    lows = sorted(c["intensityLowGPerKWh"] / c["intensityGPerKWh"] for c in countries.values()
                  if "intensityLowGPerKWh" in c and c["intensityGPerKWh"] > 0)
    highs = sorted(c["intensityHighGPerKWh"] / c["intensityGPerKWh"] for c in countries.values()
                   if "intensityHighGPerKWh" in c and c["intensityGPerKWh"] > 0)
    low, high = lows[len(lows) // 2], highs[len(highs) // 2]
    for rec in records:
        v = rec["intensityGPerKWh"]
        if "intensityLowGPerKWh" in rec or v <= 0:
            continue
        rec["intensityLowGPerKWh"], rec["intensityHighGPerKWh"] = r1(v * low), r1(v * high)
        if not rec["intensityLowGPerKWh"] < v < rec["intensityHighGPerKWh"]:
            del rec["intensityLowGPerKWh"], rec["intensityHighGPerKWh"]
            continue
        rec["rangeBasis"] = "median relative year-to-year spread of the countries with a series"
        rec.setdefault("sources", {})["intensityRange"] = (
            f"value × {low:.3f} to × {high:.3f}: the median low and high, relative to the value, of the "
            f"{len(lows)} countries whose Our World in Data series gives a range; no series for this record")


def read_data(name):
    return read_csv(os.path.join(DATA, name))


def ewif_fields(value, what):
    return {"ewifLPerKWh": value,
            "ewifLowLPerKWh": r1(value * (1 - EWIF_RELATIVE_SPREAD)),
            "ewifHighLPerKWh": r1(value * (1 + EWIF_RELATIVE_SPREAD))}, SRC_WRI.format(what=what)


def add_country_water(countries):
    for row in read_data("country_ewif_wri2020.csv"):
        rec = countries.get(row["id"])
        if rec is None:
            raise SystemExit(f"country_ewif_wri2020.csv: no country record {row['id']}")
        what = " (generation-weighted average of 47 countries)" if row["id"] == "WORLD" else " for the country"
        fields, src = ewif_fields(num(row["ewif_l_per_kwh"]), what)
        rec.update(fields)
        rec.setdefault("sources", {}).update({"ewifLPerKWh": src, "ewifRange": SRC_EWIF_RANGE})


# Fields a cloud region takes from the grid it sits in.
GRID_FIELDS = ("intensityGPerKWh", "intensityLowGPerKWh", "intensityHighGPerKWh", "rangeBasis", "basis", "year",
               "hourlyProfile", "directGPerKWh", "directYear")


def place_cloud_on_grids(cloud, grids):
    """A cloud region's intensity is the grid's it sits in (state, balancing area or country).

    The provider-published figure stays beside it: Google's own hourly-matched value as the direct
    figure, other same-country figures as alternatives. A US factor from CCF covers a whole NERC
    region, wider than the grid, and is dropped (named in the notes)."""
    mapping = {(r["provider"], r["region"]): r for r in read_data("cloud_grids.csv")}
    water = {(r["provider"], r["region"]): r for r in read_data("cloud_ewif_wri2020.csv")}
    used = set()
    for rec in cloud.values():
        provider, region = rec["id"].split(":", 1)
        row = mapping.get((provider, region))
        grid_id = row["grid"] if row else rec.get("country")
        grid = grids.get(grid_id) if grid_id else None
        if row and grid is None:
            raise SystemExit(f"cloud_grids.csv: {provider} {region} -> unknown grid {grid_id}")
        if grid is None:
            continue
        used.add((provider, region))
        own = {"basis": rec.get("basis", "operational"), "intensityGPerKWh": rec["intensityGPerKWh"],
               "year": rec["year"], "source": rec["source"]}
        notes = [rec["notes"]] if rec.get("notes") else []
        alts = rec.pop("alternatives", [])
        direct = None
        if provider == "gcp" and own["basis"] == "operational":
            direct = own
        elif provider != "gcp" and rec.get("country") == "USA":
            notes.append(f"CCF's factor ({own['intensityGPerKWh']} g/kWh, {own['source']}) covers a whole NERC "
                         "region and is not used.")
        else:
            alts.append(own)
        for key in GRID_FIELDS:
            rec.pop(key, None)
            if key in grid:
                rec[key] = grid[key]
        rec["source"] = f"grid {grid['id']} ({grid['name']}): {grid['source']}"
        rec["grid"] = grid["id"]
        sources = rec.setdefault("sources", {})
        for key in ("intensityRange", "direct", "hourlyProfile"):
            if key in grid.get("sources", {}):
                sources[key] = grid["sources"][key]
        if direct is not None:
            rec["directGPerKWh"], rec["directYear"] = direct["intensityGPerKWh"], direct["year"]
            sources["direct"] = direct["source"] + " (Google's operational, hourly-matched figure)"
        why = row["why"] if row else f"the region is in {grid['name']}"
        notes.append(f"Intensity of the grid it sits in: {why}.")
        if grid.get("basis") != "lifecycle":
            notes.append("That grid publishes a direct figure only.")
        if alts:
            rec["alternatives"] = sort_alts(alts)
        rec["notes"] = " ".join(notes)
        w = water.get((provider, region))
        if w:
            fields, src = ewif_fields(num(w["ewif_l_per_kwh"]), f" for the eGRID subregion of {w['place']}")
            rec.update(fields)
            sources.update({"ewifLPerKWh": src, "ewifRange": SRC_EWIF_RANGE})
    missing = sorted(set(mapping) - used)
    if missing:
        raise SystemExit(f"cloud_grids.csv rows without a cloud region: {missing}")


# --------------------------------------------------------------------------------------------
# Providers
# --------------------------------------------------------------------------------------------

def build_providers():
    providers = provider_records()
    wue = {r["provider"]: r for r in read_data("provider_wue.csv")}
    for rec in providers:
        w = wue.pop(rec["id"], None)
        if w:
            rec["wueLPerKWh"] = num(w["wue_l_per_kwh"])
            rec["wueLowLPerKWh"], rec["wueHighLPerKWh"] = num(w["low"]), num(w["high"])
            rec.setdefault("sources", {})["wueLPerKWh"] = f"{w['source']} (year {w['year']})"
    if wue:
        raise SystemExit(f"provider_wue.csv: unknown providers {sorted(wue)}")
    return providers


def provider_records():
    return [
        {
            "id": "aws", "name": "Amazon Web Services", "kind": "cloud",
            "pue": 1.15, "pueRange": {"low": 1.135, "high": 1.2},
            "year": 2024, "status": "S",
            "source": "AWS sustainability page; DCD 2024 (AWS PUE 1.15 in 2023, its first disclosure, "
                      "and 1.15 in 2024) — as recorded in " + SRC_REFTABLES,
            "sources": {"pueRange": "low: CCF AWS average PUE 1.135 (cloud-carbon-footprint@b7a049c "
                                    "AwsFootprintEstimationConstants.ts); high: 1.2 assumed by StarCoder "
                                    "(Li et al. 2023) and " + SRC_GA_PUE},
            "notes": "AWS reports 1.14 for 2025. CCF uses 1.135, Green Algorithms and StarCoder 1.2.",
        },
        {
            "id": "gcp", "name": "Google Cloud", "kind": "cloud",
            "pue": 1.1, "pueRange": {"low": 1.06, "high": 1.12},
            "year": 2021, "status": "S",
            "source": "Google fleet PUE ~1.10 (1.1 in Q2-2021; CNBC 2022, DCD 2024; Patterson et al. 2021, "
                      "arXiv:2104.10350) — as recorded in " + SRC_REFTABLES,
            "sources": {"pueRange": "low: Google best site 1.06 (DCD 2024); high: per-datacenter values "
                                    "1.08–1.12 in Patterson et al. 2021 and GA default 1.12 (" + SRC_GA_PUE + ")"},
            "notes": "CCF uses 1.1 fleet-wide with trailing-12-month values 1.07–1.13 for 8 regions "
                     "(see the gcp:* region records).",
        },
        {
            "id": "azure", "name": "Microsoft Azure", "kind": "cloud",
            "pue": 1.18, "pueRange": {"low": 1.12, "high": 1.185},
            "year": 2024, "status": "S",
            "source": "Microsoft global average PUE 1.18, newest sites 1.12 (DCD 2024) — as recorded in "
                      + SRC_REFTABLES,
            "sources": {"pueRange": "low: Microsoft newest sites 1.12 (DCD 2024) and GA default 1.12 ("
                                    + SRC_GA_PUE + "); high: CCF Azure 1.185 (cloud-carbon-footprint@b7a049c "
                                    "AzureFootprintEstimationConstants.ts)"},
        },
        {
            "id": "meta", "name": "Meta (own data centres)", "kind": "cloud",
            "pue": 1.08, "pueRange": {"low": 1.08, "high": 1.09},
            "year": 2024, "status": "S",
            "source": "Meta ~1.08 (DCD 2024); \"buildings completed in 2022 … 1.09\" (quoted in a code "
                      "comment) — as recorded in " + SRC_REFTABLES,
            "notes": "Not a public cloud; used for Meta's own training runs (Llama model cards).",
        },
        {
            "id": "alibaba", "name": "Alibaba Cloud", "kind": "cloud",
            "pue": 1.3, "pueRange": {"low": 1.2, "high": 1.3},
            "year": CCF_PUBLICATION_YEAR, "status": "S",
            "source": "Cloud Carbon Footprint (cloud-carbon-footprint@b7a049c AliFootprintEstimationConstants.ts, "
                      "via cloud_regions.csv): 1.2 or 1.3 per region, 1.3 for its fallback",
            "notes": "Central value = CCF's fallback (1.3, the conservative end). CCF states no source. "
                     + CCF_YEAR_NOTE.format(y=CCF_PUBLICATION_YEAR),
        },
        {
            "id": "facility-average", "name": "Average data centre (industry survey)", "kind": "facility",
            "pue": 1.56, "pueRange": {"low": 1.56, "high": 1.59},
            "year": 2024, "status": "S",
            "source": "Uptime Institute 2024 Global Data Center Survey, via Green Algorithms v3.0 "
                      "defaults_PUE.csv (provider Unknown, 1.56)",
            "sources": {"pueRange": "Industry averages in " + SRC_REFTABLES + ": 1.56 (Uptime 2024), "
                                    "1.57 (Uptime 2021), 1.58 (2018, Strubell et al. 2019), "
                                    "1.59 (2020, Patterson et al. 2021)"},
        },
        {
            "id": "facility-hyperscale", "name": "Hyperscale data centre", "kind": "facility",
            "pue": 1.1, "pueRange": {"low": 1.06, "high": 1.18},
            "year": 2024, "status": "S",
            "source": "Hyperscaler fleet values in " + SRC_REFTABLES + ": Google ~1.10 (best site 1.06), "
                      "Meta ~1.08, AWS 1.15, Microsoft 1.18 (DCD 2024)",
            "notes": "Central value = Google fleet 1.10, also the convention used by LLaMA / Llama 2 / OLMo.",
        },
        {
            "id": "facility-hpc", "name": "HPC centre (e.g. Jean Zay)", "kind": "facility",
            "pue": 1.2, "pueRange": {"low": 1.1, "high": 1.56},
            "year": 2022, "status": "S",
            "source": "Jean Zay PUE 1.2 used for BLOOM: Luccioni, Viguier and Ligozat 2022, "
                      "arXiv:2211.02001 — as recorded in " + SRC_REFTABLES,
            "sources": {"pueRange": "Greenlight choice: low 1.1 = hyperscale convention (LLaMA, OLMo), "
                                    "high 1.56 = industry average (Uptime 2024, via Green Algorithms "
                                    "defaults_PUE.csv); only one HPC value is in the notes"},
        },
    ]


# --------------------------------------------------------------------------------------------
# Credits
# --------------------------------------------------------------------------------------------

def build_credits():
    return [
        {
            "id": "owid", "name": "Our World in Data — carbon intensity of electricity",
            "licence": "CC BY 4.0",
            "credit": "Source: Ember (2025); Energy Institute – Statistical Review of World Energy – "
                      "with major processing by Our World in Data",
            "url": "https://github.com/owid/energy-data",
            "source": "OWID grapher export carbon-intensity-electricity (May 2025 release, data to 2024), "
                      "copy in pluginsGLPI/carbon@cdca1248 install/data/carbon_intensity/"
                      "carbon-intensity-electricity.csv; latest year per country in grid_annual_owid.csv",
            "year": 2025,
            "notes": "Authors: Hannah Ritchie, Pablo Rosado, Edouard Mathieu, Max Roser. OWID asks to cite "
                     "both Our World in Data and the underlying sources (Ember Yearly Electricity Data; "
                     "Energy Institute Statistical Review — edition 2024 or 2025, uncertain).",
        },
        {
            "id": "green-algorithms", "name": "Green Algorithms v3.0 data",
            "licence": "CC BY 4.0",
            "credit": "Lannelongue, L., Grealey, J., Inouye, M., \"Green Algorithms: Quantifying the Carbon "
                      "Footprint of Computation\", Adv. Sci. 2021, 2100707, doi:10.1002/advs.202100707",
            "url": "https://github.com/GreenAlgorithms/green-algorithms-tool",
            "source": "GreenAlgorithms/green-algorithms-tool@30df2fee data/v3.0/ (CI_aggregated.csv, "
                      "defaults_PUE.csv)",
            "year": 2021,
        },
        {
            "id": "ccf", "name": "Cloud Carbon Footprint",
            "licence": "Apache-2.0",
            "credit": "Cloud Carbon Footprint, © Thoughtworks, Apache License 2.0",
            "url": "https://github.com/cloud-carbon-footprint/cloud-carbon-footprint",
            "source": "cloud-carbon-footprint/cloud-carbon-footprint@b7a049c7 packages/{aws,azure,gcp,ali}/"
                      "src/domain/*FootprintEstimationConstants.ts, packages/core/src/"
                      "FootprintEstimationConstants.ts, microsite/docs/HowItWorks/Methodology.md "
                      "(numbers transcribed into cloud_regions.csv)",
            "year": CCF_PUBLICATION_YEAR,
            "notes": "Year = earliest publication year of the constant set (it cites a carbonfootprint.com "
                     "file dated 2022_03); the commit date was not recorded.",
        },
        {
            "id": "google-region-carbon-info", "name": "Google Cloud region carbon information",
            "licence": "Apache-2.0",
            "credit": "Google Cloud region carbon data, GoogleCloudPlatform/region-carbon-info, "
                      "Apache License 2.0",
            "url": "https://github.com/GoogleCloudPlatform/region-carbon-info",
            "source": "GoogleCloudPlatform/region-carbon-info@49f3f26b data/yearly/2019.csv … 2024.csv",
            "year": 2024,
        },
        {
            "id": "dc-rl", "name": "HPE dc-rl hourly carbon intensity (EIA-930)",
            "licence": "MIT (repository); EIA-930 data: US-government work",
            "credit": "© 2024 Hewlett Packard Enterprise, MIT License (HewlettPackard/dc-rl); underlying "
                      "hourly grid data: U.S. Energy Information Administration, Form EIA-930",
            "url": "https://github.com/HewlettPackard/dc-rl",
            "source": "HewlettPackard/dc-rl@a92b4755 data/CarbonIntensity/<BA>_NG_&_avgCI.csv, column avg_CI",
            "year": 2024,
            "notes": "Data year 2022; the factors are IPCC AR5 life-cycle medians.",
        },
        {
            "id": "wri-water", "name": "WRI water use embedded in purchased electricity",
            "licence": "CC BY 4.0 (the published factors only; the GaBi data underneath is not redistributed)",
            "credit": "Reig, P., Luo, T., Christensen, E. and Sinistore, J. 2020. Guidance for Calculating Water "
                      "Use Embedded in Purchased Electricity. World Resources Institute, CC BY 4.0",
            "url": "https://www.wri.org/research/guidance-calculating-water-use-embedded-purchased-electricity",
            "source": "WRI 2020 appendices (country and eGRID-subregion consumption factors) as transcribed in "
                      "DigitalPebble/spruce wcf.csv @5154dc6; tools/catalog/data/*_ewif_wri2020.csv",
            "year": 2020,
            "notes": "Water consumed per kWh generated, by country (32) and US eGRID subregion; used as the "
                     "off-site water of electricity (EWIF) of regions.",
        },
        {
            "id": "mlco2-impact", "name": "ML CO2 Impact",
            "licence": "MIT",
            "credit": "Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T., \"Quantifying the Carbon Emissions "
                      "of Machine Learning\", arXiv:1910.09700 (2019); mlco2/impact, MIT License",
            "url": "https://github.com/mlco2/impact",
            "source": "mlco2/impact@d0d3ee5a data/ (gpus.csv, impact.csv, instances.csv)",
            "year": 2019,
            "notes": "The LICENSE text names \"Blackrock Digital LLC\" (inherited from a web template).",
        },
        {
            "id": "codecarbon", "name": "CodeCarbon",
            "licence": "MIT",
            "credit": "CodeCarbon (mlco2/codecarbon), MIT License",
            "url": "https://github.com/mlco2/codecarbon",
            "source": "mlco2/codecarbon examples/emissions.csv and tests/test_data/emissions_*_headers.csv "
                      "at commits 023f9b45, 833ca82a, a4c8d302, a668d4b0, 1bb79493, 0fd0e610, 6db1f8be, "
                      "b05965e4 (importer test logs)",
            "year": 2025,
        },
        {
            "id": "carbontracker", "name": "Carbontracker",
            "licence": "MIT",
            "credit": "Carbontracker (lfwa/carbontracker), MIT License",
            "url": "https://github.com/lfwa/carbontracker",
            "source": "lfwa/carbontracker@8beb2b9d README.md (example console output blocks)",
            "year": 2020,
        },
    ]


# --------------------------------------------------------------------------------------------
# Profiles
# --------------------------------------------------------------------------------------------

PROFILES_README = """# Hourly grid carbon-intensity profiles

Eight hourly series for 2022, one per US balancing area (BA): `US-AZPS`, `US-BPAT`, `US-CISO`,
`US-ERCO`, `US-MISO`, `US-NYIS`, `US-PJM`, `US-SOCO`. A region record's `hourlyProfile` id
`US-XXXX` refers to the file `US-XXXX_2022.csv` here. Columns: `timestamp_utc` (ISO 8601, start of
the hour, UTC) and `g_per_kwh` (g CO2e per kWh). 8,760 rows each.

## Origin

`HewlettPackard/dc-rl` @ a92b4755aca560e34a98d14028dda629eb968482 (files last changed in
79b99c5d), `data/CarbonIntensity/<BA>_NG_&_avgCI.csv`, column `avg_CI`, copied unchanged via
Greenlight's shared data folder (`hourly/`; SHA-256 checksums in its `MANIFEST.csv`).
The underlying data is the US EIA hourly grid monitor (Form EIA-930, `EBA.zip`).

## Licence and credit

MIT, © 2024 Hewlett Packard Enterprise (dc-rl). The EIA-930 data is US-government work.
Credit: "© 2024 Hewlett Packard Enterprise, MIT License (HewlettPackard/dc-rl); underlying hourly
grid data: U.S. Energy Information Administration, Form EIA-930".

## Caveats

- **Basis:** production-based life-cycle intensity. A least-squares fit of `avg_CI` against the
  generation columns shows dc-rl used the IPCC AR5 life-cycle medians (wind 11, solar 41, hydro 24,
  nuclear 12, gas 490, oil 650, coal 820, other 230 g/kWh). Imports are not counted.
- **Empty hours:** CISO 3, MISO 3, PJM 23 (the cell is empty). Not filled; the catalog's annual
  mean skips them. Consumers must skip or interpolate them.
- **PJM glitches:** some implausibly low PJM values (minimum 42.7 g/kWh) look like EIA data
  errors. Not cleaned.
- The annual `intensityGPerKWh` of the `US-XXXX` records in `catalog/regions.json` is the mean of
  the non-empty hours: an unweighted time average, not a generation-weighted one.
- dc-rl's state-named files (CA, TX, VA …) are byte-identical copies of these BA files and were
  not copied; its `WAAT` series is mostly identical to BPAT (probably mislabelled) and was left out.
"""


def copy_profiles(shared, out_root, profiles):
    dest = os.path.join(out_root, "resources", "profiles")
    os.makedirs(dest, exist_ok=True)
    for fname, _, _ in profiles:
        shutil.copyfile(os.path.join(shared, "hourly", fname), os.path.join(dest, fname))
    with open(os.path.join(dest, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(PROFILES_README)


# --------------------------------------------------------------------------------------------

def load_records(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return {r["id"]: r for r in json.load(fh)["records"]}
    except FileNotFoundError:
        return {}


def flat(rec, prefix=""):
    """{"sources.pue": ..., "intensityGPerKWh": ...}: nested fields as dotted keys."""
    out = {}
    for key, value in rec.items():
        if isinstance(value, dict):
            out.update(flat(value, f"{prefix}{key}."))
        elif isinstance(value, list):
            out[prefix + key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            out[prefix + key] = value
    return out


def diff_lines(kind, old, new):
    """What a rebuild changes: records added and removed, and each changed field (text fields by name only)."""
    lines = []
    for rid in sorted(set(old) - set(new)):
        lines.append(f"{kind}: - {rid}")
    for rid in sorted(set(new) - set(old)):
        lines.append(f"{kind}: + {rid}")
    for rid in sorted(set(old) & set(new)):
        a, b = flat(old[rid]), flat(new[rid])
        for key in sorted(set(a) | set(b)):
            if a.get(key) == b.get(key):
                continue
            if isinstance(a.get(key), str) or isinstance(b.get(key), str):
                change = "added" if key not in a else "removed" if key not in b else "changed"
                lines.append(f"{kind}: {rid} {key} {change}")
            else:
                lines.append(f"{kind}: {rid} {key} {a.get(key, '—')} → {b.get(key, '—')}")
    return lines


def write_all(args, regions):
    cat = os.path.join(args.out, "resources", "catalog")
    outputs = [("regions", regions), ("providers", build_providers()), ("credits", build_credits())]
    changes = []
    for kind, records in outputs:
        path = os.path.join(cat, f"{kind}.json")
        changes += diff_lines(kind, load_records(path), {r["id"]: r for r in records})
        write_json(path, kind, records)
    return changes


def print_changes(changes, limit, diff_path):
    if diff_path:
        with open(diff_path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("".join(line + "\n" for line in changes))
    print(f"changes against the previous files: {len(changes)} (changed numbers first)")
    changes = sorted(changes, key=lambda line: ("→" not in line and " + " not in line and " - " not in line))
    for line in changes[:limit]:
        print("  " + line)
    if len(changes) > limit:
        print(f"  … {len(changes) - limit} more" + (f" (all in {diff_path})" if diff_path else " (--diff FILE lists all)"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "data")),
                    help="shared data folder (default: ../shared/data relative to the repo root)")
    ap.add_argument("--out", default=REPO_ROOT, help="repository root to write into (default: this repo)")
    ap.add_argument("--diff", help="write every change against the previous files to this file")
    ap.add_argument("--show", type=int, default=60, help="how many changes to print (default 60)")
    args = ap.parse_args(argv)

    regions, profiles = build_regions(args.shared)
    changes = write_all(args, regions)
    copy_profiles(args.shared, args.out, profiles)

    kinds = {}
    for r in regions:
        key = r["kind"] if r["kind"] != "cloud" else f"cloud:{r['provider']}"
        kinds[key] = kinds.get(key, 0) + 1
    big3 = sum(v for k, v in kinds.items() if k in ("cloud:aws", "cloud:gcp", "cloud:azure"))
    print(f"regions: {len(regions)} records")
    for k in sorted(kinds):
        print(f"  {k}: {kinds[k]}")
    print(f"  cloud aws+gcp+azure: {big3}")
    for fname, empty, n in profiles:
        print(f"  profile {fname}: {n} values, {empty} empty hours")
    print(f"providers: {len(build_providers())}, credits: {len(build_credits())}")
    print_changes(changes, args.show, args.diff)
    if kinds.get("country", 0) < 150 or big3 < 60:
        print("ERROR: counts below target (countries >= 150, aws+gcp+azure >= 60)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
