"""``mtpipe models``: registry listing, hub fetch, conversion, offline test models."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("models")
def models() -> None:
    """List, fetch, convert and build translation models.

    Example:

        mtpipe models list
    """


def _config(path: Path | None):  # type: ignore[no-untyped-def]
    from ..config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as e:
        raise click.ClickException(str(e)) from None


@models.command("list")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None, help="Config TOML.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help="Fetched-models cache.")
def list_models(config_path: Path | None, cache_dir: Path | None) -> None:
    """Show every model in the registry, its routes and whether it is on disk.

    Example:

        mtpipe models list --config models/tiny/mtpipe.toml
    """
    from ..config import NON_COMMERCIAL

    cfg = _config(config_path)
    click.echo("name\tfamily\thf_id\troutes\tstatus\tpath\trevision\tlicense")
    for name, spec in cfg.models.items():
        path = spec.resolved_path(cache_dir)
        present = "present" if (path / "model.bin").is_file() else "missing"
        routes = ", ".join(k for k, v in cfg.routes.items() if v == name) or "-"
        click.echo(f"{name}\t{spec.family}\t{spec.ct2_id or spec.hf_id or '-'}\t{routes}\t{present}\t{path}"
                   f"\t{spec.revision if not spec.path else '-'}\t{spec.license or 'unknown'}")
    pivots = [k for k, v in cfg.routes.items() if v.startswith("pivot:")]
    if pivots:
        click.echo(f"pivot routes: {', '.join(pivots)}")
    for name, spec in cfg.models.items():
        if spec.license.upper() in NON_COMMERCIAL:
            click.echo(f"note: {name} is {spec.license} (non-commercial use only); "
                       "route through 'pivot:en' to avoid it (see README, Models)")


@models.command("fetch")
@click.argument("names", nargs=-1)
@click.option("--all", "fetch_all", is_flag=True, help="Fetch every model the config's routes use.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None, help="Config TOML.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help="Where converted models go.")
@click.option("--quantization", default=None, help="Store as int8, int8_float16, float16 or float32.")
@click.option("--force", is_flag=True, help="Download and convert again.")
@click.option("--timeout", default=10.0, show_default=True, help="Seconds to wait for the hub to answer.")
def fetch(names: tuple[str, ...], fetch_all: bool, config_path: Path | None, cache_dir: Path | None,
          quantization: str | None, force: bool, timeout: float) -> None:
    """Download models from the Hugging Face hub and convert them to CTranslate2.

    Only safetensors (else a pytorch_model.bin read with weights_only) and the tokenizer files
    are downloaded, from the pinned revision; each file's sha256 goes into mtpipe-model.json.

    Example:

        mtpipe models fetch opus-mt-ru-en --quantization int8
    """
    from ..models.hub import FetchError
    from ..models.hub import fetch as do_fetch

    cfg = _config(config_path)
    wanted = cfg.routed_models() if fetch_all else list(names)
    if not wanted:
        raise click.UsageError("name a model (see 'mtpipe models list') or pass --all")
    for name in wanted:
        if name not in cfg.models:
            raise click.ClickException(f"unknown model {name!r} (known: {', '.join(cfg.models)})")
        try:
            path = do_fetch(cfg.models[name], cache_dir, quantization=quantization, force=force,
                            timeout=timeout, progress=lambda msg: click.echo(f"mtpipe: {msg}", err=True))
        except FetchError as e:
            raise click.ClickException(str(e)) from None
        click.echo(f"{name}: {path}")


@models.command("convert")
@click.argument("hf_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("--quantization", type=click.Choice(["int8", "int8_float16", "int8_float32", "int16", "float16",
                                                   "bfloat16", "float32"]), default=None, help="Weight type.")
@click.option("--force", is_flag=True, help="Overwrite OUT_DIR.")
def convert_cmd(hf_dir: Path, out_dir: Path, quantization: str | None, force: bool) -> None:
    """Convert a local Marian or NLLB checkpoint (Hugging Face format) to CTranslate2.

    Example:

        mtpipe models convert ~/dl/opus-mt-ru-en ~/.cache/mtpipe/models/opus-mt-ru-en --quantization int8
    """
    from ..models.convert import convert

    try:
        convert(hf_dir, out_dir, quantization=quantization, force=force)
    except (ValueError, RuntimeError) as e:
        raise click.ClickException(str(e).splitlines()[0]) from None
    click.echo(str(out_dir))


@models.command("build-test")
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(["tiny", "toy", "full"]), default="tiny", show_default=True,
              help="tiny: random-weight; toy: trained on a toy task; full: OPUS-MT-sized random.")
@click.option("--seed", default=0, show_default=True, help="Random seed.")
def build_test(out_dir: Path, kind: str, seed: int) -> None:
    """Build offline test models from nothing and write OUT_DIR/mtpipe.toml.

    Example:

        mtpipe models build-test models/tiny && mtpipe translate examples -o out --config models/tiny/mtpipe.toml
    """
    try:
        from ..models.build_test import build_test_models
    except ImportError as e:  # pragma: no cover
        raise click.ClickException(f"building test models needs the convert extra: {e}") from None
    try:
        path = build_test_models(out_dir, kind=kind, seed=seed)
    except ImportError as e:
        raise click.ClickException(f"building test models needs the 'convert' extra (transformers, torch): {e}") from None
    click.echo(str(path))


COMMANDS: list[click.Command] = [models]
