# Every target that needs Python creates .venv first, so `make run` and `make test`
# work on a fresh clone with nothing but Python 3.11 installed.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PAGE := fixtures/pages/004_bd6d0331c44bdc06.txt

.PHONY: run test lint type pytest fmt bench instructions vocab hostile harm golden eval-encoding clean test-browser chromium heldout heldout-fresh train train-smoke eval-model pagegen-deps pages pages-smoke pages-historic pages-untouched2 pages-lists

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps record what was installed, so an edit to pyproject.toml reinstalls.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The dask extra is part of the dev set so the LocalCluster test runs in CI.
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/newsclean fix $(PAGE)
	@echo "----- split into articles (text) -----"
	$(BIN)/newsclean split --format text $(PAGE)

test: lint type pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff format --check newsclean tests tools/hostile_bench.py tools/harm_audit.py tools/page_harm.py tools/codec_audit.py tools/modules.py tools/instructions.py tools/linemodel
	$(BIN)/ruff check newsclean tests tools/hostile_bench.py tools/harm_audit.py tools/page_harm.py tools/codec_audit.py tools/modules.py tools/instructions.py tools/linemodel

type: $(VENV)/.installed-dev
	$(BIN)/mypy

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -q

fmt: $(VENV)/.installed-dev
	$(BIN)/ruff format newsclean tests tools/modules.py tools/linemodel
	$(BIN)/ruff check --fix newsclean tests tools/modules.py tools/linemodel

# The packaged word frequencies of dehyphenation (newsclean/data/vocabulary), from the
# installed wordfreq release: run once when that release changes, and commit the files.
vocab: $(VENV)/.installed-dev
	$(BIN)/python -m tools.build_vocabulary

# Rewrites expected outputs of the golden pages; the tests still fail once so the
# change is seen, and `git diff fixtures/` is the review.
golden: $(VENV)/.installed-dev
	-$(BIN)/pytest -q --update-golden tests/test_golden.py
	git diff --stat fixtures

# Mojibake made from the fixtures through every codec pair, and clean text that must
# not change: prints the share of spans restored and the characters changed.
eval-encoding: $(VENV)/.installed
	$(BIN)/python -m tools.eval_encoding

# What fix and split do to clean text of every kind (tests/clean): lost, moved, changed.
harm: $(VENV)/.installed
	$(BIN)/python -m tools.harm_audit --diffs
	$(BIN)/python -m tools.harm_audit --pools --diffs
	$(BIN)/python -m tools.harm_audit --scripts
	$(BIN)/python -m tools.codec_audit
	# The peers' clean texts lose two characters, each named with its reason in
	# tests/test_harm_peers.py (ftfy's own known failure, a control character), which
	# fails on any other: their status does not stop the target.
	-$(BIN)/python -m tools.harm_audit --peers --diffs

# The HTML view in a real browser: Debian's chromium (and a CJK font, so screenshots
# show text rather than boxes); pytest skips these tests where chromium is missing.
chromium:
	command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || \
		{ apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei; }

test-browser: chromium $(VENV)/.installed-dev
	$(BIN)/pytest -q -rs tests/test_view_browser.py

# The screenshot in the README: the seed page's view, as chromium renders it.
docs/view-004.png: chromium $(VENV)/.installed
	mkdir -p docs
	$(BIN)/newsclean view --no-config $(PAGE) -o $(VENV)/view-004.html
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--hide-scrollbars --user-data-dir=$$(mktemp -d) --window-size=1500,1800 \
		--screenshot=$@ $(abspath $(VENV))/view-004.html 2>/dev/null

bench: $(VENV)/.installed-dev
	$(BIN)/python -m tools.bench
	$(BIN)/python -m tools.hostile_bench

# Instructions fix and split execute on one page of each kind (callgrind: needs valgrind);
# the figure for a speed change, which wall time on a shared machine cannot show.
instructions: $(VENV)/.installed-dev
	$(BIN)/python -m tools.instructions

# Every hostile case (tests/hostile/) at N and 10N bytes (HOSTILE_N, default 100000):
# seconds, MB/s and the growth ratio; fails on a crash or a growth over 20.
hostile: $(VENV)/.installed-dev
	$(BIN)/python -m tools.hostile_bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# Held-out pages (fixtures/heldout): composed from real news text, printed to PDF by
# chromium, extracted by pdftotext and pdfminer; gold from the composition. Not part of
# `make test`; score them with tools/score.py (see fixtures/heldout/README.md).
$(VENV)/.installed-pagegen: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[pagegen]'
	touch $@

heldout: chromium $(VENV)/.installed-pagegen
	command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
	fc-list | grep -qi "liberation serif" || apt-get install -y -qq fonts-liberation
	fc-list | grep -qi "dejavu serif" || apt-get install -y -qq fonts-dejavu-core fonts-dejavu-extra
	$(BIN)/python tools/pagegen/pagegen.py --out fixtures/heldout

# A second held-out set (fixtures/heldout-fresh) from tools/pagegen/pages_fresh.py: layouts
# made after the rules were written and never tuned on. Same tools as `heldout`; it does
# not touch fixtures/heldout. Not part of `make test` or tests/quality_floor.json.
heldout-fresh: chromium $(VENV)/.installed-pagegen
	command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
	fc-list | grep -qi "liberation serif" || apt-get install -y -qq fonts-liberation
	fc-list | grep -qi "dejavu serif" || apt-get install -y -qq fonts-dejavu-core fonts-dejavu-extra
	$(BIN)/python tools/pagegen/pagegen.py --set fresh --out fixtures/heldout-fresh

# The line model of `split --engine model` (newsclean/linemodel/model.crfsuite), rebuilt
# from the hand-gold pages and the generated pages' training share (docs/model.md).
# LINEMODEL_CACHE keeps loaded pages between runs (loading runs every pass on a page).
# The heading veto of the rules engine (newsclean/linemodel/veto.crfsuite) is rebuilt
# after it from the same pages; VETO_CACHE keeps the units each page reaches it with.
# The model that keeps headless articles in the one before (openers.crfsuite) is trained
# next, from the same units through the new veto and the assembler. The join model
# (joins.crfsuite, off by default) last, with the OCR'd pages of the tune half of diagnose's
# split and the historic pages' tune half, and the lists set's pages (`make pages-lists`:
# blocks of items run in as one paragraph); JOINS_CACHE keeps the join decisions each page
# makes.
TRAIN_ARGS ?=
VETO_ARGS ?=
LISTS_CACHE ?= /work/cache/pagegen-joingen
JOINS_ARGS ?= --half tune --ocr 400 --historic 1000 --ocr-weight 4 \
	--extra $(LISTS_CACHE)/lists --extra-n 2000
LINEMODEL_CACHE ?= $(VENV)/linemodel-cache
VETO_CACHE ?= $(VENV)/veto-cache
JOINS_CACHE ?= $(VENV)/joins-cache
train: $(VENV)/.installed-dev
	nice -n 10 $(BIN)/python -m tools.linemodel.train --cache $(LINEMODEL_CACHE) --jobs 2 $(TRAIN_ARGS)
	nice -n 10 $(BIN)/python -m tools.linemodel.veto train --cache $(VETO_CACHE) --jobs 2 $(VETO_ARGS)
	nice -n 10 $(BIN)/python -m tools.linemodel.openers train --cache $(VETO_CACHE) --jobs 2
	nice -n 10 $(BIN)/python -m tools.linemodel.joins train --cache $(JOINS_CACHE) --jobs 2 $(JOINS_ARGS)

# A model from the first 20 training pages, written under .venv (not the shipped one).
train-smoke: $(VENV)/.installed-dev
	$(BIN)/python -m tools.linemodel.train --limit 20 --iterations 30 --out $(VENV)/linemodel-smoke.crfsuite

# Rules against the model (its labels assembled into articles) on every set that may
# be read, the generated validation share among them, by the shared scorer's metrics;
# label accuracy by role and extraction on the generated validation pages; then the
# rules without and with the heading veto on the same sets.
eval-model: $(VENV)/.installed-dev
	nice -n 10 $(BIN)/python -m tools.linemodel.evaluate --cache $(LINEMODEL_CACHE) --engines rules,model \
		--sets seeds,dev,fixtures,heldout,heldout-latin,real-train,generated-val --labels
	for engine in rules veto; do \
		nice -n 10 $(BIN)/python -m tools.linemodel.veto score --engine $$engine \
			--sets seeds,dev,fixtures,heldout,heldout-latin,real-train; \
		nice -n 10 $(BIN)/python -m tools.linemodel.veto score --engine $$engine --validation; \
	done

# Generated pages at scale (tools/pagegen/gen.py, issue 17): a layout sampler, real text in
# five languages, four PDF extractors and Tesseract. Pages go to PAGEGEN_CACHE, outside git;
# the runs are resumable (finished chunks are skipped). See tools/pagegen/README.md.
PAGEGEN_CACHE ?= /work/cache/pagegen
PAGES_N ?= 5000
PAGES_JOBS ?= 1
PAGES_SEED ?= 17
OCR_EVERY ?= 10
GEN := $(BIN)/python tools/pagegen/gen.py

pagegen-deps:
	command -v pdftotext >/dev/null && command -v tesseract >/dev/null \
		&& tesseract --list-langs 2>/dev/null | grep -q chi_tra \
		&& fc-list | grep -qi "wenquanyi zen hei" && fc-list | grep -qi "lxgw wenkai" \
		&& fc-list | grep -qi "ar pl ukai" && fc-list | grep -qi "freeserif" \
		&& fc-list | grep -qi "droid sans fallback" && fc-list | grep -qi "noto serif" \
		&& fc-list | grep -qi "century catalogue" && fc-list | grep -qi "linux libertine" \
		&& fc-list | grep -qi "blankenburg" && tesseract --list-langs 2>/dev/null | grep -q frk || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		poppler-utils tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra \
		tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-deu fonts-wqy-microhei \
		fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai fonts-droid-fallback \
		fonts-lxgw-wenkai fonts-liberation fonts-dejavu-core fonts-dejavu-extra \
		fonts-freefont-ttf fonts-noto-core fonts-century-catalogue fonts-oldstandard \
		fonts-urw-base35 fonts-blankenburg fonts-linuxlibertine fonts-goudybookletter \
		fonts-ebgaramond tesseract-ocr-frk; }

pages: pagegen-deps $(VENV)/.installed-pagegen
	$(GEN) pages --set train --pages $(PAGES_N) --seed $(PAGES_SEED) --jobs $(PAGES_JOBS) --out $(PAGEGEN_CACHE)
	$(GEN) pages --set untouched --pages 120 --seed $(PAGES_SEED) --jobs $(PAGES_JOBS) --chunk 20 --out $(PAGEGEN_CACHE)
	$(GEN) ocr --set train --every $(OCR_EVERY) --jobs $(PAGES_JOBS) --out $(PAGEGEN_CACHE)
	$(GEN) ocr --set untouched --every 3 --jobs $(PAGES_JOBS) --out $(PAGEGEN_CACHE)
	$(GEN) manifest --set train --out $(PAGEGEN_CACHE)
	$(GEN) manifest --set untouched --out $(PAGEGEN_CACHE)

# Pages set as Latin papers of 1890-1920 (capitals headlines over decks, narrow ruled
# columns of small type), every one OCR'd from a worn scan; and the second untouched set
# (modern and old pages in faces, columns, sheets, papers and texts no training page has),
# to be scored once. Resumable like `pages`.
HISTORIC_N ?= 400
pages-historic: pagegen-deps $(VENV)/.installed-pagegen
	$(GEN) pages --set historic --pages $(HISTORIC_N) --seed $(PAGES_SEED) --chunk 20 --jobs $(PAGES_JOBS) --out $(PAGEGEN_CACHE)
	$(GEN) ocr --set historic --every 1 --jobs $(PAGES_JOBS) --out $(PAGEGEN_CACHE)
	$(GEN) manifest --set historic --out $(PAGEGEN_CACHE)

# Pages with blocks of short items run in as one paragraph (contents boxes, notes, prices,
# results; tools/pagegen/lists.py), half of them set as 1890-1920 papers, for the join
# model; the first 14 of the even pages OCR'd (the shipped model's; the run was stopped
# there).
pages-lists: pagegen-deps $(VENV)/.installed-pagegen
	$(GEN) pages --set lists --pages 400 --seed 3217 --chunk 20 --jobs $(PAGES_JOBS) --out $(LISTS_CACHE)
	$(GEN) ocr --set lists --every 2 --limit 14 --jobs $(PAGES_JOBS) --out $(LISTS_CACHE)

pages-untouched2: pagegen-deps $(VENV)/.installed-pagegen
	$(GEN) pages --set untouched2 --pages 60 --seed 1917 --chunk 10 --jobs $(PAGES_JOBS) --out $(PAGEGEN_CACHE)
	$(GEN) ocr --set untouched2 --every 2 --jobs $(PAGES_JOBS) --out $(PAGEGEN_CACHE)
	$(GEN) manifest --set untouched2 --out $(PAGEGEN_CACHE)

# 20 pages and 1 OCR'd page into a scratch folder, made afresh, then checked (gen.py check:
# printed lines read back as their units, line-breaking rules, every extractor keeps the
# text, a page made again from its seed is the same): the generator works.
pages-smoke: pagegen-deps $(VENV)/.installed-pagegen
	rm -rf $(VENV)/pages-smoke
	$(GEN) pages --set train --pages 20 --chunk 10 --jobs 2 --out $(VENV)/pages-smoke
	$(GEN) ocr --set train --every 10 --limit 1 --out $(VENV)/pages-smoke
	$(GEN) check --set train --out $(VENV)/pages-smoke
	$(GEN) summary --set train --out $(VENV)/pages-smoke
	$(GEN) pages --set historic --pages 4 --chunk 4 --out $(VENV)/pages-smoke
	$(GEN) ocr --set historic --every 4 --limit 1 --out $(VENV)/pages-smoke
	$(GEN) check --set historic --out $(VENV)/pages-smoke
