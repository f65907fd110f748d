"""The printed forms of a demo store as PNG pages in docs/forms/, to look at beside the official
layouts (pdftoppm from poppler-utils).

.venv/bin/python -m tools.forms [--cadres 1500] [--dpi 60]

1,500 cadres is the smallest demo with a case for every personnel rule (a proposal that went
through all its steps to a decision).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "forms"
PASSPHRASE = "mau-in-bieu-mau-2026"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cadres", type=int, default=1500)
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 1
    os.environ.setdefault("CADRE_KDF_SECONDS", "0.05")
    os.environ["CADRE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="cadre-forms-")
    from sqlalchemy import func, select

    from cadre_desktop.domain.assets import AssetDeclaration, DeclarationChange
    from cadre_desktop.domain.evaluation import Evaluation
    from cadre_desktop.domain.model import ProposalStep
    from cadre_desktop.i18n import set_language
    from cadre_desktop.services import print_records, printing, stores
    from cadre_desktop.services.demo import DEMO_UNIT_CODE, DEMO_UNIT_NAME, generate_demo
    from cadre_desktop.services.demo.yearly import generate_yearly

    set_language("vi")
    work = Path(tempfile.mkdtemp(prefix="cadre-forms-"))
    store, _key = stores.init_store(
        work / "Ho so demo.cadre",
        unit_name=DEMO_UNIT_NAME,
        unit_code=DEMO_UNIT_CODE,
        officer="demo",
        passphrase=PASSPHRASE,
    )
    try:
        generate_demo(store, cadres=args.cadres, seed=3)
        generate_yearly(store, seed=3)  # the demo's evaluations and declarations
        with store.unit_of_work() as uow:
            session = uow.session
            changed = session.scalars(
                select(AssetDeclaration.id)
                .join(DeclarationChange)
                .where(DeclarationChange.explanation.is_not(None))
                .order_by(AssetDeclaration.id)
            ).first()
            rated = session.scalars(
                select(Evaluation).where(Evaluation.results.is_not(None)).order_by(Evaluation.id)
            ).first()
            stepped = session.execute(
                select(ProposalStep.proposal_id, func.count())
                .group_by(ProposalStep.proposal_id)
                .order_by(func.count().desc(), ProposalStep.proposal_id)
            ).first()
            cadre_id = rated.cadre_id if rated else None
        pdfs: dict[str, bytes] = {}
        if cadre_id:
            for layout in printing.LAYOUTS:
                pdfs[f"2c-{layout}"] = printing.print_cv(store, cadre_id, layout).pdf
        if changed:
            pdfs["assets"] = print_records.print_declaration(store, changed).pdf
        if rated:
            pdfs["evaluation"] = print_records.print_evaluation(store, rated.id).pdf
        if stepped:
            pdfs["proposal"] = print_records.print_proposal(store, stepped[0]).pdf
        pdfs["planning"] = printing.print_planning_list(store, "2025-2030").pdf
        pdfs["clearances"] = printing.print_clearance_register(
            store, printing.cadre_ids(store)[:40]
        ).pdf
    finally:
        store.close()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, pdf in pdfs.items():
        for old in OUT.glob(f"{name}-*.png"):
            old.unlink()
        source = work / f"{name}.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(args.dpi), str(source), str(OUT / name)], check=True
        )
        print(name, sorted(p.name for p in OUT.glob(f"{name}-*.png")))
    shutil.rmtree(work, ignore_errors=True)  # the demo PDFs hold (synthetic) personal data
    return 0


if __name__ == "__main__":
    sys.exit(main())
