#!/usr/bin/env python3
"""Checks gold .tsv files against their articles. Usage: check_gold.py DIR
Prints every problem; the last line counts errors and warnings. Exit 1 on errors."""
import sys, os, unicodedata
KINDS = {"article", "entity", "ignore", "relation", "attribute"}
TYPES = {"Person", "Organization", "Company", "Project", "Summit", "Place", "Award"}
ORG = {"Organization", "Company"}
ANY = TYPES
DOMAIN = {
 "worksFor": ({"Person"}, ORG), "formerlyWorkedFor": ({"Person"}, ORG),
 "hasRole": ({"Person"}, ORG | {"Project", "Summit"}), "leads": ({"Person"} | ORG, ORG | {"Project"}),
 "partOf": (ORG | {"Project"}, ORG | {"Project"}), "speaksAt": ({"Person"}, {"Summit"}),
 "attends": ({"Person"} | ORG, {"Summit"}), "wonAward": ({"Person"} | ORG | {"Project"}, {"Award"}),
 "finalistFor": ({"Person"} | ORG | {"Project"}, {"Award"}), "awardedAt": ({"Award"}, {"Summit"}),
 "uses": (ORG, {"Project"}), "contributesTo": ({"Person"} | ORG, {"Project"}),
 "customerOf": (ORG, ORG), "partnerOf": (ORG, ORG), "locatedIn": (ORG | {"Place"}, {"Place"}),
 "heldIn": ({"Summit"}, {"Place"}), "organizedBy": ({"Summit"}, ORG),
 "foundedBy": (ORG | {"Project"}, {"Person"} | ORG)}
ATTRS = {"startDate", "endDate", "edition"}
def norm(s): return " ".join(unicodedata.normalize("NFKC", s).casefold().split())
errors = warnings = 0
def err(f, n, msg):
    global errors; errors += 1; print(f"ERROR {f}:{n}: {msg}")
def warn(f, n, msg):
    global warnings; warnings += 1; print(f"WARN  {f}:{n}: {msg}")
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    if not name.endswith(".tsv"): continue
    art = os.path.join(d, name[:-4] + ".txt")
    if not os.path.exists(art): err(name, 0, "no article " + art); continue
    text = open(art, encoding="utf-8").read(); ntext = norm(text)
    ents = {}; rels = set(); arts = {}
    lines = open(os.path.join(d, name), encoding="utf-8").read().split("\n")
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"): continue
        c = line.split("\t"); k = c[0]
        if k not in KINDS: err(name, n, "unknown kind " + k); continue
        if k in ("entity", "ignore"):
            if len(c) < 4: err(name, n, "entity needs ID TYPE NAME [FORMS]"); continue
            if c[1] in ents: err(name, n, "duplicate id " + c[1])
            if c[2] not in TYPES: err(name, n, "bad type " + c[2])
            ents[c[1]] = c[2]
            forms = [c[3]] + (c[4].split("|") if len(c) > 4 and c[4] else [])
            if not any(norm(f) in ntext for f in forms): err(name, n, f"none of the names of {c[1]} is in the text")
            for f in forms[1:]:
                if norm(f) not in ntext: warn(name, n, f"surface form '{f}' not in the text")
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"): continue
        c = line.split("\t"); k = c[0]
        if k == "article":
            if len(c) != 3: err(name, n, "article needs PROPERTY VALUE"); continue
            arts[c[1]] = c[2]
            if c[1] in ("publisher", "about") and c[2] not in ents: err(name, n, "unknown entity " + c[2])
            if c[1] == "about" and ents.get(c[2]) != "Summit": err(name, n, "about must be a Summit")
        elif k == "relation":
            if len(c) != 6: err(name, n, f"relation needs 5 columns after the kind, has {len(c)-1}"); continue
            s, p, o, q, ev = c[1:]
            if p not in DOMAIN: err(name, n, "unknown predicate " + p); continue
            for x in (s, o):
                if x not in ents: err(name, n, "unknown entity " + x)
            if s in ents and o in ents:
                dom, rng = DOMAIN[p]
                if ents[s] not in dom: err(name, n, f"{p} subject {s} is {ents[s]}")
                if ents[o] not in rng: err(name, n, f"{p} object {o} is {ents[o]}")
            if (p == "hasRole") != bool(q): err(name, n, "qualifier is for hasRole, and hasRole needs one")
            if not ev: err(name, n, "no evidence")
            elif norm(ev) not in ntext: err(name, n, "evidence not in the text: " + ev[:40])
            if (s, p, o) in rels: warn(name, n, "duplicate relation")
            rels.add((s, p, o))
        elif k == "attribute":
            if len(c) != 4: err(name, n, "attribute needs SUBJECT PROPERTY VALUE"); continue
            if c[2] not in ATTRS: err(name, n, "unknown attribute " + c[2])
            if c[1] not in ents: err(name, n, "unknown entity " + c[1])
    for p in ("title", "datePublished", "language", "about"):
        if p not in arts: warn(name, 0, "no article " + p)
print(f"{errors} errors, {warnings} warnings")
sys.exit(1 if errors else 0)
