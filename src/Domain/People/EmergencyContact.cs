namespace Campus.Domain.People;

/// <summary>Someone other than a guardian the school may call about a student.</summary>
public class EmergencyContact
{
    public int Id { get; set; }
    public int StudentId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Relationship { get; set; }
    public required string Phone { get; set; }
    public string? AlternatePhone { get; set; }

    /// <summary>Call order, 1 first.</summary>
    public int Priority { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
