#!/usr/bin/env python3
"""Generate a corpus of realistic, valid smart-diagram canvases (format 1) for benchmarks.

    python3 Benchmarks/generate.py OUTDIR [--count 10000] [--seed 1]

Writes COUNT canvases under OUTDIR/bg, OUTDIR/uk and OUTDIR/ru, each 3-8 KB, with
Bulgarian, Ukrainian and Russian text, ids gen-000000 ... unique across the corpus. Every
canvas follows the core rules of the linter (all nine sections, ids that resolve, every
need answered, every partner and resource used, measurable effects, costs with a
currency...). File N depends only on the seed and N, so a larger corpus extends a smaller
one. Only the Python standard library is used.
"""
import argparse
import os
import random
import re
import sys
import textwrap

sys.dont_write_bytecode = True  # keep Benchmarks/ free of __pycache__
from generate_vocab import (ECONOMIC_GENERIC, EXTRA_ACTIVITIES, GENERIC, PARTNERS_GENERIC,
                            RESOURCES_GENERIC, SOCIAL_GENERIC, THEMES)

MIN_BYTES = 3 * 1024
MAX_BYTES = 8 * 1000
LANG_WEIGHTS = [("bg", 4), ("uk", 3), ("ru", 3)]
CURRENCY = {"bg": ["BGN", "BGN", "BGN", "EUR"], "uk": ["UAH"], "ru": ["KZT", "KZT", "RUB"]}
STATUSES = ["draft", "draft", "proposed", "proposed", "approved", "active", "archived"]
EVIDENCE = ["assumed", "surveyed", "measured"]
RATE = {"BGN": 1, "EUR": 0.5, "UAH": 20, "KZT": 250, "RUB": 45}  # rough, for plausible amounts
OFF_SEASON = [1, 2, 3, 10, 11, 12]  # farmers are in the fields from April to September

_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")
_NUMBERISH = re.compile(r"^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


def scalar(s, rng=None, flow=False):
    """A YAML scalar for s: plain when that is safe, double-quoted otherwise (or sometimes)."""
    s = str(s)
    unsafe = (not s or s[0] in _BAD_START or s[-1] == " " or ": " in s or " #" in s
              or s.endswith(":") or "\n" in s or s.lower() in _RESERVED or _NUMBERISH.match(s)
              or (flow and any(c in s for c in ",[]{}")))
    if unsafe or (rng is not None and rng.random() < 0.06):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def money(rng, lo, hi):
    """A round amount between lo and hi."""
    step = 10 if hi <= 2000 else 100 if hi <= 50000 else 1000 if hi <= 1000000 else 10000
    return max(step, rng.randrange(lo // step, hi // step + 1) * step)


def period(rng, farmers):
    """A `when` value in one of the forms the format allows."""
    year = rng.choice([2025, 2026, 2026, 2026, 2027])
    months = OFF_SEASON if farmers else list(range(1, 13))
    m = rng.choice(months)
    r = rng.random()
    if farmers:
        if r < 0.45:
            return f"{year}-{m:02d}"
        if r < 0.6:
            return f"{year}-{m:02d}-{rng.randint(1, 28):02d}"
        if r < 0.75:
            return f"{year}-Q{rng.choice([1, 4])}"
        if r < 0.9:
            return f"{year}-01..{year}-03"
        return f"{year}-11..{year + 1}-{rng.choice([1, 2, 3]):02d}"
    if r < 0.35:
        return f"{year}-{m:02d}"
    if r < 0.5:
        return f"{year}-{m:02d}-{rng.randint(1, 28):02d}"
    if r < 0.6:
        return f"{year}-Q{rng.randint(1, 4)}"
    if r < 0.67:
        return f"{year}"
    if r < 0.85:
        m2 = rng.randint(m, 12)
        return f"{year}-{m:02d}..{year}-{m2:02d}"
    if r < 0.93:
        q = rng.randint(1, 4)
        return f"{year}-Q{q}..{year + rng.randint(0, 1)}-Q{rng.randint(q, 4)}"
    d = rng.randint(1, 20)
    return f"{year}-{m:02d}-{d:02d}..{year}-{m:02d}-{rng.randint(d, 28):02d}"


def start_key(when):
    """Sort key for the start of a period: (year, month, day)."""
    first = when.split("..")[0].split("-")
    if len(first) == 1:
        return (int(first[0]), 1, 1)
    if first[1].startswith("Q"):
        return (int(first[0]), (int(first[1][1]) - 1) * 3 + 1, 1)
    return (int(first[0]), int(first[1]), int(first[2]) if len(first) > 2 else 1)


class Plan:
    """Every random choice for one canvas, drawn up front so sizes can be tuned by counts."""

    def __init__(self, n, seed):
        rng = self.rng = random.Random(f"sdw-bench-{seed}-{n}")
        self.n = n
        self.lang = rng.choices([l for l, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]
        L = self.lang
        themes = list(THEMES)
        self.theme_key = rng.choice(themes)
        theme = THEMES[self.theme_key]
        self.plugin = theme.get("plugin")
        self.state_plugin = self.plugin is not None and rng.random() < 0.85
        self.farmers = self.plugin == "farmers"
        self.currency = rng.choice(CURRENCY[L])
        g = GENERIC[L]
        self.title_group = rng.choice(theme["group"][L])
        self.service = rng.choice(theme["service"][L])
        self.status = rng.choice(STATUSES)
        self.library = rng.choice(g["library"]) if rng.random() < 0.8 else None
        self.place = rng.choice(g["place"])
        self.authors = rng.sample(g["author"], rng.randint(1, 3)) if rng.random() < 0.7 else None
        self.size = rng.choice([10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200, 300, 500])
        self.style_flow = rng.random() < 0.7
        self.fold = rng.random() < 0.5
        self.comment = rng.choice(g["comments"]) if rng.random() < 0.5 else None
        self.x_key = rng.random() < 0.05
        self.explicit_kind = rng.random() < 0.1

        # Pools, theme items first (required ones stay first), then shuffled generic ones.
        req = theme.get("required", {})
        needs = list(theme["needs"])
        head, tail = needs[:req.get("needs", 0)], needs[req.get("needs", 0):]
        rng.shuffle(tail)
        self.needs = head + tail
        parts = list(theme["partners"])
        head, tail = parts[:req.get("partners", 0)], parts[req.get("partners", 0):]
        gen = [p for p in PARTNERS_GENERIC if p[0] not in {x[0] for x in parts}]
        rng.shuffle(tail)
        rng.shuffle(gen)
        self.partners = head + tail + gen
        res = list(theme.get("resources", []))
        head, tail = res[:req.get("resources", 0)], res[req.get("resources", 0):]
        gen = [r for r in RESOURCES_GENERIC if r[0] not in {x[0] for x in res}]
        rng.shuffle(gen)
        self.resources = head + tail + gen
        self.channels = list(theme.get("channels", {}).get(L, [])) + rng.sample(g["channels"], len(g["channels"]))
        self.extra = rng.sample(EXTRA_ACTIVITIES, len(EXTRA_ACTIVITIES))
        soc = list(theme["social"])
        self.social = soc[:1] + rng.sample(soc[1:], len(soc) - 1) + rng.sample(SOCIAL_GENERIC, len(SOCIAL_GENERIC))
        self.economic = list(theme["economic"]) + list(ECONOMIC_GENERIC)
        self.responsible = g["responsible"]
        self.audiences = g["audiences"]
        # Per-item random attributes, long enough for the largest counts.
        self.r = [rng.random() for _ in range(400)]
        self.picks = [rng.randrange(1 << 30) for _ in range(400)]
        # Plans read in date order: the first activity (e.g. the seniors' survey) comes first.
        self.whens = sorted((period(rng, self.farmers) for _ in range(16)), key=start_key)
        self.counts = {
            "needs": rng.randint(max(2, req.get("needs", 0)), min(5, len(self.needs))),
            "partners": rng.randint(max(2, req.get("partners", 0)), 6),
            "resources": rng.randint(max(2, req.get("resources", 0)), 5),
            "channels": rng.randint(1, 3),
            "extra": rng.randint(0, 2),
            "social": rng.randint(1, 3),
            "economic": rng.randint(1, 2),
            "results": rng.randint(0, 2),
        }
        self.minimum = {"needs": max(2, req.get("needs", 0)), "partners": max(1, req.get("partners", 0)),
                        "resources": max(1, req.get("resources", 0)), "channels": 1, "extra": 0,
                        "social": 1, "economic": 1, "results": 0}
        self.maximum = {"needs": len(self.needs), "partners": min(len(self.partners), 10),
                        "resources": min(len(self.resources), 9), "channels": min(len(self.channels), 5),
                        "extra": len(self.extra), "social": len(self.social),
                        "economic": len(self.economic), "results": 3}

    # -- rendering ---------------------------------------------------------------------
    def text(self, out, indent, key, value, seq=False):
        """Emit `key: value`, folded over several lines when it is long and the style says so."""
        pad = " " * indent
        lead = pad + ("- " if seq else "")
        inner = pad + ("  " if seq else "")
        if self.fold and len(value) > 60:
            out.append(f"{lead}{key}: >-")
            for line in textwrap.wrap(value, 64, break_long_words=False, break_on_hyphens=False):
                out.append(f"{inner}  {line}")
        else:
            out.append(f"{lead}{key}: {scalar(value, self.rng)}")

    def refs(self, out, indent, key, ids):
        if not ids:
            return
        pad = " " * indent
        if self.style_flow:
            out.append(f"{pad}{key}: [{', '.join(ids)}]")
        else:
            out.append(f"{pad}{key}:")
            out.extend(f"{pad}  - {i}" for i in ids)

    def render(self, counts):
        L, rng, r, picks = self.lang, self.rng, self.r, self.picks
        rng.seed(f"render-{self.n}")  # quoting choices repeat across re-renders
        c = counts
        needs = self.needs[:c["needs"]]
        partners = self.partners[:c["partners"]]
        resources = self.resources[:c["resources"]]
        extra = self.extra[:c["extra"]]
        out = []
        theme_line = self.comment
        if theme_line:
            out.append(f"# {theme_line}")
        out.append("format: 1")
        if self.explicit_kind:
            out.append("kind: canvas")
        out.append(f"id: gen-{self.n:06d}")
        out.append(f"title: {scalar(self.service[0], rng)}")
        out.append(f"language: {L}")
        if self.state_plugin:
            out.append(f"plugin: {self.plugin}")
        out.append(f"status: {self.status}")
        if self.library:
            out.append(f"library: {scalar(self.library, rng)}")
        if self.authors:
            if self.style_flow:
                out.append("authors: [" + ", ".join(scalar(a, flow=True) for a in self.authors) + "]")
            else:
                out.append("authors:")
                out.extend(f"  - {scalar(a)}" for a in self.authors)
        if self.x_key:
            out.append(f"x-source: {scalar(GENERIC[L]['comments'][0])}")
        out.append("")
        out.append("target_group:")
        out.append(f"  name: {scalar(self.title_group, rng)}")
        desc = THEMES[self.theme_key]["desc"][L]
        self.text(out, 2, "description", desc[picks[0] % len(desc)].format(place=self.place, size=self.size))
        out.append(f"  size: {self.size}")
        out.append(f"  place: {scalar(self.place, rng)}")
        out.append("")
        out.append("needs:")
        for i, (nid, _aid, tr) in enumerate(needs):
            out.append(f"  - id: {nid}")
            self.text(out, 4, "text", tr[L][0])
            if r[i] < 0.5:
                out.append(f"    evidence: {EVIDENCE[picks[i] % 3]}")
        out.append("")
        out.append("service:")
        out.append(f"  name: {scalar(self.service[0], rng)}")
        self.text(out, 2, "goal", self.service[1])
        if self.farmers:
            self.text(out, 2, "description", GENERIC[L]["season"])
        out.append("")
        out.append("resources:")
        for i, (rid, kind, cost, tr) in enumerate(resources):
            out.append(f"  - id: {rid}")
            self.text(out, 4, "item", tr[L])
            out.append(f"    kind: {kind}")
            available = not (cost and r[50 + i] < 0.35)
            if cost and (not available or r[60 + i] < 0.6):
                out.append(f"    cost: {self.amount(picks[50 + i], cost[0], cost[1])}")
                out.append(f"    currency: {self.currency}")
            out.append(f"    available: {'true' if available else 'false'}")
        out.append("")
        out.append("partners:")
        for i, (pid, ptype, tr) in enumerate(partners):
            name, role, benefit = tr[L]
            out.append(f"  - id: {pid}")
            out.append(f"    name: {scalar(name, rng)}")
            out.append(f"    type: {ptype}")
            self.text(out, 4, "role", role)
            self.text(out, 4, "benefit", benefit)
            if r[100 + i] < 0.25:
                out.append(f"    contact: {scalar(GENERIC[L]['contacts'][picks[100 + i] % len(GENERIC[L]['contacts'])])}")
        out.append("")
        out.append("information:")
        for i, (channel, audience) in enumerate(self.channels[:c["channels"]]):
            self.text(out, 2, "channel", channel, seq=True)
            out.append(f"    audience: {scalar(audience, rng)}")
        out.append("")
        # Activities: one per need (its paired activity), then the extra ones; partners and
        # resources are dealt out round-robin so that each is used at least once.
        acts = [(aid, tr[L][1], [nid]) for nid, aid, tr in needs]
        acts += [(aid, tr[L], []) for aid, tr in extra]
        a_partners = [[] for _ in acts]
        a_resources = [[] for _ in acts]
        for i, p in enumerate(partners):
            a_partners[(i + picks[200] % len(acts)) % len(acts)].append(p[0])
        for i, res in enumerate(resources):
            a_resources[(i + picks[201] % len(acts)) % len(acts)].append(res[0])
        for k, (_aid, _name, nids) in enumerate(acts):
            if needs and r[210 + k] < 0.3 and len(needs) > 1:
                other = needs[picks[210 + k] % len(needs)][0]
                if other not in nids:
                    nids.append(other)
            if extra and not nids and r[230 + k] < 0.7:
                nids.append(needs[picks[230 + k] % len(needs)][0])
        out.append("activities:")
        for k, (aid, name, nids) in enumerate(acts):
            out.append(f"  - id: {aid}")
            self.text(out, 4, "name", name)
            out.append(f"    when: {self.whens[k * len(self.whens) // len(acts)]}")
            out.append(f"    responsible: {scalar(self.responsible[picks[250 + k] % len(self.responsible)], rng)}")
            self.refs(out, 4, "needs", nids)
            self.refs(out, 4, "partners", a_partners[k])
            self.refs(out, 4, "resources", a_resources[k])
        if c["results"]:
            out.append("")
            out.append("results:")
            for i in range(c["results"]):
                text, indicator, unit = self.social[(i + 1) % len(self.social)][L]
                self.text(out, 2, "text", text, seq=True)
                self.target(out, 4, indicator, unit, picks[300 + i], evidence=False)
        out.append("")
        out.append("effects:")
        out.append("  social:")
        for i in range(c["social"]):
            text, indicator, unit = self.social[i][L]
            self.text(out, 4, "text", text, seq=True)
            self.target(out, 6, indicator, unit, picks[320 + i], evidence=r[320 + i] < 0.6)
        out.append("  economic:")
        for i in range(c["economic"]):
            lo, hi, tr = self.economic[i]
            text, indicator = tr[L]
            self.text(out, 4, "text", text, seq=True)
            amount = self.amount(picks[340 + i], lo, hi)
            out.append(f"      value: {amount}")
            out.append(f"      currency: {self.currency}")
            out.append(f"      indicator: {scalar(indicator, rng)}")
            if r[340 + i] < 0.5:
                out.append(f"      evidence: {EVIDENCE[picks[341 + i] % 3]}")
        return "\n".join(out) + "\n"

    def amount(self, pick, lo, hi):
        """A round amount in the canvas currency; lo and hi are in BGN."""
        rate = RATE[self.currency]
        return money(random.Random(pick), int(lo * rate), int(hi * rate))

    def target(self, out, indent, indicator, unit, pick, evidence):
        """Emit indicator, target and unit (and maybe evidence) with a target the rules accept."""
        q = random.Random(pick)
        if unit == "people":
            t = q.randint(max(1, self.size // 5), self.size)
        elif unit == "percent":
            t = q.randint(5, 80)
        else:
            t = q.randint(2, 40)
        pad = " " * indent
        out.append(f"{pad}indicator: {scalar(indicator, self.rng)}")
        out.append(f"{pad}target: {t}")
        out.append(f"{pad}unit: {scalar(unit, self.rng)}")
        if evidence:
            out.append(f"{pad}evidence: {EVIDENCE[pick % 3]}")

    def build(self):
        """Render, then add or drop items until the file is 3-8 KB."""
        counts = dict(self.counts)
        tune = random.Random(f"tune-{self.n}")
        keys = list(counts)
        for _ in range(200):
            data = self.render(counts).encode("utf-8")
            if len(data) < MIN_BYTES:
                grow = [k for k in keys if counts[k] < self.maximum[k]]
                counts[tune.choice(grow)] += 1
            elif len(data) > MAX_BYTES:
                shrink = [k for k in keys if counts[k] > self.minimum[k]]
                counts[tune.choice(shrink)] -= 1
            else:
                return data
        raise RuntimeError(f"canvas {self.n}: could not fit {MIN_BYTES}-{MAX_BYTES} bytes")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    total = 0
    smallest, largest = None, 0
    for lang, _ in LANG_WEIGHTS:
        os.makedirs(os.path.join(args.outdir, lang), exist_ok=True)
    for n in range(args.count):
        plan = Plan(n, args.seed)
        data = plan.build()
        with open(os.path.join(args.outdir, plan.lang, f"gen-{n:06d}.yaml"), "wb") as f:
            f.write(data)
        total += len(data)
        smallest = len(data) if smallest is None else min(smallest, len(data))
        largest = max(largest, len(data))
    print(f"wrote {args.count} canvases to {args.outdir}: {total} bytes ({total / 1e6:.1f} MB), "
          f"{smallest}-{largest} bytes each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
