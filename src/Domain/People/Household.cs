namespace Campus.Domain.People;

/// <summary>
/// A home: its address and phone, the guardians who live there and the students who live there.
/// A student of separated parents belongs to two households.
/// </summary>
public class Household
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required Address Address { get; set; }
    public string? HomePhone { get; set; }
    public List<HouseholdGuardian> Guardians { get; set; } = [];
    public List<HouseholdStudent> Students { get; set; } = [];
}
