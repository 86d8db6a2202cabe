"""The forms the lines around a line decide (``newsclean.page.surroundings``): the
forecast in the nameplate's ear, debris among the page's lines, credits and links
inside running text."""

from __future__ import annotations

import pytest

from newsclean.page.forms import Form, form_anywhere
from newsclean.page.surroundings import _Edge, page_forms
from newsclean.page.unreadable import is_unreadable
from newsclean.page.weather import is_weather_forecast

