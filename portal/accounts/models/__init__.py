from .organisation import (
    Invitation,
    JoinRequest,
    JoinRequestStatus,
    Membership,
    Organisation,
    Role,
)
from .user import EmailUserManager, User

__all__ = [
    "EmailUserManager",
    "Invitation",
    "JoinRequest",
    "JoinRequestStatus",
    "Membership",
    "Organisation",
    "Role",
    "User",
]
