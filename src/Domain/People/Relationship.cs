namespace Campus.Domain.People;

public enum Relationship
{
    Other = 0,
    Mother = 1,
    Father = 2,
    Stepparent = 3,
    Grandparent = 4,
    LegalGuardian = 5,
    FosterParent = 6,
}
