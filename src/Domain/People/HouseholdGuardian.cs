namespace Campus.Domain.People;

public class HouseholdGuardian
{
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
    public int GuardianId { get; set; }
    public Guardian? Guardian { get; set; }
}
