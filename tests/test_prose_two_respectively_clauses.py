"""Two lists, each after its own period phrase and each closed by "respectively"."""

import extractor

_TWO = ("Interest expenses for the six months ended June 30, 2011 and 2010 amounted to $367,139 "
        "and $192,150, respectively, and for the three months ended June 30, 2011 and 2010 "
        "amounted to $167,972 and $44,124, respectively.\n")


def test_each_respectively_list_takes_the_phrase_that_opens_its_clause():
    got = {f.amount: f.period for f in extractor.extract(_TWO).facts}
    assert got == {"367139": "P6M/2011-06-30", "192150": "P6M/2010-06-30",
                   "167972": "P3M/2011-06-30", "44124": "P3M/2010-06-30"}


def test_a_trailing_respectively_phrase_still_dates_the_list_before_it():
    text = "Revenues were $5,000 and $4,000, respectively, in 2019 and 2018.\n"
    got = {f.amount: f.period for f in extractor.extract(text).facts}
    assert got == {"5000": "P12M/2019-12-31", "4000": "P12M/2018-12-31"}
