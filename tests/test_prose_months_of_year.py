"""'the three month period in 2016': the page's span of that year."""

from extractor.prose.yearphrases import sentence_phrases


def test_a_span_of_the_pages_length_in_a_year_is_the_pages_period_that_year():
    text = "the actual effective rate of 39.5% in the three-month period in 2015."
    (p,) = sentence_phrases(text, "P3M/2016-03-31")
    assert p.periods == ("P3M/2015-03-31",)
    (q,) = sentence_phrases("sales of $5 in the nine months of 2017", "P9M/2018-09-30")
    assert q.periods == ("P9M/2017-09-30",)


def test_a_span_of_another_length_stays_a_bare_year():
    (p,) = sentence_phrases("a rate of 35% in the six month period in 2016", "P3M/2016-03-31")
    assert p.periods == ("P12M/2016-12-31",)
    (q,) = sentence_phrases("a rate of 35% in the three month period in 2016", None)
    assert q.periods == ("P12M/2016-12-31",)
