"""SQLAlchemy 2.0 typed ORM models; importing this package registers every table."""

from desktop.models.accounts import AuditEntry, UserAccount
from desktop.models.agents import Agent, AgentArea, AgentTraining, CollectionOrganisation, Target
from desktop.models.base import Base
from desktop.models.clans import Clan, ClanVillage
from desktop.models.enrollments import Enrollment
from desktop.models.geography import Commune, CommuneFigure, Village
from desktop.models.imports import ColumnMappingMemory, ImportBatch, ImportChange
from desktop.models.office import AppSetting, OfficeCommune, OfficeProfile
from desktop.models.outreach import Attendance, OutreachSession
from desktop.models.people import Household, Person
from desktop.models.rates import RateValue
from desktop.models.reference import EthnicGroup, Relationship

__all__ = [
    "Agent",
    "AgentArea",
    "AgentTraining",
    "AppSetting",
    "Attendance",
    "AuditEntry",
    "Base",
    "Clan",
    "ClanVillage",
    "CollectionOrganisation",
    "ColumnMappingMemory",
    "Commune",
    "CommuneFigure",
    "Enrollment",
    "EthnicGroup",
    "Household",
    "ImportBatch",
    "ImportChange",
    "OfficeCommune",
    "OfficeProfile",
    "OutreachSession",
    "Person",
    "RateValue",
    "Relationship",
    "Target",
    "UserAccount",
    "Village",
]
