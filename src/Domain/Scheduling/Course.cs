namespace Campus.Domain.Scheduling;

public class Course
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Number { get; set; }
    public required string Name { get; set; }
}
