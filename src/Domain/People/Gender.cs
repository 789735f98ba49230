namespace Campus.Domain.People;

public enum Gender
{
    NotSpecified = 0,
    Female = 1,
    Male = 2,
    NonBinary = 3,
}
