namespace Campus.Domain.Scheduling;

public class Room
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Name { get; set; }
}
