# Agreement of two readers on targets: the second reader's blind targets (targets-second-reader.jsonl, 120 statements
# drawn with seed 20261207) against the gold corpus's. Run from the project root: python3 corpus/src/main/agreement/agree_targets.py
import json, sys, collections
A='corpus/src/main/authoring'
rows=[json.loads(l) for l in open('corpus/src/main/agreement/targets-second-reader.jsonl')]
def alts(actor):
    out=[actor['name']]+actor.get('aliases',[])
    if actor.get('kind')=='PERSON' and ' ' in actor['name']: out.append(actor['name'].split()[-1])
    return [a for a in out if a.strip()]
def side(doc, target, key, tactor):
    actors={a['id']:a for a in doc['actors']}
    if target in actors:
        a=actors[target]; text=a['name']; hay=[text]+alts(a); keys=alts(a) if not key else key.split('|')
    else:
        text=target; hay=[text]; keys=(key or text.split()[-1]).split('|')
        if tactor and tactor in actors: hay+=alts(actors[tactor]); keys+= alts(actors[tactor]) if not key else []
    return [k.strip().lower() for k in keys if k.strip()], ' | '.join(hay).lower()
n=ok12=ok21=both=either=0; st=[]; disagreements=[]
for r in rows:
    doc=json.load(open(f"{A}/{r['doc']}.json")); s=doc['statements'][r['index']]
    k1,h1=side(doc,s['target'],s.get('target_key'),s.get('target_actor'))
    k2,h2=side(doc,r['target'],r.get('target_key'),r.get('target_actor'))
    a=any(k in h1 for k in k2)  # reader 1's target holds reader 2's key
    b=any(k in h2 for k in k1)  # reader 2's target holds reader 1's key
    n+=1; ok12+=b; ok21+=a; both+=a and b; either+=a or b
    if not (a or b): disagreements.append((r['doc'],s['ctx'],s['target'],s.get('target_key'),r['target'],r.get('target_key')))
    s2 = s['stance'] if r.get('stance_check') in (None,'ok') else r['stance_check']
    st.append((s['stance'], s2))
labels=['SUPPORT','OPPOSE','NEUTRAL']
po=sum(a==b for a,b in st)/len(st)
c1=collections.Counter(a for a,_ in st); c2=collections.Counter(b for _,b in st)
pe=sum(c1[l]*c2[l] for l in labels)/len(st)**2
kappa=(po-pe)/(1-pe)
print(f"statements {n}; reader 2's target holds reader 1's key: {ok12} ({ok12/n:.3f}); reader 1's holds reader 2's: {ok21} ({ok21/n:.3f}); both: {both} ({both/n:.3f}); either: {either} ({either/n:.3f})")
print(f"stance agreement {po:.3f}, Cohen's kappa {kappa:.3f}")
for d in disagreements: print('  DIS', d)
