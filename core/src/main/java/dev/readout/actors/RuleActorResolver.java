package dev.readout.actors;

import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.Lexicon;
import dev.readout.model.Actor;
import dev.readout.model.ActorKind;
import dev.readout.model.ActorMention;
import dev.readout.model.ActorMention.MentionKind;
import dev.readout.model.AnalyzedDocument;
import dev.readout.model.EntityMention;
import dev.readout.model.EntityType;
import dev.readout.model.Sentence;
import dev.readout.model.Span;
import dev.readout.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds actors by rule: person names are merged by their words ("Fumio Kishida", "Kishida"); a title
 * and affiliation are read from the words around a name ("NATO Secretary General", "Minister for
 * Foreign Affairs of Japan", "Prime Minister Modi of India"); organisations and states are actors by
 * their canonical name; "the Minister" goes to the actor holding that title (a title-only actor when
 * none does); "he" and "she" go to the latest subject that fits; "the two leaders", "both sides" and
 * "they" go to the participants. Stateless and thread-safe.
 */
public final class RuleActorResolver implements ActorResolver {
  private final Lexicon lexicon;
  private final Gazetteer gazetteer;

  public RuleActorResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.gazetteer = lexicon.gazetteer();
  }

  @Override
  public AnalyzedDocument resolve(AnalyzedDocument doc) {
    return new Run(doc).resolve();
  }

  /** Words that count or determine a group without describing it: "all of the two leaders". */
  private static final Set<String> COUNTING_WORDS = Set.of("the", "both", "all", "of", "two");

  /** Mutable working state of one document; never shared. */
  private final class Run {
    final AnalyzedDocument doc;
    final String text;
    final List<Sentence> sentences;
    final List<Draft> drafts = new ArrayList<>();
    final Map<String, Draft> byCanonical = new HashMap<>();
    final List<EntityMention> entities;
    final String[] entityActor;
    final List<ActorMention> mentions = new ArrayList<>();
    /** "We, the G7 Foreign Ministers, ...": the group the statement's "we" speaks for, once named. */
    List<String> weActor;
    /** A chair's or joint statement's "We noted ...": the group its "Leaders expressed ..." names; null if none. */
    String collectiveWe;
    /** Where the latest group subject was: "we" in another paragraph is not that group. */
    int pluralParagraph = -1;
    /** How often each actor has been the main subject so far: who the readout is about. */
    final Map<String, Integer> subjectCount = new HashMap<>();

    Run(AnalyzedDocument doc) {
      this.doc = doc;
      this.text = doc.text();
      this.sentences = doc.sentences();
      this.entities = doc.entities();
      this.entityActor = new String[entities.size()];
    }

    AnalyzedDocument resolve() {
      // 1. names: persons, organisations, states
      for (int i = 0; i < entities.size(); i++) {
        EntityMention e = entities.get(i);
        Draft d =
            isParentheticalAcronym(i) ? aliasOf(entityActor[i - 1], e.text()) : switch (e.type()) {
              case PERSON -> person(e);
              case ORGANIZATION -> named(e, ActorKind.ORGANIZATION);
              case GPE -> named(e, ActorKind.GPE);
              default -> null;
            };
        if (d != null) {
          entityActor[i] = d.id;
          d.firstBegin = Math.min(d.firstBegin, e.begin());
          int si = TokenIndex.sentenceAt(sentences, e.begin());
          if (si >= 0 && !sentences.get(si).tokens().isEmpty()) {
            int[] r = TokenIndex.range(sentences.get(si), e.span());
            int head = headOf(sentences.get(si), r);
            mentions.add(new ActorMention(e.begin(), e.end(), e.text(), si, head, MentionKind.NAME, List.of(d.id)));
            if (e.type() == EntityType.PERSON) {
              readTitle(sentences.get(si), r, d);
            }
          }
        }
      }
      // 2. titles standing alone ("the Secretary General", "The PM"), so that they count as participants
      for (Sentence s : sentences) {
        for (int ti = 0; ti < s.tokens().size(); ti++) {
          if (covered(s, s.tokens().get(ti))) {
            continue;
          }
          int[] title = titleMention(s, ti);
          if (title != null) {
            Draft d = actorForTitle(s, title);
            Span span = new Span(s.token(title[0]).begin(), s.token(title[1] - 1).end());
            mentions.add(new ActorMention(span.begin(), span.end(), span.of(text), s.index(), headOf(s, title), MentionKind.TITLE, List.of(d.id)));
            d.aliases.add(span.of(text));
            ti = title[1] - 1;
          }
        }
      }
      // 3. pronouns and groups, sentence by sentence, in text order
      List<String> participants = participants();
      collectiveWe = collectiveWe();
      List<String> lastPlural = participants;
      List<ActorMention> sentenceSubjects = new ArrayList<>();
      for (Sentence s : sentences) {
        List<ActorMention> found = new ArrayList<>();
        for (int ti = 0; ti < s.tokens().size(); ti++) {
          Token t = s.tokens().get(ti);
          if (covered(s, t)) {
            continue;
          }
          ActorMention styled = styleAlone(s, ti);
          if (styled != null) {
            found.add(styled);
            ti = TokenIndex.firstAt(s, styled.end() - 1);
            continue;
          }
          var pron = lexicon.pronoun(t.text());
          if (pron.isPresent() && t.pos().startsWith("PRP")) {
            boolean first = t.lemma().equalsIgnoreCase("we") || t.text().equalsIgnoreCase("we") || t.text().equalsIgnoreCase("our");
            if (first && weActor == null) {
              weActor = appositiveGroup(s, ti, participants);
            }
            List<String> ref =
                first && weActor != null
                    ? weActor
                    : first && collectiveWe != null && !isLabelledAnswer(s)
                    ? List.of(collectiveWe)
                    : first
                    ? we(s, lastPlural)
                    : pron.get().plural()
                    ? groupSubjectHere(s, ti, found).orElse(lastPlural)
                    : singular(s, ti, pron.get().gender(), found, sentenceSubjects);
            if (!ref.isEmpty()) {
              found.add(new ActorMention(t.begin(), t.end(), t.text(), s.index(), ti, MentionKind.PRONOUN, ref));
            }
            continue;
          }
          int[] group = group(s, ti);
          if (group != null) {
            Span span = new Span(s.token(group[0]).begin(), s.token(group[1] - 1).end());
            List<String> members = isOwnGroup(s, group) ? List.of(ownGroup(s, group).id) : groupActors(s, group, participants);
            found.add(new ActorMention(span.begin(), span.end(), span.of(text), s.index(), group[1] - 1, MentionKind.GROUP, members));
            ti = group[1] - 1;
            continue;
          }
          ActorMention collective = collective(s, ti);
          if (collective == null) {
            collective = ownTeam(s, ti, found, participants);
          }
          if (collective == null) {
            collective = shortOrganisation(s, ti);
          }
          if (collective == null) {
            collective = roleOfState(s, ti);
          }
          if (collective == null) {
            collective = unnamedSubject(s, ti, found);
          }
          if (collective != null) {
            found.add(collective);
          }
        }
        mentions.addAll(found);
        // the subjects of this sentence, for pronouns in the next one
        List<ActorMention> all = mentionsOf(s.index(), found);
        List<ActorMention> subjects = all.stream().filter(m -> isMainSubject(s, m.head())).toList();
        for (ActorMention m : subjects) {
          if (m.actors().size() == 1) {
            subjectCount.merge(m.actors().get(0), 1, Integer::sum);
          }
        }
        for (ActorMention m : all) {
          // "… and both leaders reaffirmed …", even where the parser hangs the clause low: the next "they"
          if ((m.actors().size() > 1 || m.kind() == MentionKind.GROUP) && m.kind() != MentionKind.PRONOUN && isSubject(s, m.head())
              && m.actors().stream().allMatch(a -> actorById(a).kind == ActorKind.PERSON || actorById(a).kind == ActorKind.GROUP)) {
            lastPlural = m.actors();
            pluralParagraph = paragraphOf(s);
          }
        }
        if (!subjects.isEmpty()) {
          sentenceSubjects = subjects;
          for (ActorMention m : subjects) {
            if (m.actors().size() > 1 || m.kind() == MentionKind.GROUP) {
              lastPlural = m.actors();
              pluralParagraph = paragraphOf(s);
            }
          }
          List<String> conj = conjoinedSubject(s, all);
          if (conj.size() > 1) {
            lastPlural = conj;
            pluralParagraph = paragraphOf(s);
          }
        }
      }
      mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
      List<EntityMention> linked = new ArrayList<>();
      for (int i = 0; i < entities.size(); i++) {
        linked.add(entityActor[i] == null ? entities.get(i) : entities.get(i).withActor(entityActor[i]));
      }
      List<Actor> actors = drafts.stream().map(Draft::build).toList();
      return doc.withActors(actors, linked, mentions);
    }

    // ---- names

    /** "North Atlantic Council (NAC)": the bracketed organisation is the one before it. */
    boolean isParentheticalAcronym(int i) {
      if (i == 0 || entityActor[i - 1] == null) {
        return false;
      }
      EntityMention prev = entities.get(i - 1);
      EntityMention e = entities.get(i);
      if (prev.type() != EntityType.ORGANIZATION || e.type() != EntityType.ORGANIZATION || prev.end() > e.begin()) {
        return false;
      }
      String between = text.substring(prev.end(), e.begin()).strip();
      return between.equals("(") && e.end() < text.length() && text.charAt(e.end()) == ')';
    }

    Draft aliasOf(String actorId, String alias) {
      Draft d = actorById(actorId);
      d.aliases.add(alias);
      byCanonical.putIfAbsent(d.kind + ":" + alias.toLowerCase(Locale.ROOT), d);
      return d;
    }

    Draft person(EntityMention e) {
      List<String> words = nameWords(e.text());
      if (words.isEmpty()) {
        return null;
      }
      Draft best = null;
      for (Draft d : drafts) {
        if (d.kind != ActorKind.PERSON || d.nameWords.isEmpty()) {
          continue;
        }
        if (lower(d.nameWords).containsAll(lower(words)) || lower(words).containsAll(lower(d.nameWords))) {
          best = d;
          break;
        }
      }
      String surface = String.join(" ", words);
      if (best == null) {
        best = newDraft(surface, ActorKind.PERSON);
        best.nameWords = words;
      } else if (words.size() > best.nameWords.size()) {
        best.aliases.add(best.name);
        best.name = surface;
        best.nameWords = words;
      } else if (!surface.equals(best.name)) {
        best.aliases.add(surface);
      }
      return best;
    }

    Draft named(EntityMention e, ActorKind kind) {
      String canonical = e.canonical() != null ? e.canonical() : stripArticle(e.text());
      String key = kind + ":" + canonical.toLowerCase(Locale.ROOT);
      Draft d = byCanonical.get(key);
      if (d == null) {
        d = newDraft(canonical, kind);
        byCanonical.put(key, d);
      }
      if (!e.text().equals(canonical)) {
        d.aliases.add(e.text());
      }
      return d;
    }

    Draft newDraft(String name, ActorKind kind) {
      Draft d = new Draft("a" + (drafts.size() + 1), name, kind);
      drafts.add(d);
      return d;
    }

    /** The words of a person's name without possessive, honorifics or titles. */
    List<String> nameWords(String surface) {
      String s = surface.replaceAll("['’]s$", "").strip();
      List<String> out = new ArrayList<>();
      for (String w : s.split("\\s+")) {
        w = w.endsWith(",") ? w.substring(0, w.length() - 1) : w; // "Biden, Jr."
        if (!w.isEmpty() && !gazetteer.isHonorific(w) && !gazetteer.isNameSuffix(w)) {
          out.add(w);
        }
      }
      return out;
    }

    // ---- titles and affiliations around a name

    void readTitle(Sentence s, int[] r, Draft d) {
      List<Token> t = s.tokens();
      if (d.gender == '-' && r[1] - r[0] >= 2) {
        // gender from the given name: "Jutta Urpilainen", and "HAYASHI Yoshimasa" with the family name first
        String first = t.get(r[0]).text();
        String given = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) ? t.get(r[0] + 1).text() : first;
        lexicon.givenNameGender(given).ifPresent(d::knowGender);
      }
      // gender from an honorific right before the name
      int k = r[0] - 1;
      while (k >= 0 && isHonorificAt(t, k)) {
        final int kk = k;
        lexicon.honorificGender(t.get(kk).text()).ifPresent(d::knowGender);
        k--;
      }
      EntityMention before = entityEndingAt(s, k);
      if (before == null && k >= 1 && t.get(k).text().equals(",")) {
        // "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, ..."
        EntityMention org = entityEndingAt(s, k - 1);
        if (org != null && org.type() == EntityType.TITLE) {
          d.setTitle(titleText(org));
        } else if (org != null && isAffiliationType(org.type())) {
          titleOfAffiliation(s, org, d);
        }
      }
      if (before != null && isAffiliationType(before.type())) {
        titleOfAffiliation(s, before, d); // "Minister of Foreign Affairs of Canada Mélanie Joly"
      }
      if (before != null && before.type() == EntityType.TITLE) {
        d.setTitle(titleText(before));
        int[] tr = TokenIndex.range(s, before.span());
        if (tr[1] == r[0]) {
          d.aliases.add(before.text() + " " + new Span(t.get(r[0]).begin(), t.get(r[1] - 1).end()).of(text));
        }
        lexicon.honorificGender(before.text()).ifPresent(d::knowGender);
        EntityMention aff = entityEndingAt(s, possessiveBefore(s, tr[0] - 1));
        if (aff != null) {
          d.setAffiliation(affiliationOf(aff));
        }
        EntityMention of = ofAfter(s, tr[1]);
        if (of != null) {
          d.setAffiliation(affiliationOf(of));
        }
      }
      // ", NATO Secretary General" / ", Minister for Foreign Affairs of Japan"
      int a = r[1];
      if (a < t.size() && t.get(a).text().equals(",")) {
        int b = a + 1;
        EntityMention first = entityStartingAt(s, b);
        EntityMention title = first;
        EntityMention aff = null;
        if (first != null && first.type() != EntityType.TITLE && isAffiliationType(first.type())) {
          aff = first;
          int[] fr = TokenIndex.range(s, first.span());
          int next = fr[1];
          if (next < t.size() && t.get(next).text().matches("['’]s")) {
            next++;
          }
          title = entityStartingAt(s, next);
        }
        if (title != null && title.type() == EntityType.TITLE) {
          d.setTitle(titleText(title));
          if (aff != null) {
            d.setAffiliation(affiliationOf(aff));
          }
          EntityMention of = ofAfter(s, TokenIndex.range(s, title.span())[1]);
          if (of != null) {
            d.setAffiliation(affiliationOf(of));
          }
        }
      }
      // "Prime Minister Narendra Modi of India"
      EntityMention of = ofAfter(s, r[1]);
      if (of != null && d.title != null) {
        d.setAffiliation(affiliationOf(of));
      }
    }

    /** "Minister of External Affairs of India": the title before "of ORG", with the organisation as affiliation. */
    void titleOfAffiliation(Sentence s, EntityMention org, Draft d) {
      List<Token> t = s.tokens();
      int link = TokenIndex.range(s, org.span())[0] - 1;
      if (link >= 1 && t.get(link).text().equalsIgnoreCase("the")) {
        link--;
      }
      if (link >= 1 && (t.get(link).text().equals("of") || t.get(link).text().equals("for"))) {
        EntityMention title = entityEndingAt(s, link - 1);
        if (title != null && title.type() == EntityType.TITLE) {
          d.setTitle(titleText(title));
          d.setAffiliation(affiliationOf(org));
        }
      }
    }

    /** An honorific, or the period the tokenizer cut from one ("H.E. Mr." may come as "H.E" "." "Mr."). */
    boolean isHonorificAt(List<Token> t, int k) {
      return gazetteer.isHonorific(t.get(k).text()) || k > 0 && t.get(k).text().equals(".") && gazetteer.isHonorific(t.get(k - 1).text());
    }

    int possessiveBefore(Sentence s, int k) {
      if (k >= 0 && s.tokens().get(k).text().matches("['’]s")) {
        return k - 1;
      }
      return k;
    }

    /** "of Japan" / "for NATO" starting at token k: the entity, or null. */
    EntityMention ofAfter(Sentence s, int k) {
      List<Token> t = s.tokens();
      if (k < t.size() && (t.get(k).text().equals("of") || t.get(k).text().equals("for"))) {
        int j = k + 1;
        if (j < t.size() && t.get(j).text().equalsIgnoreCase("the")) {
          j++;
        }
        EntityMention e = entityStartingAt(s, j);
        if (e != null && isAffiliationType(e.type())) {
          return e;
        }
      }
      return null;
    }

    boolean isAffiliationType(EntityType t) {
      return t == EntityType.GPE || t == EntityType.ORGANIZATION || t == EntityType.NATIONALITY;
    }

    String affiliationOf(EntityMention e) {
      if (e.type() == EntityType.NATIONALITY) {
        return gazetteer.countryOf(e.text()).orElse(e.text());
      }
      return e.canonical() != null ? e.canonical() : stripArticle(e.text());
    }

    String titleText(EntityMention title) {
      String s = title.text();
      return lexicon.titleSynonym(s).orElse(s);
    }

    EntityMention entityEndingAt(Sentence s, int tokenIdx) {
      return entityAt(s, tokenIdx, false);
    }

    EntityMention entityStartingAt(Sentence s, int tokenIdx) {
      return entityAt(s, tokenIdx, true);
    }

    /** The entity that starts (or ends) exactly at the token, or null. */
    EntityMention entityAt(Sentence s, int tokenIdx, boolean starting) {
      if (tokenIdx < 0 || tokenIdx >= s.tokens().size()) {
        return null;
      }
      Token t = s.tokens().get(tokenIdx);
      for (EntityMention e : entities) {
        if (starting ? e.begin() == t.begin() : e.end() == t.end()) {
          return e;
        }
      }
      return null;
    }

    // ---- participants, titles, pronouns, groups

    /**
     * The people named from the start up to the first sentence that brings them to two or more ("Minister X
     * chaired the meeting. Minister Y and Minister Z took part."); else every person actor.
     */
    List<String> participants() {
      Set<String> named = new LinkedHashSet<>();
      for (Sentence s : sentences) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> namedHere = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
          if (m.sentence() == s.index() && m.kind() != MentionKind.PRONOUN && actorById(m.actors().get(0)).kind == ActorKind.PERSON) {
            ids.add(m.actors().get(0));
            if (!actorById(m.actors().get(0)).titleOnly) {
              namedHere.add(m.actors().get(0));
            }
          }
        }
        if (namedHere.size() >= 2 || named.size() == 1 && !namedHere.isEmpty() && !named.containsAll(namedHere)) {
          named.addAll(namedHere);
          return List.copyOf(named); // a title beside named people is one of their titles, not a third person
        }
        if (ids.size() >= 2) {
          return List.copyOf(ids);
        }
        // one person named so far takes part only as the subject ("Minister X chaired ..."), not a byline's
        // "Matthew Miller, Department Spokesperson" or "attributable to Spokesperson Matthew Miller"
        for (ActorMention m : mentions) {
          if (!s.heading() && m.sentence() == s.index() && namedHere.contains(m.actors().get(0)) && isMainSubject(s, m.head())) {
            named.add(m.actors().get(0));
          }
        }
      }
      return drafts.stream().filter(d -> d.kind == ActorKind.PERSON).map(d -> d.id).toList();
    }

    boolean covered(Sentence s, Token t) {
      for (ActorMention m : mentions) {
        if (m.sentence() == s.index() && m.begin() <= t.begin() && t.end() <= m.end()) {
          return true;
        }
      }
      for (EntityMention e : entities) {
        if (e.type() != EntityType.TITLE && e.begin() <= t.begin() && t.end() <= e.end()) {
          return true;
        }
      }
      return false;
    }

    /**
     * "we" with no group named for it: the group last spoken of; but one person is no "we", so a lone
     * spokesperson's "we" is the state (else the body) that has been the readout's subject most often ("Russia rejects
     * ... We have repeatedly warned").
     */
    List<String> we(Sentence s, List<String> lastPlural) {
      boolean lone = lastPlural.size() == 1 && actorById(lastPlural.get(0)).kind == ActorKind.PERSON;
      boolean labelled = isLabelledAnswer(s);
      boolean stale = paragraphOf(s) != pluralParagraph; // no group was the subject in this paragraph
      if (!lone && !labelled && !stale) {
        return lastPlural;
      }
      // a spokesperson, or a press statement's "We call on ...", speaks for a state first
      for (ActorKind kind : stale && !lone ? List.of(ActorKind.GPE) : List.of(ActorKind.GPE, ActorKind.ORGANIZATION)) {
        String best = null;
        int most = 0;
        for (Draft d : drafts) {
          int n = subjectCount.getOrDefault(d.id, 0);
          if (d.kind == kind && n > most) {
            best = d.id;
            most = n;
          }
        }
        if (best != null && (lone || labelled || most >= 2)) { // a press statement's state speaks more than once
          return List.of(best);
        }
      }
      return lastPlural;
    }

    /**
     * "His Highness welcomed ...": a style of address standing alone names the person it was given to
     * before, the readout's protagonist first when several were.
     */
    ActorMention styleAlone(Sentence s, int ti) {
      int end = styleEnd(s, ti);
      if (end < 0 || end < s.tokens().size() && (isHonorificAt(s.tokens(), end) || entityStartingAt(s, end) != null)) {
        return null;
      }
      String style = new Span(s.token(ti).begin(), s.token(end - 1).end()).of(text).toLowerCase(Locale.ROOT);
      Draft best = null;
      for (ActorMention m : mentions) {
        if (m.kind() != MentionKind.NAME || m.begin() >= s.token(ti).begin() || actorById(m.actors().get(0)).kind != ActorKind.PERSON) {
          continue;
        }
        Sentence ms = sentences.get(m.sentence());
        // back from the name over honorifics and titles to the style: "His Highness Sheikh [Abdullah ...]"
        int e = TokenIndex.firstAt(ms, m.begin());
        while (e > 0 && styleStart(ms, e) < 0 && (isHonorificAt(ms.tokens(), e - 1) || isTitleAt(ms, e - 1))) {
          e--;
        }
        int k = styleStart(ms, e);
        if (k >= 0 && new Span(ms.token(k).begin(), ms.token(e - 1).end()).of(text).toLowerCase(Locale.ROOT).equals(style)) {
          Draft d = actorById(m.actors().get(0));
          if (best == null || subjectCount.getOrDefault(d.id, 0) > subjectCount.getOrDefault(best.id, 0)) {
            best = d;
          }
        }
      }
      if (best == null) {
        return null;
      }
      Span span = new Span(s.token(ti).begin(), s.token(end - 1).end());
      best.aliases.add(span.of(text));
      return new ActorMention(span.begin(), span.end(), span.of(text), s.index(), end - 1, MentionKind.TITLE, List.of(best.id));
    }

    /** The start of a style of address of two or three words ending before token {@code end}, or -1. */
    int styleStart(Sentence s, int end) {
      for (int len = 3; len >= 2; len--) {
        if (end - len >= 0 && styleEnd(s, end - len) == end) {
          return end - len;
        }
      }
      return -1;
    }

    /** The end of a style of address of two or three words starting at k ("His Highness", "Her Royal Highness"), or -1. */
    int styleEnd(Sentence s, int k) {
      for (int len = 3; len >= 2; len--) {
        if (k + len <= s.tokens().size() && gazetteer.isHonorific(new Span(s.token(k).begin(), s.token(k + len - 1).end()).of(text))) {
          return k + len;
        }
      }
      return -1;
    }

    /** The paragraph a sentence is in, as the offset where the paragraph starts. */
    int paragraphOf(Sentence s) {
      return text.lastIndexOf('\n', s.begin()) + 1;
    }

    /** A sentence in a paragraph that opens with a speaker's label, a briefing's "Mao Ning: ...". */
    boolean isLabelledAnswer(Sentence s) {
      int start = paragraphOf(s);
      int colon = text.indexOf(": ", start);
      if (colon < 0 || colon > s.end() || colon - start > 40) {
        return false;
      }
      return mentions.stream().anyMatch(m -> m.begin() == start && m.end() == colon && m.kind() == MentionKind.NAME
          && actorById(m.actors().get(0)).kind == ActorKind.PERSON);
    }

    /**
     * "he"/"she": the latest subject of this sentence before it, else of the sentences before; else the
     * readout's protagonist; else the latest person named. At each of these steps someone known to be of
     * the pronoun's gender goes before someone whose gender is unknown. "The Secretary-General expressed
     * his concern": a possessive that goes to this sentence's subject tells that subject's gender.
     */
    List<String> singular(Sentence s, int ti, char gender, List<ActorMention> foundHere, List<ActorMention> previousSubjects) {
      boolean gendered = gender == 'M' || gender == 'F';
      for (int step = 0; step < 4; step++) {
        for (boolean strict : gendered ? new boolean[] {true, false} : new boolean[] {false}) {
          java.util.function.Predicate<Draft> fits = d -> d.fitsPronoun(gender) && (!strict || d.genderKnown && d.gender == gender);
          List<String> found = switch (step) {
            case 0 -> subjectHere(s, ti, fits, foundHere);
            case 1 -> reversed(previousSubjects).stream().filter(m -> m.actors().size() == 1 && fits.test(actorById(m.actors().get(0))))
                .findFirst().map(ActorMention::actors).orElse(List.of());
            case 2 -> protagonist(fits);
            default -> latestNamed(s, ti, fits, foundHere);
          };
          if (!found.isEmpty()) {
            Draft d = actorById(found.get(0));
            if (step == 0 && gendered && !d.genderKnown && isOwnObject(s, ti)) {
              d.knowGender(gender);
            }
            return found;
          }
        }
      }
      return List.of();
    }

    /** "X expressed his concern": a possessive on the object of a verb that has a subject ("on her visit" is not). */
    boolean isOwnObject(Sentence s, int ti) {
      Token t = s.token(ti);
      if (!t.pos().equals("PRP$") || t.head() < 0 || !s.token(t.head()).relation().equals("obj")) {
        return false;
      }
      int verb = s.token(t.head()).head();
      return verb >= 0 && s.child(verb, "nsubj").isPresent();
    }

    /** "The members of the Council reaffirmed their support": a group subject before the plural pronoun in its sentence. */
    Optional<List<String>> groupSubjectHere(Sentence s, int ti, List<ActorMention> foundHere) {
      List<ActorMention> here = mentionsOf(s.index(), foundHere);
      for (ActorMention m : reversed(here)) {
        if (m.head() < ti && m.kind() != MentionKind.PRONOUN && isSubject(s, m.head())
            && (m.actors().size() > 1 || m.kind() == MentionKind.GROUP)) {
          return Optional.of(m.actors());
        }
      }
      return Optional.empty();
    }

    /** The latest main subject of this sentence before token {@code ti}. */
    List<String> subjectHere(Sentence s, int ti, java.util.function.Predicate<Draft> fits, List<ActorMention> foundHere) {
      List<ActorMention> here = new ArrayList<>(mentionsOf(s.index(), foundHere));
      here.removeIf(m -> m.head() >= ti || !isMainSubject(s, m.head()) || m.actors().size() != 1);
      for (ActorMention m : reversed(here)) {
        if (fits.test(actorById(m.actors().get(0)))) {
          return m.actors();
        }
      }
      return List.of();
    }

    /** The most frequent main subject so far: who the readout is about. */
    List<String> protagonist(java.util.function.Predicate<Draft> fits) {
      String salient = null;
      int best = 0;
      for (Draft d : drafts) {
        int n = subjectCount.getOrDefault(d.id, 0);
        if (fits.test(d) && n > best) {
          best = n;
          salient = d.id;
        }
      }
      return salient == null ? List.of() : List.of(salient);
    }

    /** The person named last before the pronoun. */
    List<String> latestNamed(Sentence s, int ti, java.util.function.Predicate<Draft> fits, List<ActorMention> foundHere) {
      ActorMention latest = null;
      List<ActorMention> all = new ArrayList<>(mentions);
      all.addAll(foundHere);
      for (ActorMention m : all) { // names first, then titles: not in text order
        if (m.begin() < s.token(ti).begin() && m.actors().size() == 1 && fits.test(actorById(m.actors().get(0)))
            && (latest == null || m.begin() > latest.begin())) {
          latest = m;
        }
      }
      return latest == null ? List.of() : latest.actors();
    }

    List<ActorMention> mentionsOf(int sentence, List<ActorMention> extra) {
      List<ActorMention> out = new ArrayList<>();
      for (ActorMention m : mentions) {
        if (m.sentence() == sentence) {
          out.add(m);
        }
      }
      out.addAll(extra);
      out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
      return out;
    }

    boolean isSubject(Sentence s, int head) {
      if (head < 0 || head >= s.tokens().size()) {
        return false;
      }
      String rel = s.token(head).relation();
      int h = head;
      for (int steps = 0; rel.equals("conj") && steps <= s.tokens().size(); steps++) {
        h = s.token(h).head();
        if (h < 0) {
          return false;
        }
        rel = s.token(h).relation();
      }
      if (rel.equals("appos") && h == head && s.token(h).head() >= 0) {
        return isSubject(s, s.token(h).head()); // "The head of the delegation, Jorge Rodríguez, said"
      }
      return rel.startsWith("nsubj") || rel.equals("obl:agent");
    }

    /** A subject of the sentence's main verb or of a verb coordinated with it: the likely speaker. */
    boolean isMainSubject(Sentence s, int head) {
      if (!isSubject(s, head)) {
        return false;
      }
      int h = head;
      for (int steps = 0; h >= 0 && s.token(h).relation().equals("conj") && steps <= s.tokens().size(); steps++) {
        h = s.token(h).head();
      }
      if (h >= 0 && s.token(h).relation().equals("appos")) {
        h = s.token(h).head();
      }
      int verb = h >= 0 ? s.token(h).head() : -1;
      for (int steps = 0; verb >= 0 && steps <= s.tokens().size(); steps++) {
        String rel = s.token(verb).relation();
        if (rel.equals("root")) {
          return true;
        }
        if (!rel.equals("conj") && !rel.equals("parataxis")) {
          return false;
        }
        verb = s.token(verb).head();
      }
      return false;
    }

    List<String> conjoinedSubject(Sentence s, List<ActorMention> all) {
      Set<String> ids = new LinkedHashSet<>();
      for (ActorMention m : all) {
        Token h = s.token(m.head());
        if (h.relation().equals("conj") && isSubject(s, m.head())) {
          ids.addAll(m.actors());
          for (ActorMention o : all) {
            if (o.head() == h.head()) {
              ids.addAll(o.actors());
            }
          }
        }
      }
      return List.copyOf(ids);
    }

    /**
     * "the two leaders", "both sides", "The leaders", "Participants", "all of the participants", "the
     * two": tokens [start, end) ending at the group noun; null when the words at {@code ti} are no group.
     */
    int[] group(Sentence s, int ti) {
      List<Token> t = s.tokens();
      String w = t.get(ti).text().toLowerCase(Locale.ROOT);
      int j = ti;
      if (w.equals("all") && ti + 2 < t.size() && t.get(ti + 1).text().equalsIgnoreCase("of")) {
        j = ti + 2;
        w = t.get(j).text().toLowerCase(Locale.ROOT);
      }
      if (w.equals("the") || w.equals("both") || w.equals("all") || lexicon.isPartitive(w)) {
        j++;
      }
      if (w.equals("all") && j < t.size() && t.get(j).lemma().equalsIgnoreCase("party")) {
        return null; // "all parties" are those to a conflict, not the meeting's
      }
      if (j < t.size() && (t.get(j).text().equalsIgnoreCase("two") || j > ti && t.get(j).pos().equals("CD") && t.get(j).text().chars().allMatch(Character::isLetter))) {
        j++;
        if (j >= t.size() || !(t.get(j).isNoun() || t.get(j).pos().startsWith("JJ"))) {
          return isSubject(s, j - 1) ? new int[] {ti, j} : null; // "the two" alone
        }
      }
      if (w.equals("both") && j == ti + 1 && isSubject(s, ti)) {
        return new int[] {ti, ti + 1}; // "Both agreed to ..."
      }
      int end = j;
      while (end < t.size() && (t.get(end).isNoun() || t.get(end).pos().startsWith("JJ")) && !covered(s, t.get(end))) {
        end++;
      }
      if (end == j || end == ti) {
        return null;
      }
      Token head = t.get(end - 1);
      boolean counted = j > ti && (w.equals("both") || t.get(j - 1).pos().equals("CD"));
      if (!isPluralGroupNoun(head) && !(counted && (head.pos().equals("NNS") || head.pos().equals("NNPS")))) {
        return null;
      }
      // a bare plural ("Participants discussed") names the participants only as a subject
      if (j == ti && !isSubject(s, end - 1)) {
        return null;
      }
      return new int[] {ti, end};
    }

    /**
     * "the Ukrainian delegation", "the Chinese side", "U.S. and Israeli officials": a collective noun
     * whose modifiers name states or organisations speaks for them; null otherwise.
     */
    ActorMention collective(Sentence s, int ti) {
      Token head = s.token(ti);
      if (!head.isNoun() || !lexicon.isCollectiveNoun(head.lemma())) {
        return null;
      }
      Set<String> ids = new LinkedHashSet<>();
      int first = ti;
      List<Integer> mods = new ArrayList<>();
      for (Token c : s.children(ti)) {
        if (c.index() < ti && (c.relation().equals("amod") || c.relation().equals("compound") || c.relation().equals("nmod:poss"))) {
          mods.add(c.index());
        }
      }
      for (int i = 0; i < mods.size(); i++) {
        for (Token c : s.children(mods.get(i))) {
          if (c.relation().equals("conj") && c.index() < ti) {
            mods.add(c.index());
          }
        }
      }
      for (int m : mods) {
        Token t = s.token(m);
        for (EntityMention e : entities) {
          if (e.begin() <= t.begin() && t.end() <= e.end()) {
            String id = stateOf(e);
            if (id != null) {
              ids.add(id);
              first = Math.min(first, TokenIndex.firstAt(s, e.begin()));
            }
          }
        }
      }
      if (ids.isEmpty()) {
        return null;
      }
      Span span = new Span(s.token(first).begin(), head.end());
      if (ids.size() == 1) {
        actorById(ids.iterator().next()).aliases.add(span.of(text)); // "the Ukrainian authorities" stand for Ukraine
      }
      return new ActorMention(span.begin(), span.end(), span.of(text), s.index(), ti, MentionKind.GROUP, List.copyOf(ids));
    }

    /**
     * "the Department", "the Commission": a capitalised head noun after "the" that begins or ends the
     * name of an organisation already named ("Department of Foreign Affairs", "European Commission").
     */
    ActorMention shortOrganisation(Sentence s, int ti) {
      Token t = s.token(ti);
      if (!t.isProperNoun() || ti == 0 || !s.token(ti - 1).text().equalsIgnoreCase("the") || !Character.isUpperCase(t.text().charAt(0))) {
        return null;
      }
      if (ti + 1 < s.tokens().size() && s.token(ti + 1).isProperNoun()) {
        return null;
      }
      for (Draft d : drafts) {
        if (d.kind != ActorKind.ORGANIZATION) {
          continue;
        }
        String[] words = d.name.split("\\s+");
        if (words.length > 1 && (words[0].equals(t.text()) || words[words.length - 1].equals(t.text()))) {
          Span span = new Span(s.token(ti - 1).begin(), t.end());
          d.aliases.add(t.text());
          return new ActorMention(span.begin(), span.end(), span.of(text), s.index(), ti, MentionKind.NAME, List.of(d.id));
        }
      }
      // "The Department rejects ..." in a release whose input says it is issued by the Department of Foreign Affairs
      String issuer = issuerOrganisation();
      if (issuer != null && issuer.contains(" ") && issuer.substring(0, issuer.indexOf(' ')).equals(t.text())) {
        Draft d = drafts.stream().filter(x -> x.kind == ActorKind.ORGANIZATION && x.name.equals(issuer)).findFirst()
            .orElseGet(() -> newDraft(issuer, ActorKind.ORGANIZATION));
        d.aliases.add(t.text());
        Span span = new Span(s.token(ti - 1).begin(), t.end());
        return new ActorMention(span.begin(), span.end(), span.of(text), s.index(), ti, MentionKind.NAME, List.of(d.id));
      }
      return null;
    }

    /** The state that issued the document, named in the input's {@code issuer} ("Ministry of Foreign Affairs of Brazil"), or null. */
    String issuerCountry() {
      if (!(doc.meta().get("issuer") instanceof String v)) {
        return null;
      }
      List<String> words = List.of(v.strip().split("[\\s,;()]+"));
      return gazetteer.match(words).stream().filter(m -> m.entry().type() == EntityType.GPE).map(m -> m.entry().canonical()).findFirst().orElse(null);
    }

    /** The organisation that issued the document, from the input's {@code issuer} ("Department of Foreign Affairs, Republic of the Philippines"), or null. */
    String issuerOrganisation() {
      Object issuer = doc.meta().get("issuer");
      if (!(issuer instanceof String v) || v.isBlank()) {
        return null;
      }
      String org = v.split(",")[0].strip().replaceFirst("^(?i)the\\s+", "");
      return org.isEmpty() ? null : org;
    }

    /**
     * "The Iranian minister", "the Japanese leader": a role noun after a nationality names the one
     * person of that country the text has introduced; null when there is none or more than one.
     */
    ActorMention roleOfState(Sentence s, int ti) {
      Token t = s.token(ti);
      if (!t.isNoun() || ti == 0 || !(lexicon.isGroupNoun(t.lemma()) || gazetteer.lookup(t.text()).map(e -> e.type() == EntityType.TITLE).orElse(false))) {
        return null;
      }
      if (t.pos().endsWith("S")) {
        return null;
      }
      int k = ti - 1;
      EntityMention nat = null;
      for (EntityMention e : entities) {
        if (e.type() == EntityType.NATIONALITY && e.end() == s.token(k).end()) {
          nat = e;
        }
      }
      if (nat == null) {
        return null;
      }
      String country = gazetteer.countryOf(nat.text()).orElse(null);
      List<Draft> people = drafts.stream().filter(d -> d.kind == ActorKind.PERSON && country != null && country.equals(d.affiliation)).toList();
      if (people.size() != 1) {
        return null;
      }
      int first = k > 0 && s.token(k - 1).pos().equals("DT") ? k - 1 : k;
      Span span = new Span(s.token(first).begin(), t.end());
      return new ActorMention(span.begin(), span.end(), span.of(text), s.index(), ti, MentionKind.TITLE, List.of(people.get(0).id));
    }

    /**
     * A main subject that names no known actor ("The members of the Security Council", "Allies",
     * "Participants" in a text that lists none): a group actor of its own, so that "they" can refer to it.
     */
    ActorMention unnamedSubject(Sentence s, int ti, List<ActorMention> found) {
      Token t = s.token(ti);
      boolean plural = t.pos().equals("NNS") || t.pos().equals("NNPS");
      if (!plural || !isMainSubject(s, ti) || lexicon.isGroupNoun(t.lemma()) || t.head() < 0
          || lexicon.cuesWithHead(s.token(t.head()).lemma()).isEmpty()) {
        return null; // only the subject of a reporting verb is taken for a speaker
      }
      for (ActorMention m : found) {
        if (m.head() == ti) {
          return null;
        }
      }
      int first = ti;
      for (Token c : s.children(ti)) {
        if (c.index() < ti && (c.relation().equals("compound") || c.relation().equals("amod") || c.relation().equals("nummod"))) {
          first = Math.min(first, c.index());
        }
      }
      int end = t.end();
      for (Token c : s.children(ti)) {
        if (c.index() > ti && c.relation().startsWith("nmod") && s.child(c.index(), "case").map(k -> k.lemma().equals("of")).orElse(false)) {
          end = subtreeEnd(s, c.index()); // "members of the Security Council"
        }
      }
      String name = text.substring(s.token(first).begin(), end);
      Draft d = null;
      for (Draft x : drafts) {
        if (x.kind == ActorKind.GROUP && x.name.equalsIgnoreCase(name)) {
          d = x;
        }
      }
      if (d == null) {
        d = newDraft(name, ActorKind.GROUP);
      }
      Span span = new Span(s.token(first).begin(), end);
      return new ActorMention(span.begin(), span.end(), span.of(text), s.index(), ti, MentionKind.GROUP, List.of(d.id));
    }

    /**
     * "Secretary Rubio and his team", "The President and his team": the team of someone who took part in
     * the meeting is the meeting's participants.
     */
    ActorMention ownTeam(Sentence s, int ti, List<ActorMention> found, List<String> participants) {
      Token t = s.token(ti);
      if (!t.isNoun() || !lexicon.isGroupNoun(t.lemma()) || !t.relation().equals("conj") || t.head() < 0) {
        return null;
      }
      boolean own = s.children(ti).stream().anyMatch(c -> c.pos().equals("PRP$") && lexicon.pronoun(c.text()).isPresent());
      if (!own) {
        return null;
      }
      List<String> leader = new ArrayList<>();
      for (ActorMention m : mentionsOf(s.index(), found)) {
        if (m.head() == t.head()) {
          leader = m.actors();
        }
      }
      if (leader.isEmpty() || !participants.containsAll(leader)) {
        return null;
      }
      int first = ti;
      for (Token c : s.children(ti)) {
        first = Math.min(first, c.index());
      }
      Span span = new Span(s.token(first).begin(), t.end());
      return new ActorMention(span.begin(), span.end(), span.of(text), s.index(), ti, MentionKind.GROUP, participants);
    }

    /** The state or organisation actor an entity stands for ("Israeli" gives Israel), or null. */
    String stateOf(EntityMention e) {
      if (e.type() == EntityType.NATIONALITY) {
        String country = gazetteer.countryOf(e.text()).orElse(null);
        if (country == null) {
          return null;
        }
        String key = ActorKind.GPE + ":" + country.toLowerCase(Locale.ROOT);
        Draft d = byCanonical.get(key);
        if (d == null) {
          d = newDraft(country, ActorKind.GPE);
          byCanonical.put(key, d);
        }
        d.aliases.add(e.text());
        return d.id;
      }
      if (e.type() == EntityType.GPE || e.type() == EntityType.ORGANIZATION) {
        int i = entities.indexOf(e);
        return i >= 0 ? entityActor[i] : null;
      }
      return null;
    }

    /**
     * "We, the G7 Foreign Ministers of ...": a group named by the apposition to "we", or the people named in the
     * text who hold its office ("We, the Foreign Ministers of France, Germany and Poland"); null when none.
     */
    List<String> appositiveGroup(Sentence s, int we, List<String> participants) {
      List<Token> candidates = new ArrayList<>(s.children(we).stream().filter(c -> c.relation().equals("appos")).toList());
      if (candidates.isEmpty() && we + 2 < s.tokens().size() && s.token(we + 1).text().equals(",") && s.token(we).head() >= 0) {
        // "We, the leaders of A, B and C, met": the parser may make the apposition a second subject
        for (Token c : s.children(s.token(we).head())) {
          if (c.index() > we + 1 && c.relation().startsWith("nsubj") && c.isNoun() && firstOfSubtree(s, c.index()) == we + 2) {
            candidates.add(c);
          }
        }
      }
      for (Token c : candidates) {
        int first = c.index();
        for (Token m : s.children(c.index())) {
          if (m.index() < c.index() && !m.relation().equals("det") && !m.relation().equals("punct")) {
            first = Math.min(first, m.index());
          }
        }
        String name = new Span(s.token(first).begin(), c.end()).of(text);
        // "We, the Foreign Ministers of France, Germany and Poland": the ministers named in the text, when they are
        String office = normTitle((first < c.index() ? new Span(s.token(first).begin(), s.token(c.index() - 1).end()).of(text) + " " : "") + c.lemma());
        List<String> holders = drafts.stream()
            .filter(d -> holdsOffice(d, office))
            .map(d -> d.id).toList();
        if (holders.size() >= 2) {
          return holders;
        }
        long states = mentions.stream().filter(m -> m.sentence() == s.index() && m.kind() == MentionKind.NAME && m.head() > c.index()
            && s.dominates(c.index(), m.head()) && actorById(m.actors().get(0)).kind == ActorKind.GPE).count();
        if (states >= 2 && states == participants.size()) {
          return participants; // one named minister for each of the states it lists
        }
        Draft d = newDraft(name, ActorKind.GROUP);
        d.aliases.add(new Span(s.token(first).begin(), subtreeEnd(s, c.index())).of(text));
        int det = s.child(c.index(), "det").map(Token::index).orElse(first);
        d.aliases.add(new Span(s.token(Math.min(det, first)).begin(), subtreeEnd(s, c.index())).of(text)); // "the leaders of Australia, India, ..."
        return List.of(d.id);
      }
      return null;
    }

    int firstOfSubtree(Sentence s, int head) {
      int first = head;
      for (int k = head - 1; k >= 0 && s.dominates(head, k); k--) {
        first = k;
      }
      return first;
    }

    int subtreeEnd(Sentence s, int head) {
      int end = s.token(head).end();
      for (Token t : s.tokens()) {
        if (s.dominates(head, t.index()) && !t.relation().equals("punct")) {
          end = Math.max(end, t.end());
        }
      }
      return end;
    }

    /** "leaders", and "Ministers" that a tagger took for a proper noun. */
    boolean isPluralGroupNoun(Token t) {
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (t.pos().equals("NNS")) {
        return lexicon.isGroupNoun(t.lemma());
      }
      return t.pos().startsWith("NNP") && lower.endsWith("s") && lexicon.isGroupNoun(lower.substring(0, lower.length() - 1));
    }

    /**
     * "The civil rights leaders", "Other business leaders": a plural whose modifiers set a group apart from
     * the meeting's participants. "The two foreign ministers" and "the defence ministers" (a title) are not.
     */
    boolean isOwnGroup(Sentence s, int[] g) {
      int head = g[1] - 1;
      List<String> words = new ArrayList<>();
      boolean common = false;
      for (int k = g[0]; k < head; k++) {
        Token t = s.token(k);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (lexicon.isPartitive(w)) {
          return true; // "Some Leaders", "Other business leaders"
        }
        if (!COUNTING_WORDS.contains(w) && !t.pos().equals("CD")) {
          common |= t.pos().equals("NN") || t.pos().equals("NNS");
          words.add(t.text());
        }
      }
      if (!common) {
        return false;
      }
      words.add(s.token(head).lemma());
      return gazetteer.match(words).stream().noneMatch(m -> m.entry().type() == EntityType.TITLE && m.start() == 0 && m.end() == words.size());
    }

    /** The actor of a group of its own, named by its words without article or count: "civil rights leaders". */
    Draft ownGroup(Sentence s, int[] g) {
      int first = g[0];
      while (first < g[1] - 1 && COUNTING_WORDS.contains(s.token(first).text().toLowerCase(Locale.ROOT))) {
        first++;
      }
      String name = new Span(s.token(first).begin(), s.token(g[1] - 1).end()).of(text);
      return byCanonical.computeIfAbsent(ActorKind.GROUP + ":" + name.toLowerCase(Locale.ROOT), k -> newDraft(name, ActorKind.GROUP));
    }

    /**
     * A document written as "We ..." (two sentences or more open so) whose group subject is a bare "Leaders"
     * or "ASEAN Leaders" (a chair's statement): that group speaks its "we" and its "Leaders". Null otherwise:
     * "the ministers" of a joint statement are the people named, "the three ministers" are counted, "Some
     * Leaders" are a part.
     */
    String collectiveWe() {
      long weSentences = sentences.stream().filter(s -> !s.heading() && !s.tokens().isEmpty() && s.token(0).text().equals("We")).count();
      if (weSentences < 2) {
        return null;
      }
      for (Sentence s : sentences) {
        for (int ti = 0; ti < s.tokens().size(); ti++) {
          int[] g = group(s, ti);
          if (g == null) {
            continue;
          }
          if (g[0] == ti && !s.token(ti).pos().equals("DT") && isMainSubject(s, g[1] - 1) && !isOwnGroup(s, g) && isPluralGroupNoun(s.token(g[1] - 1))
              && java.util.stream.IntStream.range(g[0], g[1]).noneMatch(k -> s.token(k).pos().equals("CD") || s.token(k).text().equalsIgnoreCase("both"))) {
            return ownGroup(s, g).id;
          }
          ti = g[1] - 1;
        }
      }
      return null;
    }

    /** "the three officials" are three: the first three participants; other groups are all of them. */
    List<String> groupActors(Sentence s, int[] g, List<String> participants) {
      if (collectiveWe != null) {
        return List.of(collectiveWe);
      }
      int n = 0;
      for (int k = g[0]; k < g[1]; k++) {
        n = Math.max(n, s.token(k).text().equalsIgnoreCase("both") ? 2 : lexicon.numberWord(s.token(k).text()).orElse(0));
      }
      List<String> holders = officeHolders(s, g);
      List<String> taking = holders.stream().filter(participants::contains).toList();
      if (n >= 2 && taking.size() >= n) {
        holders = taking; // "Both presidents", not the president the two talked about
      }
      if (n >= 2 && holders.size() >= n) {
        return holders.subList(holders.size() - n, holders.size()); // the latest named: this paragraph's meeting
      }
      if (n >= 2 && participants.size() > n) {
        return participants.subList(0, n);
      }
      if (participants.size() < 2 && n == 0) {
        return List.of(ownGroup(s, g).id); // "Participants noted ..." where nobody else is named: a group, not one person
      }
      return participants;
    }

    /**
     * "the two ministers": the people named earlier in the paragraph whose office the group noun names ("Foreign
     * Minister", "Minister of Foreign Affairs", not "President"), ordered by their latest mention; empty when the
     * group noun is no office ("leaders", "sides").
     */
    List<String> officeHolders(Sentence s, int[] g) {
      Token head = s.token(g[1] - 1);
      List<String> words = List.of(head.lemma());
      if (gazetteer.match(words).stream().noneMatch(m -> m.entry().type() == EntityType.TITLE)) {
        return List.of();
      }
      int before = s.token(g[0]).begin();
      int paragraph = paragraphOf(s);
      Map<String, Integer> latest = new HashMap<>();
      for (ActorMention m : mentions) {
        if (m.begin() >= paragraph && m.begin() < before && m.actors().size() == 1 && m.kind() != MentionKind.PRONOUN) {
          Draft d = actorById(m.actors().get(0));
          if (holdsOffice(d, normTitle(head.lemma()))) {
            latest.merge(d.id, m.begin(), Math::max);
          }
        }
      }
      return latest.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** A person named in the text whose title holds the office's words ("foreign minister"). */
    boolean holdsOffice(Draft d, String office) {
      return d.kind == ActorKind.PERSON && !d.titleOnly && d.title != null && titleFit(office, normTitle(d.title)) > 0;
    }

    /** A title not next to a name: "the Secretary General", "The PM". Tokens [start, end). */
    int[] titleMention(Sentence s, int ti) {
      for (EntityMention e : entities) {
        if (e.type() != EntityType.TITLE || e.begin() != s.token(ti).begin()) {
          continue;
        }
        int[] r = TokenIndex.range(s, e.span());
        List<Token> t = s.tokens();
        if (r[1] < t.size() && nameStartsAt(s, r[1])) {
          return null; // part of "Minister Kishida"
        }
        if (r[1] < t.size() && (t.get(r[1]).isProperNoun() && Character.isUpperCase(t.get(r[1]).text().charAt(0)))) {
          return null;
        }
        if (r[0] > 0 && t.get(r[0] - 1).text().equals(",") && r[0] > 1 && nameEndsAt(s, r[0] - 2)) {
          return null; // apposition: "Rasmussen, NATO Secretary General"
        }
        EntityMention of = ofAfter(s, r[1]);
        if (of != null && TokenIndex.range(s, of.span())[1] < t.size() && nameStartsAt(s, TokenIndex.range(s, of.span())[1])) {
          return null; // part of "Minister of Foreign Affairs of Iran Abbas Araghchi"
        }
        if (r[0] > 0 && isNamePart(s, r[0] - 1)) {
          return null; // "NATO Secretary General" right after a name or organisation is a modifier
        }
        boolean determined = r[0] > 0 && t.get(r[0] - 1).pos().equals("DT");
        if (!determined && r[1] + 1 < t.size() && t.get(r[1]).text().equals("and") && isTitleAt(s, r[1] + 1)) {
          return null; // "Crown Prince and Prime Minister Salman": one person's two titles
        }
        if (t.get(r[1] - 1).pos().equals("NNS")) {
          return null; // "ministers" is a group, not one titled person
        }
        return r;
      }
      return null;
    }

    /** The person named in apposition after token k, "[of ORG] , [honorifics] NAME", or null. */
    Draft apposedHolder(Sentence s, int k) {
      List<Token> t = s.tokens();
      EntityMention of = ofAfter(s, k);
      if (of != null) {
        k = TokenIndex.range(s, of.span())[1];
      } else if (k < t.size() && (t.get(k).text().equals("of") || t.get(k).text().equals("for"))) {
        int j = k + 1; // "of the Commission", a body the recognisers did not name
        if (j < t.size() && t.get(j).text().equalsIgnoreCase("the")) {
          j++;
        }
        int start = j;
        while (j < t.size() && (Character.isUpperCase(t.get(j).text().charAt(0)) || j > start && t.get(j).text().equals("and"))) {
          j++;
        }
        k = j > start ? j : k;
      }
      if (k + 1 >= t.size() || !t.get(k).text().equals(",")) {
        return null;
      }
      k++;
      while (k < t.size() && isHonorificAt(t, k)) {
        k++;
      }
      EntityMention second = entityStartingAt(s, k);
      if (second != null && second.type() == EntityType.TITLE) {
        k = TokenIndex.range(s, second.span())[1]; // "the Minister for Foreign Affairs of Australia, Senator Penny Wong"
      }
      EntityMention name = k < t.size() ? entityStartingAt(s, k) : null;
      int i = name == null || name.type() != EntityType.PERSON ? -1 : entities.indexOf(name);
      return i < 0 || entityActor[i] == null ? null : actorById(entityActor[i]);
    }

    boolean isTitleAt(Sentence s, int k) {
      int b = s.token(k).begin();
      return entities.stream().anyMatch(e -> e.type() == EntityType.TITLE && e.begin() == b);
    }

    boolean nameStartsAt(Sentence s, int k) {
      int b = s.token(k).begin();
      return entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.begin() == b)
          || gazetteer.isHonorific(s.token(k).text());
    }

    boolean nameEndsAt(Sentence s, int k) {
      int e = s.token(k).end();
      return entities.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.end() == e);
    }

    boolean isNamePart(Sentence s, int k) {
      int b = s.token(k).begin();
      return entities.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.begin() <= b && b < m.end());
    }

    Draft actorForTitle(Sentence s, int[] r) {
      int after = r[1];
      for (EntityMention next; after + 1 < s.tokens().size() && s.token(after).text().equals("and")
          && (next = entityStartingAt(s, after + 1)) != null && next.type() == EntityType.TITLE; ) {
        after = TokenIndex.range(s, next.span())[1]; // "the Minister of State and Minister of Foreign Affairs of X, H.E. Y"
      }
      Draft holder = apposedHolder(s, after);
      if (holder != null) {
        return holder; // "The Chairperson of the Commission, H.E. Mahmoud Ali Youssouf, expresses ..."
      }
      if (r[0] >= 2 && s.token(r[0] - 1).text().equals(",")) {
        EntityMention name = entityEndingAt(s, r[0] - 2); // "H.E. Dr. Musalia Mudavadi, Prime Cabinet Secretary and ..."
        int i = name == null || name.type() != EntityType.PERSON ? -1 : entities.indexOf(name);
        if (i >= 0 && entityActor[i] != null) {
          return actorById(entityActor[i]);
        }
      }
      String surface = new Span(s.token(r[0]).begin(), s.token(r[1] - 1).end()).of(text);
      String country = null;
      if (r[0] > 0) {
        EntityMention nat = entityEndingAt(s, r[0] - 1);
        if (nat != null && nat.type() == EntityType.NATIONALITY) {
          country = gazetteer.countryOf(nat.text()).orElse(null); // "The Iranian minister"
        }
      }
      String title = lexicon.titleSynonym(surface).orElse(surface);
      String norm = normTitle(title);
      Draft best = null;
      int bestScore = 0;
      for (Draft d : drafts) {
        if (d.kind != ActorKind.PERSON || d.titleOnly) {
          continue;
        }
        if (!s.heading() && d.firstBegin > s.token(r[0]).begin()) {
          continue; // "The Prime Minister spoke to Crown Prince and Prime Minister X": not X, who is named later
        }
        int score = d.title == null ? 0 : titleFit(norm, normTitle(d.title));
        for (String alias : d.aliases) {
          if (normTitle(alias).equals(norm)) {
            score = Math.max(score, 3); // "the Prime Cabinet Secretary" once said of the holder
          } else if (normTitle(alias).startsWith(norm + " ")) {
            score = Math.max(score, 2); // "the Minister" for someone called "Minister Wong"
          }
        }
        if (score > 0 && country != null) {
          if (d.affiliation != null && !country.equals(d.affiliation)) {
            continue;
          }
          score += d.affiliation != null ? 4 : 0; // "The Iranian minister": the minister known to be Iran's first
        }
        if (score > bestScore) {
          best = d;
          bestScore = score;
        }
      }
      if (best != null) {
        return best;
      }
      if (country != null) {
        // "The Brazilian Chancellor" for the one Brazilian named so far, whatever his office is called
        String c = country;
        List<Draft> compatriots = drafts.stream()
            .filter(d -> d.kind == ActorKind.PERSON && !d.titleOnly && c.equals(d.affiliation) && (s.heading() || d.firstBegin < s.token(r[0]).begin()))
            .toList();
        if (compatriots.size() > 1) { // "The Kenyan Prime Cabinet Secretary", not Kenya's President
          compatriots = compatriots.stream().filter(d -> d.title != null && sharesWord(norm, normTitle(d.title))).toList();
        }
        if (compatriots.size() == 1) {
          return compatriots.get(0);
        }
        // "The Brazilian Chancellor" in a Brazilian ministry's release: its own minister, whose affiliation goes unsaid
        List<Draft> unaffiliated = drafts.stream()
            .filter(d -> d.kind == ActorKind.PERSON && !d.titleOnly && d.affiliation == null && (s.heading() || d.firstBegin < s.token(r[0]).begin()))
            .toList();
        if (compatriots.isEmpty() && unaffiliated.size() == 1 && country.equals(issuerCountry())) {
          unaffiliated.get(0).setAffiliation(country);
          return unaffiliated.get(0);
        }
      }
      for (Draft d : drafts) {
        // "The Secretary of Foreign Affairs stressed ... The Secretary has also briefed ..."
        if (d.titleOnly && titleFit(norm, normTitle(d.title)) > 0 && (country == null || country.equals(d.affiliation))) {
          return d;
        }
      }
      String name = Character.toUpperCase(title.charAt(0)) + title.substring(1);
      Draft d = newDraft(name, ActorKind.PERSON);
      d.title = name;
      d.titleOnly = true;
      d.firstBegin = s.token(r[0]).begin();
      if (country != null) {
        d.setAffiliation(country);
      }
      return d;
    }

    /**
     * How well a title standing alone names the holder of a full title: 3 the same, 2 its start or end ("the
     * Minister" for "Minister of External Affairs"), 1 all its words among the office's ("the Indo-Pacific
     * Minister" for "Minister for the Indo-Pacific", "the Foreign Minister" for "Minister of Foreign Affairs"),
     * 0 not at all.
     */
    static int titleFit(String mention, String office) {
      if (office.equals(mention)) {
        return 3;
      }
      if (office.startsWith(mention + " ") || office.endsWith(" " + mention)) {
        return 2;
      }
      List<String> words = List.of(office.split("[ /]"));
      for (String w : mention.split("[ /]")) {
        if (!words.contains(w) && !words.contains(w + "s") && !w.equals("the")) {
          return 0;
        }
      }
      return 1;
    }

    static boolean sharesWord(String a, String b) {
      List<String> words = List.of(b.split("[ /]"));
      return java.util.Arrays.stream(a.split("[ /]")).anyMatch(w -> !w.equals("the") && !w.equals("of") && words.contains(w));
    }

    String normTitle(String t) {
      return t.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    Draft actorById(String id) {
      return drafts.get(Integer.parseInt(id.substring(1)) - 1);
    }

    int headOf(Sentence s, int[] r) {
      // the token of the range whose head lies outside it; a possessive's owner counts as the head
      for (int k = r[1] - 1; k >= r[0]; k--) {
        int h = s.token(k).head();
        if (h < r[0] || h >= r[1]) {
          if (s.token(k).text().matches("['’]s") && k > r[0]) {
            continue;
          }
          return k;
        }
      }
      return Math.max(r[0], r[1] - 1);
    }
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }

  static String stripArticle(String s) {
    return s.replaceFirst("^(?i)the\\s+", "");
  }

  static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  /** An actor being built. */
  private static final class Draft {
    final String id;
    String name;
    final ActorKind kind;
    List<String> nameWords = List.of();
    String title;
    String affiliation;
    boolean titleOnly;
    char gender = '-';
    /** Whether an honorific or title told the gender, not only a given name. */
    boolean genderKnown;
    int firstBegin = Integer.MAX_VALUE;
    final Set<String> aliases = new LinkedHashSet<>();

    Draft(String id, String name, ActorKind kind) {
      this.id = id;
      this.name = name;
      this.kind = kind;
    }

    void knowGender(char g) {
      gender = g;
      genderKnown = true;
    }

    void setTitle(String t) {
      if (title == null) {
        title = t;
      }
    }

    void setAffiliation(String a) {
      if (affiliation == null) {
        affiliation = a;
      }
    }

    boolean fits(char g) {
      return g == '-' || gender == '-' || gender == g;
    }

    /** Whether a pronoun of this gender can stand for the actor: "it" for states and bodies, he/she for people. */
    boolean fitsPronoun(char g) {
      if (g == 'N') {
        return kind == ActorKind.GPE || kind == ActorKind.ORGANIZATION;
      }
      return kind == ActorKind.PERSON && fits(g);
    }

    Actor build() {
      Map<String, Boolean> seen = new LinkedHashMap<>();
      for (String a : aliases) {
        String clean = stripArticle(a);
        if (!clean.equals(name) && !clean.isBlank()) {
          seen.putIfAbsent(clean, true);
        }
      }
      if (kind == ActorKind.PERSON && nameWords.size() > 1) {
        seen.putIfAbsent(surname(), true);
      }
      return new Actor(id, name, kind, title, affiliation, List.copyOf(seen.keySet()));
    }

    String surname() {
      for (String w : nameWords) {
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
          return w;
        }
      }
      return nameWords.get(nameWords.size() - 1);
    }
  }
}
