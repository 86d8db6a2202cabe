"""A second held-out set (fixtures/heldout-fresh): pages made after newsclean's rules were
written, in layouts no rule was tuned on. `pagegen.py --set fresh` (or `make heldout-fresh`).

Same keys as pages.py (see its docstring). What is new here, against pages.py: papers,
dates and page labels; 2- and 3-column pages in English; English bylines set at the end of
the story; stacks of briefs without a label; briefs stacked under a lead in the same row
as a long story; a full-width story on a 4-column page with a deck and a byline at the end;
a Chinese 3-column page with a run-in 电头 under a kicker and deck; a Traditional page
extracted by pdfminer. The English text is the same pool (texts_en.py) in new orders and
mixes; the Chinese text is dev gold paragraphs not used by pages.py where possible.

When these pages have been read to develop a rule, they are no longer unseen: write new
specs here (new papers, layouts, mixes) and regenerate.
"""

from __future__ import annotations

EN_BOTH = ["pdftotext", "pdfminer"]

ZH_STYLE = {"body": '"WenQuanYi Micro Hei"', "head": '"WenQuanYi Micro Hei"',
            "sans": '"WenQuanYi Micro Hei"', "mastfont": '"WenQuanYi Micro Hei"',
            "indent": "2em", "deckstyle": "normal"}

FRESH_PAGES: list[dict] = [
    # ------------------------------------------------------------------ English
    {
        # tabloid, 2 columns; full-width story with its byline at the end; a story with a
        # subhead beside an unlabelled stack of three briefs
        "name": "en_pagegen_northfieldherald_2016-03-14_p3",
        "lang": "en", "paper": "The Northfield Herald", "date": "2016-03-14", "page": "3",
        "columns": 2, "extractors": EN_BOTH,
        "masthead": {"top": ["Page 3", "The Northfield Herald", "Monday, March 14, 2016"]},
        "style": {"w": 220, "h": 330, "m": 9, "fs": 9.6, "body": '"DejaVu Serif"',
                  "head": '"Liberation Sans"', "hs": 16, "hsbig": 22, "hssmall": 12,
                  "indent": "1em", "gap": 5},
        "rows": [
            [
                {"text": "wn_kinshasa_cable", "span": 2, "cols": 2, "headsize": "big",
                 "kicker": "Africa", "dateline": "KINSHASA, Congo — ",
                 "byline": "Compiled from wire reports", "byline_pos": "end"},
            ],
            [
                {"text": "usgs_shishaldin_2015", "span": 1,
                 "headline": "Alaska volcano stays on watch as summit warms",
                 "byline": "By Kenji Morita", "subheads": {1: "Satellite readings"}},
                {"stack": [
                    {"text": "wn_met_police"},
                    {"text": "wn_laurier_mp3"},
                    {"text": "wn_pope_resigns", "headline": "Pope to resign at month’s end"},
                ], "span": 1},
            ],
        ],
        "footer": ["The Northfield Herald · 3", "Wikinews (CC BY 2.5); USGS (public domain)"],
    },
    {
        # 3 columns; lead story with kicker, deck, byline, bold lead and photo caption;
        # a one-column story with its byline at the end; labelled briefs next to a
        # two-column story with a deck and a dateline
        "name": "en_pagegen_redwaterclarion_2019-10-02_A5",
        "lang": "en", "paper": "Redwater Daily Clarion", "date": "2019-10-02", "page": "A5",
        "columns": 3, "extractors": EN_BOTH,
        "masthead": {"paper": "Redwater Daily Clarion",
                     "line": ["Wednesday, October 2, 2019", "NATION", "A5"]},
        "style": {"w": 250, "h": 400, "mastsize": 26, "fs": 9.3, "hs": 18, "hsbig": 25,
                  "head": '"Liberation Serif"', "gap": 4.5, "pgap": "0.6mm"},
        "rows": [
            [
                {"text": "usgs_quake_maps_2016", "span": 2, "cols": 2, "headsize": "big",
                 "kicker": "Hazards",
                 "subtitle": "Oklahoma and Kansas among areas where wastewater injection raises the risk",
                 "byline": "By Nora Castellanos, Staff Writer", "lead_bold": True,
                 "caption": "A seismograph at a monitoring station. (Clarion file photo)",
                 "photo_h": 32},
                {"text": "wn_ferry_survivors", "span": 1, "byline": "Wikinews",
                 "byline_pos": "end"},
            ],
            [
                {"stack": [
                    {"text": "wn_tonga_quake", "headline": "Quake of 5.4 shakes Tonga"},
                    {"text": "wn_miryang_fire"},
                    {"text": "wn_jade_rabbit"},
                ], "span": 1, "label": "AROUND THE WORLD"},
                {"text": "wn_train_india", "span": 2, "cols": 2,
                 "subtitle": "Rescuers search wrecked coaches through the night",
                 "dateline": "HYDERABAD, India — ", "byline": "By Ravi Menon"},
            ],
        ],
        "footer": ["Redwater Daily Clarion", "A5", "Stories: USGS, Wikinews"],
    },
    {
        # 5 columns, sans headlines, block paragraphs; a 3-column-wide story set in 3 CSS
        # columns with two subheads beside a 2-column story with a dateline; a sports
        # stack, a kicker-only business story and a captioned story with a byline at the end
        "name": "en_pagegen_ashfordtribune_2014-11-20_p1",
        "lang": "en", "paper": "Ashford Morning Tribune", "date": "2014-11-20", "page": "1",
        "columns": 5, "extractors": EN_BOTH,
        "masthead": {"top": ["Thursday, November 20, 2014", "Late City Edition", "75 cents"],
                     "paper": "Ashford Morning Tribune"},
        "style": {"w": 310, "h": 440, "head": '"DejaVu Sans"', "hs": 15, "hsbig": 24,
                  "body": '"Liberation Serif"', "fs": 9.0, "indent": "0", "pgap": "1.2mm",
                  "mastsize": 30, "kickcase": "none", "gap": 3.6},
        "rows": [
            [
                {"text": "usgs_drought_2000", "span": 3, "cols": 3, "headsize": "big",
                 "headline": "Streams run low as drought threatens to spread west",
                 "subtitle": "Hydrologists warn of a second dry summer",
                 "byline": "By Carla Quinn, Science Editor",
                 "subheads": {1: "Wells and reservoirs", 3: "Watching the rain"}},
                {"text": "wn_train_croatia", "span": 2, "kicker": "Rail safety",
                 "byline": "By Ivana Horvat and Mark Ellis", "dateline": "ZAGREB, Croatia — "},
            ],
            [
                {"stack": [{"text": "wn_man_utd_europa"}, {"text": "wn_ireland_replay"}],
                 "span": 1, "label": "Sports"},
                {"text": "wn_thomson_reuters", "span": 2, "kicker": "Markets"},
                {"text": "wn_atlantis_columbus", "span": 2,
                 "subtitle": "Weather officers give a 40 percent chance of launch",
                 "byline": "Tribune wire services", "byline_pos": "end",
                 "caption": "Atlantis on launch pad 39A. (NASA)", "photo_h": 28},
            ],
        ],
        "footer": ["Ashford Morning Tribune", "Late City Edition", "Page 1"],
    },
    {
        # 4 columns; a full-width story set in 4 CSS columns with deck and end byline; a
        # 2-column story with centred subheads; a music kicker story; an unlabelled stack
        "name": "en_pagegen_glenhavenobserver_2011-01-09_p12",
        "lang": "en", "paper": "The Glenhaven Observer", "date": "2011-01-09", "page": "12",
        "columns": 4, "extractors": EN_BOTH,
        "masthead": {"line": ["12", "THE GLENHAVEN OBSERVER", "SUNDAY, JANUARY 9, 2011"]},
        "style": {"w": 290, "h": 400, "fs": 9.0, "hs": 17, "hsbig": 23, "subalign": "center",
                  "body": '"DejaVu Serif"', "head": '"DejaVu Serif"', "ds": 12.5,
                  "deckstyle": "normal", "gap": 4},
        "rows": [
            [
                {"text": "wn_kalitta_colombia", "span": 4, "cols": 4, "headsize": "big",
                 "subtitle": "The Boeing 747 lost an engine shortly after take-off from Bogotá",
                 "byline": "By Lucía Serrano", "byline_pos": "end"},
            ],
            [
                {"text": "usgs_midwest_2012", "span": 2, "cols": 2,
                 "headline": "Midwest rivers fall to record lows",
                 "byline": "U.S. Geological Survey",
                 "subheads": {1: "Gauges below normal"}},
                {"text": "wn_beatles_space", "span": 1, "kicker": "Music",
                 "byline": "By Tom Aldridge"},
                {"stack": [{"text": "wn_earth_day"}, {"text": "wn_hyderabad_flyover"},
                           {"text": "wn_sarasota_doctor"}], "span": 1},
            ],
        ],
        "footer": ["The Glenhaven Observer", "Sunday"],
    },
    # ------------------------------------------------------------------ Chinese
    {
        # 3 columns; a 2-column story with kicker, deck and run-in 电头; a one-column
        # story with kicker + deck and its 电头 on top; a story with its byline at the end
        "name": "zh_pagegen_yunlingdushibao_2025-02-18_A7",
        "lang": "zh", "html_lang": "zh-CN", "paper": "云岭都市报", "date": "2025-02-18",
        "page": "A7", "columns": 3, "extractors": EN_BOTH,
        "masthead": {"top": ["A7", "国内·综合", "2025年2月18日 星期二"], "paper": "云岭都市报"},
        "style": {**ZH_STYLE, "w": 250, "h": 360, "fs": 9.6, "hs": 16, "hsbig": 20, "gap": 5,
                  "ds": 11},
        "rows": [
            [
                {"text": "zh_pdfgen_beichenshibao_2023-04-19_T06_pdftotext#0", "span": 2,
                 "cols": 2, "headsize": "big", "kicker": "聚焦高质量发展",
                 "subtitle": "国家考古遗址公园评定工作自2010年启动",
                 "byline": "新华社武汉4月18日电", "byline_pos": "runin"},
                {"text": "zh_pdfgen_binhaidushibao_2024-08-25_T02_pdftotext#2", "span": 1,
                 "kicker": "浙江全省转移超七万人", "subtitle": "福建73条客渡运航线停航",
                 "byline": "新华社北京8月24日电（记者 程欣婷、贾明娟）"},
            ],
            [
                {"text": "zh_pdfgen_linchuanchenbao_2025-04-13_A14_pdftotext#2", "span": 1,
                 "byline": "（通讯员 袁丽辉）", "byline_pos": "end"},
                {"text": "zh_pdfgen_binhaidushibao_2024-08-25_T02_pdftotext#0", "span": 2,
                 "cols": 2, "paras": [0, 3], "byline": "本报记者 魏安澜"},
            ],
        ],
        "footer": ["云岭都市报", "A7"],
    },
    {
        # Traditional, 5 columns, pdfminer and pdftotext; a 3-column story with subheads and
        # 本報訊 on top beside a 2-column story with byline at the end; a full-width
        # story in 5 CSS columns with kicker and deck
        "name": "zh_pagegen_songjiangribao_2024-12-09_C2_trad",
        "lang": "zh", "html_lang": "zh-TW", "trad": True, "paper": "松江日報",
        "date": "2024-12-09", "page": "C2", "columns": 5, "extractors": EN_BOTH,
        "masthead": {"paper": "松江日報", "line": ["2024年12月9日 星期一", "C2 經貿", "松江日報社出版"]},
        "style": {**ZH_STYLE, "w": 310, "h": 430, "fs": 9.2, "hs": 15, "hsbig": 21, "gap": 4,
                  "ds": 11},
        "rows": [
            [
                {"text": "zh_pdfgen_beichenshibao_2024-11-01_p4_trad_pdfminer#1", "span": 3,
                 "cols": 3, "headsize": "big", "byline": "本報訊（記者 韓立新 通訊員 龍娜）",
                 "subheads": {2: "機電產品出口增長", 4: "貿易夥伴多元"}},
                {"text": "zh_pdfgen_minghushangbao_2023-04-19_A08_trad_pdftotext#0", "span": 2,
                 "byline": "（本報記者 孔鑫清）", "byline_pos": "end"},
            ],
            [
                {"text": "zh_pdfgen_beichenshibao_2024-11-01_p4_trad_pdfminer#3", "span": 5,
                 "cols": 5, "kicker": "經濟觀察", "subtitle": "——同比增長5.2%",
                 "byline": "本報記者 江悅"},
            ],
        ],
        "footer": ["松江日報", "C2 經貿"],
    },
]
