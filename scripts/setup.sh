#!/usr/bin/env bash
# Set up .venv with quotes (editable, all extras) and the spaCy + coreferee models; idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
PY="$VENV/bin/python"
STAMP="$VENV/.quotes-installed"
# Re-install only when the packaging metadata changed since the last run.
WANT="$(cat setup.cfg pyproject.toml | sha256sum | cut -d' ' -f1)"

if [ ! -x "$PY" ]; then
    python3.11 -m venv "$VENV" 2>/dev/null || python3 -m venv "$VENV"
fi

if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet -e ".[test,html,dask]"
    echo "$WANT" > "$STAMP"
fi

# Models: from the wheelhouse where there is one, else the official downloads.
WHEELHOUSE="${QUOTES_WHEELHOUSE:-}"
if [ -z "$WHEELHOUSE" ] && [ -d ../shared/models ]; then
    WHEELHOUSE=../shared/models
fi
if ! "$PY" -c "import en_core_web_sm" 2>/dev/null; then
    if [ -n "$WHEELHOUSE" ]; then
        "$PY" -m pip install --quiet --find-links "$WHEELHOUSE" en_core_web_sm
    else
        "$PY" -m spacy download en_core_web_sm
    fi
fi
if ! "$PY" -c "import coreferee_model_en" 2>/dev/null; then
    if [ -n "$WHEELHOUSE" ]; then
        "$PY" -m pip install --quiet --find-links "$WHEELHOUSE" coreferee-model-en
    else
        "$PY" -m coreferee install en
    fi
fi
