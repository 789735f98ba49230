namespace Campus.Domain.Scheduling;

public class Teacher
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Email { get; set; }

    public string DisplayName => $"{FirstName} {LastName}";
}
