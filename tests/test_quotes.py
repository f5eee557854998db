"""Quote detection on short news texts written for these tests (fictional people and events).

The tests run without the NLP model: speakers resolve through the text-only fallback index,
so every construction is checked on the rules themselves.
"""

from __future__ import annotations

import pytest

from nyhetsgraf.extract.quotes import extract_quotes


def quotes(text: str):
    return extract_quotes(text)


def one(text: str, fragment: str):
    """The quote whose text contains ``fragment``."""
    found = [q for q in quotes(text) if fragment in q.text]
    assert found, f"no quote with {fragment!r} in {[q.text for q in quotes(text)]}"
    return found[0]


# --- direct quotes ---------------------------------------------------------------------------------


def test_dash_quote_with_inverted_attribution_role_and_medium():
    text = (
        "Kommunen vil legge ned to skoler.\n\n"
        "– Dette er en trist dag for bygda, sier ordfører Kari Nilsen i Fjellvik kommune til NRK."
    )
    qs = quotes(text)
    assert len(qs) == 1
    q = qs[0]
    assert q.text == "Dette er en trist dag for bygda"
    assert text[q.start : q.end] == q.text
    assert (q.kind, q.speaker, q.cue, q.medium) == ("direct", "Kari Nilsen", "sier", "NRK")
    assert q.role == "ordfører"
    assert q.speaker_kind == "PER"


def test_multi_sentence_dash_quote_keeps_all_sentences():
    text = "– Vi har jobbet hardt. Nå ser vi resultater. Det er godt, sier Ola Berg."
    q = one(text, "jobbet")
    assert q.text == "Vi har jobbet hardt. Nå ser vi resultater. Det er godt"
    assert q.speaker == "Ola Berg"


def test_two_dash_segments_split_around_attribution():
    text = "– Vi er klare. – Det blir en tøff kamp, sier trener Per Lunde.\n\nKampen starter klokken 18."
    qs = quotes(text)
    assert [q.text for q in qs] == ["Vi er klare.", "Det blir en tøff kamp"]
    assert {q.speaker for q in qs} == {"Per Lunde"}


def test_text_after_attribution_in_same_paragraph_is_a_new_segment():
    text = "– Det blir tøft, sier Per Lunde. – Men vi gir oss ikke.\n\nKampen starter klokken 18."
    qs = quotes(text)
    assert [q.text for q in qs] == ["Det blir tøft", "Men vi gir oss ikke."]
    assert [q.speaker for q in qs] == ["Per Lunde", "Per Lunde"]
    assert qs[1].cue is None


def test_colon_intro_then_dash_paragraph():
    text = (
        "Ordfører Kari Nilsen var tydelig på møtet:\n\n– Skolen skal ikke legges ned.\n\nMøtet varte lenge."
    )
    text2 = "Helseminister Per Lunde sier:\n\n– Vi må handle nå.\n\nRegjeringen møtes fredag."
    assert one(text2, "handle").speaker == "Per Lunde"
    # a colon without a speech verb still announces the person whose words follow
    q = one(text, "Skolen")
    assert q.speaker == "Kari Nilsen"


def test_colon_intro_and_dash_in_same_paragraph():
    q = one("Lederen Ola Berg sier: – Dette er ikke godt nok.", "godt nok")
    assert q.speaker == "Ola Berg"
    assert q.kind == "direct"


def test_hyphen_minus_used_as_dash():
    q = one("- Vi har kontroll på situasjonen nå, sier politiinspektør Trond Aas.", "kontroll")
    assert q.speaker == "Trond Aas"
    assert q.role == "politiinspektør"


def test_guillemet_quote_with_cue_after():
    q = one("«Dette er et gjennombrudd for forskningen», sier professor Anne Lie.", "gjennombrudd")
    assert q.text == "Dette er et gjennombrudd for forskningen"
    assert (q.kind, q.speaker) == ("direct", "Anne Lie")


def test_guillemet_quote_after_colon_intro():
    q = one("Statsministeren Erna Dahl skrev på Facebook: «Vi står sammen i denne krisen.»", "står sammen")
    assert q.speaker == "Erna Dahl"
    assert q.kind == "direct"


def test_guillemet_naming_phrase_is_direct_quote():
    text = "Opposisjonsleder Ola Berg kalte forslaget «et sidespor» i debatten."
    q = one(text, "sidespor")
    assert q.text == "et sidespor"
    assert q.speaker == "Ola Berg"


def test_scare_quotes_and_titles_are_not_quotes():
    text = "Filmen «Den siste vinteren» hadde premiere i går. Kinoen var full."
    assert quotes(text) == []


def test_dash_paragraph_followed_by_det_sier():
    text = (
        "– Vi har aldri sett så mye snø i november. Veiene er stengt.\n\n"
        "Det sier vakthavende Ingrid Solberg til TV 2. Hun jobber på vegtrafikksentralen."
    )
    q = one(text, "snø")
    assert q.kind == "direct"
    assert q.text.endswith("Veiene er stengt.")  # the paragraph-final full stop stays
    assert (q.speaker, q.cue, q.medium) == ("Ingrid Solberg", "sier", "TV 2")
    assert len(quotes(text)) == 1


def test_continuation_paragraph_keeps_last_speaker():
    text = (
        "– Vi har fått mange klager, sier daglig leder Lars Moen.\n\n– Nå skal vi gå gjennom rutinene våre."
    )
    q = one(text, "rutinene")
    assert q.speaker == "Lars Moen"
    assert q.cue is None
    assert q.text == "Nå skal vi gå gjennom rutinene våre."


def test_continuation_across_short_narrative_about_same_speaker():
    text = (
        "– Vi har fått mange klager, sier daglig leder Lars Moen.\n\n"
        "Moen har ledet selskapet i ti år.\n\n"
        "– Nå skal vi gå gjennom rutinene våre."
    )
    assert one(text, "rutinene").speaker == "Lars Moen"


def test_continuation_not_across_a_new_speaker():
    text = (
        "– Vi har fått mange klager, sier daglig leder Lars Moen.\n\n"
        "Også forbrukerrådgiver Siri Holm er bekymret over utviklingen.\n\n"
        "– Kundene må få svar raskere enn i dag."
    )
    assert one(text, "Kundene").speaker == "Siri Holm"


def test_cueless_paragraph_before_attributed_paragraph_takes_that_speaker():
    text = (
        "Rapporten kom tirsdag.\n\n"
        "– Ventetiden er altfor lang for mange familier.\n\n"
        "– Vi må få ned køene, sier barneombud Nina Dahl."
    )
    assert one(text, "Ventetiden").speaker == "Nina Dahl"


def test_quote_in_caption():
    text = (
        "Laget vant 2–0 søndag.\n\n"
        "GLAD: Trener Ola Berg jublet etter kampen. – Dette var vår beste kamp i år, sier han. Foto: NTB\n\n"
        "Neste kamp er om en uke."
    )
    q = one(text, "beste kamp")
    assert q.text == "Dette var vår beste kamp i år"
    assert q.speaker == "Ola Berg"


def test_dash_heading_repeating_a_body_quote_gets_that_speaker():
    text = (
        "Kommunen har lagt fram budsjettet.\n\n"
        "– Ikke råd til nye veier\n\n"
        "Økonomisjef Trond Aas la fram tallene mandag.\n\n"
        "– Vi har ikke råd til nye veier i år, sier Aas."
    )
    qs = quotes(text)
    heading = next(q for q in qs if q.text == "Ikke råd til nye veier")
    assert heading.kind == "direct" and heading.cue is None
    assert heading.speaker == "Trond Aas"


def test_speaker_named_only_later_in_the_next_paragraph():
    text = "– Dette er den verste flommen på femti år.\n\nDet mener brannsjef Per Lunde i Elvdal."
    q = one(text, "flommen")
    assert q.speaker == "Per Lunde"


# --- indirect quotes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cue",
    [
        "sier",
        "mener",
        "hevder",
        "opplyser",
        "forteller",
        "skriver",
        "uttaler",
        "påpeker",
        "understreker",
        "advarer",
        "bekrefter",
        "avviser",
        "svarer",
    ],
)
def test_indirect_cue_with_at_clause(cue):
    text = f"Økonom Kari Nilsen {cue} at renten vil stige før sommeren."
    q = one(text, "renten")
    assert q.text == "renten vil stige før sommeren"
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Kari Nilsen", cue)


def test_indirect_with_bare_clause_and_time_gap():
    q = one("Politiet opplyser natt til søndag at to personer er pågrepet.", "pågrepet")
    assert q.text == "to personer er pågrepet"
    assert q.speaker.lower() == "politiet"
    assert q.speaker_kind == "ORG"
    q2 = one("Forskeren Anne Lie sier folk bør holde seg inne i helgen.", "folk bør")
    assert q2.text.startswith("folk bør holde seg inne")


def test_legger_til():
    text = "– Vi kommer tilbake, sier Ola Berg.\n\n– Det lover jeg, legger han til."
    q = one(text, "lover")
    assert q.speaker == "Ola Berg"
    assert "legger" in q.cue and "til" in q.cue
    q2 = one("Ola Berg legger til at klubben mangler penger.", "klubben")
    assert q2.text == "klubben mangler penger"


def test_inverted_cue_after_comma():
    q = one("Brannen startet trolig i et kjøkken, opplyser politiet.", "kjøkken")
    assert q.text == "Brannen startet trolig i et kjøkken"
    assert (q.speaker.lower(), q.kind) == ("politiet", "indirect")
    q2 = one("Over 300 personer måtte evakueres fra hotellet, skriver NTB.", "evakueres")
    assert q2.speaker == "NTB" and q2.speaker_kind == "ORG"


def test_subject_with_apposition_before_cue_is_not_inverted():
    q = one("Ola Berg, daglig leder i Bergtrykk, sier bedriften vil ansette ti nye.", "bedriften")
    assert q.speaker == "Ola Berg"
    assert q.text.startswith("bedriften vil ansette")


def test_adverbial_first_then_verb_then_subject():
    q = one("Etter møtet sa helseminister Per Lunde at avtalen er på plass.", "avtalen")
    assert q.speaker == "Per Lunde"
    assert q.text == "avtalen er på plass"
    q2 = one("Tidligere har Kari Nilsen sagt at hun ikke stiller til gjenvalg.", "gjenvalg")
    assert q2.speaker == "Kari Nilsen"


def test_det_bekrefter_x_overfor_y():
    text = "Selskapet har sagt opp 40 ansatte. Det bekrefter direktør Trond Aas overfor Dagens Næringsliv."
    q = one(text, "sagt opp")
    assert q.text == "Selskapet har sagt opp 40 ansatte"
    assert (q.speaker, q.medium) == ("Trond Aas", "Dagens Næringsliv")


def test_det_skriver_x_takes_the_sentences_before():
    text = (
        "Veien er stengt etter et ras. Ingen ble skadet. Det skriver avisen Fjordposten.\n\n"
        "Veien åpner trolig i morgen."
    )
    q = one(text, "ras")
    assert q.text == "Veien er stengt etter et ras. Ingen ble skadet"
    assert q.speaker == "Fjordposten"


def test_ifolge_sentence_initial_final_and_medial():
    q = one("Ifølge politiet ble mannen pågrepet i leiligheten sin.", "pågrepet")
    assert q.text == "ble mannen pågrepet i leiligheten sin"
    assert q.speaker.lower() == "politiet"
    q = one("Tre personer ble skadet i ulykken, ifølge NRK.", "skadet")
    assert q.text == "Tre personer ble skadet i ulykken"
    assert q.speaker == "NRK"
    q = one("Videoen er ifølge nyhetsbyrået Reuters tatt opp i forrige uke.", "Videoen")
    assert q.text == "Videoen er ifølge nyhetsbyrået Reuters tatt opp i forrige uke"
    assert q.speaker == "Reuters"


def test_ifolge_a_document_is_not_a_quote():
    assert quotes("Ifølge planen skal brua stå ferdig i 2027.") == []
    assert quotes("Ifølge tall fra SSB økte prisene med fire prosent.") == []


def test_group_and_anonymous_sources():
    q = one(
        "Norge har sendt mer utstyr, og vestlige etterretningskilder har hevdet at angrepet var planlagt.",
        "angrepet",
    )
    assert (q.speaker, q.speaker_kind, q.cue) == ("vestlige etterretningskilder", "GROUP", "har hevdet")
    q = one("En kilde i departementet sier at saken blir behandlet i neste uke.", "saken")
    assert q.speaker_kind == "ANON"


def test_reported_content_with_fragments_is_one_indirect_quote():
    text = "Ola Berg sa at forslaget er «helt uakseptabelt» for de ansatte."
    qs = quotes(text)
    assert len(qs) == 1
    assert qs[0].kind == "indirect" and "«helt uakseptabelt»" in qs[0].text


def test_nested_report_inside_direct_quote_is_not_separate():
    text = "– Som politiet har påpekt, må alle holde seg hjemme, sier ordfører Kari Nilsen."
    qs = quotes(text)
    assert len(qs) == 1 and qs[0].speaker == "Kari Nilsen"


# --- not quotes --------------------------------------------------------------------------------------


def test_dash_list_items_are_not_quotes():
    text = (
        "Dette må du ha med på turen:\n\n– Sovepose\n\n– Varme klær\n\n– Kart og kompass\n\n"
        "Turen starter lørdag."
    )
    assert quotes(text) == []


def test_sier_in_a_non_reporting_sense():
    assert quotes("Det sier seg selv at ingen ønsker en slik løsning.") == []
    assert quotes("Hun sier opp jobben sin etter tjue år.") == []


@pytest.mark.parametrize("verb", ["tror", "forventer", "ber", "frykter", "håper"])
def test_mental_state_and_directive_verbs_are_not_quotes(verb):
    assert quotes(f"Ordfører Kari Nilsen {verb} at regjeringen kommer med mer penger.") == []


def test_forteller_about_a_topic_is_not_a_quote():
    assert quotes("I boka forteller Ola Berg om oppveksten sin i Tromsø.") == []


def test_truncated_fragment_at_the_end_is_skipped():
    text = "– Vi er fornøyde med året, sier Per Lunde.\n\n– I"
    assert [q.text for q in quotes(text)] == ["Vi er fornøyde med året"]


def test_interviewer_question_is_not_a_quote():
    text = "– Hvorfor flyttet dere hit?\n\n– Vi ville ha mer plass, forteller Anne Lie."
    assert [q.text for q in quotes(text)] == ["Vi ville ha mer plass"]


def test_report_of_a_report_is_not_quoted_again():
    text = (
        "Ministeren Per Lunde svarer at de vil diskutere «alle saker».\n\n"
        "Dette rapporterer statlige medier, ifølge Reuters."
    )
    qs = quotes(text)
    assert len(qs) == 1 and qs[0].speaker == "Per Lunde"


# --- Nynorsk -----------------------------------------------------------------------------------------


def test_nynorsk_cues_and_pronouns():
    text = (
        "Ordførar Siri Holm i Fjellvik meiner at kommunen må spare.\n\n"
        "– Vi har ikkje pengar til alt, seier ho til NRK.\n\n"
        "Rådmannen Lars Moen fortel at budsjettet blir lagt fram i neste veke."
    )
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Siri Holm", "Siri Holm", "Lars Moen"]
    assert qs[1].cue == "seier" and qs[1].medium == "NRK"


# --- constructions found while reading unseen news ---------------------------------------------------


def test_det_sa_inside_the_dash_paragraph():
    text = "– Funnet er det største vi har gjort. Det sa etterforsker Kari Nilsen på en pressekonferanse."
    q = one(text, "Funnet")
    assert q.text == "Funnet er det største vi har gjort"
    assert (q.speaker, q.cue) == ("Kari Nilsen", "sa")


def test_document_attribution_in_dash_paragraph_is_not_a_quote():
    assert quotes("– Alle må holde seg innendørs, het det i varselet fra kommunen.") == []


def test_ifolge_a_report_from_an_outlet_names_the_outlet_but_a_document_does_not():
    q = one("Ifølge en sak fra Fjordposten ble brua stengt i natt.", "brua")
    assert q.speaker == "Fjordposten"
    assert quotes("Ifølge et anslag fra direktoratet blir vinteren kald.") == []


def test_time_adverbial_before_inverted_subject():
    q = one("Klokka 14 opplyste politiet at veien var åpnet igjen.", "veien")
    assert q.speaker.lower() == "politiet"
    q = one("Denne uka varslet Fjellvik kommune at skolen legges ned.", "skolen")
    assert q.speaker == "Fjellvik kommune"


def test_coordinated_verb_shares_the_sentence_subject():
    text = "Ordfører Kari Nilsen ba folk holde seg hjemme og sa at situasjonen er alvorlig."
    q = one(text, "situasjonen")
    assert q.speaker == "Kari Nilsen"


def test_photo_credit_is_never_a_speaker():
    text = (
        "ROLIG: Forsker Anne Lie mener at isen holder. Foto: Per Lunde / NTB\n\n"
        "– Vi måler hver dag, sier hun."
    )
    assert [q.speaker for q in quotes(text)] == ["Anne Lie", "Anne Lie"]
    assert quotes(text)[0].text == "isen holder"


def test_half_compound_before_role_is_not_a_name():
    q = one("Kommunal- og distriktsminister Per Lunde sier at kommunene får mer penger.", "kommunene")
    assert q.speaker == "Per Lunde"


def test_guillemet_paragraph_after_colon_intro():
    text = "Kari Nilsen skriver på Facebook:\n\n«Takk til alle som hjalp til i natt.»\n\nRaset gikk i går."
    q = one(text, "Takk")
    assert (q.speaker, q.kind) == ("Kari Nilsen", "direct")


def test_cleft_sentence_names_the_source():
    q = one("Det er avisen Fjordposten som skriver at fabrikken legges ned.", "fabrikken")
    assert q.speaker == "Fjordposten"
    assert q.text == "fabrikken legges ned"


def test_inverted_cue_with_relative_clause_after_the_speaker():
    text = "Dommen burde vært mildere, mener ekspertene, som har lest saken."
    q = one(text, "Dommen")
    assert q.text == "Dommen burde vært mildere"
    assert q.speaker == "ekspertene" and q.speaker_kind == "GROUP"


def test_coordinated_reporting_verb_after_comma_og():
    text = "Per Lunde tar over som sjef i mai, og sier at han gleder seg."
    assert one(text, "gleder").speaker == "Per Lunde"


def test_bare_clause_after_opinion_cue_starts_right_after_cue():
    q = one("Fiskarlaget mener prisene viser at markedet er i ubalanse.", "prisene")
    assert q.text == "prisene viser at markedet er i ubalanse"
    assert q.speaker == "Fiskarlaget"


# --- coordination, fronted adverbials and intro cues ------------------------------------------------


def test_second_verb_of_a_coordination_shares_the_one_word_subject():
    q = one(
        "Statsminister Eva Lind besøkte Kyiv tirsdag.\n\n"
        "Holm takket Danmark for hjelpen, men understreket at Ukraina fortsatt trenger luftvern.",
        "Ukraina",
    )
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Holm", "understreket")
    assert q.text == "Ukraina fortsatt trenger luftvern"
    q = one("Nordmo takka kommunen for innsatsen, men understreka at vegen framleis er farleg.", "vegen")
    assert (q.speaker, q.cue) == ("Nordmo", "understreka")


def test_adverbial_opening_does_not_become_a_coordinated_subject():
    text = "Deretter takket han Danmark for hjelpen, og understreket at krigen ikke er over."
    assert [q.speaker for q in quotes(text)] in ([], [None])


def test_fronted_adverbial_gives_the_medium_and_the_split_compound_is_the_speaker():
    q = one(
        "Mange venter på svar.\n\n"
        "I en e-post til VG skriver Helse- og omsorgsdepartementet at saken behandles nå.",
        "saken",
    )
    assert (q.speaker, q.cue, q.medium, q.text) == (
        "Helse- og omsorgsdepartementet",
        "skriver",
        "VG",
        "saken behandles nå",
    )


def test_intro_with_outlet_first_sets_cue_and_medium_on_the_dash_paragraph():
    text = "Rektor ved skolen, Anne Moe, er skuffet. Til NRK Vestland sier hun:\n\n– Dette er en skandale."
    q = one(text, "skandale")
    assert (q.speaker, q.cue, q.medium) == ("Anne Moe", "sier", "NRK Vestland")
    q = one("Ola Berg er lei. Han sa til innbyggerne:\n\n– Nok er nok.", "Nok")
    assert (q.speaker, q.cue, q.medium) == ("Ola Berg", "sa", None)


def test_peker_pa_at_is_a_reporting_cue():
    q = one("Analytiker Siv Dahl i Nordbank peker på at selskapet har tapt penger i flere år.", "tapt")
    assert (q.speaker, q.cue, q.text) == ("Siv Dahl", "peker på", "selskapet har tapt penger i flere år")


def test_parsed_subject_right_after_an_abbreviation_is_a_parse_slip():
    from nyhetsgraf.extract.quote_spans import detect

    text = "Klubbleder Siv Moe i Fellesforbundet avd. Rana sier de ansatte fikk vite det på et møte."
    cue = text.index("sier")
    rana = text.index("Rana")
    raw, _ = detect(text, None, None, {cue: (rana, rana + 4)})
    assert [q.speaker.name for q in raw] == ["Siv Moe"]


# --- labels in «…» and "om at" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Frp beskylder Senterpartiet for «ren populisme» i saken.", "ren populisme", "Frp"),
        (
            "Lokalpolitiker Kari Nilsen har tidligere kalt bompengene «et ran av bilistene».",
            "et ran",
            "Kari Nilsen",
        ),
        (
            "Direktør for samfunnskontakt i Norsk Industri, Per Hansen, kaller forslaget «helt uforståelig».",
            "helt uforståelig",
            "Per Hansen",
        ),
    ],
)
def test_a_label_in_guillemets_is_the_labeller_s_words(text, fragment, speaker):
    q = one(text, fragment)
    assert (q.kind, q.speaker) == ("direct", speaker)


def test_summoning_is_no_label():
    assert quotes("Ordfører Kari Nilsen har kalt inn til møte om «den nye planen».") == []


def test_warning_about_that_is_an_indirect_quote():
    q = one("Rådmann Per Lie advarte allerede i mai om at kostnadene kunne stige.", "kostnadene")
    assert (q.kind, q.speaker, q.text) == ("indirect", "Per Lie", "kostnadene kunne stige")


@pytest.mark.parametrize(
    "text",
    [
        "Politiet ble varslet om at flere skudd var avfyrt ved skolen.",
        "Forfatteren Kari Nilsen ga ut en diktsamling kalt «Vinter i nord».",
        "Forholdene ble beskrevet som «meget gode» av arrangøren.",
    ],
)
def test_passives_and_titles_are_no_quotes(text):
    assert quotes(text) == []


def test_anonymous_source_keeps_where_it_works_and_is_picked_up_again():
    text = (
        "– Vi er for små hver for oss, sier en overlege ved sykehuset i Skien.\n\n"
        "– Det er alvorlig, legger legen til."
    )
    assert [q.speaker for q in quotes(text)] == ["en overlege ved sykehuset i Skien"] * 2


def test_anonymous_source_does_not_take_a_relative_clause():
    assert [q.speaker for q in quotes("– Det er trist, sier en nabo som ikke vil stå fram.")] == ["en nabo"]
