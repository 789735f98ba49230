namespace Campus.Domain.Organization;

public class Term
{
    public int Id { get; set; }
    public int SchoolYearId { get; set; }
    public SchoolYear? SchoolYear { get; set; }
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
}
