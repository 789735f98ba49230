namespace Campus.Domain.Organization;

/// <summary>A school employee who signs in to review requests; acts only on the schools listed.</summary>
public class StaffMember
{
    public int Id { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public List<StaffSchool> Schools { get; set; } = [];
}
