from .organisation import Invitation, Membership, Organisation, Role
from .user import EmailUserManager, User

__all__ = ["EmailUserManager", "Invitation", "Membership", "Organisation", "Role", "User"]
