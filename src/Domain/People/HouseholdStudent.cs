namespace Campus.Domain.People;

public class HouseholdStudent
{
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
    public int StudentId { get; set; }
    public Student? Student { get; set; }
}
