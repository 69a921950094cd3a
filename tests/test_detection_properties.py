"""Property tests for quotes/detection.py and quotes/text.py: never crash, offsets always hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.detection import detect_quotes
from quotes.text import normalize, split_paragraphs

MARKS = "“”„‟«»‹›\"‘’‚‛'`″′"
# text where quote marks and apostrophes are frequent: marks, letters, digits, spaces and punctuation
PIECES = st.sampled_from(list(MARKS) + ["''", "``", " ", " ", "  ", "a", "b", "s", "n", "em", "til", "Word",
                                         "6", "90", ",", ".", "...", "…", "—", "-", "!", "?", "(", ")", "[", "]"])
DENSE = st.lists(PIECES, max_size=40).map("".join)
DENSE_LINES = st.lists(st.one_of(PIECES, st.just("\n"), st.just("\n\n")), max_size=60).map("".join)
# paragraphs with no quote mark at all, to embed a paragraph in an article
PLAIN = st.text(alphabet="abc XYZ.,;0123", min_size=1, max_size=30).filter(lambda t: t.strip())

SETTINGS = settings(max_examples=200, deadline=None)


def spans(text: str):
    return [(q.start, q.end, q.mark_start, q.mark_end, q.depth) for q in detect_quotes(text)]


@SETTINGS
@given(st.one_of(st.text(max_size=80), DENSE_LINES))
def test_never_raises_and_spans_hold(text):
    for quote in detect_quotes(text):
        assert 0 <= quote.mark_start <= quote.start <= quote.end <= quote.mark_end <= len(text)
        assert text[quote.start:quote.end].strip()
        assert quote.depth >= 0


@SETTINGS
@given(DENSE_LINES)
def test_spans_of_one_depth_never_overlap(text):
    by_depth: dict[int, list[tuple[int, int]]] = {}
    for quote in detect_quotes(text):
        by_depth.setdefault(quote.depth, []).append((quote.start, quote.end))
    for found in by_depth.values():
        found.sort()
        for (_, end), (start, _) in zip(found, found[1:]):
            assert end <= start


@SETTINGS
@given(DENSE, st.lists(PLAIN, max_size=3), st.lists(PLAIN, max_size=3), st.sampled_from(["\n", "\n\n"]))
def test_a_paragraph_gives_the_same_quotes_alone_or_in_an_article(paragraph, before, after, separator):
    paragraph = paragraph.replace("\n", " ")
    prefix = "".join(p + separator for p in before)
    article = prefix + paragraph + "".join(separator + p for p in after)
    shift = len(prefix)
    alone = [(s + shift, e + shift, ms + shift, me + shift, d) for s, e, ms, me, d in spans(paragraph)]
    assert spans(article) == alone


@SETTINGS
@given(DENSE_LINES)
def test_paragraphs_are_ordered_and_trimmed(text):
    previous_end = 0
    for n, para in enumerate(split_paragraphs(text)):
        assert para.index == n
        assert previous_end <= para.start < para.end <= len(text)
        assert not text[para.start].isspace() and not text[para.end - 1].isspace()
        previous_end = para.end


# text with the characters normalize drops or replaces: BOM, zero-width, soft hyphen, NBSP, CR, tabs
MESSY = st.text(alphabet="ab “”'\n\r\t\u00a0\u200b\u200d\ufeff\u00ad\u2028\u202f", max_size=60)


@SETTINGS
@given(MESSY)
def test_normalize_maps_every_kept_character_back(original):
    normalized = normalize(original)
    for index, char in enumerate(normalized.text):
        source = original[normalized.to_original(index)]
        assert char == source or char == " " and source.isspace() or char == "\n" and source in "\r\u2028"
    assert normalized.to_original(len(normalized.text)) == len(original) or normalized.kept is None


@SETTINGS
@given(MESSY, st.data())
def test_span_to_original_gives_the_same_words(original, data):
    normalized = normalize(original)
    text = normalized.text
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    o_start, o_end = normalized.span_to_original(start, end)
    assert 0 <= o_start <= o_end <= len(original)
    source = original[o_start:o_end]
    # nothing but dropped characters stands between the kept ones, and each kept one maps to itself
    assert normalize(source).text == text[start:end]


@SETTINGS
@given(st.text(alphabet="ab “”\"'‘’\n\u00a0\u200b\ufeff\r", max_size=60))
def test_detected_quotes_map_back_to_the_original(original):
    normalized = normalize(original)
    for quote in detect_quotes(normalized.text):
        start, end = normalized.span_to_original(quote.start, quote.end)
        assert normalize(original[start:end]).text == normalized.text[quote.start:quote.end]
