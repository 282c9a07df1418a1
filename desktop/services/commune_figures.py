"""Population and working-age population per commune and year: the denominators of the coverage rates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.models import Commune, CommuneFigure, OfficeCommune
from desktop.services.audit import Actor, record, require
from desktop.services.authz import Permission

MAX_POPULATION = 10_000_000


@dataclass(frozen=True)
class FigureRow:
    """One commune's figures for the year (None: not entered yet)."""

    commune_code: str
    commune_name: str
    population: int | None
    working_age_population: int | None


@dataclass(frozen=True)
class FigureInput:
    commune_code: str
    population: int | None
    working_age_population: int | None


def load_figures(db: Database, year: int) -> list[FigureRow]:
    """The office's communes with their figures for ``year``."""
    with db.reading() as session:
        communes = session.execute(select(Commune.code, Commune.name)
                                   .join(OfficeCommune, OfficeCommune.commune_code == Commune.code)
                                   .order_by(Commune.name_key)).all()
        stored = {f.commune_code: f for f in session.scalars(select(CommuneFigure).where(CommuneFigure.year == year))}
        return [FigureRow(code, name, stored[code].population if code in stored else None,
                          stored[code].working_age_population if code in stored else None)
                for code, name in communes]


def check_figure(population: int | None, working_age: int | None) -> str | None:
    """The message to show next to the row, or None when the pair is plausible."""
    if (population is None) != (working_age is None):
        return "Hãy nhập cả dân số và dân số trong độ tuổi lao động."
    if population is None or working_age is None:
        return None
    if population <= 0 or population > MAX_POPULATION:
        return "Dân số phải là số dương hợp lý."
    if working_age < 0 or working_age > population:
        return "Dân số trong độ tuổi lao động không được lớn hơn dân số."
    return None


def save_figures(db: Database, actor: Actor, year: int, figures: Sequence[FigureInput]) -> int:
    """Store the year's figures (a row with both empty removes the commune's figures); returns rows changed."""
    require(actor, Permission.EDIT_PLAN)
    if not 2000 <= year <= 2100:
        raise ValidationError("Năm không hợp lệ.", "year")
    for figure in figures:
        message = check_figure(figure.population, figure.working_age_population)
        if message:
            raise ValidationError(message, figure.commune_code)
    changed = 0
    with db.unit_of_work() as session:
        stored = {f.commune_code: f for f in session.scalars(select(CommuneFigure).where(CommuneFigure.year == year))}
        known = set(session.scalars(select(OfficeCommune.commune_code)))
        for figure in figures:
            if figure.commune_code not in known:
                raise ValidationError("Xã không thuộc đơn vị.", figure.commune_code)
            row = stored.get(figure.commune_code)
            before = (row.population, row.working_age_population) if row else (None, None)
            after = (figure.population, figure.working_age_population)
            if before == after:
                continue
            if figure.population is None or figure.working_age_population is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(CommuneFigure(commune_code=figure.commune_code, year=year, population=figure.population,
                                          working_age_population=figure.working_age_population))
            else:
                row.population = figure.population
                row.working_age_population = figure.working_age_population
            record(session, actor, "update", "commune_figure", None, f"{figure.commune_code} {year}",
                   {"population": (before[0], after[0]), "working_age_population": (before[1], after[1])})
            changed += 1
    return changed
