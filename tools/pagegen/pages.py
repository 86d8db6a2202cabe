"""The held-out pages: how each one is laid out and what is printed on it.

Paper names, dates, page labels, reporter names and datelines' agency tags are invented;
the body text is real (texts_en.py; Chinese: the dev gold's paragraphs, see SOURCES.md).
Headline groups are varied on purpose: headline alone, kicker + headline, headline + deck,
kicker + headline + deck; bylines on top, at the end (Chinese) or run into the first
paragraph (Chinese 电头/本报讯); English datelines run into the first paragraph.

Article keys: text (texts_en id, or "<dev gold file>#<article index>" for Chinese), span
(grid columns), cols (CSS columns of the body, default span), headline/kicker/subtitle/
byline, byline_pos (top | end | runin), dateline (English, run into paragraph 1),
subheads {paragraph index: text}, lead_bold, caption, headsize (big | small), paras [a, b].
A slot {"stack": [...], "span": n, "label": ...} stacks short items in one column run.
"""

from __future__ import annotations

EN_BOTH = ["pdftotext", "pdfminer"]

PAGES: list[dict] = [
    # ------------------------------------------------------------------ English
    {
        "name": "en_pagegen_harborledger_2008-07-08_A1",
        "lang": "en", "paper": "The Harbor Ledger", "date": "2008-07-08", "page": "A1",
        "columns": 5, "extractors": EN_BOTH,
        "masthead": {
            "top": ["Vol. CXII, No. 189", "Tuesday, July 8, 2008", "$1.00"],
            "paper": "The Harbor Ledger",
            "line": ["A1", "FINAL EDITION", "Serving the Bay Counties since 1896"],
        },
        "style": {"hs": 18, "hsbig": 24},
        "rows": [
            [
                {"text": "wn_atlantis_columbus", "span": 3, "headsize": "big", "kicker": "Space",
                 "headline": "Atlantis ready to carry Europe’s Columbus lab to orbit",
                 "subtitle": "NASA and ESA put the chance of acceptable weather at launch at 40 percent",
                 "byline": "By Jane Doe", "dateline": "CAPE CANAVERAL, Fla. — ", "lead_bold": True,
                 "caption": "Space shuttle Atlantis on the launch pad at the Kennedy Space Center. (File photo)"},
                {"text": "wn_kalitta_colombia", "span": 2,
                 "headline": "Cargo jet crashes near Bogotá, killing three on the ground",
                 "byline": "Wikinews", "dateline": "BOGOTÁ, Colombia (Wikinews) — "},
            ],
            [
                {"text": "wn_ferry_survivors", "span": 3,
                 "subtitle": "Families camp on the dock as some 800 remain missing",
                 "byline": "By JOHN SMITH, Staff Writer", "subheads": {1: "Fire below deck"}},
                {"stack": [
                    {"text": "wn_tonga_quake"},
                    {"text": "wn_hyderabad_flyover", "headline": "Flyover collapse kills 20 in Hyderabad"},
                    {"text": "wn_miryang_fire", "headline": "Hospital fire kills at least 37 in South Korea"},
                    {"text": "wn_earth_day"},
                ], "span": 2, "cols": 2, "label": "NEWS IN BRIEF"},
            ],
        ],
        "footer": ["Stories from Wikinews (CC BY 2.5)", "Printed on recycled paper"],
    },
    {
        "name": "en_pagegen_millbrookpost_2009-07-27_p4",
        "lang": "en", "paper": "Millbrook Evening Post", "date": "2009-07-27", "page": "4",
        "columns": 4, "extractors": EN_BOTH,
        "masthead": {"top": ["4", "NATION & WORLD", "Millbrook Evening Post · Monday, July 27, 2009"]},
        "style": {"head": '"Liberation Sans Narrow"', "hs": 19, "hsbig": 28, "ds": 12,
                  "deckstyle": "normal", "body": '"DejaVu Serif"', "fs": 8.4, "w": 280},
        "rows": [
            [
                {"text": "wn_train_croatia", "span": 4, "headsize": "big",
                 "subtitle": "Passengers blame excessive speed for the worst rail accident since independence",
                 "byline": "By Maria Lopez and Tom Reed", "dateline": "SPLIT, Croatia — "},
            ],
            [
                {"text": "wn_train_india", "span": 2, "kicker": "India",
                 "headline": "Derailment in Andhra Pradesh leaves at least 100 casualties",
                 "byline": "Wikinews"},
                {"text": "wn_kinshasa_cable", "span": 2, "kicker": "Congo",
                 "subtitle": "Lightning brought the line down on a market near the capital",
                 "byline": "By Amadou Diallo", "dateline": "KINSHASA — "},
            ],
        ],
        "footer": ["Millbrook Evening Post", "Wire and Wikinews reports (CC BY 2.5)"],
    },
    {
        "name": "en_pagegen_prairiesentinel_2012-07-20_B2",
        "lang": "en", "paper": "The Prairie Sentinel", "date": "2012-07-20", "page": "B2",
        "columns": 3, "extractors": EN_BOTH,
        "masthead": {"top": ["B2", "SCIENCE & ENVIRONMENT", "THE PRAIRIE SENTINEL | Friday, July 20, 2012"]},
        "style": {"w": 260, "h": 380, "hs": 20, "fs": 9.6, "indent": "0", "pgap": "1.4mm",
                  "subalign": "center"},
        "rows": [
            [
                {"text": "usgs_midwest_2012", "span": 2, "kicker": "Drought watch",
                 "byline": "U.S. Geological Survey", "dateline": "RESTON, Va. — ",
                 "subheads": {1: "Fish kills reported", 2: "Extra measurements"}},
                {"text": "usgs_shishaldin_2015", "span": 1,
                 "subtitle": "Aleutian volcano glows orange at the summit", "byline": "By Erin Walsh"},
            ],
            [
                {"text": "usgs_drought_2000", "span": 3, "headsize": "big",
                 "subtitle": "Record-low flows for the season east of the Mississippi",
                 "byline": "By ROBERT KING, Science Writer",
                 "subheads": {2: "Drought moving west", 4: "Forecast briefing"}},
            ],
        ],
        "footer": ["U.S. Geological Survey releases (public domain)", "The Prairie Sentinel"],
    },
    {
        "name": "en_pagegen_capemeridian_2022-04-04_p6",
        "lang": "en", "paper": "Cape Meridian Gazette", "date": "2022-04-04", "page": "6",
        "columns": 6, "extractors": EN_BOTH,
        "masthead": {"paper": "Cape Meridian Gazette", "line": ["Monday, April 4, 2022", "WORLD", "Page 6"]},
        "style": {"mastsize": 22, "fs": 8.6, "gap": 3.2, "hs": 15, "body": '"DejaVu Serif"',
                  "head": '"Liberation Serif"', "hsbrief": 9.5},
        "rows": [
            [
                {"text": "wn_chernobyl", "span": 3, "headsize": "big",
                 "subtitle": "IAEA confirms the pullback; no confirmation of radiation exposure",
                 "byline": "By Olena Marsh", "dateline": "KYIV, Ukraine — "},
                {"text": "wn_endurance", "span": 2, "kicker": "Antarctica",
                 "headline": "Shackleton’s Endurance found beneath Antarctic waters",
                 "byline": "Wikinews"},
                {"stack": [{"text": "wn_jade_rabbit"}, {"text": "wn_beatles_space"}],
                 "span": 1, "label": "IN BRIEF"},
            ],
            [
                {"text": "usgs_quake_maps_2016", "span": 4, "kicker": "Science",
                 "byline": "By Priya Natarajan", "subheads": {2: "Who will use the maps"}},
                {"stack": [{"text": "wn_man_utd_europa"}, {"text": "wn_ireland_replay"}],
                 "span": 2, "label": "SPORT"},
            ],
        ],
        "footer": ["Wikinews (CC BY 2.5); U.S. Geological Survey (public domain)"],
    },
    {
        "name": "en_pagegen_lakesidecourier_2007-05-16_C1",
        "lang": "en", "paper": "Lakeside Courier", "date": "2007-05-16", "page": "C1",
        "columns": 4, "extractors": EN_BOTH,
        "masthead": {"top": ["LAKESIDE COURIER", "BUSINESS & LOCAL", "WEDNESDAY, MAY 16, 2007"],
                     "line": ["C1"]},
        "style": {"w": 280, "fs": 9.4, "indent": "0", "pgap": "1.6mm", "hs": 17,
                  "head": '"Liberation Sans"', "kickcase": "none"},
        "rows": [
            [
                {"text": "wn_thomson_reuters", "span": 2, "cols": 2, "headsize": "big",
                 "kicker": "Media deal", "headline": "Thomson and Reuters agree to combine",
                 "subtitle": "Woodbridge to own about 53 percent of the merged company",
                 "byline": "By DAVID CHEN, Business Editor", "dateline": "TORONTO — "},
                {"text": "wn_sarasota_doctor", "span": 1, "byline": "By Lisa Grant"},
                {"text": "wn_laurier_mp3", "span": 1,
                 "headline": "Students prefer MP3 players to car radios"},
            ],
            [
                {"text": "wn_met_police", "span": 2, "kicker": "Courts",
                 "headline": "Metropolitan Police found guilty over 2005 shooting operation",
                 "byline": "By Helen Park"},
                {"text": "wn_pope_resigns", "span": 2, "headline": "Pope Benedict XVI to step down",
                 "subtitle": "Resignation takes effect February 28", "byline": "Wikinews",
                 "dateline": "VATICAN CITY (Wikinews) — "},
            ],
        ],
        "footer": ["Lakeside Courier", "Wikinews stories, CC BY 2.5"],
    },
    # ------------------------------------------------------------------ Chinese
    {
        "name": "zh_pagegen_jiangchengwanbao_2025-04-14_A3",
        "lang": "zh", "html_lang": "zh-CN", "paper": "江城晚报", "date": "2025-04-14", "page": "A3",
        "columns": 2, "extractors": EN_BOTH,
        "masthead": {"paper": "江城晚报", "line": ["2025年4月14日 星期一", "A3 要闻"]},
        "style": {"w": 210, "h": 297, "body": '"WenQuanYi Micro Hei"', "head": '"WenQuanYi Micro Hei"',
                  "sans": '"WenQuanYi Micro Hei"', "mastfont": '"WenQuanYi Micro Hei"', "fs": 10,
                  "hs": 17, "hsbig": 21, "indent": "2em", "gap": 6, "ds": 12, "deckstyle": "normal"},
        "rows": [
            [
                {"text": "zh_pdfgen_linchuanchenbao_2025-04-13_A14_pdftotext#0", "span": 2,
                 "headsize": "big", "kicker": "天气",
                 "subheads": {1: "多地出现大风沙尘", 3: "南方迎来强对流"},
                 "byline": "（本报记者 周明远）", "byline_pos": "end"},
            ],
            [
                {"text": "zh_pdfgen_linchuanchenbao_2025-04-13_A14_pdftotext#1", "span": 2,
                 "byline": "通讯员 江鑫梓"},
            ],
        ],
    },
    {
        "name": "zh_pagegen_haibinshangbao_2024-06-06_p2",
        "lang": "zh", "html_lang": "zh-CN", "paper": "海滨商报", "date": "2024-06-06", "page": "第2版",
        "columns": 6, "extractors": EN_BOTH,
        "masthead": {"top": ["第2版", "经济·观察", "2024年6月6日 星期四"], "paper": "海滨商报"},
        "style": {"w": 330, "h": 480, "body": '"WenQuanYi Micro Hei"', "head": '"WenQuanYi Micro Hei"',
                  "sans": '"WenQuanYi Micro Hei"', "mastfont": '"WenQuanYi Micro Hei"', "fs": 9,
                  "hs": 15, "hsbig": 20, "indent": "2em", "gap": 3.5, "ds": 11, "deckstyle": "normal"},
        "rows": [
            [
                {"text": "zh_pdfgen_beichenshibao_2023-04-19_T06_pdftotext#1", "span": 3,
                 "headsize": "big", "byline": "本报讯（记者 贺倩）", "byline_pos": "runin"},
                {"text": "zh_pdfgen_binhaidushibao_2024-08-25_T02_pdftotext#1", "span": 3,
                 "kicker": "热点追踪", "byline": "本报记者 高清宏 曹艳悦"},
            ],
            [
                {"text": "zh_pdfgen_qingzhouribao_2023-12-07_T15_pdfminer#0", "span": 2,
                 "subtitle": "这在全国人工智能大发展的当下是一件幸福的事情", "byline": "本报讯（记者 杜浩）",
                 "paras": [0, 5]},
                {"text": "zh_pdfgen_beichenshibao_2023-04-19_T06_pdftotext#2", "span": 2,
                 "kicker": "聚力推动制造业高质量发展", "lead_bold": True,
                 "byline": "新华社北京4月18日电（记者 孟平佳、彭宁瑜）"},
                {"text": "zh_pdfgen_beichenshibao_2023-04-19_T06_pdftotext#3", "span": 2,
                 "subtitle": "汽车产销量累计均超过3100万辆", "byline": "（北辰时报记者 武晨 邓悦）",
                 "byline_pos": "end"},
            ],
        ],
    },
    {
        "name": "zh_pagegen_minghuribao_2024-11-08_B4_trad",
        "lang": "zh", "html_lang": "zh-TW", "paper": "明湖日報", "date": "2024-11-08", "page": "B4",
        "columns": 4, "extractors": ["pdftotext"],
        "masthead": {"paper": "明湖日報", "line": ["B4 財經", "2024年11月8日 星期五", "明湖日報社出版"]},
        "style": {"w": 280, "h": 400, "body": '"WenQuanYi Micro Hei"', "head": '"WenQuanYi Micro Hei"',
                  "sans": '"WenQuanYi Micro Hei"', "mastfont": '"WenQuanYi Micro Hei"', "fs": 9.5,
                  "hs": 16, "hsbig": 21, "indent": "2em", "gap": 4.5, "ds": 11.5, "deckstyle": "normal"},
        "rows": [
            [
                {"text": "zh_pdfgen_beichenshibao_2024-11-01_p4_trad_pdfminer#0", "span": 2,
                 "headsize": "big", "byline": "本報訊（記者 馬英 通訊員 馮敏雪）",
                 "subheads": {1: "連續兩月擴張", 3: "新動能平穩增長"}},
                {"text": "zh_pdfgen_beichenshibao_2024-11-01_p4_trad_pdfminer#2", "span": 2,
                 "byline": "（本報記者 蔡帆偉）", "byline_pos": "end"},
            ],
            [
                {"text": "zh_pdfgen_minghushangbao_2023-04-19_A08_trad_pdftotext#1", "span": 4,
                 "cols": 4, "kicker": "從展產品到展鏈條再到展生態",
                 "subtitle": "為期5天的鏈博會聚焦高質量發展和高品質生活", "byline": "本報記者 廖峰雨 姚語"},
            ],
        ],
    },
    {
        "name": "zh_pagegen_xishanzaobao_2024-07-28_T05",
        "lang": "zh", "html_lang": "zh-CN", "paper": "西山早报", "date": "2024-07-28", "page": "T05",
        "columns": 5, "extractors": ["pdfminer"],
        "masthead": {"top": ["西山早报 2024.07.28", "T05 综合新闻"]},
        "style": {"w": 300, "h": 430, "body": '"WenQuanYi Micro Hei"', "head": '"WenQuanYi Micro Hei"',
                  "sans": '"WenQuanYi Micro Hei"', "mastfont": '"WenQuanYi Micro Hei"', "fs": 9.2,
                  "hs": 15, "hsbig": 22, "indent": "2em", "gap": 3.8, "ds": 11, "deckstyle": "normal"},
        "rows": [
            [
                {"text": "zh_pdfgen_qingzhouribao_2023-12-07_T15_pdfminer#1", "span": 5, "cols": 5,
                 "headsize": "big", "subtitle": "中国代表团乘坐的是16号船",
                 "byline": "新华社巴黎7月27日电", "byline_pos": "runin",
                 "caption": "7月26日，塞纳河上的开幕式现场。（资料图片）", "photo_h": 30},
            ],
            [
                {"text": "zh_pdfgen_binhaidushibao_2023-11-24_p15_pdfminer#0", "span": 3,
                 "subtitle": "——加快提升涉外法律服务水平", "byline": "（本报记者 林晓岚）", "byline_pos": "end"},
                {"text": "zh_pdfgen_binhaidushibao_2023-11-24_p15_pdfminer#1", "span": 2,
                 "byline": "滨海都市报记者 吴霞 杨娟超"},
            ],
        ],
    },
]
