"""Text pools of the generated pages, and the split between training and untouched text.

Every language has one pool of real news articles (texts_en.py, texts_fr.py, texts_de.py,
texts_zh.json; provenance in SOURCES.md). Traditional Chinese is the Chinese pool through
OpenCC (s2t, s2tw or s2hk, chosen per page), with 「」 quotes as Taiwan and Hong Kong
papers print them; Simplified pages take the pool's Traditional articles through t2s.

The untouched set draws only on a held-back share of each pool (``HELD_BACK``): an article
is held back when its id hashes into it, so adding texts never moves an old one across the
line. Training pages never see a held-back article, and untouched pages see nothing else.

Also here: the small invented furniture every page needs (paper names, bylines, section
words, notices) and public-domain verse; SOURCES.md says which is which.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("zh", "zh_trad", "en", "fr", "de")
HELD_BACK = 0.25


def held_back(text_id: str) -> bool:
    h = int(hashlib.sha256(text_id.encode()).hexdigest()[:8], 16)
    return h / 0x100000000 < HELD_BACK


@cache
def _opencc(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


def to_script(s: str, config: str) -> str:
    out = _opencc(config).convert(s)
    if config.startswith("s2"):
        out = out.replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")
    return out


def _latin(lang: str) -> dict[str, dict]:
    if lang == "en":
        from texts_en import TEXTS
    elif lang == "fr":
        from texts_fr import TEXTS
    else:
        from texts_de import TEXTS
    return TEXTS


@cache
def pool(lang: str, untouched: bool) -> list[tuple[str, dict]]:
    """(id, article) of the language's pool on one side of the split, in a fixed order."""
    if lang.startswith("zh"):
        src = json.loads((HERE / "texts_zh.json").read_text(encoding="utf-8"))
    else:
        src = _latin(lang)
    return [(k, v) for k, v in sorted(src.items()) if held_back(k) == untouched]


def article_text(lang: str, art: dict, script: str) -> dict:
    """title and paragraphs of a pool article in the page's script."""
    title, paras = art["title"], list(art["paragraphs"])
    if lang == "zh" and art.get("script") == "trad":
        title, paras = to_script(title, "t2s"), [to_script(p, "t2s") for p in paras]
    if lang == "zh_trad" and art.get("script") != "trad":
        title, paras = to_script(title, script), [to_script(p, script) for p in paras]
    return {"title": title, "paragraphs": paras, "dateline": art.get("dateline"),
            "caption": art.get("caption"), "table": art.get("table")}


# Invented paper names: the training and the untouched set never share one.
PAPERS = {
    "train": {
        "zh": ["东江日报", "北辰时报", "云岭晚报", "临川晨报", "海滨都市报", "江城商报", "清河日报"],
        "zh_trad": ["東江日報", "明湖商報", "港灣時報", "北辰時報", "新竹晨報", "寶島日報"],
        "en": ["The Harbor Ledger", "Millbrook Post", "Prairie Sentinel", "The Northern Echo-Star",
               "Riverside Courier", "The Daily Meridian", "Lakeshore Tribune"],
        "fr": ["Le Courrier de l'Ouest", "La Dépêche du Littoral", "L'Écho des Vallées",
               "Le Progrès du Nord", "La Gazette de Provence", "Le Petit Normand"],
        "de": ["Rheinische Rundschau", "Nordsee-Kurier", "Allgemeine Zeitung am Main",
               "Schwarzwälder Bote-Blatt", "Elbe-Anzeiger", "Märkische Tagespost"],
    },
    "untouched": {
        "zh": ["南湖早报", "西岭日报", "沧州新闻"],
        "zh_trad": ["嶺南日報", "澳門晨報", "台南新聞"],
        "en": ["The Valley Herald", "Coastal Observer", "Granite State Gazette"],
        "fr": ["Le Réveil du Centre", "L'Indépendant des Alpes", "La Voix du Bocage"],
        "de": ["Oberland-Zeitung", "Weser-Nachrichten", "Thüringer Landbote"],
    },
}
PAPERS["train-plain"] = PAPERS["train"]
PAPERS["lists"] = PAPERS["train"]

SECTIONS = {
    "zh": ["要闻", "国内新闻", "国际新闻", "经济", "社会", "综合新闻", "文化", "体育"],
    "zh_trad": ["要聞", "國內新聞", "國際新聞", "經濟", "社會", "綜合新聞", "文化", "體育"],
    "en": ["NEWS", "WORLD", "NATION", "BUSINESS", "SCIENCE", "SPORT", "REGION"],
    "fr": ["ACTUALITÉ", "MONDE", "FRANCE", "ÉCONOMIE", "SOCIÉTÉ", "SPORTS", "RÉGION"],
    "de": ["POLITIK", "AUS ALLER WELT", "WIRTSCHAFT", "PANORAMA", "SPORT", "REGION"],
}

NAMES = {
    "zh": ["林晓岚", "张伟", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "吴霞", "周敏"],
    "en": ["Olena Marsh", "Priya Natarajan", "Tom Beckett", "Maria Alvarez", "James O'Neill",
           "Hannah Cole", "David Osei"],
    "fr": ["Claire Dubois", "Jean Martin", "Sophie Leroy", "Antoine Petit", "Élise Moreau"],
    "de": ["Anna Schneider", "Lukas Becker", "Katrin Hoffmann", "Jonas Wagner", "Petra Klein"],
}

BRIEFS_LABEL = {"zh": ["简讯", "新闻快递", "要闻速览"], "zh_trad": ["簡訊", "新聞快遞"],
                "en": ["IN BRIEF", "NEWS DIGEST", "BRIEFLY"], "fr": ["EN BREF", "EN DIRECT"],
                "de": ["KURZ NOTIERT", "IN KÜRZE", "MELDUNGEN"]}

SUBHEADS = {
    "zh": ["背景", "多方回应", "后续进展", "专家解读", "现场直击", "相关链接"],
    "en": ["Background", "Reaction", "What happens next", "Rescue effort", "Earlier warnings"],
    "fr": ["Contexte", "Réactions", "Les suites", "Un bilan provisoire", "Précédents"],
    "de": ["Hintergrund", "Reaktionen", "Wie es weitergeht", "Erste Bilanz", "Vorgeschichte"],
}

KICKERS = {
    "zh": ["聚焦", "关注", "权威发布", "一线调查", "新闻观察"],
    "en": ["DISASTER", "EXCLUSIVE", "ANALYSIS", "SCIENCE", "ON THE GROUND"],
    "fr": ["INTERNATIONAL", "FAITS DIVERS", "ENQUÊTE", "DÉCRYPTAGE"],
    "de": ["HINTERGRUND", "ANALYSE", "VOR ORT", "BERICHT"],
}

JUMPS = {"zh": "（转第{p}版）", "en": "Continued on Page {p}", "fr": "Suite page {p}",
         "de": "Fortsetzung auf Seite {p}"}

# Notices and small ads: the title, then the paragraphs; a paragraph printed over more
# than one line of the box is a tuple of its lines. The gold files each box as an article
# of kind advertisement, as the hand gold does (fixtures/SOURCES.md): title as headline,
# the paragraphs as a reader reads them (a sentence that runs on over two centred lines
# is one paragraph; a telephone line or a list line is its own).
ADS: dict[str, list[list[str | tuple[str, ...]]]] = {
    "zh": [["诚聘英才", ("本公司因业务发展需要，现面向社会公开招聘", "销售经理 3名　技术员 5名"),
            "联系电话：0571-8812 3456"],
           ["遗失声明", "本人不慎遗失身份证一张，特此声明作废。"],
           ["旺铺招租", "市中心临街商铺 120平方米", "电话 139 0000 1234"]],
    "en": [["CLASSIFIED", "FOR SALE: 1998 pickup, runs well, $2,400 or best offer.",
            "Call 555-0142 after 6 p.m."],
           ["PUBLIC NOTICE", ("The Town Council will meet on Tuesday at 7 p.m.",
                              "in the Municipal Building. All residents welcome.")],
           ["HELP WANTED", "Experienced printer for night shift.", "Apply in person, 12 Main St."]],
    "fr": [["PETITES ANNONCES", "À vendre : vélo de course, très bon état, 250 €.",
            "Tél. 06 12 34 56 78"],
           ["AVIS DE DÉCÈS", ("La famille a la douleur de vous faire part du décès de",
                              "M. Henri Lambert, survenu dans sa 84e année.")],
           ["AVIS PUBLIC", "Enquête publique du 3 au 17 mars en mairie, aux heures d'ouverture."]],
    "de": [["ANZEIGE", "Wohnung zu vermieten, 3 Zimmer, Balkon, 720 € warm.",
            "Tel. 0221 / 55 41 23"],
           ["BEKANNTMACHUNG", "Die Gemeindeverwaltung bleibt am Freitag geschlossen."],
           ["TRAUERANZEIGE", ("In stiller Trauer nehmen wir Abschied von",
                              "Gertrud Wolf, geb. Hahn")]],
}


def ad_lines(ad: list[str | tuple[str, ...]]) -> list[str]:
    """The printed lines of a notice, title first."""
    return [line for part in ad for line in ((part,) if isinstance(part, str) else part)]


def ad_article(ad: list[str | tuple[str, ...]], script: str, cjk: bool) -> dict:
    """A notice as the gold has it: an article of kind advertisement (script: the page's
    OpenCC configuration for Traditional pages, else empty)."""
    def tr(s: str) -> str:
        return to_script(s, script) if script else s

    title, *parts = ad
    assert isinstance(title, str)
    paras = [tr(p) if isinstance(p, str) else ("" if cjk else " ").join(tr(x) for x in p)
             for p in parts]
    return {"headline": tr(title), "kind": "advertisement", "paragraphs": paras}


# Public-domain verse for the literary corners (authors long dead; texts as commonly printed).
VERSE = {
    "zh": [("静夜思", "李白", [["床前明月光，疑是地上霜。", "举头望明月，低头思故乡。"]]),
           ("春晓", "孟浩然", [["春眠不觉晓，处处闻啼鸟。", "夜来风雨声，花落知多少。"]]),
           ("登鹳雀楼", "王之涣", [["白日依山尽，黄河入海流。", "欲穷千里目，更上一层楼。"]])],
    "en": [("Daffodils", "William Wordsworth",
            [["I wandered lonely as a cloud", "That floats on high o'er vales and hills,",
              "When all at once I saw a crowd,", "A host, of golden daffodils;"]]),
           ("Ozymandias", "Percy Bysshe Shelley",
            [["I met a traveller from an antique land,",
              "Who said—“Two vast and trunkless legs of stone",
              "Stand in the desert. . . . Near them, on the sand,",
              "Half sunk a shattered visage lies”"]])],
    "fr": [("Chanson d'automne", "Paul Verlaine",
            [["Les sanglots longs", "Des violons", "De l'automne", "Blessent mon cœur",
              "D'une langueur", "Monotone."]]),
           ("Demain, dès l'aube", "Victor Hugo",
            [["Demain, dès l'aube, à l'heure où blanchit la campagne,",
              "Je partirai. Vois-tu, je sais que tu m'attends.",
              "J'irai par la forêt, j'irai par la montagne.",
              "Je ne puis demeurer loin de toi plus longtemps."]])],
    "de": [("Wandrers Nachtlied", "Johann Wolfgang von Goethe",
            [["Über allen Gipfeln", "Ist Ruh,", "In allen Wipfeln", "Spürest du",
              "Kaum einen Hauch;", "Die Vögelein schweigen im Walde.", "Warte nur, balde",
              "Ruhest du auch."]]),
           ("Mondnacht", "Joseph von Eichendorff",
            [["Es war, als hätt der Himmel", "Die Erde still geküsst,",
              "Dass sie im Blütenschimmer", "Von ihm nun träumen müsst."]])],
}

CITIES = {
    "zh": ["北京", "上海", "广州", "成都", "武汉", "西安", "哈尔滨", "昆明"],
    "en": ["Boston", "Denver", "Seattle", "Atlanta", "Chicago", "Phoenix", "Portland"],
    "fr": ["Paris", "Lyon", "Marseille", "Lille", "Nantes", "Bordeaux", "Strasbourg"],
    "de": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Stuttgart"],
}
WEATHER_WORDS = {"zh": ["晴", "多云", "小雨", "阴"], "en": ["Sunny", "Cloudy", "Rain", "Fog"],
                 "fr": ["Soleil", "Nuageux", "Pluie", "Brume"],
                 "de": ["Sonnig", "Bewölkt", "Regen", "Nebel"]}
TABLE_TITLE = {"zh": "天气预报", "en": "WEATHER", "fr": "MÉTÉO", "de": "WETTER"}


# Furniture of pages set as Latin papers of 1890-1920 were (compose.sample_historic):
# invented paper names (the old training pages and the second untouched set never share
# one), and the wording of the time for ears, folios, subheads, briefs and small ads.
OLD_PAPERS = {
    "historic": {
        "en": ["The Evening Clarion", "Bisbee Valley Gazette", "The Morning Herald-Democrat",
               "Omaha Weekly Sentinel", "The Tacoma Daily Ledger", "The Border Examiner"],
        "fr": ["Le Petit Républicain", "Le Courrier du Soir", "L'Écho de la Loire",
               "La Lanterne du Nord"],
        "de": ["Berliner Volksblatt", "Hamburger Nachrichten-Blatt", "Kölner Tageblatt",
               "Leipziger Abendpost"],
    },
    "untouched2": {
        "en": ["The Prairie Farmer's Advocate", "Yuma Morning Star", "The Salem Weekly Union"],
        "fr": ["Le Phare de Bretagne", "La Gazette de l'Yonne", "Le Journal de Roubaix"],
        "de": ["Breslauer Morgenzeitung", "Mainzer Anzeiger", "Der Oberschlesische Wanderer"],
    },
}
OLD_PAPERS["lists"] = OLD_PAPERS["historic"]
PAPERS["untouched2"] = {
    "zh": ["北岸晚报", "东川日报", "汉江商报"],
    "zh_trad": ["東海晨報", "高雄時報", "香江日報"],
    "en": ["The Cedar Falls Record", "Bayside Chronicle", "The Upland Times"],
    "fr": ["Le Messager du Jura", "Ouest Matin", "La Tribune des Landes"],
    "de": ["Bodensee-Bote", "Harzer Kreisblatt", "Niederrhein-Echo"],
}
OLD_CITIES = {
    "en": ["Washington", "New York", "Chicago", "San Francisco", "London", "Paris", "Berlin",
           "Phoenix", "Omaha", "St. Louis", "El Paso", "Seattle"],
    "fr": ["Londres", "Berlin", "Rome", "Lyon", "Marseille", "Saint-Pétersbourg", "Madrid",
           "Bruxelles", "Toulon"],
    "de": ["Berlin", "Wien", "London", "Paris", "München", "Hamburg", "Konstantinopel", "Rom",
           "Dresden"],
}
OLD_EARS = {
    "en": ["THE WEATHER. Fair tonight and Sunday.", "LAST EDITION.", "HOME EDITION.",
           "FULL LEASED WIRE REPORT.", "THE WEATHER: Showers; colder."],
    "fr": ["ÉDITION DE PARIS", "DERNIÈRE HEURE", "Six pages", "Édition du matin"],
    "de": ["Morgen-Ausgabe.", "Abend-Blatt.", "Erstes Blatt.", "Mit Beilage."],
}
OLD_SUBHEADS = {
    "en": ["Later Developments.", "The Official Statement", "Denied by the Governor",
           "What the Witnesses Say", "Losses Heavy", "Rescuers at Work"],
    "fr": ["Les détails", "Dernières nouvelles", "L'enquête", "Ce que disent les témoins"],
    "de": ["Die Einzelheiten.", "Weitere Meldungen.", "Die Untersuchung.", "Amtliche Darstellung."],
}
OLD_BRIEFS_LABEL = {
    "en": ["BRIEF MENTION.", "NEWS OF THE STATE.", "LOCAL AND PERSONAL."],
    "fr": ["NOUVELLES BRÈVES", "ÉCHOS", "FAITS DIVERS"],
    "de": ["Kurze Nachrichten.", "Vermischtes.", "Aus der Provinz."],
}
OLD_ADS: dict[str, dict[str, list[list[str | tuple[str, ...]]]]] = {
    "train": {
        "en": [["WANTED—A GIRL", "For general housework. Apply at 412 Main street."],
               ["FOR SALE", ("Good farm of 160 acres, four miles", "from town. Inquire of J. H. Moore.")],
               ["DR. WARD'S LINIMENT", "Cures Rheumatism, Sprains and Bruises.",
                "25 cents a bottle. All druggists."],
               ["MONEY TO LOAN", "On improved farm lands at 6 per cent.", "Smith & Co., Bankers."]],
        "fr": [["PILULES ROSES", "Pour les personnes pâles et faibles.",
                "En vente dans toutes les pharmacies."],
               ["À LOUER", "Bel appartement, quatre pièces, rue de Rivoli, 32."],
               ["AVIS", ("La vente aux enchères aura lieu le lundi", "à deux heures, en l'étude de Me Bernard.")]],
        "de": [["Bekanntmachung.", "Die Hundesteuer ist bis zum 1. März zu entrichten.",
                "Der Magistrat."],
               ["Zu verkaufen", "Ein gut erhaltenes Klavier. Näheres in der Expedition."],
               ["Brust-Caramellen", "gegen Husten, Heiserkeit und Katarrh.", "Paket 25 Pf."]],
    },
    "untouched": {
        "en": [["LOST", "A black leather purse on Front street.", "Reward if returned to this office."],
               ["NOTICE TO CREDITORS", ("All persons having claims against the estate",
                                        "will present them within six months.")],
               ["CASTORIA", "For Infants and Children.", "The Kind You Have Always Bought."]],
        "fr": [["ON DEMANDE", "Un bon ouvrier typographe. S'adresser au bureau du journal."],
               ["VIN DE VIAL", "Le plus puissant des fortifiants."]],
        "de": [["Stellengesuch.", "Junger Kaufmann sucht Stellung im Kontor."],
               ["Todes-Anzeige.", ("Heute früh verschied sanft unser", "lieber Vater Wilhelm Krause.")]],
    },
}


def base(lang: str) -> str:
    """The language whose furniture a page uses (zh_trad converts zh's)."""
    return "zh" if lang == "zh_trad" else lang
