namespace Campus.Domain.Organization;

public class SchoolYear
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public List<Term> Terms { get; set; } = [];

    public bool Contains(DateOnly date) => date >= StartDate && date <= EndDate;
}
