import pytest

from mtpipe.config import ConfigError, config_from_dict, default_config_path, load_config, package_data


def test_default_config_routes_every_pair():
    cfg = load_config()
    for src in ("ru", "vi"):
        for tgt in ("en", "zh"):
            hops = cfg.route(src, tgt)
            assert hops and hops[-1][1] == tgt
    assert cfg.route("ru", "en")[0][2].family == "marian"
    assert cfg.route("ru", "zh")[0][2].family == "nllb"


def test_pivot_route():
    cfg = config_from_dict({
        "models": {"a": {"family": "marian", "path": "/x"}, "b": {"family": "marian", "path": "/y"}},
        "routes": {"ru-en": "a", "en-zh": "b", "ru-zh": "pivot:en"},
    })
    assert [(s, t, m.name) for s, t, m in cfg.route("ru", "zh")] == [("ru", "en", "a"), ("en", "zh", "b")]


BAD = [
    ({"models": {"a": {"family": "gpt", "path": "/x"}}}, "family must be"),
    ({"models": {"a": {"family": "marian"}}}, "needs hf_id, ct2_id or path"),
    ({"models": {"a": {"family": "marian", "path": "/x", "colour": 1}}}, "unknown keys: colour"),
    ({"routes": {"ru-en": "nope"}}, "unknown model 'nope'"),
    ({"routes": {"ruen": "pivot:en"}}, "must look like"),
    ({"decoding": {"beam": 3}}, r"\[decoding\] unknown keys"),
]


@pytest.mark.parametrize("data,message", BAD)
def test_bad_configs_name_the_problem(data, message):
    with pytest.raises(ConfigError, match=message):
        config_from_dict(data, source="x.toml")


def test_missing_route_is_clear():
    cfg = config_from_dict({}, source="c.toml")
    with pytest.raises(ConfigError, match="c.toml: no route for ru-en"):
        cfg.route("ru", "en")


def test_file_errors(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[models\n")
    with pytest.raises(ConfigError, match="bad.toml: malformed TOML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="is a folder"):
        load_config(tmp_path)


def test_relative_paths_resolve_against_config(tmp_path):
    f = tmp_path / "m.toml"
    f.write_text('[models.a]\nfamily = "marian"\npath = "sub/a"\nmax_input_length = 900\nmax_position = 256\n')
    spec = load_config(f).models["a"]
    assert spec.path == str((tmp_path / "sub" / "a").resolve())
    assert spec.max_input_length == 256  # never above the position limit


def test_default_config_is_package_data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert default_config_path() == package_data("default.toml")
    assert default_config_path().is_file()


def test_user_configs_folder_overrides_the_bundled_files(tmp_path, monkeypatch):
    from mtpipe.clean.rules import default_rules_path

    monkeypatch.chdir(tmp_path)
    assert default_rules_path() == package_data("clean")
    (tmp_path / "configs" / "clean").mkdir(parents=True)
    (tmp_path / "configs" / "default.toml").write_text('[models.a]\nfamily = "marian"\npath = "a"\n')
    assert default_config_path() == tmp_path / "configs" / "default.toml"
    assert list(load_config().models) == ["a"]
    assert default_rules_path() == tmp_path / "configs" / "clean"
