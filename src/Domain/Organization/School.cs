namespace Campus.Domain.Organization;

public class School
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public District? District { get; set; }
    public required string Name { get; set; }
    public string? Phone { get; set; }
    public required GradeSpan Grades { get; set; }
}
