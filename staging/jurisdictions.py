# ruff: noqa
"""Builds staging/jurisdictions.json: proposed row-by-row refresh (working file, not shipped)."""
import json
C = "2026-12-01"
cur = json.load(open("resources/catalog/jurisdictions.json"))
rows = {e["code"]: dict(e) for e in cur["entries"]}
def s(citation, url, grade="V"):
    return {"citation": citation, "url": url, "grade": grade}
upd = {}
upd["US-TX"] = dict(code="US-TX", name="Texas", status="regulated", as_of="2023-09-01", min_age=None,
  detail="Texas Kratom Consumer Health and Safety Protection Act (SB 497, 2023; Health and Safety Code ch. 444, in force 1 Sep 2023): labelling, no adulterated products, 7-OH no more than 2% of the alkaloid fraction, no synthetic alkaloids. A minimum sale age was not confirmed in the text read; 2025 bills (SB 1868, HB 291) proposed age 21 and listing kratom alkaloids as controlled substances - outcome not confirmed, verify.",
  sources=[s("Texas SB 497 (88th Leg., 2023), enrolled text: Texas Kratom Consumer Health and Safety Protection Act, adds Health and Safety Code ch. 444", "https://app.legiplex.com/tx/legislature/2023/88-0/bills/sb497/draft-627483?id=627483"),
           s("Tex. Health & Safety Code 444.003 (added by Acts 2023, 88th Leg., ch. 2, eff. 1 Sep 2023): prohibited kratom products incl. 7-OH above 2% of alkaloids and synthetic alkaloids", "https://texas.public.law/statutes/tex._health_and_safety_code_section_444.001"),
           s("Texas SB 1868 (89th Leg., 2025) bill summary: proposed age 21 and controlled-substance listing of kratom alkaloids (status not confirmed)", "https://fastdemocracy.com/bill-summary/?billsummary_id=TXB00077285&billsummary_session=89&billsummary_state=tx", "S")],
  checked=C)
upd["US-RI"] = dict(status="regulated", as_of="2026-04-01", min_age=21,
  detail="The Rhode Island Kratom Act (H 5565, 2025; R.I. Gen. Laws ch. 21-28.12) was enacted on 2 Jul 2025 and takes effect 1 Apr 2026: licensed manufacturers, distributors and retailers (Department of Health), labelling and product standards, 15% tax, no sale to people under 21. Before 1 Apr 2026 kratom alkaloids were reported to be controlled (banned) in Rhode Island.",
  sources=[s("Rhode Island H 5565 (2025), bill text LC001746: 'The Rhode Island Kratom Act', new chapter 21-28.12 of the General Laws", "https://app.legiplex.com/ri/legislature/2025/2025-r/bills/h5565/drafts-compare"),
           s("BillTrack50 record RI H5565: signed/enacted 2 Jul 2025; effective 1 Apr 2026; sales restricted to 21 and older", "https://www.billtrack50.com/billdetail/1846570", "S"),
           s("Rhode Island 2026 bill 7518 amending 21-28.12-4 (age limit 21, products behind the counter) - confirms the chapter exists", "https://fastdemocracy.com/bill-summary/?billsummary_id=RIB00034539&billsummary_session=2026&billsummary_state=ri", "S")],
  checked=C)
upd["US-IN"] = dict(status="unknown", as_of=C, min_age=None,
  detail="Reported banned: mitragynine and 7-OH are said to be listed as synthetic drugs / Schedule I since 2012-2014; a 2025 bill (HB 1542) proposed regulating sale to adults 21+ instead. The statute itself was not found in this review - treat as probably prohibited and verify locally.",
  sources=[s("Indiana HB 1542 (2025, introduced), Legislative Services Agency digest: proposed registration and sale of kratom consumable products to people 21 and older", "https://app.legiplex.com/in/legislature/2025/2025-r/bills/hb1542/drafts-latest"),
           s("Secondary summaries (vendor and legal-information sites) reporting an Indiana ban via SB 305 (2014) and the synthetic-drug list; primary statute not found", "https://legalclarity.org/is-kratom-legal-in-indiana-state-laws-explained", "S")],
  checked=C, note="facts.md rule: an S-only row ships no stronger than 'unknown - verify'. The lead may decide otherwise.")
upd["US-DC"] = dict(status="unknown", as_of=C, min_age=None,
  detail="Conflicting reports: a local ban is listed by some vendor lists, while others say kratom was removed from the District's controlled-substance list in 2018. No official source found - verify with D.C. law.",
  sources=[s("Vendor page claiming a 2016 D.C. ban later reversed (2018); no official source", "https://kraoma.com/kratom-washington-dc-legality/", "S"),
           s("Code of the District of Columbia, ch. 9 Controlled Substances Act (schedules not read for kratom)", "https://code.dccouncil.gov/us/dc/council/code/titles/48/chapters/9/index.full.html", "S")],
  checked=C)
ages = {
 "US-UT": (18, [s("Utah Code 4-45-105 (enacted 2019): a kratom processor may not sell a kratom product to an individual under 18", "https://www.lawserver.com/law/state/utah/ut-code/utah_code_4-45-105")],
           "Later amendments (pure-leaf products only; retailers must hold a retail tobacco specialty business licence, per current 4-45-104 text) - check whether the sale age has changed."),
 "US-AZ": (18, [s("Arizona HB 2561 (2019) text adding A.R.S. 36-795.02 'sales to minors prohibited' (Arizona minors: under 18)", "https://azleg.gov/legtext/54leg/1R/bills/HB2561P.htm"),
                s("Arizona 57th Leg. 2nd Reg. (2026) bill summary: would raise the minimum age from 18 to 21 (status not confirmed)", "https://fastdemocracy.com/bill-summary/?billsummary_id=AZB00020493&billsummary_session=57th-2nd-regular&billsummary_state=az", "S")],
           "A 2026 bill would raise the age to 21 - verify."),
 "US-NV": (18, [s("NRS 597.998: no sale of a kratom product to a child under the age of 18", "https://nevada.public.law/statutes/nrs_597.998")], ""),
 "US-OK": (18, [s("63 O.S. 1-1432.4 (current through Laws 2024): label must state that sale or transfer to a person under 18 is prohibited; 7-OH limit 1% of alkaloids", "https://d1tvxue8o4w0fl.cloudfront.net/statute/oklahoma-statutes/title-63-public-health-and-safety/chapter-1-oklahoma-public-health-code/article-14-drugs-devices-and-cosmetics/section-1-14324-prohibited-products-labeling-requirements-distribution-to-minors-prohibited-test-results")], ""),
 "US-GA": (21, [s("O.C.G.A. 16-13-121 [effective 1 Jan 2025]: no sale or transfer of kratom to a person under 21; no purchase or possession under 21", "https://casetext.com/statute/code-of-georgia/title-16-crimes-and-offenses/chapter-13-controlled-substances/article-5-kratom/section-16-13-121-possession-by-individual-under-age-18-penalty")], ""),
 "US-OR": (21, [s("KOBI-TV (Mar 2022): Oregon HB 4010 prohibits sale to anyone under 21 (age section of ORS 475.394-475.404 not re-read)", "https://kobi5.com/news/local-news/bill-regulating-kratom-sales-in-oregon-heads-to-governors-desk-185170/", "S")], "Age carried from the existing V source (Oregon HB 4010); statute section for the age not re-read in this pass."),
 "US-CO": (21, [s("Colorado SB 22-120 as enacted (legislative summary): from 1 Jul 2024 no sale of kratom products to a person under 21", "https://open.pluralpolicy.com/co/bills/2022A/SB22-120")], ""),
 "US-WV": (21, [s("W. Va. Code 19-12F-6: online and remote sellers must verify the user is at least 21", "https://code.wvlegislature.gov/19-12F-6/")], ""),
 "TH": (18, [], "Age from the existing V source (Kratom Plant Act B.E. 2565: no sale to under-18s, pregnant or breastfeeding women)."),
}
for code, (age, srcs, note) in ages.items():
    r = upd.setdefault(code, {})
    r["min_age"] = age
    r["added_sources"] = srcs
    r["checked"] = C if srcs else rows[code]["reviewed"]
    if note: r["note"] = note
out = {"as_of_table": C, "rows": []}
for code, e in rows.items():
    r = {"code": code, "name": e["name"], "status": e["status"], "as_of": e["as_of"], "min_age": None,
         "detail": e["detail"], "sources": e["sources"], "checked": e["reviewed"], "rechecked_2026_12_01": False}
    if code in upd:
        u = upd[code]
        r.update({k: v for k, v in u.items() if k not in ("added_sources",)})
        if "added_sources" in u:
            r["sources"] = list(e["sources"]) + u["added_sources"]
        r["rechecked_2026_12_01"] = bool(u.get("sources") or u.get("added_sources"))
    out["rows"].append(r)
out["rows"].append({**upd["US-TX"], "rechecked_2026_12_01": True})
json.dump(out, open("staging/jurisdictions.json", "w"), indent=1, ensure_ascii=False)
print(len(out["rows"]), sum(r["rechecked_2026_12_01"] for r in out["rows"]))
