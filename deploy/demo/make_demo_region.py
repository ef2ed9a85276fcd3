#!/usr/bin/env python3
"""Generates deploy/demo/demo-region.json: a plausible region for demonstrations and manual
testing (nok-dataset/1). Twelve organisations in four categories, as councils publish them
(seed 004), expert checks of varying completeness (one organisation has none yet), 30-80 complete
responses each that follow the questionnaire's skip logic, with suggestions in the respondents'
words. Deterministic: the same seed gives the same file, so the committed file can be rebuilt.

Usage: python3 deploy/demo/make_demo_region.py [--seed N] [--out FILE]
"""
import argparse
import json
import random
import uuid
from pathlib import Path

CAMPAIGN = {
    "id": "kuzbass-2026",
    "title": "Независимая оценка качества условий оказания услуг организациями социального обслуживания, 2026",
    "region": "Кемеровская область — Кузбасс",
    "year": 2026,
    "methodology": "344n-social",
    # Year over year: results compare with the previous assessment by default (docs/results.md).
    "previous": "kuzbass-2025",
}

# The previous assessment of the same region (--previous): a year earlier, answers a little
# lower and expert checks one step poorer, so the comparison shows what improved.
PREVIOUS_CAMPAIGN = {
    "id": "kuzbass-2025",
    "title": "Независимая оценка качества условий оказания услуг организациями социального обслуживания, 2025",
    "region": "Кемеровская область — Кузбасс",
    "year": 2025,
    "methodology": "344n-social",
}
POORER = {"good": "fair", "fair": "poor", "poor": "poor", None: None}

# id, name, category, recipients, quality (0..1: how good the answers are), expert profile
ORGS = [
    ("di-nvk", "ГБСУ СО «Новокузнецкий дом-интернат для граждан пожилого возраста и инвалидов»", "Дома-интернаты и ПНИ", 120, 0.93, "good"),
    ("pni-kem", "ГБСУ СО «Кемеровский психоневрологический интернат»", "Дома-интернаты и ПНИ", 180, 0.85, "fair"),
    ("di-prk", "ГБСУ СО «Прокопьевский дом-интернат для престарелых и инвалидов»", "Дома-интернаты и ПНИ", 95, 0.70, "poor"),
    ("kcson-nvk-c", "МБУ «Комплексный центр социального обслуживания населения Центрального района г. Новокузнецка»", "КЦСОН", 140, 0.95, "good"),
    ("kcson-kem-z", "МБУ «КЦСОН Заводского района г. Кемерово»", "КЦСОН", 160, 0.90, "good"),
    ("kcson-blv", "МБУ «Комплексный центр социального обслуживания населения г. Белово»", "КЦСОН", 210, 0.88, "fair"),
    ("kcson-lk", "МБУ «КЦСОН Ленинск-Кузнецкого городского округа»", "КЦСОН", 130, 0.91, None),
    ("srcn-parusa", "МКУ СРЦН «Алые паруса», г. Новокузнецк", "СРЦН", 60, 0.94, "good"),
    ("srcn-zvezda", "МКУ СРЦН «Полярная звезда», г. Новокузнецк", "СРЦН", 55, 0.86, "fair"),
    ("srcn-raduga", "ГКУ СРЦН «Радуга», г. Кемерово", "СРЦН", 70, 0.89, "good"),
    ("rc-nvk", "МКУ «Центр реабилитации детей и подростков с ограниченными возможностями», г. Новокузнецк", "Реабилитационные центры", 85, 0.92, "good"),
    ("rc-kem", "ГАУ «Областной реабилитационный центр для детей и подростков с ограниченными возможностями \"Сибирь\"», г. Кемерово", "Реабилитационные центры", 150, 0.87, "fair"),
]

SETS = {
    "distance_methods": ["phone", "email", "e_services", "faq", "opinion_form", "other"],
    "comfort_conditions": ["rest_area", "navigation", "drinking_water", "sanitary_rooms", "sanitary_state", "transport", "appointment", "other"],
    "premises_accessibility": ["ramps", "parking", "lifts_handrails_doors", "wheelchairs", "sanitary_room"],
    "service_accessibility": ["sound_visual_duplication", "braille", "sign_interpreter", "site_low_vision", "trained_staff_help", "remote_or_home"],
}
PROFILE_SHARE = {"good": 0.9, "fair": 0.65, "poor": 0.25}

SUGGESTIONS = [
    "Больше прогулок на свежем воздухе",
    "Установить поручни в коридоре второго этажа",
    "Хотелось бы больше кружков и занятий по интересам",
    "Сделать запись на приём по телефону удобнее, трудно дозвониться",
    "Обновить информацию на стенде у входа, там старый график",
    "Спасибо персоналу за заботу и внимание!",
    "Нужен пандус у бокового входа",
    "Расширить зону ожидания, мало стульев",
    "Добавить версию сайта для слабовидящих",
    "Чаще проводить культурно-досуговые мероприятия",
    "Улучшить питание: больше овощей и фруктов",
    "Поставить кулер с питьевой водой в холле",
    "Сократить время ожидания социального работника",
    "Организовать транспорт до центра из отдалённых посёлков",
]

QUESTION_BIAS = {  # some questions run lower than others, as in real surveys
    "stand_satisfied": -0.05, "site_satisfied": -0.08, "timely": -0.02, "comfort_satisfied": -0.06,
    "accessibility_satisfied": -0.12, "staff_first_contact": 0.02, "staff_service": 0.03,
    "remote_polite": -0.03, "recommend": 0.0, "organisational_satisfied": -0.07, "overall_satisfied": 0.0,
}


def yes_no(rng, p):
    return "yes" if rng.random() < max(0.02, min(0.995, p)) else "no"


def answers(rng, quality):
    a = {}
    a["stand_used"] = yes_no(rng, 0.6)
    if a["stand_used"] == "yes":
        a["stand_satisfied"] = yes_no(rng, quality + QUESTION_BIAS["stand_satisfied"])
    a["site_used"] = yes_no(rng, 0.35)
    if a["site_used"] == "yes":
        a["site_satisfied"] = yes_no(rng, quality + QUESTION_BIAS["site_satisfied"])
    for q in ("timely", "comfort_satisfied"):
        a[q] = yes_no(rng, quality + QUESTION_BIAS[q])
    a["disability"] = yes_no(rng, 0.35)
    if a["disability"] == "yes":
        a["accessibility_satisfied"] = yes_no(rng, quality + QUESTION_BIAS["accessibility_satisfied"])
    for q in ("staff_first_contact", "staff_service"):
        a[q] = yes_no(rng, quality + QUESTION_BIAS[q])
    a["remote_used"] = yes_no(rng, 0.45)
    if a["remote_used"] == "yes":
        a["remote_polite"] = yes_no(rng, quality + QUESTION_BIAS["remote_polite"])
    for q in ("recommend", "organisational_satisfied", "overall_satisfied"):
        a[q] = yes_no(rng, quality + QUESTION_BIAS[q])
    if rng.random() < 0.18:
        a["suggestions"] = rng.choice(SUGGESTIONS)
    if rng.random() < 0.7:
        a["sex"] = rng.choice(["female", "female", "male"])
    if rng.random() < 0.6:
        a["age"] = rng.randint(18, 92)
    return a


def expert(rng, org_id, profile):
    share = PROFILE_SHARE[profile]
    stand_req, site_req = 10, 24

    def present(required):
        if profile == "good" and rng.random() < 0.6:
            return required  # a well-kept stand or site has everything the law lists
        return max(0, min(required, round(required * (share + rng.uniform(-0.1, 0.05)))))

    rec = {
        "org": org_id,
        "stand_items": {"required": stand_req, "present": present(stand_req)},
        "site_items": {"required": site_req, "present": present(site_req)},
    }
    for set_id, items in SETS.items():
        rec[set_id] = [i for i in items if rng.random() < share]
    rec["waiting_time_points"] = rng.choice([None, None, 100, 80]) if profile != "poor" else 40
    return rec


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--previous", action="store_true",
                    help="write the previous year's campaign (kuzbass-2025) instead")
    ap.add_argument("--out")
    args = ap.parse_args()
    if args.out is None:
        name = "demo-region-2025.json" if args.previous else "demo-region.json"
        args.out = str(Path(__file__).with_name(name))
    seed = args.seed - 1 if args.previous else args.seed
    rng = random.Random(seed)
    channels = ["kiosk", "kiosk", "interview", "web", "paper", "paper"]
    campaign = PREVIOUS_CAMPAIGN if args.previous else CAMPAIGN
    data = {"format": "nok-dataset/1", "campaign": campaign, "organizations": [], "expert": [], "responses": []}
    for org_id, name, category, recipients, quality, profile in ORGS:
        if args.previous:
            # Every other organisation was weaker a year ago; the rest about the same.
            if ORGS.index((org_id, name, category, recipients, quality, profile)) % 2 == 0:
                quality -= 0.08
                profile = POORER[profile]
        data["organizations"].append({"id": org_id, "name": name, "category": category, "recipients": recipients})
        if profile:
            data["expert"].append(expert(rng, org_id, profile))
        # One organisation (Белово) falls short of the sample-size rule, to show the warning.
        count = 45 if org_id == "kcson-blv" else rng.randint(30, 80)
        for _ in range(count):
            data["responses"].append({
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "org": org_id,
                "channel": rng.choice(channels),
                "answers": answers(rng, quality),
            })
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['organizations'])} organisations, {len(data['expert'])} expert records, "
          f"{len(data['responses'])} responses")


if __name__ == "__main__":
    main()
