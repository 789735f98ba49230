namespace Campus.Domain.Communication;

/// <summary>A notice from the district (<see cref="SchoolId"/> null) or from one school.</summary>
public class Announcement
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public int? SchoolId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public DateTime? ExpiresAtUtc { get; set; }
}
