#!/usr/bin/env python3
"""Agreement of two independent readers on real releases (43 documents of ../shared/realcorpus, annotated blind by
both before their disagreements were settled): realcorpus/first and realcorpus/second hold their annotations as
offsets (readout corpus anchor). Run from the project root: python3 corpus/src/main/agreement/agree_real.py

Statement agreement: cues overlapping, one to one; F1 over required statements, where a statement one reader holds
required and the other optional is left out (and, in the strict figure, counted as a disagreement). Speakers agree
when each speaker of one reader shares an alternative (one containing the other, ignoring case) with a distinct
speaker of the other, same count. Stance: agreement and Cohen's kappa on matched statements with a stance from both.
Targets: one reader's target text holds one of the other's key alternatives."""
import collections, json, os, sys
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'realcorpus')
def load(who, name):
    return json.load(open(os.path.join(HERE, who, name), encoding='utf-8'))['statements']
def alts(x):
    return [a.strip().lower() for a in x.split('|') if a.strip()]
def speakers_agree(a, b):
    if len(a) != len(b):
        return False
    left = list(b)
    for x in a:
        hit = next((y for y in left if any(p in q or q in p for p in alts(x) for q in alts(y))), None)
        if hit is None:
            return False
        left.remove(hit)
    return True
def overlap(s, o):
    return s['cue']['begin'] < o['cue']['end'] and o['cue']['begin'] < s['cue']['end']
names = sorted(f for f in os.listdir(os.path.join(HERE, 'second')) if f.endswith('.json'))
c = collections.Counter(); stances = []
for n in names:
    a, b = load('first', n), load('second', n)
    used = set()
    for s in a:
        for k, o in enumerate(b):
            if k in used or not overlap(s, o):
                continue
            used.add(k)
            if s.get('optional') or o.get('optional'):
                c['one optional'] += 1
                c['a required, b optional'] += not s.get('optional')
                c['b required, a optional'] += not o.get('optional')
                break
            c['matched'] += 1
            c['speakers'] += speakers_agree(s['speakers'], o['speakers'])
            if s.get('stance') and o.get('stance'):
                stances.append((s['stance'], o['stance']))
            break
    c['a required'] += sum(1 for s in a if not s.get('optional'))
    c['b required'] += sum(1 for s in b if not s.get('optional'))
m = c['matched']
f1 = 2 * m / ((c['a required'] - c['a required, b optional']) + (c['b required'] - c['b required, a optional']))
strict = 2 * m / (c['a required'] + c['b required'])
po = sum(x == y for x, y in stances) / len(stances)
ca, cb = collections.Counter(x for x, _ in stances), collections.Counter(y for _, y in stances)
pe = sum(ca[l] * cb[l] for l in ('SUPPORT', 'OPPOSE', 'NEUTRAL')) / len(stances) ** 2
print(f"{len(names)} documents; required statements {c['a required']} and {c['b required']}; matched {m}; one optional {c['one optional']}")
print(f"statement F1 {f1:.3f} (strict {strict:.3f}); speaker agreement {c['speakers'] / m:.3f}; stance agreement {po:.3f}, "
      f"Cohen's kappa {(po - pe) / (1 - pe):.3f} ({len(stances)} statements)")
