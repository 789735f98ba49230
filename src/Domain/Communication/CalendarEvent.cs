namespace Campus.Domain.Communication;

/// <summary>A district-wide event when <see cref="SchoolId"/> is null, otherwise one school's.</summary>
public class CalendarEvent
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public int? SchoolId { get; set; }
    public required string Title { get; set; }
    public CalendarCategory Category { get; set; }

    /// <summary>
    /// UTC. An all-day event starts at midnight of its first day in the district's time zone and ends at
    /// midnight after its last day.
    /// </summary>
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public bool IsAllDay { get; set; }
}
