# ruff: noqa
"""Builds staging/emergency_lines.json and staging/brands.json (working files, not shipped)."""
import json
C = "2026-12-01"
def src(citation, url, grade="V"):
    return {"citation": citation, "url": url, "grade": grade, "checked": C}
HRSA = src("HRSA Poison Help: toll-free 1-800-222-1222 connects to the local poison center, free and confidential; call 911 if someone is unconscious or has trouble breathing", "https://www.poisonhelp.hrsa.gov/the-poison-help-line/index.html")
L988 = src("988 Suicide & Crisis Lifeline: call or text 988, 24/7 (existing catalog source, red_flags.json)", "https://988lifeline.org")
CA988 = src("Government of Canada news release, 30 Nov 2023: 9-8-8 Suicide Crisis Helpline available to call or text, English and French, 24/7, across Canada", "https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html")
CAPOIS = src("Ontario Poison Centre, Get Help Now: 1-844-POISON-X (1-844-764-7669) toll-free, 24 h", "https://www.ontariopoisoncentre.ca/get-help/get-help-now-landing/get-help-now/")
CAPOIS2 = src("Health Canada news (Mar 2023) as reported: 1-844-POISON-X connects to the local poison centre; Quebec residents should continue to call the Centre antipoison du Québec 1-800-463-5060", "https://www.nexreg.com/canada-launches-poison-centre-telephone-number", "S")
NHS999 = src("West Midlands Ambulance Service (NHS): call 999 in a life-threatening emergency; NHS 111 free, 24 h, when it is not life-threatening", "https://wmas.nhs.uk/999-or-111/")
NHS111 = src("NHS GP practice page: NHS 111 operates 24/7, free from landline and mobile; call 999 for life-threatening emergencies", "https://readingwalkinhealthcentre.nhs.uk/registered-patients/out-of-hours/")
SAM = src("Samaritans, contact page: 116 123 free to call from landlines and mobiles (UK and Republic of Ireland)", "https://www.samaritans.org/how-we-can-help/contact-samaritan/")
SAMIE = src("Irish Examiner (2019): Samaritans freephone helpline 116 123 in Ireland", "https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html", "S")
HSE = src("HSE (Ireland), Poisoning in children: Poisons Information Line 01 809 2166, 8am-10pm every day; in an emergency call 112 or 999", "https://www2.hse.ie/babies-children/first-aid/poisoning-in-children")
TZ = src("Australian Government, Triple Zero: primary emergency number 000; secondary 112 (most mobiles) and 106 (text relay)", "https://www.triplezero.gov.au/triple-zero/other-emergency-numbers")
AUPOIS = src("Queensland Health Poisons Information Centre: 13 11 26, 24 h, from anywhere in Australia", "https://www.poisonsinfo.health.qld.gov.au")
LIFELINE = src("Lifeline (Harbour to Hawkesbury centre) FAQ: crisis support line 13 11 14, 24 h; if in immediate danger call 000", "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/")
NZPOIS = src("National Poisons Centre (University of Otago): 0800 POISON (0800 764 766), 24 h; ring 111 if unconscious or difficulty breathing", "http://www.poisons.co.nz/calling.php")
NZ1737 = src("Ministry of Health NZ, 17 Mar 2019: call or text 1737 any time to talk to a trained counsellor", "https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy")
NZ111 = src("KidsHealth NZ: phone 111 within New Zealand for an ambulance", "https://www.kidshealth.org.nz/print/1707")
THPOIS = src("WHO feature story (18 Feb 2021): Ramathibodi Poison Center, Bangkok, 24/7 hotline 1367", "https://www.who.int/news-room/feature-stories/detail/why-the-world-needs-more-poisons-centres")
TH1669 = src("Chiang Mai CityLife (Jun 2024), Department of Mental Health / Suanprung Hospital item: for emergency help call 191 or 1669", "https://www.chiangmaicitylife.com/citynews/general/the-department-of-mental-health-in-cooperation-with-the-national-institute-for-emergency-medicine-launched-the-first-manual-of-psychiatric-patient-assistance/", "S")
TH1323 = src("NHSO support for the Department of Mental Health 24-hour 1323 mental health hotline (news report)", "https://sureanot.com/nhso-extends-support-for-hotline", "S")
MY999 = src("The Star via Medicine Malaysia (2015): MERS 999 is the emergency number; 112 is an alternative from mobile phones, re-directed to 999", "https://medicinemalaysia.com/medicine/2015/03/16/emergency-number-is-still-999/", "S")
MYHEAL = src("The Star/Bernama (10 Sep 2023), Health Director-General statement: HEAL Line 15555 national mental health crisis line, MOH counselling officers, 8am to midnight daily", "https://www.thestar.com.my/news/nation/2023/09/10/almost-25000-calls-made-to-039heal-line-15555039-mental-health-helpline-this-year", "S")
EU112 = src("European Commission, 112: single European emergency number, free of charge from landlines and mobiles in every EU Member State (alongside national numbers)", "http://ec.europa.eu/information_society/activities/112/actions/index_en.htm")
EU = ["AT","BE","BG","HR","CY","CZ","DK","EE","FI","FR","DE","GR","HU","IE","IT","LV","LT","LU","MT","NL","PL","PT","RO","SK","SI","ES","SE"]
rows = {
 "US": {"emergency": [{"number": "911", "sources": [HRSA]}], "poison": [{"number": "1-800-222-1222", "sources": [HRSA]}], "crisis": [{"number": "988", "how": "call or text", "sources": [L988]}]},
 "CA": {"emergency": [{"number": "911", "sources": [src("Ontario Poison Centre listing: call 911 in emergencies", "https://lignesantesud-ouest.ca/printService.aspx?id=14019", "S")]}],
        "poison": [{"number": "1-844-764-7669", "label": "1-844-POISON-X", "sources": [CAPOIS, CAPOIS2], "note": "Quebec: Centre antipoison du Québec 1-800-463-5060 (S)"}],
        "crisis": [{"number": "988", "how": "call or text", "sources": [CA988]}]},
 "GB": {"emergency": [{"number": "999", "sources": [NHS999]}, {"number": "112", "sources": [EU112], "note": "112 also works in the UK (GSM standard); not sourced from a UK page - optional"}],
        "urgent_care": [{"number": "111", "sources": [NHS999, NHS111], "note": "NHS 111 in England, Scotland (NHS 24) and Wales; Northern Ireland not covered by these sources"}],
        "poison": [], "poison_note": "No public poison line in the UK: poisoning advice goes through NHS 111 (or 999 in an emergency).",
        "crisis": [{"number": "116 123", "label": "Samaritans", "sources": [SAM]}]},
 "IE": {"emergency": [{"number": "112", "sources": [HSE, EU112]}, {"number": "999", "sources": [HSE]}],
        "poison": [{"number": "01 809 2166", "hours": "8am-10pm daily", "sources": [HSE]}],
        "crisis": [{"number": "116 123", "label": "Samaritans", "sources": [SAM, SAMIE]}]},
 "AU": {"emergency": [{"number": "000", "sources": [TZ]}, {"number": "112", "note": "secondary, most mobiles", "sources": [TZ]}],
        "poison": [{"number": "13 11 26", "sources": [AUPOIS]}], "crisis": [{"number": "13 11 14", "label": "Lifeline", "sources": [LIFELINE]}]},
 "NZ": {"emergency": [{"number": "111", "sources": [NZ111, NZPOIS]}], "poison": [{"number": "0800 764 766", "label": "0800 POISON", "sources": [NZPOIS]}],
        "crisis": [{"number": "1737", "how": "call or text", "sources": [NZ1737]}]},
 "TH": {"emergency": [{"number": "1669", "label": "medical emergency", "sources": [TH1669]}, {"number": "191", "label": "police", "sources": [TH1669]}],
        "poison": [{"number": "1367", "label": "Ramathibodi Poison Center", "sources": [THPOIS]}],
        "crisis": [{"number": "1323", "label": "Department of Mental Health hotline", "sources": [TH1323]}]},
 "MY": {"emergency": [{"number": "999", "sources": [MY999]}, {"number": "112", "note": "from mobiles, re-directed to 999", "sources": [MY999]}],
        "poison": [], "poison_note": "left out, unsure: the National Poison Centre (prn.usm.my) exists but no public number was confirmed from an official page",
        "crisis": [{"number": "15555", "label": "Talian HEAL (Ministry of Health)", "hours": "8am to midnight daily (as of 2023)", "sources": [MYHEAL]}]},
}
for cc in EU:
    if cc not in rows:
        rows[cc] = {"emergency": [{"number": "112", "sources": [EU112]}], "poison": [], "crisis": [], "note": "Only 112 sourced; national poison and crisis lines not sourced - print 112 and 'your local poison centre'."}
out = {"checked": C, "unknown_country": "Print 'your local emergency number'; never another country's numbers.", "countries": rows}
json.dump(out, open("staging/emergency_lines.json", "w"), indent=1, ensure_ascii=False)
brands = {"checked": C, "policy": "Brand names only where a regulator, label or label copy for that country was read; otherwise print the generic name.",
 "brands": [
  {"drug": "acetaminophen", "US": {"names": ["Tylenol"], "sources": [src("TYLENOL Extra Strength OTC label (openFDA SPL)", "https://api.fda.gov/drug/label.json?search=id%3A22d94fd9-9488-a812-e063-6394a90a7ffc")]},
   "GB": {"names": ["Panadol"], "generic": "paracetamol", "sources": [src("Panadol Extra Tablets patient leaflet, PL 44673/0191 (UK leaflet copy); UK generic name paracetamol (MHRA UKPAR copies)", "https://imedi.co.uk/panadol-extra-tablets?doc=2")]},
   "AU": {"names": ["Panadol"], "generic": "paracetamol", "sources": [src("TGA/Medsafe DAEN medicine summary listing 'Panadol Sinus PE Night & Day' (paracetamol combination) - brand family Panadol on the Australian market", "https://docslib.org/download/9888940/joint-adverse-event-notification-system-medicine-summary", "S")]}},
 ],
 "left_out_unsure": ["All other US/GB/AU brand names (ibuprofen Advil/Motrin vs Nurofen, diclofenac gel Voltaren vs Voltarol, fentanyl Duragesic vs Durogesic, tramadol Ultram vs Zydol/Tramal, naloxone Narcan vs Nyxoid/Prenoxad, co-codamol): not read in a regulator or label copy in this pass - print generic names for GB and AU."]}
json.dump(brands, open("staging/brands.json", "w"), indent=1, ensure_ascii=False)
print(len(rows))
