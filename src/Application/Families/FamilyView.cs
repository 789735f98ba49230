namespace Campus.Application.Families;

public sealed record FamilyView(IReadOnlyList<HouseholdView> Households);

public sealed record HouseholdView(
    int Id,
    string Name,
    string Street,
    string? Line2,
    string City,
    string State,
    string PostalCode,
    string? HomePhone,
    IReadOnlyList<GuardianView> Guardians,
    IReadOnlyList<HouseholdStudentView> Students);

public sealed record GuardianView(int Id, string Name, string? CellPhone, string? WorkPhone, string? Email);

public sealed record HouseholdStudentView(int Id, string Name, string GradeCode, string SchoolName, bool CanOpen);
