namespace Campus.Domain.People;

public class Guardian
{
    public int Id { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? CellPhone { get; set; }
    public string? WorkPhone { get; set; }
    public string? Email { get; set; }

    /// <summary>A culture name such as "en" or "es"; mail and pages use it.</summary>
    public string PreferredLanguage { get; set; } = "en";

    public List<GuardianStudentLink> StudentLinks { get; set; } = [];
    public List<HouseholdGuardian> Households { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";
}
